import { CATEGORY_KEYS, type CategoryKey } from "./categories";
import { type Decimal, ZERO, sum } from "./decimal";
import { executionToDate, type PeriodActuals } from "./execution";
import type { PhasedBudget } from "./phasing";

/** Plan against actual for one category (or all) in one period, and both cumulated to its end. */
export interface ExecutionFigures {
  plan: Decimal;
  actual: Decimal;
  /** actual − plan: positive is overspend. */
  variance: Decimal;
  cumulativePlan: Decimal;
  cumulativeActual: Decimal;
  cumulativeVariance: Decimal;
  /** Execution rate to the period's end: cumulative actual ÷ cumulative plan; null when nothing is planned yet. */
  rate: Decimal | null;
}

export interface PeriodExecution {
  /** 1-based. */
  period: number;
  categories: Record<CategoryKey, ExecutionFigures>;
  total: ExecutionFigures;
}

function figures(plans: readonly Decimal[], actuals: readonly Decimal[], p: number): ExecutionFigures {
  const cumulativePlan = sum(plans.slice(0, p + 1));
  const cumulativeActual = sum(actuals.slice(0, p + 1));
  return {
    plan: plans[p],
    actual: actuals[p],
    variance: actuals[p].minus(plans[p]),
    cumulativePlan,
    cumulativeActual,
    cumulativeVariance: cumulativeActual.minus(cumulativePlan),
    rate: cumulativePlan.isZero() ? null : cumulativeActual.dividedBy(cumulativePlan),
  };
}

/**
 * The execution report (月度执行报告): for every period, each category's plan and actual spend, the
 * variance, both cumulated to the period's end and the execution rate there, then the period's total.
 * Rows of actuals are the phased budget's (its lines, then the reserve); a missing entry is nothing spent.
 */
export function executionReport(phased: PhasedBudget, actuals: PeriodActuals): PeriodExecution[] {
  // Checks the actuals against the phased rows as execution to date does.
  executionToDate(phased, actuals, phased.periods.length);
  const actualAt = (row: number, p: number): Decimal => actuals[row]?.[p] ?? ZERO;
  const categoryActuals = (key: CategoryKey) =>
    phased.periods.map((_, p) => sum(phased.rows.flatMap((row, r) => (row.category === key ? [actualAt(r, p)] : []))));
  const byCategory = Object.fromEntries(
    CATEGORY_KEYS.map((key) => [key, { plans: phased.categoryTotals[key], actuals: categoryActuals(key) }]),
  ) as Record<CategoryKey, { plans: Decimal[]; actuals: Decimal[] }>;
  const totalActuals = phased.periods.map((_, p) => sum(CATEGORY_KEYS.map((key) => byCategory[key].actuals[p])));
  return phased.periods.map((period, p) => ({
    period: period.index,
    categories: Object.fromEntries(
      CATEGORY_KEYS.map((key) => [key, figures(byCategory[key].plans, byCategory[key].actuals, p)]),
    ) as Record<CategoryKey, ExecutionFigures>,
    total: figures(phased.periodTotals, totalActuals, p),
  }));
}
