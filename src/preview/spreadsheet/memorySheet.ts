import type { CellRef } from "../../sheet/address";
import type { CellArea, SheetRules } from "./sheetRules";

/** Where a table sits and how large it is; its column names are its header cells, as in Excel. */
export interface MemoryTable {
  name: string;
  headerRow: number;
  firstCol: number;
  columnCount: number;
  rowCount: number;
  /** Excel's table style name ("TableStyleMedium2"). */
  style: string;
}

/** One sheet of the in-memory workbook: its cells live in the formula engine, the rest here. */
export interface MemorySheet {
  /** Stable like Excel's sheet id: it survives a rename. */
  id: string;
  /** The formula engine's id for the sheet. */
  engineId: number;
  tables: MemoryTable[];
  /** Formulas as written, structured references and all ("=BudgetLines[[#This Row],[Quantity]]*…"). */
  formulas: Map<string, string>;
  numberFormats: Map<string, string>;
  /** Widths in characters of the default font, where the sheet sets them. */
  columnWidths: Map<number, number>;
  /** Fills, fonts, conditional formats and data validations, as the sheet's plan defines them. */
  rules: SheetRules;
  /** Excel keeps a selection per sheet: the active cell, within the selected area when there is one. */
  selection: CellRef;
  /** The cells selected around the active cell (a named range, "B2:D4" in the name box); null for one cell. */
  area: CellArea | null;
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}
