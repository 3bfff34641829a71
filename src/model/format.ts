import { Decimal } from "./decimal";

/** Groups the integer part with commas: "1294596.5" → "1,294,596.5". */
function groupThousands(fixed: string): string {
  const [whole, fraction] = fixed.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + digits + (fraction ? `.${fraction}` : "");
}

/** Money for display, rounded half-up to `decimals` places: ¥1,294,596. */
export function formatMoney(value: Decimal, decimals = 0): string {
  const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const text = groupThousands(rounded.abs().toFixed(decimals));
  return `${rounded.isNegative() && !rounded.isZero() ? "-" : ""}¥${text}`;
}

/** A count for display: 119,756 (or 2,222.22 with decimals). */
export function formatCount(value: Decimal, decimals = 0): string {
  return groupThousands(value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals));
}

/** A rate for display: 0.0476 → "4.76%". */
export function formatPercent(value: Decimal, decimals = 2): string {
  return `${value.times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals)}%`;
}

/** A ratio such as ROI for display: 0.2163 → "0.22". */
export function formatRatio(value: Decimal, decimals = 2): string {
  return value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}
