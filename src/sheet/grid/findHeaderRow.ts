import type { CellRef } from "../address";
import { displayValue, isErrorValue } from "../snapshot";
import type { SheetGrid } from "./sheetGrid";

const headerText = (grid: SheetGrid, row: number, col: number): string | null => {
  const value = grid.value(row, col);
  return isErrorValue(value) ? null : displayValue(value);
};

/**
 * Where a table's header row sits in the cells read: the first row, top to bottom, holding the
 * table's column names left to right. Office.js names a table's columns without saying where the
 * table is, until a second round trip; its header cells always hold its column names, so the
 * position can be found in the same read. Null when no row holds them (the header row is off).
 */
export function findHeaderRow(grid: SheetGrid, columnNames: readonly string[]): CellRef | null {
  if (columnNames.length === 0) return null;
  const lastLeft = grid.left + grid.colCount - columnNames.length;
  for (let row = grid.top; row < grid.top + grid.rowCount; row++) {
    for (let col = grid.left; col <= lastLeft; col++) {
      if (columnNames.every((name, offset) => headerText(grid, row, col + offset) === name)) return { row, col };
    }
  }
  return null;
}
