import type { ExecutionReportLabels } from "../en/executionReport";

export const executionReport: ExecutionReportLabels = {
  sheetName: "月度执行报告",
  title: "月度执行报告：按期计划与实际",
  subtitle:
    "计划取自分期计划表的分期计划，实际取自其按期填写的实际支出。差异 = 实际 − 计划，正数为超支。执行率 = 累计实际 ÷ 累计计划。截至当前期指到分期计划表所设当前期（含）为止。请在最后一列填写每项差异的原因。",
  summaryTitle: "截至当前期",
  summary: {
    currentPeriod: "当前期",
    currentPeriodStart: "当前期起始日",
    planToDate: "截至当前期计划",
    actualToDate: "截至当前期实际",
    varianceToDate: "截至当前期差异",
    executionRate: "执行率",
  },
  reportTitle: "按期、按类别",
  headers: {
    period: "期间",
    category: "类别",
    plan: "计划",
    actual: "实际",
    variance: "差异",
    cumulativePlan: "累计计划",
    cumulativeActual: "累计实际",
    cumulativeVariance: "累计差异",
    executionRate: "执行率",
    explanation: "差异说明",
  },
  periodTotal: "本期合计",
  withActuals: {
    subtitle:
      "计划取自分期计划表。实际 = 按明细项取实际支出表中日期在本期的已支付行，该期没有导入行的明细项取分期计划表实际行中填写的金额；同一笔钱不会重复计算。预算占用 = 实际支出表中的已占用行。预测 = 实际 + 预算占用，当前期之后的期间至少为其计划。差异 = 实际 − 计划，正数为超支。执行率 = 累计实际 ÷ 累计计划。请在最后一列填写每项差异的原因。",
    committed: "预算占用",
    forecast: "预测",
    committedTotal: "预算占用（全部期间）",
    forecastTotal: "完工预测",
    byLineTitle: "按预算明细：每期已支付、预算占用与预测（取自实际支出表）",
    byLine: { category: "类别", line: "明细项", paid: "已支付", committed: "预算占用", forecast: "预测" },
  },
};
