import type { FieldProblemKey, PlanFigureKey, ScenarioKey, ScenarioRowKey } from "../keys";
import { names } from "./names";

/** Every word the funnel and scenarios view shows, in both languages. */
export interface FunnelStrings {
  intro: string;
  reading: string;
  reread: string;
  /** "Budget": target, order value and rates read from the sheet. */
  sheetShown: (sheetName: string) => string;
  inputsHeading: string;
  targetDeals: string;
  averageOrderValue: string;
  /** A stage's rate field: "Opened rate". */
  rateLabel: (stageName: string) => string;
  yuanUnit: string;
  targetProblems: Partial<Record<FieldProblemKey, string>>;
  orderValueProblems: Partial<Record<FieldProblemKey, string>>;
  /** A rate that is no number or below the sheet's smallest; the rate rule's own messages come with the problem. */
  rateProblems: { number: string; small: string };
  /** A rate field as the subject of the rate rule's messages: "This rate is 150%: …". */
  thisRate: string;
  keptLastValid: string;
  incomplete: string;
  funnelHeading: string;
  funnelLegend: string;
  /** The list's accessible name. */
  funnelListLabel: string;
  budgetAtTarget: (total: string) => string;
  scenariosHeading: string;
  /** "Opened and Booked rates at −20% / base / +20%; the pool bought stays." */
  scenariosLegend: (participation: string, conversion: string) => string;
  scenarioColumn: string;
  scenarioNames: Record<ScenarioKey, string>;
  scenarioRows: Record<ScenarioRowKey, string>;
  noMargin: string;
  breakEvenHeading: string;
  breakEvenLegend: string;
  solveFor: string;
  rateOption: (stageName: string) => string;
  orderValueOption: string;
  /** ROI reaches 1 at this rate: the rate, the people, the stage above, deals and budget there. */
  breakEvenRate: (stageName: string, rate: string, now: string, people: string, above: string) => string;
  breakEvenOrderValue: (value: string, now: string) => string;
  writeToSheet: string;
  writing: string;
  writtenTitle: string;
  written: (sheetName: string) => string;
  writeFailedTitle: string;
  namesMissingTitle: string;
  fixFieldsFirst: string;
  noFunnelTitle: string;
  /** The sheet shown, and the funnel template's name. */
  noFunnel: (sheetName: string, template: string) => string;
  notABudgetTitle: string;
  notABudget: (sheetName: string, template: string) => string;
  insertFunnelBudget: string;
  readFailedTitle: string;
  readFailed: (detail: string) => string;
  plansHeading: string;
  /** Where the plans are compared; null when none is saved yet. */
  plansLegend: (sheetName: string | null) => string;
  readingPlans: string;
  plansReadFailedTitle: string;
  planChangeFailedTitle: string;
  /** A failure that is not the planner's: Excel's message. */
  planFailed: (detail: string) => string;
  /** The list's accessible name. */
  plansListLabel: string;
  planFigures: Record<PlanFigureKey, string>;
  planName: string;
  /** The name a plan saved without one gets. */
  planNameHint: (defaultName: string) => string;
  saveAsPlan: string;
  savingPlan: string;
  /** Why "Save as plan" waits: the most plans a budget keeps. */
  plansFull: (max: number) => string;
  renamePlan: string;
  /** The accessible names of a plan's buttons and field. */
  renamePlanLabel: (name: string) => string;
  newPlanName: (name: string) => string;
  saveName: string;
  deletePlan: string;
  deletePlanLabel: (name: string) => string;
  confirmDelete: (name: string) => string;
  confirmDeleteButton: string;
  cancel: string;
}

