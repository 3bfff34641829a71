/** The scenarios sheet's words; stage names come from the budget sheet's funnel block. */
export interface ScenarioLabels {
  sheetName: string;
  title: string;
  /** Says what the figures mean; {participation} and {conversion} are the drifting stages' names. */
  subtitle: string;
  scenario: string;
  participation: string;
  conversion: string;
  ratesSection: string;
  peopleSection: string;
  budgetSection: string;
  drivenCostPrefix: string;
  fixedLines: string;
  contingency: string;
  total: string;
  returnSection: string;
  deals: string;
  revenue: string;
  grossProfit: string;
  roi: string;
  breakeven: string;
  changeValidation: { title: string; message: string };
  chartTitle: string;
}

export const scenarios: ScenarioLabels = {
  sheetName: "Scenarios",
  title: "Scenarios: participation and conversion drift",
  subtitle:
    "The pool stays the budget sheet's people needed (it is bought); the {participation} and {conversion} rates change by the given share (capped at 100%) and each stage's people round down; lines driven by the funnel follow their stage, other lines stay, contingency = the six categories × the reserve rate. Yellow cells are inputs.",
  scenario: "Scenario",
  participation: "Participation change",
  conversion: "Conversion change",
  ratesSection: "Stage rates",
  peopleSection: "People at each stage (rounded down)",
  budgetSection: "Budget needed",
  drivenCostPrefix: "Driven cost: ",
  fixedLines: "Other lines (do not follow the funnel)",
  contingency: "Contingency reserve",
  total: "Total budget needed",
  returnSection: "Deals and return",
  deals: "Deals",
  revenue: "Revenue",
  grossProfit: "Gross profit",
  roi: "ROI on gross profit",
  breakeven: "Break-even revenue",
  changeValidation: { title: "Change", message: "Enter a change between −99% and +900%, e.g. −20% or 0.2." },
  chartTitle: "ROI on gross profit by scenario",
};
