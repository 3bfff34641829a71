import type { Budget, Goals } from "./budget";
import { CATEGORY_KEYS, type CategoryKey } from "./categories";
import { type Decimal, ZERO, sum } from "./decimal";
import type { PeriodAxis } from "./periods";
import { phaseBudget, type Phasing, type PhasedRow } from "./phasing";
import { failTimeline } from "./timelineText";

/** One row as approved: a line or the reserve, its amount and its periods, frozen as values. */
export interface BaselineRow {
  category: CategoryKey;
  item: string;
  amount: Decimal;
  periods: readonly Decimal[];
}

/**
 * An approved budget (立项版, 修订版…): lines, phasing and goals frozen as values with who approved
 * it, when and why. Later edits of the budget are compared with it; it never changes.
 */
export interface Baseline {
  /** 1 for the first approval, then 2, 3…: the version history's order. */
  version: number;
  approver: string;
  /** The approval day, 2026-04-20. */
  date: string;
  note: string;
  title: string;
  periods: PeriodAxis;
  /** Each period's label, 2026-05…, as approved. */
  periodLabels: readonly string[];
  rows: readonly BaselineRow[];
  goals: Goals;
  contingencyRate: Decimal;
  total: Decimal;
}

/** Every approval of a budget, oldest first; a new approval adds a version and keeps the others. */
export type BaselineHistory = readonly Baseline[];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function frozen<T extends object>(value: T): Readonly<T> {
  return Object.freeze(value);
}

/**
 * Approves the budget as phased: a new baseline, version one more than the history's last, added to
 * the history (which is returned anew; earlier baselines are kept as they were).
 */
export function approve(
  budget: Budget,
  phasing: Phasing,
  approver: string,
  date: string,
  note: string,
  history: BaselineHistory = [],
): BaselineHistory {
  if (approver.trim() === "") failTimeline((m) => m.baseline.noApprover);
  const day = new Date(`${date}T00:00:00Z`);
  if (!ISO_DAY.test(date) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) {
    failTimeline((m) => m.baseline.approvalDate(date));
  }
  const last = history[history.length - 1];
  if (last && date < last.date) {
    failTimeline((m) => m.baseline.beforePrevious(date, last.version, last.date));
  }
  const phased = phaseBudget(budget, phasing);
  const baseline: Baseline = frozen({
    version: (last?.version ?? 0) + 1,
    approver: approver.trim(),
    date,
    note,
    title: budget.title,
    periods: frozen({ ...phasing.periods }),
    periodLabels: frozen(phased.periods.map((period) => period.label)),
    rows: frozen(
      phased.rows.map((row) =>
        frozen({ category: row.category, item: row.item, amount: row.amount, periods: frozen([...row.periods]) }),
      ),
    ),
    goals: frozen({ ...budget.goals }),
    contingencyRate: budget.contingencyRate,
    total: phased.total,
  });
  return frozen([...history, baseline]);
}

/** The baseline in force: the latest approval; undefined before the first. */
export function currentBaseline(history: BaselineHistory): Baseline | undefined {
  return history[history.length - 1];
}

export interface Variance {
  baseline: Decimal;
  current: Decimal;
  /** current − baseline: positive is more than approved. */
  variance: Decimal;
}

export interface LineVariance extends Variance {
  category: CategoryKey;
  item: string;
  /** kept: in both; added: only in the current budget; removed: only in the baseline. */
  status: "kept" | "added" | "removed";
  /** current − baseline of each period, by the union of both axes' labels (see periodLabels). */
  periods: Decimal[];
}

export interface BaselineVariance {
  version: number;
  /** The periods of either axis, in time order: the variance's periods follow it. */
  periodLabels: string[];
  lines: LineVariance[];
  categories: Record<CategoryKey, Variance>;
  periods: Decimal[];
  total: Variance;
}

const difference = (baseline: Decimal, current: Decimal): Variance => ({
  baseline,
  current,
  variance: current.minus(baseline),
});

/**
 * The current budget against a baseline, line by line, category by category and period by period.
 * Lines are matched by category and item (the nth line of the same name with the nth); a line only
 * in one of them counts zero in the other. Periods are matched by their labels (2026-05…).
 */
export function varianceToBaseline(baseline: Baseline, budget: Budget, phasing: Phasing): BaselineVariance {
  const phased = phaseBudget(budget, phasing);
  if (phasing.periods.unit !== baseline.periods.unit) {
    failTimeline((m) => m.baseline.otherUnit);
  }
  const currentLabels = phased.periods.map((period) => period.label);
  const periodLabels = [...new Set([...baseline.periodLabels, ...currentLabels])].sort();
  const spread = (labels: readonly string[], values: readonly Decimal[]) => {
    const byLabel = new Map(labels.map((label, i) => [label, values[i]]));
    return periodLabels.map((label) => byLabel.get(label) ?? ZERO);
  };
  const zeros = periodLabels.map(() => ZERO);

  const key = (row: { category: CategoryKey; item: string }) => `${row.category}\u0000${row.item}`;
  const unmatched = new Map<string, PhasedRow[]>();
  for (const row of phased.rows) unmatched.set(key(row), [...(unmatched.get(key(row)) ?? []), row]);
  const lines: LineVariance[] = [];
  for (const row of baseline.rows) {
    const match = unmatched.get(key(row))?.shift();
    const before = spread(baseline.periodLabels, row.periods);
    const after = match ? spread(currentLabels, match.periods) : zeros;
    lines.push({
      category: row.category,
      item: row.item,
      status: match ? "kept" : "removed",
      ...difference(row.amount, match?.amount ?? ZERO),
      periods: after.map((value, p) => value.minus(before[p])),
    });
  }
  for (const row of phased.rows) {
    if (!unmatched.get(key(row))?.includes(row)) continue;
    lines.push({
      category: row.category,
      item: row.item,
      status: "added",
      ...difference(ZERO, row.amount),
      periods: spread(currentLabels, row.periods),
    });
  }
  const categories = Object.fromEntries(
    CATEGORY_KEYS.map((category) => {
      const of = lines.filter((line) => line.category === category);
      return [category, difference(sum(of.map((l) => l.baseline)), sum(of.map((l) => l.current)))];
    }),
  ) as Record<CategoryKey, Variance>;
  return {
    version: baseline.version,
    periodLabels,
    lines,
    categories,
    periods: periodLabels.map((_, p) => sum(lines.map((line) => line.periods[p]))),
    total: difference(baseline.total, phased.total),
  };
}