export const funnel: FunnelStrings = {
  intro:
    "Works back from the target deals to the people each stage needs, and compares conservative, base and optimistic scenarios. Change the figures below and the results follow; write them to the sheet when you are ready.",
  reading: "Reading the budget sheet…",
  reread: "Read the sheet again",
  sheetShown: (sheetName) => `Funnel inputs of sheet "${sheetName}"`,
  inputsHeading: "Target and rates",
  targetDeals: "Target deals",
  averageOrderValue: "Average order value",
  rateLabel: (stageName) => `${stageName} rate`,
  yuanUnit: "CNY",
  targetProblems: {
    number: "Enter a number of deals, e.g. 2600.",
    whole: "Deals are whole: enter a whole number, e.g. 2600.",
    negative: "Target deals cannot be negative.",
    large: "Target deals can be at most 1,000,000,000.",
  },
  orderValueProblems: {
    number: "Enter an amount in CNY, e.g. 350.",
    negative: "The average order value cannot be negative.",
    large: "The average order value can be at most 1,000,000,000.",
  },
  rateProblems: {
    number: "Enter a rate, e.g. 28% or 0.28.",
    small: "A rate is at least 0.0001%.",
  },
  thisRate: "This rate",
  keptLastValid: "A figure needs fixing: the results below use its last valid value.",
  incomplete: "Fix the figures marked above to see the funnel and the scenarios.",
  funnelHeading: "Reverse funnel",
  funnelLegend: "The people each stage needs, rounded up; each bar's length follows its count.",
  funnelListLabel: "People needed at each stage",
  budgetAtTarget: (total) => `Budget at this target: ${total}`,
  scenariosHeading: "Scenarios",
  scenariosLegend: (participation, conversion) =>
    `${participation} and ${conversion} rates 20% lower, as planned, and 20% higher; the pool bought stays the same and ROI is on gross profit.`,
  scenarioColumn: "Figure",
  scenarioNames: names.scenarios,
  scenarioRows: {
    deals: "Deals",
    total: "Budget needed",
    revenue: "Revenue",
    grossProfit: "Gross profit",
    roi: "ROI on gross profit",
    breakEvenRevenue: "Break-even revenue",
  },
  noMargin: "The sheet has no gross margin: gross profit, ROI and break-even revenue cannot be computed.",
  breakEvenHeading: "Break-even",
  breakEvenLegend: "The rate or order value at which ROI on gross profit is exactly 1, the other figures as they are.",
  solveFor: "Solve for",
  rateOption: (stageName) => `${stageName} rate`,
  orderValueOption: "Average order value",
  breakEvenRate: (stageName, rate, now, people, above) =>
    `ROI reaches 1 when the ${stageName} rate is at least ${rate} (now ${now}): ${people} of the ${above} people at the stage above.`,
  breakEvenOrderValue: (value, now) => `ROI is exactly 1 at an average order value of ${value} (now ${now}).`,
  writeToSheet: "Write to sheet",
  writing: "Writing…",
  writtenTitle: "Written",
  written: (sheetName) =>
    `Target, order value and rates are written to sheet "${sheetName}"; its formulas have recalculated.`,
  writeFailedTitle: "Not written",
  namesMissingTitle: "Input cells missing",
  fixFieldsFirst: "Fix the figures marked above before writing.",
  noFunnelTitle: "This budget has no funnel",
  noFunnel: (sheetName, template) =>
    `Sheet "${sheetName}" is a budget without a reverse funnel. Insert the "${template}" template to work back from a target and compare scenarios here.`,
  notABudgetTitle: "This sheet is not a budget sheet",
  notABudget: (sheetName, template) =>
    `Sheet "${sheetName}" holds no budget lines table. Insert the "${template}" template to work back from a target and compare scenarios here.`,
  insertFunnelBudget: "Insert a funnel-driven budget",
  readFailedTitle: "Not read",
  readFailed: (detail) => `The budget sheet could not be read: ${detail}`,
  plansHeading: "Plans",
  plansLegend: (sheetName) =>
    sheetName === null
      ? "No plan saved yet: save the budget as it is as a plan, up to four, to compare them side by side on a plans sheet."
      : `The plans are compared side by side on sheet "${sheetName}".`,
  readingPlans: "Reading the plans…",
  plansReadFailedTitle: "Plans not read",
  planChangeFailedTitle: "Plans not changed",
  planFailed: (detail) => `The plans could not be changed: ${detail}`,
  plansListLabel: "Saved plans",
  planFigures: { total: "Budget", deals: "Deals", revenue: "Revenue", grossProfit: "Gross profit", roi: "ROI" },
  planName: "Plan name",
  planNameHint: (defaultName) => `Left empty, the plan is named "${defaultName}".`,
  saveAsPlan: "Save as plan",
  savingPlan: "Saving…",
  plansFull: (max) => `There are already ${max} plans: delete one before saving another.`,
  renamePlan: "Rename",
  renamePlanLabel: (name) => `Rename plan "${name}"`,
  newPlanName: (name) => `New name for plan "${name}"`,
  saveName: "Save name",
  deletePlan: "Delete",
  deletePlanLabel: (name) => `Delete plan "${name}"`,
  confirmDelete: (name) => `Delete plan "${name}"?`,
  confirmDeleteButton: "Delete plan",
  cancel: "Cancel",
};
