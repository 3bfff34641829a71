import type { PlanLabels } from "../en/plansSheet";

export const plansSheet: PlanLabels = {
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
