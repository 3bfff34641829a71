/** What the budget-over-time model says: its input errors, its seasonal calendar and its preset. */
export interface TimelineMessages {
  phasing: {
    noPeriods: string;
    negativeWeights: string;
    zeroWeights: string;
    customWeightCount: (weights: number, periods: number) => string;
    badSpan: (item: string, first: number, last: number, count: number) => string;
    unknownProfile: (item: string) => string;
    /** A line's own error, prefixed by the line. */
    ofLine: (item: string, message: string) => string;
    spanCount: (spans: number, lines: number) => string;
  };
  periods: {
    firstPeriodFormat: (first: string) => string;
    notCalendarDate: (first: string) => string;
    weekNeedsDay: (first: string) => string;
    unknownUnit: (unit: string) => string;
    periodCount: (max: number, count: number) => string;
  };
  execution: {
    currentPeriod: (count: number, current: number) => string;
    actualRows: (actualRows: number, rows: number) => string;
  };
  baseline: {
    noApprover: string;
    approvalDate: (date: string) => string;
    beforePrevious: (date: string, version: number, previousDate: string) => string;
    otherUnit: string;
  };
  /** Health over time; money and rates arrive formatted, periods as their labels (2026-05). */
  health: {
    outsideSpan: (item: string, period: string, amount: string, first: string, last: string) => string;
    overPlan: (item: string, period: string, actual: string, plan: string, over: string) => string;
    behind: (rate: string, period: string, tolerance: string) => string;
    ahead: (rate: string, period: string, tolerance: string) => string;
    badTolerance: (tolerance: string) => string;
    badCampaignSpan: (first: number, last: number, count: number) => string;
    changedSinceApprovalTotal: (total: string, approved: string, difference: string) => string;
    /** Against the latest baseline's lines: how many lines differ, and the total's difference, signed. */
    changedSinceApproval: (
      version: number,
      date: string,
      approver: string,
      lines: number,
      difference: string,
    ) => string;
  };
  /** Funnel over time: expected deals per period. */
  funnel: {
    noFunnel: string;
    /** The lag as the planner typed it. */
    stageLag: (typed: string, max: number) => string;
  };
  chinaRetailCalendar: string;
  campaignTimeline: { name: string; description: string };
}

export const timeline: TimelineMessages = {
  phasing: {
    noPeriods: "There are no periods to spread over.",
    negativeWeights: "Weights cannot be negative.",
    zeroWeights: "The weights add up to 0: there is nothing to spread by.",
    customWeightCount: (weights, periods) => `There are ${weights} custom weights for a span of ${periods} periods.`,
    badSpan: (item, first, last, count) =>
      `"${item}" spans periods ${first}–${last}: it must lie within periods 1 to ${count}, first no later than last.`,
    unknownProfile: (item) => `"${item}" has an unknown spreading profile.`,
    ofLine: (item, message) => `"${item}": ${message}`,
    spanCount: (spans, lines) => `The phasing has ${spans} spans for a budget of ${lines} lines.`,
  },
  periods: {
    firstPeriodFormat: (first) => `First period "${first}" must read like 2026-05 or 2026-05-04.`,
    notCalendarDate: (first) => `First period "${first}" is not a calendar date.`,
    weekNeedsDay: (first) => `With weeks, the first period is a day such as 2026-05-04, not "${first}".`,
    unknownUnit: (unit) => `Unknown period unit "${unit}".`,
    periodCount: (max, count) => `The number of periods must be a whole number from 1 to ${max}, not ${count}.`,
  },
  execution: {
    currentPeriod: (count, current) => `The current period must be a whole number from 1 to ${count}, not ${current}.`,
    actualRows: (actualRows, rows) => `There are ${actualRows} rows of actual spend for ${rows} phased rows.`,
  },
  baseline: {
    noApprover: "Enter who approves the budget.",
    approvalDate: (date) => `Approval date "${date}" must read like 2026-04-20.`,
    beforePrevious: (date, version, previousDate) =>
      `Approval date ${date} is before the previous version's (version ${version}, ${previousDate}).`,
    otherUnit: "The phasing and the baseline count periods in different units (months, weeks).",
  },
  health: {
    outsideSpan: (item, period, amount, first, last) =>
      `"${item}" spends ${amount} in ${period}, outside the campaign's ${first} to ${last}.`,
    overPlan: (item, period, actual, plan, over) =>
      `"${item}" spent ${actual} in ${period} against a plan of ${plan}: ${over} over.`,
    behind: (rate, period, tolerance) =>
      `Execution to ${period} is ${rate} of plan: behind by more than the ${tolerance} tolerance.`,
    ahead: (rate, period, tolerance) =>
      `Execution to ${period} is ${rate} of plan: ahead by more than the ${tolerance} tolerance.`,
    badTolerance: (tolerance) => `The tolerance must be from 0% to 100%, not ${tolerance}.`,
    changedSinceApprovalTotal: (total, approved, difference) =>
      `The budget total is ${total}, ${difference} against the ${approved} approved, and has not been approved again. Approve it again (Timeline) or restore the approved budget.`,
    changedSinceApproval: (version, date, approver, lines, difference) =>
      `The budget changed after version ${version} was approved (${date}, ${approver}) and has not been approved again: ${lines} ${lines === 1 ? "line differs" : "lines differ"}, and the total is ${difference} against the baseline. Approve it again or restore the approved budget.`,
    badCampaignSpan: (first, last, count) =>
      `The campaign's periods ${first}–${last} must lie within periods 1 to ${count}, first no later than last.`,
  },
  funnel: {
    noFunnel: "Expected deals per period need a funnel budget: this budget has no funnel.",
    stageLag: (typed, max) => `The stage lag must be a whole number of periods from 0 to ${max}, not "${typed}".`,
  },
  chinaRetailCalendar: "Chinese retail calendar (Spring Festival, 618, Singles' Day, Double 12)",
  campaignTimeline: {
    name: "Campaign budget by month",
    description:
      "The car-maintenance campaign's 19 lines over three months: preparation, campaign, follow-up; the total stays 1,294,596.",
  },
};
