import { Decimal, type DecimalInput } from "./decimal";

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A figure rounded half away from zero to `places`, as sign, grouped integer digits and fraction digits;
 * "-0" never shows and no exponent notation appears. Null for what is not a finite number.
 */
function displayParts(input: DecimalInput, places: number): { sign: string; digits: string } | null {
  const value = new Decimal(input);
  if (!value.isFinite()) return null;
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const [integer, fraction] = rounded.abs().toFixed(places).split(".");
  const sign = rounded.isNegative() && !rounded.isZero() ? "-" : "";
  return { sign, digits: groupThousands(integer) + (fraction ? `.${fraction}` : "") };
}

const NOT_A_NUMBER = "—";

/** Money for display in 元: ¥1,294,596 (or ¥1,294,596.00 with two decimals), -¥12.50. */
export function formatMoney(value: DecimalInput, decimals = 0): string {
  const parts = displayParts(value, decimals);
  return parts ? `${parts.sign}¥${parts.digits}` : NOT_A_NUMBER;
}

/** A count for display: 119,756 (or 2,222.22 with decimals). */
export function formatCount(value: DecimalInput, decimals = 0): string {
  const parts = displayParts(value, decimals);
  return parts ? parts.sign + parts.digits : NOT_A_NUMBER;
}

/** A rate for display: 0.0476 → "4.76%". */
export function formatPercent(value: DecimalInput, decimals = 2): string {
  const parts = displayParts(new Decimal(value).times(100), decimals);
  return parts ? `${parts.sign}${parts.digits}%` : NOT_A_NUMBER;
}

/** A ratio such as ROI for display: 0.2163 → "0.22". */
export function formatRatio(value: DecimalInput, decimals = 2): string {
  return formatCount(value, decimals);
}
