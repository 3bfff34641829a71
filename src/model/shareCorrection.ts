import type { CategoryKey, ShareRange } from "./categories";
import { Decimal, ONE } from "./decimal";

/** What it takes to bring one category's share into its range, everything else unchanged. */
export interface ShareCorrection {
  direction: "add" | "cut";
  /** Amount to add to or cut from the category, in 元, rounded up to whole 元; null when no amount can. */
  amount: Decimal | null;
  /** For contingency: the reserve rate that reaches the range. */
  rate?: Decimal;
}

/**
 * Adding x to a line category grows the base and, through the contingency rate r, the total:
 * (s + x) / ((B + x)(1 + r)) = bound  ⇒  x = (bound·(1 + r)·B − s) / (1 − bound·(1 + r)).
 * The same equation with a negative x gives the cut. Contingency's share is r / (1 + r) whatever the
 * base, so it is corrected through its rate: r = bound / (1 − bound).
 */
export function shareCorrection(
  key: CategoryKey,
  subtotal: Decimal,
  base: Decimal,
  rate: Decimal,
  range: ShareRange,
  status: "low" | "high",
): ShareCorrection {
  const direction = status === "low" ? "add" : "cut";
  const bound = status === "low" ? range.min : range.max;
  if (key === "contingency") {
    if (bound.greaterThanOrEqualTo(1)) return { direction, amount: null };
    const neededRate = bound.dividedBy(ONE.minus(bound));
    const amount = neededRate.minus(rate).abs().times(base).toDecimalPlaces(0, Decimal.ROUND_CEIL);
    return { direction, amount, rate: neededRate };
  }
  const scaled = bound.times(ONE.plus(rate));
  if (scaled.greaterThanOrEqualTo(1)) return { direction, amount: null };
  const x = scaled.times(base).minus(subtotal).dividedBy(ONE.minus(scaled));
  const amount = x.abs().toDecimalPlaces(0, Decimal.ROUND_CEIL);
  // Cutting more than the category holds cannot work; adding never has that limit.
  if (direction === "cut" && amount.greaterThan(subtotal)) return { direction, amount: null };
  return { direction, amount };
}
