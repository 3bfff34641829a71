import type { Budget } from "./budget";
import { Decimal, ONE } from "./decimal";
import { BudgetInputError } from "./errors";
import { forwardFunnel } from "./funnel";
import { applyFunnel, funnelRates, requiredCounts, type Funnel } from "./funnelPlan";
import { costsAtCounts } from "./stageCosts";
import { inputMessages, nameTexts, type Text } from "../i18n";

export const SCENARIO_KEYS = ["conservative", "base", "optimistic"] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

export const SCENARIO_NAMES = /*#__PURE__*/ Object.fromEntries(
  SCENARIO_KEYS.map((key) => [key, nameTexts.both((words) => words.scenarios[key])]),
) as Record<ScenarioKey, Text>;

/** How far participation (the open rate) and conversion (the booking rate) drift: −0.2 is 20% lower. */
export interface ScenarioDrift {
  key: ScenarioKey;
  participation: Decimal;
  conversion: Decimal;
}

export const DEFAULT_SCENARIO_DRIFTS: readonly ScenarioDrift[] = [
  { key: "conservative", participation: new Decimal("-0.2"), conversion: new Decimal("-0.2") },
  { key: "base", participation: new Decimal(0), conversion: new Decimal(0) },
  { key: "optimistic", participation: new Decimal("0.2"), conversion: new Decimal("0.2") },
];

export interface ScenarioOutcome {
  key: ScenarioKey;
  drift: ScenarioDrift;
  /** Each stage's rate in this scenario, top first. */
  rates: Decimal[];
  /** People at each stage, pool first, deals last. */
  counts: Decimal[];
  deals: Decimal;
  /** The lines no stage drives: the same in every scenario. */
  fixed: Decimal;
  /** Per stage, pool first: the amount of the lines it drives in this scenario. */
  drivenCosts: Decimal[];
  /** The six line categories together. */
  base: Decimal;
  contingency: Decimal;
  /** The budget this scenario needs. */
  total: Decimal;
  revenue: Decimal;
  grossProfit: Decimal | null;
  /** ROI on gross profit; null without a margin or with a zero budget. */
  roi: Decimal | null;
  breakEvenRevenue: Decimal | null;
}

function requireDrift(value: Decimal, which: "participation" | "conversion"): void {
  if (!value.isFinite() || value.lessThanOrEqualTo(-1)) {
    throw new BudgetInputError(
      "num",
      inputMessages.both((words) => words.driftTooLow(which, value.toString())),
    );
  }
}

/**
 * Each stage's rate under a drift: the participation and conversion stages' rates times (1 + change),
 * capped at 100%; the other stages keep theirs. The change is relative: 12% drifts to 9.6% and 14.4%.
 */
export function driftedRates(funnel: Funnel, drift: ScenarioDrift): Decimal[] {
  requireDrift(drift.participation, "participation");
  requireDrift(drift.conversion, "conversion");
  return funnelRates(funnel).map((rate, index) => {
    const position = index + 1;
    let drifted = rate;
    if (position === funnel.participationStage) drifted = drifted.times(ONE.plus(drift.participation));
    if (position === funnel.conversionStage) drifted = drifted.times(ONE.plus(drift.conversion));
    return Decimal.min(drifted, ONE);
  });
}

/**
 * What a budget gives when participation and conversion drift. The planned pool (the people bought)
 * is fixed; the forward funnel from it with the drifted rates gives each stage's whole people, rounded
 * down. Driven lines follow their stage, fixed lines stay, contingency stays the reserve rate of the
 * six categories; revenue is deals × average order value.
 *
 * With no drift this reproduces the budget's own figures: rounding the required people up and then
 * the forward funnel down gives back each stage's count, since floor(ceil(n ÷ r) × r) = n for r ≤ 1.
 */
export function scenarioOutcomes(
  budget: Budget,
  drifts: readonly ScenarioDrift[] = DEFAULT_SCENARIO_DRIFTS,
): ScenarioOutcome[] {
  const applied = applyFunnel(budget);
  const funnel = applied.funnel;
  if (!funnel) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.noFunnelForScenarios),
    );
  }
  const pool = requiredCounts(funnel)[0];
  const margin = applied.goals.grossMargin;
  return drifts.map((drift) => {
    const rates = driftedRates(funnel, drift);
    const counts = forwardFunnel(pool, rates, "down");
    const deals = counts[counts.length - 1];
    const { fixed, driven, base, contingency, total } = costsAtCounts(applied, counts);
    const revenue = deals.times(funnel.averageOrderValue);
    const grossProfit = margin ? revenue.times(margin) : null;
    return {
      key: drift.key,
      drift,
      rates,
      counts,
      deals,
      fixed,
      drivenCosts: driven,
      base,
      contingency,
      total,
      revenue,
      grossProfit,
      roi: grossProfit && !total.isZero() ? grossProfit.dividedBy(total) : null,
      breakEvenRevenue: margin && !margin.isZero() ? total.dividedBy(margin) : null,
    };
  });
}
