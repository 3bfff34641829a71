import { Decimal, type DecimalInput } from "../model";

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Rounds half away from zero to `places` and never shows "-0". */
function roundedParts(value: Decimal, places: number): { negative: boolean; integer: string; fraction: string } {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const [integer, fraction = ""] = rounded.abs().toFixed(places).split(".");
  return { negative: rounded.isNegative() && !rounded.isZero(), integer, fraction };
}

/** An amount in 元 as the sheet shows it (¥#,##0.00): "¥1,294,596.00", "-¥12.50". */
export function formatMoney(amount: DecimalInput): string {
  const value = new Decimal(amount);
  if (!value.isFinite()) return "—";
  const { negative, integer, fraction } = roundedParts(value, 2);
  return `${negative ? "-" : ""}¥${groupThousands(integer)}.${fraction}`;
}

/** A fraction as a percentage: 0.2723 → "27.2%" (one decimal place by default). */
export function formatPercent(fraction: DecimalInput, places = 1): string {
  const value = new Decimal(fraction);
  if (!value.isFinite()) return "—";
  const { negative, integer, fraction: decimals } = roundedParts(value.times(100), places);
  return `${negative ? "-" : ""}${groupThousands(integer)}${places > 0 ? `.${decimals}` : ""}%`;
}
