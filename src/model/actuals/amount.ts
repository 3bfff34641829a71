import { Decimal } from "../decimal";

/** The longest amount text read (digits, separators, signs and currency together). */
export const MAX_AMOUNT_CHARS = 40;
/** The largest amount read: a trillion 元 is far beyond any campaign. */
export const MAX_AMOUNT = new Decimal("1e12");
const MAX_EXPONENT = 15;

export type AmountReading =
  { ok: true; value: Decimal } | { ok: false; reason: "blank" | "notANumber" | "tooLong" | "tooLarge" | "subFen" };

const PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?$|^\.\d+$/;
const EXPONENT = /^(\d+(?:\.\d*)?|\.\d+)e([+-]?\d+)$/i;

/**
 * An amount in 元 as expense, ad and bank exports write it, read as a decimal (never a binary float):
 * `1,234.50`, `¥1,234.50`, `￥1234.5元`, `RMB 1,234.50`, full-width digits `１２３４.５０`, a refund as
 * `-1234.5`, `−1234.5` or in parentheses `(1,234.50)` / `（1,234.50）`. Thousands separators must group
 * by three. Text longer than 40 characters, an exponent beyond ±15, an amount beyond a trillion or
 * finer than the fen is refused with the reason.
 */
export function parseAmount(input: string): AmountReading {
  let rest = (/^[\x20-\x7e]*$/.test(input) ? input : input.normalize("NFKC")).trim();
  if (rest === "") return { ok: false, reason: "blank" };
  if (rest.length > MAX_AMOUNT_CHARS) return { ok: false, reason: "tooLong" };
  let negative = false;
  if (rest.startsWith("(") && rest.endsWith(")")) {
    negative = true;
    rest = rest.slice(1, -1).trim();
  }
  rest = rest.replace(/^(?:RMB|CNY)\s*/i, "").replace(/\s*(?:元|RMB|CNY)$/i, "");
  if (/^[-−+]/.test(rest)) {
    if (rest[0] !== "+") negative = !negative;
    rest = rest.slice(1).trim();
  }
  rest = rest.replace(/^[¥]\s*/, "");
  if (/^[-−]/.test(rest)) {
    negative = !negative;
    rest = rest.slice(1).trim();
  }
  let value: Decimal;
  if (PLAIN.test(rest)) {
    value = new Decimal(rest.replace(/,/g, ""));
  } else {
    const match = EXPONENT.exec(rest);
    if (!match) return { ok: false, reason: "notANumber" };
    if (Math.abs(Number(match[2])) > MAX_EXPONENT) return { ok: false, reason: "tooLarge" };
    value = new Decimal(rest);
  }
  if (value.greaterThan(MAX_AMOUNT)) return { ok: false, reason: "tooLarge" };
  if (value.decimalPlaces() > 2) return { ok: false, reason: "subFen" };
  return { ok: true, value: negative && !value.isZero() ? value.negated() : value };
}
