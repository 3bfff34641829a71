import { CATEGORY_KEYS, type CategoryKey } from "./categories";
import { Decimal, ZERO, sum } from "./decimal";
import {
  forecastAtCompletion,
  type PeriodSpend,
  type PlannedRow,
  type RowForecast,
  type SpendEntry,
} from "./actuals/forecast";
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

/** A period's figures once actual and committed spend are imported: plan, actual, committed, forecast. */
export interface SpendExecutionFigures extends ExecutionFigures {
  committed: Decimal;
  /**
   * What the period will have cost at completion: what is paid and committed in it, and for a period
   * after the current one the rest of its plan not yet spent or committed (never negative).
   */
  forecast: Decimal;
}

export interface PeriodSpendExecution {
  /** 1-based. */
  period: number;
  categories: Record<CategoryKey, SpendExecutionFigures>;
  total: SpendExecutionFigures;
}

/**
 * The execution report with imported spend. A row's actual in a period is its imported paid entries
 * when it has any in that period, else what was typed for it (`typed`, the phasing sheet's actual
 * rows): see countedActuals, the same money never counts twice. Its committed is its imported committed entries. Its forecast in a period up
 * to and including `currentPeriod` (1-based) is actual + committed; after it, the larger of the plan
 * and actual + committed: summed over the periods, a row's forecast is forecastAtCompletion's (with
 * the typed actuals counted as paid).
 */
export function executionReportWithSpend(
  rows: readonly PlannedRow[],
  typed: PeriodActuals,
  entries: readonly SpendEntry[],
  currentPeriod: number,
): PeriodSpendExecution[] {
  const periodCount = rows[0]?.plan.length ?? 0;
  const imported = paidPeriods(entries);
  const typedEntries: SpendEntry[] = rows.flatMap((_, r) =>
    Array.from({ length: periodCount }, (_, p) => typed[r]?.[p] ?? null).flatMap((amount, p) =>
      amount === null || imported.has(`${r}|${p}`) ? [] : [{ row: r, period: p, amount, status: "paid" as const }],
    ),
  );
  const forecast = forecastAtCompletion(rows, [...typedEntries, ...entries], {
    currentPeriod,
    baseline: ZERO,
    cap: null,
  });
  const periodForecast = (spend: PeriodSpend, p: number) =>
    spend.actual.plus(spend.committed).plus(p < currentPeriod ? ZERO : Decimal.max(ZERO, spend.available));
  const series = (of: readonly RowForecast[]) => {
    const at = (pick: (spend: PeriodSpend, p: number) => Decimal) =>
      Array.from({ length: periodCount }, (_, p) => sum(of.map((row) => pick(row.periods[p], p))));
    return {
      plans: at((s) => s.plan),
      actuals: at((s) => s.actual),
      committed: at((s) => s.committed),
      forecasts: at(periodForecast),
    };
  };
  const withSpend = (s: ReturnType<typeof series>, p: number): SpendExecutionFigures => ({
    ...figures(s.plans, s.actuals, p),
    committed: s.committed[p],
    forecast: s.forecasts[p],
  });
  const byCategory = Object.fromEntries(
    CATEGORY_KEYS.map((key) => [key, series(forecast.rows.filter((row) => row.category === key))]),
  ) as Record<CategoryKey, ReturnType<typeof series>>;
  const total = series(forecast.rows);
  return Array.from({ length: periodCount }, (_, p) => ({
    period: p + 1,
    categories: Object.fromEntries(CATEGORY_KEYS.map((key) => [key, withSpend(byCategory[key], p)])) as Record<
      CategoryKey,
      SpendExecutionFigures
    >,
    total: withSpend(total, p),
  }));
}

/** The rows and periods (`row|period`) with an imported paid entry. */
function paidPeriods(entries: readonly SpendEntry[]): Set<string> {
  return new Set(entries.filter((e) => e.status === "paid").map((e) => `${e.row}|${e.period}`));
}

/**
 * The actual spend that counts, per row and period: a row's imported paid entries in a period when it
 * has any there (the Actuals table is the record of what was paid), else what was typed for it on the
 * phasing sheet's actual rows. The same money typed and imported counts once, as imported; without
 * imported spend the typed actuals are all there is.
 */
export function countedActuals(
  typed: PeriodActuals,
  entries: readonly SpendEntry[],
  rowCount: number,
  periodCount: number,
): (Decimal | null)[][] {
  // Each row's periods with an imported paid entry, as numbers: looked up once per row and period.
  const imported = new Map<number, Set<number>>();
  for (const e of entries) {
    if (e.status !== "paid") continue;
    const periods = imported.get(e.row) ?? new Set<number>();
    periods.add(e.period);
    imported.set(e.row, periods);
  }
  const counted = Array.from({ length: rowCount }, (_, r) => {
    const paid = imported.get(r);
    const typedRow = typed[r];
    const row = new Array<Decimal | null>(periodCount);
    for (let p = 0; p < periodCount; p++) row[p] = paid?.has(p) ? ZERO : (typedRow?.[p] ?? null);
    return row;
  });
  for (const entry of entries)
    if (entry.status === "paid" && entry.row < rowCount && entry.period < periodCount)
      counted[entry.row][entry.period] = counted[entry.row][entry.period]!.plus(entry.amount);
  return counted;
}
