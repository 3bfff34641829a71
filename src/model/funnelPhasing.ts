import type { Budget } from "./budget";
import { ZERO, sum, type Decimal } from "./decimal";
import { funnelStageNames, isDriven, stageIndex } from "./funnelPlan";
import { MAX_PERIODS, type Period } from "./periods";
import { distribute, type PhasedBudget } from "./phasing";
import { failTimeline } from "./timelineText";

/*
 * Funnel over time. A funnel budget's deals come from the people its outreach reaches, so the rule is:
 *
 *   the target deals are spread over the periods like the spend of the top-of-funnel lines, shifted
 *   later by the stage lag.
 *
 * The top-of-funnel lines are the driven lines bound to the earliest stage any line is bound to (the
 * pool, or else the first stage: in the worked example, SMS and app push follow "Reached"). Their spend
 * in period p weighs the deals of period p + lag; deals that would land after the last period are
 * counted in the last period, so the periods always hold every deal. When no line is driven, or the
 * top-of-funnel lines spend nothing, the budget's total spend per period stands in for them.
 * The deals are whole: each period's share floored, the deals still missing given one by one to the
 * periods with the largest remainders (ties: the earlier period), so they sum exactly to the target.
 * Cost per deal is the period's whole spend (every line and the reserve) ÷ its deals; null without deals.
 */

export interface FunnelPhasing {
  periods: Period[];
  /** Whole periods between spending at the top of the funnel and the deals it brings. */
  stageLag: number;
  /** The stage the top-of-funnel lines are bound to, as the funnel names it; null when no line is driven. */
  topStage: string | null;
  /** Each budget line's funnel stage (0 the pool), -1 for a line no stage drives. */
  lineStages: number[];
  /** The top-of-funnel lines' spend per period. */
  topSpend: Decimal[];
  /** The spend the deals follow (the top-of-funnel spend, or the whole spend without it), as a size. */
  followed: Decimal[];
  /** The followed spend moved later by the lag: the weights the deals are spread by. */
  weights: Decimal[];
  /** Whole deals per period; they sum to the funnel's target deals. */
  deals: Decimal[];
  /** Every row's spend per period (the phased budget's period totals). */
  spend: Decimal[];
  /** Spend ÷ deals per period, unrounded; null where the period has no deals. */
  costPerDeal: (Decimal | null)[];
  targetDeals: Decimal;
  /** The phased total ÷ the target deals; null with no deals. */
  totalCostPerDeal: Decimal | null;
}

const WHOLE = /^\s*\+?\d+\s*$/;

/** The stage lag as typed ("2", 2): a whole number of periods from 0 to the most periods an axis has. */
export function parseStageLag(typed: number | string): number {
  const lag = typeof typed === "number" ? typed : WHOLE.test(typed) ? Number(typed.trim()) : Number.NaN;
  if (!Number.isInteger(lag) || lag < 0 || lag > MAX_PERIODS) {
    failTimeline((m) => m.funnel.stageLag(String(typed), MAX_PERIODS));
  }
  return lag;
}

/** Spreads a whole count by relative weights in whole units, by the largest-remainder rule. */
export function distributeWhole(count: Decimal, weights: readonly Decimal[]): Decimal[] {
  // distribute works in whole fen: a count of n hundredths of a yuan is n fen, the same rule in whole units.
  return distribute(count.dividedBy(100), weights).map((share) => share.times(100));
}

/** Weights moved `lag` periods later; what falls beyond the last period is added to the last period. */
export function shiftLater(weights: readonly Decimal[], lag: number): Decimal[] {
  const shifted = weights.map(() => ZERO);
  const last = weights.length - 1;
  weights.forEach((weight, p) => {
    const to = Math.min(p + lag, last);
    shifted[to] = shifted[to].plus(weight);
  });
  return shifted;
}

/**
 * Expected deals and cost per deal per period of a phased funnel budget (see the rule above).
 * `phased` is `phaseBudget(budget, phasing)` of this budget; `stageLag` is as the planner typed it.
 */
export function phaseFunnel(budget: Budget, phased: PhasedBudget, stageLag: number | string = 0): FunnelPhasing {
  const funnel = budget.funnel;
  if (!funnel) failTimeline((m) => m.funnel.noFunnel);
  const lag = parseStageLag(stageLag);
  if (phased.rows.length !== budget.lines.length + 1) {
    failTimeline((m) => m.phasing.spanCount(phased.rows.length - 1, budget.lines.length));
  }
  const stages = budget.lines.map((line) => (isDriven(line) ? stageIndex(funnel, line.driver) : -1));
  const bound = stages.filter((stage) => stage >= 0);
  const top = bound.length > 0 ? Math.min(...bound) : -1;
  const topRows = phased.rows.filter((_, i) => top >= 0 && stages[i] === top);
  const topSpend = phased.periods.map((_, p) => sum(topRows.map((row) => row.periods[p])));
  const followed = (topSpend.some((amount) => !amount.isZero()) ? topSpend : phased.periodTotals).map((amount) =>
    amount.abs(),
  );
  const targetDeals = funnel.targetDeals;
  const weights = shiftLater(followed, lag);
  const deals = targetDeals.isZero() ? phased.periods.map(() => ZERO) : distributeWhole(targetDeals, weights);
  const spend = phased.periodTotals;
  return {
    periods: phased.periods,
    stageLag: lag,
    topStage: top >= 0 ? funnelStageNames(funnel)[top] : null,
    lineStages: stages,
    topSpend,
    followed,
    weights,
    deals,
    spend,
    costPerDeal: spend.map((amount, p) => (deals[p].isZero() ? null : amount.dividedBy(deals[p]))),
    targetDeals,
    totalCostPerDeal: targetDeals.isZero() ? null : phased.total.dividedBy(targetDeals),
  };
}
