import { Decimal } from "../model/decimal";
import { groupThousands } from "../model/format";

/** The parts of an Excel number format the preview shows: "¥"#,##0.00, 0.00%, #,##0, General. */
interface NumberPattern {
  prefix: string;
  suffix: string;
  decimals: number;
  grouped: boolean;
  percent: boolean;
}

const GENERAL_DIGITS = 10;

/** Reads the first section of a format (the one for positive numbers); undefined for General or unknown. */
function parsePattern(format: string): NumberPattern | undefined {
  const section = format.split(";")[0];
  if (section === "" || /^general$/i.test(section)) return undefined;
  // Quoted text and backslash-escaped characters are shown as they are.
  const tokens = [...section.matchAll(/"([^"]*)"|\\(.)|([#0.,]+)|(%)|(.)/g)];
  const numberIndex = tokens.findIndex((token) => token[3] !== undefined && /[#0]/.test(token[3]));
  if (numberIndex < 0) return undefined;
  const literal = (token: RegExpMatchArray) => token[1] ?? token[2] ?? token[4] ?? token[5] ?? "";
  const digits = tokens[numberIndex][3];
  const [integerPart, fractionPart = ""] = digits.split(".");
  return {
    prefix: tokens.slice(0, numberIndex).map(literal).join(""),
    suffix: tokens
      .slice(numberIndex + 1)
      .map(literal)
      .join(""),
    decimals: fractionPart.replace(/[^0#]/g, "").length,
    grouped: integerPart.includes(","),
    percent: tokens.some((token) => token[4] !== undefined),
  };
}

/** A number as General shows it: up to ten significant digits, no trailing zeros. */
function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(GENERAL_DIGITS)));
}

/**
 * A number as a cell with this format shows it, rounded half away from zero like Excel (through
 * decimal.js, so 0.125 shows as 0.13): formatNumber(1294596, '"¥"#,##0.00') → "¥1,294,596.00".
 */
export function formatNumber(value: number, format: string | undefined): string {
  const pattern = format === undefined ? undefined : parsePattern(format);
  if (!pattern || !Number.isFinite(value)) return generalNumber(value);
  const scaled = new Decimal(value).times(pattern.percent ? 100 : 1);
  const rounded = scaled.toDecimalPlaces(pattern.decimals, Decimal.ROUND_HALF_UP);
  const [integer, fraction] = rounded.abs().toFixed(pattern.decimals).split(".");
  const sign = rounded.isNegative() && !rounded.isZero() ? "-" : "";
  const shownInteger = pattern.grouped ? groupThousands(integer) : integer;
  return `${sign}${pattern.prefix}${shownInteger}${fraction === undefined ? "" : `.${fraction}`}${pattern.suffix}`;
}

/** Whether the format shows a percentage, so that the formula bar shows 8% rather than 0.08. */
export function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && parsePattern(format)?.percent === true;
}
