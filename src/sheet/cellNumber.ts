import { Decimal } from "../model/decimal";
import { numberFromText } from "../model/numberText";
import { rateFromText } from "../model/rates";
import { displayValue, isBlankValue, isErrorValue, type CellValue } from "./snapshot";

/** A cell that should hold a number but holds text, or an error such as #DIV/0!. */
export interface UnreadableNumber {
  kind: "text" | "error";
  /** The text or the error as the sheet shows it. */
  value: string;
}

/** A number as a decimal, null for a blank cell, or what was found instead of a number. */
export type NumberCell = Decimal | null | UnreadableNumber;

export function isUnreadable(read: NumberCell): read is UnreadableNumber {
  return read !== null && !(read instanceof Decimal);
}

/**
 * Numbers become decimals through their shortest text (0.1 stays 0.1); text that is a number is
 * accepted. Only what cannot be read allocates more than the decimal: most cells of a long table are
 * plain numbers.
 */
export function readNumberCell(value: CellValue): NumberCell {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "error", value: "#NUM!" };
    return Number.isSafeInteger(value) ? new Decimal(value) : new Decimal(String(value));
  }
  if (isBlankValue(value)) return null;
  if (isErrorValue(value)) return { kind: "error", value: value.error };
  if (typeof value === "string") {
    const parsed = numberFromText(value);
    if (parsed !== null) return parsed;
  }
  return { kind: "text", value: displayValue(value) };
}

/** A rate cell: a number as it is, text by the one rate rule (model/rates.ts): "65%" and "0.65" are 65%. */
export function readRateCell(value: CellValue): NumberCell {
  if (typeof value === "string") {
    const rate = rateFromText(value);
    if (rate !== null) return rate;
  }
  return readNumberCell(value);
}
