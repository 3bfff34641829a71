import type { CategoryKey } from "./categories";
import { Decimal, ZERO } from "./decimal";
import { executionToDate, type PeriodActuals } from "./execution";
import { formatMoney, formatPercent } from "./format";
import type { PhasedBudget } from "./phasing";
import { failTimeline, timelineText } from "./timelineText";
import type { Text } from "../i18n";

/** The health rules over time; the budget's own rules are in health.ts. */
export type TimelineRule = "outside-span" | "period-over-plan" | "execution-behind" | "execution-ahead";

export interface TimelineFinding {
  rule: TimelineRule;
  severity: "warning" | "info";
  /** The phased row (a line, or the reserve last) the finding is about; none for execution to date. */
  row?: number;
  category?: CategoryKey;
  item?: string;
  /** 1-based. */
  period: number;
  message: Text;
  /** The amount outside the span, over plan, or actual − plan to date. */
  amount: Decimal;
}

export interface TimelineHealthOptions {
  /** The period execution is measured to, 1-based; 0 before the first, when execution is not measured. */
  currentPeriod: number;
  /** How far execution to date may stray from plan before it is flagged: 0.10 is ±10% (the default). */
  tolerance?: Decimal;
  /** The campaign's own periods, 1-based; spend outside them is flagged. The whole axis by default. */
  campaign?: { first: number; last: number };
}

export const DEFAULT_EXECUTION_TOLERANCE = new Decimal("0.10");

const money = (value: Decimal) => formatMoney(value, 2);
/** A rate as the planner wrote it: 0.1 → 10%, −0.05 → -5%, 0.125 → 12.5%. */
const asTyped = (rate: Decimal) => formatPercent(rate, Math.max(0, rate.times(100).decimalPlaces()));

/**
 * Health over time: money phased or spent outside the campaign's periods, a row's actual spend over
 * its plan in a period, and execution to date (actual ÷ plan) behind or ahead of plan by more than
 * the tolerance. Bad options are input errors in both languages.
 */
export function timelineHealth(
  phased: PhasedBudget,
  actuals: PeriodActuals,
  options: TimelineHealthOptions,
): TimelineFinding[] {
  const count = phased.periods.length;
  const tolerance = options.tolerance ?? DEFAULT_EXECUTION_TOLERANCE;
  if (!tolerance.isFinite() || tolerance.isNegative() || tolerance.greaterThan(1)) {
    failTimeline((m) => m.health.badTolerance(asTyped(tolerance)));
  }
  const campaign = options.campaign ?? { first: 1, last: count };
  const { first, last } = campaign;
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last > count || first > last) {
    failTimeline((m) => m.health.badCampaignSpan(first, last, count));
  }
  const execution = options.currentPeriod === 0 ? null : executionToDate(phased, actuals, options.currentPeriod);
  const label = (p: number) => phased.periods[p].label;
  const findings: TimelineFinding[] = [];

  phased.rows.forEach((row, r) => {
    const about = { row: r, category: row.category, item: row.item };
    row.periods.forEach((plan, p) => {
      const actual = actuals[r]?.[p] ?? ZERO;
      const index = p + 1;
      if (index < first || index > last) {
        const amount = Decimal.max(plan.abs(), actual.abs());
        if (!amount.isZero()) {
          findings.push({
            rule: "outside-span",
            severity: "warning",
            ...about,
            period: index,
            amount,
            message: timelineText((m) =>
              m.health.outsideSpan(row.item, label(p), money(amount), label(first - 1), label(last - 1)),
            ),
          });
        }
      }
      if (actual.greaterThan(plan) && actual.greaterThan(0)) {
        const over = actual.minus(Decimal.max(plan, ZERO));
        findings.push({
          rule: "period-over-plan",
          severity: "warning",
          ...about,
          period: index,
          amount: over,
          message: timelineText((m) => m.health.overPlan(row.item, label(p), money(actual), money(plan), money(over))),
        });
      }
    });
  });

  if (execution?.rate) {
    const rate = execution.rate;
    const behind = rate.lessThan(new Decimal(1).minus(tolerance));
    const ahead = rate.greaterThan(new Decimal(1).plus(tolerance));
    if (behind || ahead) {
      const period = label(execution.currentPeriod - 1);
      findings.push({
        rule: behind ? "execution-behind" : "execution-ahead",
        severity: behind ? "info" : "warning",
        period: execution.currentPeriod,
        amount: execution.actualToDate.minus(execution.planToDate),
        message: timelineText((m) =>
          (behind ? m.health.behind : m.health.ahead)(formatPercent(rate, 1), period, asTyped(tolerance)),
        ),
      });
    }
  }
  return findings;
}
