import { type Decimal, ZERO } from "./decimal";
import type { PhasedBudget } from "./phasing";
import { failTimeline } from "./timelineText";

/**
 * Actual spend typed per row and period, rows as the phased budget's (its lines, then the reserve);
 * null or a missing entry is nothing spent yet.
 */
export type PeriodActuals = readonly (readonly (Decimal | null | undefined)[] | undefined)[];

export interface RowExecution {
  planToDate: Decimal;
  actualToDate: Decimal;
  /** actual ÷ plan to date; null when nothing is planned to date. */
  rate: Decimal | null;
}

export interface ExecutionToDate extends RowExecution {
  /** The last period counted, 1-based. */
  currentPeriod: number;
  rows: RowExecution[];
  /** The actual spend of every period, all rows together. */
  actualTotals: Decimal[];
  /** The actual spend to the end of each period. */
  actualCumulative: Decimal[];
}

const rate = (actual: Decimal, plan: Decimal): Decimal | null => (plan.isZero() ? null : actual.dividedBy(plan));

/**
 * Execution to date (执行率): the plan and the actual spend of the periods up to and including the
 * current one, and actual ÷ plan, for every row and for the budget.
 */
export function executionToDate(phased: PhasedBudget, actuals: PeriodActuals, currentPeriod: number): ExecutionToDate {
  const count = phased.periods.length;
  if (!Number.isInteger(currentPeriod) || currentPeriod < 1 || currentPeriod > count) {
    failTimeline((m) => m.execution.currentPeriod(count, currentPeriod));
  }
  if (actuals.length > phased.rows.length) {
    failTimeline((m) => m.execution.actualRows(actuals.length, phased.rows.length));
  }
  // One pass over each row's periods; nothing typed (null, missing) and zeros add nothing.
  const toDate = (values: readonly (Decimal | null | undefined)[] | undefined) => {
    let total = ZERO;
    if (values) {
      for (let p = 0; p < currentPeriod; p++) {
        const value = values[p];
        if (value && !value.isZero()) total = total.plus(value);
      }
    }
    return total;
  };
  const rows = phased.rows.map((row, r) => {
    const planToDate = toDate(row.periods);
    const actualToDate = toDate(actuals[r]);
    return { planToDate, actualToDate, rate: rate(actualToDate, planToDate) };
  });
  const actualTotals = phased.periods.map(() => ZERO);
  phased.rows.forEach((_, r) => {
    const row = actuals[r];
    if (!row) return;
    for (let p = 0; p < count; p++) {
      const value = row[p];
      if (value && !value.isZero()) actualTotals[p] = actualTotals[p].plus(value);
    }
  });
  let running = ZERO;
  const actualCumulative = actualTotals.map((amount) => (running = running.plus(amount)));
  const planToDate = phased.cumulative[currentPeriod - 1];
  const actualToDate = actualCumulative[currentPeriod - 1];
  return {
    currentPeriod,
    planToDate,
    actualToDate,
    rate: rate(actualToDate, planToDate),
    rows,
    actualTotals,
    actualCumulative,
  };
}
