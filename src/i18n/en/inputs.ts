/**
 * What the model says when an input cannot give a meaningful figure: a budget function's argument, a
 * sheet's cell, a field of the pane. Each message starts with what it is about, so it stands alone as
 * Excel shows it with #VALUE!.
 */
export interface InputMessages {
  /** Figures named at the start of a message. */
  labels: {
    target: string;
    pool: string;
    revenue: string;
    cost: string;
    spend: string;
    newCustomers: string;
    grossMargin: string;
  };
  /** "Rate 2": a stage's rate by its position. */
  rateAt: (position: number) => string;
  notFinite: (label: string) => string;
  negative: (label: string, value: string) => string;
  /** A whole number up to 100 written for a rate: 65 for 65%. */
  barePercentage: (label: string, shown: string, fraction: string) => string;
  rateAbove100: (label: string, shown: string) => string;
  stageRateRange: (label: string, shown: string) => string;
  noRates: string;
  zeroMargin: string;
  zeroCost: string;
  zeroNewCustomers: string;
  /** A scenario's relative change of the participation or conversion rate below −100%. */
  driftTooLow: (which: "participation" | "conversion", value: string) => string;
  noFunnelForScenarios: string;
  noFunnelForBreakEven: string;
  noFunnelForTarget: string;
  breakEvenMargin: string;
  zeroTargetDeals: string;
  zeroBudget: string;
  noSuchStage: (stage: number, count: number) => string;
  /** No rate of the stage up to 100% makes ROI reach 1: the stage's name, ROI at 100%. */
  noBreakEvenRate: (stageName: string, roi: string) => string;
  stagePosition: (which: "participation" | "conversion", position: number, count: number) => string;
  targetDealsNotWhole: (value: string) => string;
  orderValueNegative: (value: string) => string;
  stageUnnamed: (position: number) => string;
  stagesSameName: (name: string) => string;
  /** A line's driver names no stage: the line, its driver, the stages' names. */
  driverNotAStage: (item: string, driver: string, stages: string) => string;
  planNameBlank: string;
  planNameTaken: (name: string) => string;
  noSuchPlan: (id: string) => string;
  plansFull: (max: number) => string;
}

export const inputs: InputMessages = {
  labels: {
    target: "Target",
    pool: "Pool",
    revenue: "Revenue",
    cost: "Cost",
    spend: "Spend",
    newCustomers: "New customers",
    grossMargin: "Gross margin",
  },
  rateAt: (position) => `Rate ${position}`,
  notFinite: (label) => `${label} is not a finite number`,
  negative: (label, value) => `${label} is ${value}: it cannot be negative`,
  barePercentage: (label, shown, fraction) =>
    `${label} is ${shown}: a rate is a fraction of 1, so write ${shown}% or ${fraction}`,
  rateAbove100: (label, shown) => `${label} is ${shown}: a rate cannot exceed 100%`,
  stageRateRange: (label, shown) => `${label} is ${shown}: a stage rate must be above 0% and at most 100%`,
  noRates: "No conversion rates: give at least one stage rate, e.g. 90%",
  zeroMargin: "Gross margin is 0: nothing is earned, so no revenue breaks even",
  zeroCost: "Cost is 0: ROI needs a cost to divide by",
  zeroNewCustomers: "New customers is 0: there is no one to divide the spend over",
  driftTooLow: (which, value) => `The ${which} change is ${value}: it must be above −100%, e.g. −20% or 0.2`,
  noFunnelForScenarios: "This budget has no funnel: scenarios drift its stage rates",
  noFunnelForBreakEven: "This budget has no funnel: break-even needs the deals its rates and target give",
  noFunnelForTarget: "This budget has no funnel: its lines do not follow a target",
  breakEvenMargin: "The gross margin must be above 0% and at most 100%: ROI on gross profit needs it",
  zeroTargetDeals: "Target deals is 0: with no deals no order value pays for the budget",
  zeroBudget: "The budget is 0: ROI needs a cost to divide by",
  noSuchStage: (stage, count) => `Stage ${stage} is not in the funnel: choose a stage from 1 to ${count}`,
  noBreakEvenRate: (stageName, roi) =>
    `No ${stageName} rate up to 100% breaks even: at 100% ROI on gross profit is ${roi}`,
  stagePosition: (which, position, count) => `The ${which} stage is ${position}: choose a stage from 1 to ${count}`,
  targetDealsNotWhole: (value) => `Target deals is ${value}: give a whole number of deals, 0 or more`,
  orderValueNegative: (value) => `Average order value is ${value}: it cannot be negative`,
  stageUnnamed: (position) => `Stage ${position} has no name: a line's Driver names its stage`,
  stagesSameName: (name) => `Two stages are named "${name}": a Driver could not tell them apart`,
  driverNotAStage: (item, driver, stages) =>
    `Line "${item}" is driven by "${driver}", which is not a stage of the funnel (${stages})`,
  planNameBlank: "A plan needs a name",
  planNameTaken: (name) => `There is already a plan named "${name}"`,
  noSuchPlan: (id) => `There is no plan ${id}`,
  plansFull: (max) => `There are already ${max} plans: delete one before taking another`,
};
