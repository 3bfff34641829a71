import type { FunctionDescriptions } from "../en/functionDescriptions";

export const functionDescriptions: FunctionDescriptions = {
  FUNNEL: {
    description: "倒推漏斗：为达成目标，每个环节至少需要多少人；从漏斗顶部到目标，按列返回。",
    parameters: {
      target: "要达成的成交数（或最后一个环节的人数），例如 2000。",
      rates: "各环节转化率，从漏斗顶部开始，一行或一列，例如 85%、12%、28%、65%、90%。",
      rounding: '取整方式："up"（默认，向上取整为整人数，保证够用）、"none"（不取整）或 "nearest"（四舍五入）。',
    },
  },
  "FUNNEL.FORWARD": {
    description: "正推漏斗：从客户池出发，每个环节能到达多少人；从客户池开始，按列返回。",
    parameters: {
      pool: "漏斗顶部的客户池人数，例如 120000。",
      rates: "各环节转化率，从漏斗顶部开始，一行或一列，例如 85%、12%、28%、65%、90%。",
      rounding: '取整方式："down"（默认，向下取整为实际到达的整人数）、"none"（不取整）或 "nearest"（四舍五入）。',
    },
  },
  ROI: {
    description: "毛利 ROI：收入 × 毛利率 ÷ 成本（等于 1 表示活动刚好回本）。",
    parameters: {
      revenue: "活动带来的收入，例如 700000。",
      grossMargin: "该收入的毛利率，例如 40%。",
      cost: "活动成本，例如 1300000。",
    },
  },
  BREAKEVEN: {
    description: "盈亏平衡收入：毛利 ROI 为 1 时的收入，即成本 ÷ 毛利率。",
    parameters: {
      cost: "活动成本，例如 1300000。",
      grossMargin: "收入的毛利率，例如 40%。",
    },
  },
  CONTINGENCY: {
    description: "应急储备：预算金额合计 × 比例（省略时为 8%）。",
    parameters: {
      amounts: "其他类别的金额：一个数字或一个区域；空单元格不计。",
      rate: "应急比例，省略时为 8%；通常为 5% 到 10%。",
    },
  },
  CAC: {
    description: "获客成本：获客花费 ÷ 新客数。",
    parameters: {
      spend: "获客花费，例如 500000。",
      newCustomers: "由此获得的新客数，例如 25000。",
    },
  },
};
