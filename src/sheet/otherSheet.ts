import { a1, type CellRef } from "./address";

/** A cell on another sheet, as a formula writes it: '预算表'!$P$27. Quoting always is valid everywhere. */
export function onSheet(sheetName: string, ref: CellRef): string {
  return `'${sheetName.replace(/'/g, "''")}'!${a1(ref, true)}`;
}
