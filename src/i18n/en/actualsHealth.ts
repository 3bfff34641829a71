/** The health rules over actual and committed spend: each finding says what is wrong and what to do. */
export interface ActualsHealthStrings {
  /** The forecast at completion exceeds the approved baseline (or the budget's total before an approval). */
  forecastOverBaseline: (amount: string, forecast: string, against: string, approved: boolean) => string;
  forecastOverCap: (amount: string, forecast: string, cap: string) => string;
  committedOverPlan: (item: string, amount: string, committed: string, plan: string, cell: string) => string;
  unmatchedWaiting: (rows: number, amount: string) => string;
  stale: (days: number, latest: string, limit: number) => string;
  spentWithoutPlan: (item: string, amount: string, cell: string) => string;
  badStaleDays: (value: string) => string;
  badToday: (value: string) => string;
}

const rows = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;
const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;
const at = (cell: string) => (cell ? ` (${cell})` : "");

export const actualsHealth: ActualsHealthStrings = {
  forecastOverBaseline: (amount, forecast, against, approved) =>
    `The forecast at completion, ${forecast}, is ${amount} over the ${approved ? "approved baseline" : "budget's total"}, ${against}. Cut the plan still to come on the lines running over, or get the overspend ${approved ? "approved as a new baseline" : "approved"}.`,
  forecastOverCap: (amount, forecast, cap) =>
    `The forecast at completion, ${forecast}, is ${amount} over the cap, ${cap}. Cut the plan still to come or cancel committed spend before it is paid.`,
  committedOverPlan: (item, amount, committed, plan, cell) =>
    `"${item}" has ${committed} committed against a plan of ${plan}${at(cell)}: ${amount} over. Raise the line's budget or renegotiate the order before it is paid.`,
  unmatchedWaiting: (n, amount) =>
    `${rows(n)} of actuals (${amount}) are not assigned to a budget line and count nowhere yet. Type the budget line's item into their Line cell on the Actuals sheet.`,
  stale: (n, latest, limit) =>
    `The latest actual is dated ${latest}, ${days(n)} ago (more than ${days(limit)}). Import the latest expense export so the forecast is current.`,
  spentWithoutPlan: (item, amount, cell) =>
    `"${item}" has ${amount} spent or committed but no plan${at(cell)}. Give the line a budget or assign the spend to the line it belongs to.`,
  badStaleDays: (value) =>
    `The days before actuals count as out of date must be a whole number of 1 or more, not ${value}.`,
  badToday: (value) => `Today must be a calendar day written 2026-05-31, not "${value}".`,
};
