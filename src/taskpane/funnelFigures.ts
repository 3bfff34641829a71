import {
  BudgetInputError,
  applyFunnel,
  breakEvenAverageOrderValue,
  breakEvenRate,
  requiredCounts,
  scenarioOutcomes,
  type Budget,
  type Decimal,
  type Funnel,
  type RateBreakEven,
  type ScenarioOutcome,
} from "../model";
import { budgetWithFunnel, type FunnelInputValues } from "../sheet/funnelInputs";
import type { Text } from "../i18n";

/** What the view draws from the figures typed: the reverse funnel and the three scenarios. */
export type FunnelFigures =
  | {
      kind: "figures";
      /** The budget aimed at the figures typed, its funnel applied. */
      budget: Budget & { funnel: Funnel };
      /** The pool's name, then each stage's. */
      stageNames: string[];
      /** People needed at each stage, pool first: whole people, rounded up. */
      counts: Decimal[];
      scenarios: ScenarioOutcome[];
    }
  /** The model cannot use the figures (a driver naming no stage, say): its words. */
  | { kind: "model-error"; text: Text };

/** Runs the model, turning its input errors into words; anything else is a bug and is thrown. */
function modelText(error: unknown): Text {
  if (error instanceof BudgetInputError) return error.text;
  throw error;
}

/** The funnel sheet's budget aimed at the figures typed, run through the model. */
export function funnelFigures(sheetBudget: Budget & { funnel: Funnel }, values: FunnelInputValues): FunnelFigures {
  try {
    const aimed = budgetWithFunnel(sheetBudget, values);
    const budget = { ...applyFunnel(aimed), funnel: aimed.funnel };
    return {
      kind: "figures",
      budget,
      stageNames: [budget.funnel.poolName, ...budget.funnel.stages.map((stage) => stage.name)],
      counts: requiredCounts(budget.funnel),
      scenarios: scenarioOutcomes(budget),
    };
  } catch (error) {
    return { kind: "model-error", text: modelText(error) };
  }
}

/** What to solve for: a stage's rate (1-based position) or the average order value. */
export type BreakEvenChoice = { kind: "rate"; stage: number } | { kind: "order-value" };

export type BreakEvenFigure =
  { kind: "rate"; result: RateBreakEven } | { kind: "order-value"; value: Decimal } | { kind: "none"; text: Text };

/** The rate or order value at which ROI on gross profit is exactly 1, or the model's reason there is none. */
export function breakEvenFigure(budget: Budget, choice: BreakEvenChoice): BreakEvenFigure {
  try {
    return choice.kind === "rate"
      ? { kind: "rate", result: breakEvenRate(budget, choice.stage) }
      : { kind: "order-value", value: breakEvenAverageOrderValue(budget) };
  } catch (error) {
    return { kind: "none", text: modelText(error) };
  }
}
