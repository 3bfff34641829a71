import type { CategoryKey } from "../categories";
import { CATEGORY_KEYS } from "../categories";
import { Decimal, ZERO, sum } from "../decimal";
import { BudgetInputError } from "../errors";
import type { Period } from "../periods";
import type { PhasedBudget } from "../phasing";
import type { ActualStatus } from "./mapping";
import { actualsStrings } from "../../i18n";

/** A row of spend to forecast: a budget line (or the reserve) and its plan per period. */
export interface PlannedRow {
  category: CategoryKey;
  item: string;
  plan: readonly Decimal[];
}

/** One amount of actual or committed spend, on a row and in a period (both 0-based). */
export interface SpendEntry {
  row: number;
  period: number;
  amount: Decimal;
  status: ActualStatus;
}

export interface PeriodSpend {
  plan: Decimal;
  committed: Decimal;
  actual: Decimal;
  /** plan − committed − actual; negative is overspent. */
  available: Decimal;
}

export interface RowForecast extends PeriodSpend {
  category: CategoryKey;
  item: string;
  periods: PeriodSpend[];
  /** The plan of the periods still to come not yet spent or committed in them; never negative. */
  remainingPlan: Decimal;
  /** actual + committed + remaining plan. */
  forecast: Decimal;
}

export interface Comparison {
  /** forecast − the figure compared with: positive is overspend. */
  variance: Decimal;
  against: Decimal;
}

export interface Forecast {
  /** The last period elapsed, 1-based; 0 when none has (all the plan is still to come). */
  currentPeriod: number;
  rows: RowForecast[];
  categories: Record<CategoryKey, PeriodSpend & { forecast: Decimal }>;
  total: PeriodSpend & { forecast: Decimal };
  /** Against the approved baseline's total (or the budget's total before any approval). */
  baseline: Comparison;
  /** Against the cap; null without one. */
  cap: Comparison | null;
}

const spend = (plan: Decimal, committed: Decimal, actual: Decimal): PeriodSpend => ({
  plan,
  committed,
  actual,
  available: plan.minus(committed).minus(actual),
});

/**
 * Forecast at completion: for each row, actual + committed + the plan still to come, where the plan
 * still to come is, for each period after the current one, its plan less what is already spent or
 * committed in it, never below zero (a PO dated next month uses that month's plan, it does not add to
 * it). Periods up to the current one count what was spent, not what was planned. With one period and
 * none elapsed, a line's forecast is the larger of its plan and its spend.
 */
export function forecastAtCompletion(
  rows: readonly PlannedRow[],
  entries: readonly SpendEntry[],
  options: { currentPeriod: number; baseline: Decimal; cap: Decimal | null },
): Forecast {
  const periodCount = rows[0]?.plan.length ?? 0;
  const { currentPeriod } = options;
  if (!Number.isInteger(currentPeriod) || currentPeriod < 0 || currentPeriod > periodCount) {
    throw new BudgetInputError(
      "value",
      actualsStrings.both((words) => words.forecast.currentPeriod(periodCount, currentPeriod)),
    );
  }
  const actual = rows.map(() => Array.from({ length: periodCount }, () => ZERO));
  const committed = rows.map(() => Array.from({ length: periodCount }, () => ZERO));
  for (const entry of entries) {
    const into = entry.status === "paid" ? actual : committed;
    into[entry.row][entry.period] = into[entry.row][entry.period].plus(entry.amount);
  }
  const forecasts: RowForecast[] = rows.map((row, r) => {
    const periods = row.plan.map((plan, p) => spend(plan, committed[r][p], actual[r][p]));
    const remainingPlan = sum(periods.slice(currentPeriod).map((period) => Decimal.max(ZERO, period.available)));
    const totals = spend(sum(row.plan), sum(committed[r]), sum(actual[r]));
    return {
      category: row.category,
      item: row.item,
      ...totals,
      periods,
      remainingPlan,
      forecast: totals.actual.plus(totals.committed).plus(remainingPlan),
    };
  });
  const total = (of: readonly RowForecast[]) => ({
    ...spend(sum(of.map((r) => r.plan)), sum(of.map((r) => r.committed)), sum(of.map((r) => r.actual))),
    forecast: sum(of.map((r) => r.forecast)),
  });
  const categories = Object.fromEntries(
    CATEGORY_KEYS.map((key) => [key, total(forecasts.filter((r) => r.category === key))]),
  ) as Forecast["categories"];
  const all = total(forecasts);
  const compare = (against: Decimal): Comparison => ({ against, variance: all.forecast.minus(against) });
  return {
    currentPeriod,
    rows: forecasts,
    categories,
    total: all,
    baseline: compare(options.baseline),
    cap: options.cap === null ? null : compare(options.cap),
  };
}

/**
 * The period a day falls in, 0-based: by its month on a month axis, by the week it starts in on a
 * week axis; a day before the first period counts in the first, one after the last in the last.
 */
export function periodOfDay(periods: readonly Period[], day: string): number {
  let index = 0;
  for (const [p, period] of periods.entries()) {
    const start = `${period.year}-${String(period.month).padStart(2, "0")}-${String(period.day).padStart(2, "0")}`;
    if (start <= day) index = p;
    else break;
  }
  return index;
}

/** The phased budget's rows (its lines, then the reserve) as rows to forecast. */
export function plannedRows(phased: PhasedBudget): PlannedRow[] {
  return phased.rows.map((row) => ({ category: row.category, item: row.item, plan: row.periods }));
}

/**
 * Execution to date: the actual (paid) spend of the periods elapsed over their plan. Null before any
 * period has elapsed or when the plan to date is nothing.
 */
export function executionRate(
  forecast: Forecast,
): { planToDate: Decimal; actualToDate: Decimal; rate: Decimal } | null {
  const elapsed = (key: "plan" | "actual") =>
    sum(forecast.rows.flatMap((row) => row.periods.slice(0, forecast.currentPeriod).map((period) => period[key])));
  const planToDate = elapsed("plan");
  if (forecast.currentPeriod === 0 || planToDate.isZero()) return null;
  const actualToDate = elapsed("actual");
  return { planToDate, actualToDate, rate: actualToDate.dividedBy(planToDate) };
}
