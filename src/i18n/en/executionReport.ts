/** The execution report sheet's words. */
export interface ExecutionReportLabels {
  sheetName: string;
  title: string;
  subtitle: string;
  summaryTitle: string;
  summary: {
    currentPeriod: string;
    currentPeriodStart: string;
    planToDate: string;
    actualToDate: string;
    varianceToDate: string;
    executionRate: string;
  };
  reportTitle: string;
  headers: {
    period: string;
    category: string;
    plan: string;
    actual: string;
    variance: string;
    cumulativePlan: string;
    cumulativeActual: string;
    cumulativeVariance: string;
    executionRate: string;
    explanation: string;
  };
  periodTotal: string;
}

export const executionReport: ExecutionReportLabels = {
  sheetName: "Execution report",
  title: "Execution report: plan and actual by period",
  subtitle:
    "Plan comes from the Phasing sheet's phased plan, actual from its actual rows typed per period. Variance = actual − plan: positive is overspend. Execution rate = cumulative actual ÷ cumulative plan. To date means up to and including the current period set on the Phasing sheet. Type the reason for each variance in the last column.",
  summaryTitle: "To date",
  summary: {
    currentPeriod: "Current period",
    currentPeriodStart: "Current period starts",
    planToDate: "Plan to date",
    actualToDate: "Actual to date",
    varianceToDate: "Variance to date",
    executionRate: "Execution rate",
  },
  reportTitle: "By period and category",
  headers: {
    period: "Period",
    category: "Category",
    plan: "Plan",
    actual: "Actual",
    variance: "Variance",
    cumulativePlan: "Cumulative plan",
    cumulativeActual: "Cumulative actual",
    cumulativeVariance: "Cumulative variance",
    executionRate: "Execution rate",
    explanation: "Explanation of the variance",
  },
  periodTotal: "Period total",
};
