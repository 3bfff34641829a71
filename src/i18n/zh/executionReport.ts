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
};
