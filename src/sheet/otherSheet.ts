import { a1, type CellRef } from "./address";

/** A cell on another sheet, as a formula writes it: '预算表'!$P$27. Quoting always is valid everywhere. */
export function onSheet(sheetName: string, ref: CellRef): string {
  return `${sheetPrefix(sheetName)}${a1(ref, true)}`;
}

/** What goes before a cell or range of another sheet: '预算表'!. */
export function sheetPrefix(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!`;
}
