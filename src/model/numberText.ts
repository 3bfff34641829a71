import { Decimal } from "./decimal";

// Digits with optional thousands separators, decimals and exponent: "1,500", "0.08", "1e3", ".5".
const NUMBER_TEXT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?(?:e[+-]?\d+)?$|^\.\d+(?:e[+-]?\d+)?$/i;

/**
 * A number typed as text, as Excel would still calculate with it: " 20 ", "1,500", "¥1,500", "8%",
 * full-width digits. A percent sign divides by 100, as in Excel. Null when the text is no number. The
 * exponent may be any size ("1e100000" is cheap as a decimal); readNumberCell bounds what a sheet's
 * figure may be.
 */
export function numberFromText(text: string): Decimal | null {
  let rest = text.normalize("NFKC").trim();
  let sign = "";
  if (rest.startsWith("-") || rest.startsWith("+")) {
    sign = rest[0] === "-" ? "-" : "";
    rest = rest.slice(1).trimStart();
  }
  rest = rest.replace(/^[¥$]\s*/, "");
  const percent = rest.endsWith("%");
  if (percent) rest = rest.slice(0, -1).trimEnd();
  if (!NUMBER_TEXT.test(rest)) return null;
  const value = new Decimal(sign + rest.replace(/,/g, ""));
  return percent ? value.dividedBy(100) : value;
}
