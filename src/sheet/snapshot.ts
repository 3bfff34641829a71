/**
 * What is read from a budget sheet in one read, with no Office types: the task pane's reader and the
 * command line both produce it, and readBudgetSheet turns it into a checked budget. It stays small
 * and plain so it can be sent, stored and compared as JSON.
 */

/** A cell's value as the sheet shows it: the cached result for a formula; { error: "#DIV/0!" } for an error. */
export type CellValue = number | string | boolean | null | { error: string };

export interface TableSnapshot {
  name: string;
  /** Zero-based row of the header row. */
  headerRow: number;
  /** Zero-based column of the table's first column. */
  firstCol: number;
  headers: string[];
  /** The data body, row by row in sheet order, one value per header. */
  rows: CellValue[][];
  /** Per data row, the Budget column's formula ("=…"); null or "" when the cell holds a typed value. */
  budgetFormulas: (string | null)[];
}

export interface NamedCell {
  /** A1 address on this sheet, without "$": "O12". */
  address: string;
  value: CellValue;
}

export interface SheetSnapshot {
  sheetName: string;
  table: TableSnapshot;
  /** The sheet-scoped defined names that refer to one cell of this sheet. */
  names: Record<string, NamedCell>;
}

export function isErrorValue(value: CellValue): value is { error: string } {
  return typeof value === "object" && value !== null;
}

/** Blank as a planner sees it: nothing, or only spaces. */
export function isBlankValue(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** The value as the sheet would display it, for messages. */
export function displayValue(value: CellValue): string {
  if (value === null) return "";
  if (isErrorValue(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
