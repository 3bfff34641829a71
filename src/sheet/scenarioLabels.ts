import type { Lang } from "../model/categories";

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

const ZH: ScenarioLabels = {
  sheetName: "情景分析",
  title: "情景分析：参与率与转化率变化",
  subtitle:
    "客户池按预算表的所需人数固定（已投放）；“{participation}”与“{conversion}”的转化率按变化比例增减（上限 100%），各环节人数逐级向下取整；由漏斗驱动的明细随其环节人数变化，其余明细不变，应急储备 = 前六类合计 × 储备比例。黄色单元格可修改。",
  scenario: "情景",
  participation: "参与率变化",
  conversion: "转化率变化",
  ratesSection: "各环节转化率",
  peopleSection: "各环节人数（向下取整）",
  budgetSection: "预算需求",
  drivenCostPrefix: "驱动成本：",
  fixedLines: "其余明细（不随漏斗变化）",
  contingency: "应急储备",
  total: "预算需求合计",
  returnSection: "成交与回报",
  deals: "成交（单）",
  revenue: "预计收入",
  grossProfit: "毛利",
  roi: "ROI（按毛利）",
  breakeven: "盈亏平衡收入",
  changeValidation: { title: "变化比例", message: "请输入 −99% 到 +900% 之间的变化，例如 −20% 或 0.2。" },
  chartTitle: "各情景 ROI（按毛利）",
};

const EN: ScenarioLabels = {
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

export function scenarioLabels(lang: Lang): ScenarioLabels {
  return lang === "zh" ? ZH : EN;
}
