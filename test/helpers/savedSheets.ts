import type { TablePart, WorkbookSheet } from "../../src/cli/xlsx/readSnapshot";
import type { MemorySpreadsheet } from "../../src/preview/spreadsheet/memorySpreadsheet";
import { a1 } from "../../src/sheet/address";
import { ACTUALS_TABLE } from "../../src/sheet/buildActualsPlan";
import { PHASING_NAMES } from "../../src/sheet/buildPhasingPlan";
import type { CellValue, SheetSnapshot } from "../../src/sheet/snapshot";

/**
 * The in-memory workbook's sheets as the command line's xlsx reader gives them. A table other than
 * the Actuals table is read by its cells, put at A1 here (its header row first); the Actuals sheet's
 * cells are its own, its table read as the reader reads a table's header and rows.
 */
export function asSavedSheets(spreadsheet: MemorySpreadsheet): WorkbookSheet[] {
  const tables = spreadsheet.tableNames();
  return spreadsheet.sheetTabs().map((tab): WorkbookSheet => {
    const sheet = spreadsheet.sheetByKey(tab.name)!;
    const own = tables.map((name) => spreadsheet.tableRows(name)!).find((found) => found.sheet === sheet);
    const actuals = own !== undefined && own.name.toUpperCase() === ACTUALS_TABLE.toUpperCase();
    const table: TablePart | null = own
      ? {
          name: own.name,
          headerRow: 0,
          firstDataRow: 1,
          lastDataRow: own.rows.length,
          firstCol: 0,
          headers: own.headers,
        }
      : null;
    const localNames = Object.fromEntries(
      Object.values(PHASING_NAMES).flatMap((name) => {
        const ref = spreadsheet.namedCell(sheet, name);
        return ref ? [[name, a1(ref)]] : [];
      }),
    );
    const valueAt = (row: number, col: number): CellValue =>
      own && !actuals
        ? row === 0
          ? own.headers[col]
          : (own.rows[row - 1]?.[col] ?? null)
        : spreadsheet.cellAt(sheet, row, col).value;
    return {
      name: tab.name,
      table,
      localNames,
      read: async () => {
        if (actuals)
          return {
            snapshot: {
              sheetName: tab.name,
              table: { headers: own.headers, rows: own.rows },
            } as unknown as SheetSnapshot,
            uncalculated: false,
          };
        const read = spreadsheet.read(sheet);
        if (read.kind !== "budget") throw new Error(`${tab.name} is not a budget`);
        return { snapshot: read.snapshot, uncalculated: false };
      },
      cells: async () => valueAt,
      formulas: async () => (row, col) => spreadsheet.cellAt(sheet, row, col).formula,
    };
  });
}
