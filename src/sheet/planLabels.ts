import type { Lang } from "../model/categories";

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

const ZH: PlanLabels = {
  sheetName: "方案对比",
  title: "方案对比",
  subtitle:
    "每个方案是预算保存时的快照：明细金额为数值（不随下方输入变化）；分类小计、应急储备、合计、收入、毛利、ROI 与盈亏平衡收入为公式，改黄色的成交、客单价、毛利率或储备比例即可比较。",
  item: "项目",
  detail: "明细项",
  inputsSection: "输入",
  targetDeals: "目标成交（单）",
  averageOrderValue: "客单价",
  grossMargin: "毛利率",
  contingencyRate: "应急储备比例",
  ratePrefix: "转化率：",
  poolRequired: "所需客户池",
  linesSection: "明细金额",
  totalsSection: "分类汇总",
  contingency: "应急储备",
  total: "预算合计",
  returnSection: "成交与回报",
  deals: "成交（单）",
  revenue: "预计收入",
  grossProfit: "毛利",
  roi: "ROI（按毛利）",
  breakeven: "盈亏平衡收入",
};

const EN: PlanLabels = {
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

export function planLabels(lang: Lang): PlanLabels {
  return lang === "zh" ? ZH : EN;
}
