import { Decimal } from "../model/decimal";
import { numberFromText } from "../model/numberText";
import { rateFromText } from "../model/rates";
import { displayValue, isBlankValue, isErrorValue, type CellValue } from "./snapshot";

/**
 * A cell that should hold a number but holds text, an error such as #DIV/0!, or a number too large
 * for any budget ("1e100000", a slip of the keyboard).
 */
export interface UnreadableNumber {
  kind: "text" | "error" | "large";
  /** The text, the error or the number as the sheet shows it. */
  value: string;
}

/** A number as a decimal, null for a blank cell, or what was found instead of a number. */
export type NumberCell = Decimal | null | UnreadableNumber;

export function isUnreadable(read: NumberCell): read is UnreadableNumber {
  return read !== null && !(read instanceof Decimal);
}

/**
 * The bound on every figure read from a sheet: an amount, a quantity, a rate or a goal of 10^15 or
 * more (a thousand trillion 元, or as many units) is no plan but a slip of the keyboard, and is
 * reported as a cell that cannot be read. The bound keeps every sum, share and display of a budget
 * to a few dozen digits, whatever exponent was typed.
 */
export const LARGEST_FIGURE = new Decimal("1e15");

const LARGEST_NUMBER = LARGEST_FIGURE.toNumber();

/** Whether a figure is beyond what any budget holds (see LARGEST_FIGURE). */
export function isBeyondBudget(value: Decimal): boolean {
  return !value.isFinite() || value.abs().greaterThanOrEqualTo(LARGEST_FIGURE);
}

/**
 * Numbers become decimals through their shortest text (0.1 stays 0.1); text that is a number is
 * accepted. A figure beyond LARGEST_FIGURE, typed or as text, cannot be read: kind "large", with the
 * value as the sheet shows it. Only what cannot be read allocates more than the decimal: most cells
 * of a long table are plain numbers.
 */
export function readNumberCell(value: CellValue): NumberCell {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "error", value: "#NUM!" };
    if (Math.abs(value) >= LARGEST_NUMBER) return { kind: "large", value: displayValue(value) };
    return Number.isSafeInteger(value) ? new Decimal(value) : new Decimal(String(value));
  }
  if (isBlankValue(value)) return null;
  if (isErrorValue(value)) return { kind: "error", value: value.error };
  if (typeof value === "string") {
    const parsed = numberFromText(value);
    if (parsed !== null) return isBeyondBudget(parsed) ? { kind: "large", value } : parsed;
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
