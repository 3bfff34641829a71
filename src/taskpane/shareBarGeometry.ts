import { Decimal, ONE, ZERO, formatPercent, type ShareRange } from "../model";

/** Where a share bar's parts sit, as CSS percentages of the track's width. */
export interface ShareBarGeometry {
  fill: string;
  bandStart: string;
  bandWidth: string;
}

const STEP = new Decimal("0.1");

/**
 * The share the full width of every bar stands for: the largest share or range end, rounded up to
 * the next 10% (never below 10%, never above 100%), so all bars share one scale and stay legible.
 */
export function shareScale(categories: readonly { share: Decimal; range: ShareRange }[]): Decimal {
  let top = STEP;
  for (const { share, range } of categories) top = Decimal.max(top, share, range.max);
  return Decimal.min(ONE, top.dividedBy(STEP).ceil().times(STEP));
}

/** A share's position on the scale, clamped to the track: 0.0476 on a 0.6 scale → 7.93. */
function position(value: Decimal, scale: Decimal): Decimal {
  return Decimal.min(new Decimal(100), Decimal.max(ZERO, value.dividedBy(scale).times(100))).toDecimalPlaces(
    2,
    Decimal.ROUND_HALF_UP,
  );
}

export function shareBarGeometry(share: Decimal, range: ShareRange, scale: Decimal): ShareBarGeometry {
  const start = position(range.min, scale);
  const end = Decimal.max(start, position(range.max, scale));
  return {
    fill: `${position(share, scale).toString()}%`,
    bandStart: `${start.toString()}%`,
    bandWidth: `${end.minus(start).toString()}%`,
  };
}

/** A range end as a percentage, whole when it is whole: 0.15 → "15%", 0.035 → "3.5%". */
function rangeEnd(value: Decimal): string {
  const percent = value.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return formatPercent(value, percent.decimalPlaces());
}

/** "15%–25%". */
export function rangeText(range: ShareRange): string {
  return `${rangeEnd(range.min)}–${rangeEnd(range.max)}`;
}
