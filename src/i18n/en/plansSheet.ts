/** The plans sheet's words. */
export interface PlanLabels {
  sheetName: string;
  title: string;
  subtitle: string;
  item: string;
  detail: string;
  inputsSection: string;
  targetDeals: string;
  averageOrderValue: string;
  grossMargin: string;
  contingencyRate: string;
  ratePrefix: string;
  poolRequired: string;
  linesSection: string;
  totalsSection: string;
  contingency: string;
  total: string;
  returnSection: string;
  deals: string;
  revenue: string;
  grossProfit: string;
  roi: string;
  breakeven: string;
}

export const plansSheet: PlanLabels = {
  sheetName: "Plans",
  title: "Plans compared",
  subtitle:
    "Each plan is the budget as it was saved: line amounts are values (they do not follow the inputs); subtotals, contingency, total, revenue, gross profit, ROI and break-even revenue are formulas, so the yellow deals, order value, margin or reserve rate can be changed to compare.",
  item: "Item",
  detail: "Line",
  inputsSection: "Inputs",
  targetDeals: "Target deals",
  averageOrderValue: "Average order value",
  grossMargin: "Gross margin",
  contingencyRate: "Contingency rate",
  ratePrefix: "Rate: ",
  poolRequired: "Pool needed",
  linesSection: "Line amounts",
  totalsSection: "By category",
  contingency: "Contingency reserve",
  total: "Budget total",
  returnSection: "Deals and return",
  deals: "Deals",
  revenue: "Revenue",
  grossProfit: "Gross profit",
  roi: "ROI on gross profit",
  breakeven: "Break-even revenue",
};
