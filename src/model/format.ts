import { Decimal, type DecimalInput } from "./decimal";

/** "1294596" → "1,294,596", in one pass over the digits. */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let start = head; start < digits.length; start += 3) groups.push(digits.slice(start, start + 3));
  return groups.join(",");
}

/**
 * Figures from 10^40 up show as "1.00e+45" rather than as all their digits: beyond the 40 significant
 * digits the model keeps, the digits would be padding, and they could run to any length. No budget
 * holds such figures (the sheet reader stops at 10^15), but a figure computed from them could.
 */
const LARGEST_PLAIN = new Decimal("1e40");

/**
 * A figure rounded half away from zero to `places`, as sign, grouped integer digits and fraction digits;
 * "-0" never shows and no exponent notation appears below 10^40. Null for what is not a finite number.
 */
function displayParts(input: DecimalInput, places: number): { sign: string; digits: string } | null {
  const value = new Decimal(input);
  if (!value.isFinite()) return null;
  const sign = value.isNegative() ? "-" : "";
  if (value.abs().greaterThanOrEqualTo(LARGEST_PLAIN)) return { sign, digits: value.abs().toExponential(2) };
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const [integer, fraction] = rounded.abs().toFixed(places).split(".");
  return { sign: rounded.isZero() ? "" : sign, digits: groupThousands(integer) + (fraction ? `.${fraction}` : "") };
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

/** The most characters of a user's text a message repeats. */
const QUOTE_LENGTH = 60;
const LINE_BREAKS = /\s*[\r\n\u2028\u2029\u0085\v\f]+\s*/g;

/**
 * A user's text as any message quotes it: on one line, each line break shown as " ⏎ ", and at most
 * 60 characters, the last of them "…" when the text is longer. Applied wherever cell text, a sheet or
 * a plan name enters a message, so that a finding stays one line and one cell cannot fill a report.
 */
export function quoteText(text: string): string {
  // Only the head of the text is looked at: a 100,000-character cell costs no more than a short one.
  const head = Array.from(text.slice(0, QUOTE_LENGTH * 4).replace(LINE_BREAKS, " ⏎ "));
  const whole = head.length <= QUOTE_LENGTH && text.length <= QUOTE_LENGTH * 4;
  return whole
    ? head.join("")
    : `${head
        .slice(0, QUOTE_LENGTH - 1)
        .join("")
        .trimEnd()}…`;
}
