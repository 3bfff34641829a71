import type { StatusKey, TableColumnKey } from "../keys";

export interface SheetLabels {
  sheetName: string;
  subtitle: string;
  headers: Record<TableColumnKey, string>;
  summaryTitle: string;
  summaryHeaders: { category: string; subtotal: string; share: string; min: string; max: string; status: string };
  total: string;
  status: Record<StatusKey, string>;
  goalsTitle: string;
  goals: {
    revenue: string;
    grossMargin: string;
    cap: string;
    contingencyRate: string;
    grossProfit: string;
    roi: string;
    directRoi: string;
    breakeven: string;
    gapToCap: string;
  };
  rateValidation: { title: string; message: string };
  nameComments: { total: string; subtotal: string; share: string; min: string; max: string };
  /** The column a funnel budget's table adds after Note: the stage that drives a line's quantity. */
  driverHeader: string;
  /** The column after Driver: the quantity a planner types for a line no stage drives. */
  ownQuantityHeader: string;
  /** The subtitle of a budget derived from a funnel. */
  funnelSubtitle: string;
  funnel: FunnelLabels;
  charts: { shares: string; share: string; min: string; max: string; funnel: string; people: string };
}

/** The reverse-funnel block of a funnel budget's sheet. */
export interface FunnelLabels {
  title: string;
  targetDeals: string;
  averageOrderValue: string;
  headers: { stage: string; rate: string; required: string; drivenCost: string };
  drivenTotal: string;
  fixedLines: string;
  note: string;
  rateValidation: { title: string; message: string };
  countValidation: { title: string; message: string };
  moneyValidation: { title: string; message: string };
  nameComments: {
    targetDeals: string;
    averageOrderValue: string;
    poolRequired: string;
    stage: string;
    stageName: string;
    rate: string;
  };
}

export const sheet: SheetLabels = {
  sheetName: "Budget",
  subtitle:
    "Amounts in CNY (元). Yellow cells are inputs; Budget = Quantity × Unit cost × Times; contingency = the other six categories × the reserve rate.",
  headers: {
    category: "Category",
    item: "Item",
    basis: "Basis",
    quantity: "Quantity",
    unitCost: "Unit cost",
    times: "Times",
    budget: "Budget",
    share: "Share",
    actual: "Actual",
    variance: "Variance",
    owner: "Owner",
    note: "Note",
  },
  summaryTitle: "By category",
  summaryHeaders: {
    category: "Category",
    subtotal: "Subtotal",
    share: "Share",
    min: "Min",
    max: "Max",
    status: "Status",
  },
  total: "Total",
  status: { low: "Low", ok: "OK", high: "High" },
  goalsTitle: "Goals and return",
  goals: {
    revenue: "Target revenue",
    grossMargin: "Gross margin",
    cap: "Budget cap",
    contingencyRate: "Contingency rate",
    grossProfit: "Gross profit",
    roi: "ROI on gross profit",
    directRoi: "Direct ROI (benefit + promotion)",
    breakeven: "Break-even revenue",
    gapToCap: "Gap to cap (cap − total)",
  },
  rateValidation: { title: "Rate", message: "Enter a rate between 0% and 100%, e.g. 8% or 0.08." },
  nameComments: {
    total: "Budget total",
    subtotal: "Subtotal: ",
    share: "Share: ",
    min: "Recommended minimum: ",
    max: "Recommended maximum: ",
  },
  driverHeader: "Driver",
  ownQuantityHeader: "Own quantity",
  funnelSubtitle:
    "Amounts in CNY (元). Yellow cells are inputs; a line with a funnel stage in Driver takes that stage's required people as its quantity (see the funnel below), a line with a blank Driver its Own quantity; Budget = Quantity × Unit cost × Times.",
  funnel: {
    title: "Reverse funnel",
    targetDeals: "Target deals",
    averageOrderValue: "Average order value",
    headers: { stage: "Stage", rate: "Rate", required: "People needed", drivenCost: "Driven cost" },
    drivenTotal: "Lines driven by the funnel",
    fixedLines: "Other lines (do not follow the funnel)",
    note: "People needed = the next stage's people ÷ its rate, rounded up at every stage; target revenue = target deals × average order value.",
    rateValidation: { title: "Rate", message: "Enter a rate above 0% and at most 100%, e.g. 28% or 0.28." },
    countValidation: { title: "Target deals", message: "Enter a number of deals, 0 or more, e.g. 2000." },
    moneyValidation: { title: "Average order value", message: "Enter an amount in CNY, 0 or more, e.g. 350." },
    nameComments: {
      targetDeals: "Target deals",
      averageOrderValue: "Average order value",
      poolRequired: "People needed at the top of the funnel (the pool)",
      stage: "People needed: ",
      stageName: "Stage name: ",
      rate: "Rate: ",
    },
  },
  charts: {
    shares: "Category shares against recommended ranges",
    share: "Share",
    min: "Min",
    max: "Max",
    funnel: "Funnel: people needed at each stage",
    people: "People needed",
  },
};
