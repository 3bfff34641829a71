import { NotABudgetSheetError, isBudgetTable } from "../sheet/readBudgetSheet";
import type { CellValue, SheetSnapshot, TableSnapshot } from "../sheet/snapshot";
import { mapTableColumns } from "../sheet/tableColumns";
import { findHeaderRow } from "../sheet/grid/findHeaderRow";
import { namedCells, type DefinedName } from "../sheet/grid/namedCells";
import { EMPTY_GRID, sheetGrid, type SheetGrid } from "../sheet/grid/sheetGrid";
import type { SheetRead } from "../workbook/budgetWorkbook";
import { headerRowHidden, noBudgetTable } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";
import { runRead } from "./runRead";

/**
 * Reading a budget sheet takes one `context.sync()`. Everything is queued before it:
 *
 * | what                    | loaded                                        | why                                            |
 * |-------------------------|-----------------------------------------------|------------------------------------------------|
 * | the sheet               | name, id                                      | the snapshot's name; id to follow it by        |
 * | its tables              | name, showHeaders, column names, row count    | which is the budget table, its headers, rows   |
 * | its used range (values) | address, values, valueTypes, formulas         | every cell the check reads, errors told apart  |
 * | its sheet-scoped names  | name, type, formula                           | where Budget_* point ("='Budget (2)'!$O$12")   |
 *
 * Office.js cannot queue a range of a table whose name it has not yet returned, nor a name's range
 * before knowing the name exists, so nothing asks for a table's or a name's range. One range instead
 * covers the lines, the category summary and the goals wherever rows were inserted, deleted or
 * sorted: the used range, counting only cells that hold something. The table is found in it by its
 * header row (its column names, left to right) and is as long as its rows; each name's cell is read
 * from it by the address in the name's formula. On a budget sheet that is a few hundred cells; on a
 * large sheet of other data it is all of that data, so the task pane reads only sheets that
 * listBudgetSheets found to hold a budget table.
 */

interface LoadedTable {
  name: string;
  showHeaders: boolean;
  headers: string[];
  rowCount: number;
}

function budgetTable(
  sheetName: string,
  tables: readonly LoadedTable[],
  grid: SheetGrid,
): TableSnapshot | NotABudgetSheetError {
  const table = tables.find((candidate) => isBudgetTable(candidate));
  if (!table) return new NotABudgetSheetError(sheetName, noBudgetTable(sheetName));
  const header = table.showHeaders ? findHeaderRow(grid, table.headers) : null;
  if (!header) throw new WorkbookError("header-row-hidden", headerRowHidden(sheetName, table.name));

  const budgetOffset = mapTableColumns(table.headers).offsets.budget;
  const rows: CellValue[][] = [];
  const budgetFormulas: (string | null)[] = [];
  for (let index = 0; index < table.rowCount; index++) {
    const row = header.row + 1 + index;
    rows.push(table.headers.map((_, offset) => grid.value(row, header.col + offset)));
    budgetFormulas.push(budgetOffset === undefined ? null : grid.formula(row, header.col + budgetOffset));
  }
  return {
    name: table.name,
    headerRow: header.row,
    firstCol: header.col,
    headers: table.headers,
    rows,
    budgetFormulas,
  };
}

/**
 * Queues every load of one sheet's read: the sheet asked for by name or id, else the active one.
 * Call the returned function after the next `context.sync()`.
 */
export function queueSheetRead(context: Excel.RequestContext, sheetKey?: string): () => SheetRead {
  const worksheets = context.workbook.worksheets;
  const sheet = (sheetKey === undefined ? worksheets.getActiveWorksheet() : worksheets.getItem(sheetKey)).load(
    "name,id",
  );
  const tables = sheet.tables.load("items/name,items/showHeaders,items/columns/items/name,items/rows/count");
  const cells = sheet.getUsedRangeOrNullObject(true).load("address,values,valueTypes,formulas");
  const names = sheet.names.load("items/name,items/type,items/formula");

  return () => {
    const grid = cells.isNullObject ? EMPTY_GRID : sheetGrid(cells);
    const loadedTables = tables.items.map((table): LoadedTable => ({
      name: table.name,
      showHeaders: table.showHeaders,
      headers: table.columns.items.map((column) => column.name),
      rowCount: table.rows.count,
    }));
    const table = budgetTable(sheet.name, loadedTables, grid);
    if (table instanceof NotABudgetSheetError)
      return { kind: "not-a-budget", sheetId: sheet.id, sheetName: sheet.name, error: table };
    const definedNames: DefinedName[] = names.items.map(({ name, type, formula }) => ({
      name,
      type,
      formula: String(formula),
    }));
    return {
      kind: "budget",
      sheetId: sheet.id,
      snapshot: { sheetName: sheet.name, table, names: namedCells(definedNames, sheet.name, grid) },
    };
  };
}

/**
 * A snapshot of the active budget sheet, or of the sheet of that name (or id), in one
 * `context.sync()`. Throws NotABudgetSheetError for a sheet without a budget table, and a
 * WorkbookError when Excel cannot read it.
 */
export async function readBudgetSheet(sheetName?: string): Promise<SheetSnapshot> {
  const read = await runRead(sheetName, async (context) => {
    const finish = queueSheetRead(context, sheetName);
    await context.sync();
    return finish();
  });
  if (read.kind === "not-a-budget") throw read.error;
  return read.snapshot;
}
