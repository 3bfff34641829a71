import type { ScenarioLabels } from "../en/scenarios";

export const scenarios: ScenarioLabels = {
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
