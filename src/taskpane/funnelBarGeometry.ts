import { Decimal, ZERO } from "../model";

// A stage with people keeps a sliver of bar beside a pool a hundred times its size.
const NARROWEST = new Decimal("0.5");
const HUNDRED = new Decimal(100);

/**
 * Each stage's bar width as a CSS percentage of the widest, the largest count: 2,000 beside 119,756
 * is "1.67%". Counts of 0 draw no bar.
 */
export function funnelBarWidths(counts: readonly Decimal[]): string[] {
  const largest = counts.reduce((top, count) => Decimal.max(top, count), ZERO);
  return counts.map((count) => {
    if (count.isZero() || count.isNegative() || largest.isZero()) return "0%";
    const width = count.dividedBy(largest).times(HUNDRED).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return `${Decimal.max(NARROWEST, width).toString()}%`;
  });
}
