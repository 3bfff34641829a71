import type { Budget } from "./budget";
import type { Decimal } from "./decimal";
import { funnelStageNames } from "./funnelPlan";
import type { Period } from "./periods";
import { funnelVolumes, parseStageLag, type PhasedBudget } from "./phasing";
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
 * top-of-funnel lines spend nothing, the spend of the rows that follow no stage stands in for them (the
 * whole budget's when no line is driven). The lines bound to a stage below the top spread with it: the
 * deals stage's lines like the expected deals, the others like the top's spend moved by the lag (see
 * funnelVolumes in phasing.ts); phaseBudget does this for a funnel budget, with the phasing's stage lag.
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

/**
 * Expected deals and cost per deal per period of a phased funnel budget (see the rule above).
 * `phased` is `phaseBudget(budget, phasing)` of this budget; `stageLag`, as the planner typed it, is checked
 * and must be the phasing's.
 */
export function phaseFunnel(budget: Budget, phased: PhasedBudget, stageLag?: number | string): FunnelPhasing {
  const funnel = budget.funnel;
  if (!funnel) failTimeline((m) => m.funnel.noFunnel);
  const lag = parseStageLag(stageLag ?? phased.stageLag ?? 0, phased.periods.length);
  if (lag !== (phased.stageLag ?? 0)) throw new Error("phaseFunnel: the budget was phased with another stage lag");
  if (phased.rows.length !== budget.lines.length + 1) {
    failTimeline((m) => m.phasing.spanCount(phased.rows.length - 1, budget.lines.length));
  }
  // The rows that follow a stage are not read: the top-of-funnel lines and the others keep their own spread.
  const volumes = funnelVolumes(budget, phased.rows, lag);
  const { deals, targetDeals } = { deals: volumes.deals, targetDeals: funnel.targetDeals };
  const spend = phased.periodTotals;
  return {
    periods: phased.periods,
    stageLag: lag,
    topStage: volumes.top >= 0 ? funnelStageNames(funnel)[volumes.top] : null,
    lineStages: volumes.lineStages,
    topSpend: volumes.topSpend,
    followed: volumes.followed,
    weights: volumes.weights,
    deals,
    spend,
    costPerDeal: spend.map((amount, p) => (deals[p].isZero() ? null : amount.dividedBy(deals[p]))),
    targetDeals,
    totalCostPerDeal: targetDeals.isZero() ? null : phased.total.dividedBy(targetDeals),
  };
}
