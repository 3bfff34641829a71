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
  /** Once actuals are imported: what the report then shows and the columns it adds. */
  withActuals: {
    subtitle: string;
    committed: string;
    forecast: string;
    committedTotal: string;
    forecastTotal: string;
    /** The working block by budget line, beside the report and outside its print area. */
    byLineTitle: string;
    byLine: { category: string; line: string; paid: string; committed: string; forecast: string };
  };
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
  withActuals: {
    subtitle:
      "Plan comes from the Phasing sheet. Actual = per line, the paid rows of the Actuals sheet dated in the period, or where a line has none there the actual typed on the Phasing sheet; the same money never counts twice. Committed = the Actuals sheet's committed rows. Forecast = actual + committed, and for a period after the current one at least its plan. Variance = actual − plan: positive is overspend. Execution rate = cumulative actual ÷ cumulative plan. Type the reason for each variance in the last column.",
    committed: "Committed",
    forecast: "Forecast",
    committedTotal: "Committed, all periods",
    forecastTotal: "Forecast at completion",
    byLineTitle: "By budget line: paid, committed and forecast per period (the Actuals sheet's rows)",
    byLine: { category: "Category", line: "Line", paid: "Paid", committed: "Committed", forecast: "Forecast" },
  },
};
