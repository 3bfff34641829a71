import { a1, rangeA1 } from "./address";
import type { TablePlan } from "./plan";

// Table[[#This Row],[Column]] and Table[Column]: the two forms the plan writes.
const THIS_ROW = /([A-Za-z_\\][\w.]*)\[\[#This Row\],\[([^\]]+)\]\]/g;
const WHOLE_COLUMN = /([A-Za-z_\\][\w.]*)\[([^[\]]+)\]/g;

function columnOf(table: TablePlan, header: string): number {
  const index = table.columns.indexOf(header);
  if (index < 0) throw new Error(`table ${table.name} has no column "${header}"`);
  return table.firstCol + index;
}

/** A table as a formula's references resolve to it: on another sheet, its sheet's prefix ("'Actuals'!"). */
export type ResolvableTable = TablePlan & { sheetPrefix?: string };

/**
 * Rewrites a formula's structured references to plain A1 references, for engines that know no
 * tables (HyperFormula). `row` is the zero-based row the formula sits in, for [#This Row]; a table
 * on another sheet is referred to on its sheet.
 */
export function resolveStructuredReferences(formula: string, tables: readonly ResolvableTable[], row: number): string {
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  return formula
    .replace(THIS_ROW, (whole, name: string, header: string) => {
      const table = byName.get(name.toLowerCase());
      return table ? a1({ row, col: columnOf(table, header) }) : whole;
    })
    .replace(WHOLE_COLUMN, (whole, name: string, header: string) => {
      const table = byName.get(name.toLowerCase());
      if (!table) return whole;
      const column = columnOf(table, header);
      const range = rangeA1({ row: table.firstDataRow, col: column }, { row: table.lastDataRow, col: column }, true);
      return `${table.sheetPrefix ?? ""}${range}`;
    });
}
