import { parseA1, type CellRef } from "../address";
import type { CellValue } from "../snapshot";

/** One range as Excel returns it once `address, values, valueTypes, formulas` are loaded. */
export interface RangeContents {
  /** With the sheet: "'Budget (2)'!A1:S23", or "Budget!C5" for one cell. */
  address: string;
  values: unknown[][];
  /** Excel.RangeValueType names: "Empty", "String", "Double", "Integer", "Boolean", "Error", … */
  valueTypes: string[][];
  formulas: unknown[][];
}

/** The cells of a sheet that were read; any cell outside the range read is blank. */
export interface SheetGrid {
  value(row: number, col: number): CellValue;
  /** The cell's formula ("=…"); null for a typed value or a blank cell. */
  formula(row: number, col: number): string | null;
  /** Zero-based sheet row and column of the range read's top-left cell, and its size. */
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly colCount: number;
}

/**
 * An error is told apart from text by its value type, so "#N/A" typed as text stays text. Other
 * types Excel may send (a linked data type) keep their displayed value.
 */
export function cellValueOf(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Empty") return null;
  if (valueType === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return value === null || value === undefined ? null : String(value);
}

/** The top-left cell of a range address: "'Q1 (2)'!B3:T25" → { row: 2, col: 1 }. */
export function rangeTopLeft(address: string): CellRef {
  const cells = address.slice(address.lastIndexOf("!") + 1);
  return parseA1(cells.split(":")[0]);
}

export const EMPTY_GRID: SheetGrid = {
  value: () => null,
  formula: () => null,
  top: 0,
  left: 0,
  rowCount: 0,
  colCount: 0,
};

export function sheetGrid(range: RangeContents): SheetGrid {
  const { row: top, col: left } = rangeTopLeft(range.address);
  const inside = (row: number, col: number) =>
    range.values[row - top] !== undefined && col - left >= 0 && col - left < range.values[row - top].length;
  return {
    top,
    left,
    rowCount: range.values.length,
    colCount: range.values[0]?.length ?? 0,
    value(row, col) {
      if (!inside(row, col)) return null;
      return cellValueOf(range.values[row - top][col - left], range.valueTypes[row - top]?.[col - left]);
    },
    formula(row, col) {
      if (!inside(row, col)) return null;
      const formula = range.formulas[row - top]?.[col - left];
      return typeof formula === "string" && formula.startsWith("=") ? formula : null;
    },
  };
}
