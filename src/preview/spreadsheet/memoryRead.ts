import { DetailedCellError, type HyperFormula } from "hyperformula";
import type { TablePlan } from "../../sheet/plan";
import { isBudgetTable, NotABudgetSheetError } from "../../sheet/readBudgetSheet";
import { displayValue, isErrorValue, type CellValue, type TableSnapshot } from "../../sheet/snapshot";
import { mapTableColumns } from "../../sheet/tableColumns";
import type { SheetRead } from "../../workbook/budgetWorkbook";
import { cellKey, type MemorySheet, type MemoryTable } from "./memorySheet";
import type { BudgetSheetEntry } from "../../workbook/budgetWorkbook";
import { namedCells, type DefinedName } from "../../sheet/grid/namedCells";
import { noBudgetTable } from "../../workbook/messages";
import type { SheetGrid } from "../../sheet/grid/sheetGrid";

/** A cell's value as Excel's reader gives it: errors as { error: "#DIV/0!" }, blank as null. */
export function engineValue(engine: HyperFormula, sheet: MemorySheet, row: number, col: number): CellValue {
  const value = engine.getCellValue({ sheet: sheet.engineId, row, col });
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === undefined) return null;
  return value;
}

/** The cells of one sheet as the Excel layer's readers see them: values, and formulas as written. */
export function memoryGrid(engine: HyperFormula, sheet: MemorySheet): SheetGrid {
  const { width, height } = engine.getSheetDimensions(sheet.engineId);
  return {
    top: 0,
    left: 0,
    rowCount: height,
    colCount: width,
    value: (row, col) => engineValue(engine, sheet, row, col),
    formula: (row, col) =>
      sheet.formulas.get(cellKey(row, col)) ?? engine.getCellFormula({ sheet: sheet.engineId, row, col }) ?? null,
  };
}

/** A table's column names: its header cells, as Excel names a table's columns after them. */
export function tableHeaders(grid: SheetGrid, table: MemoryTable): string[] {
  return Array.from({ length: table.columnCount }, (_, offset) => {
    const value = grid.value(table.headerRow, table.firstCol + offset);
    return isErrorValue(value) ? "" : displayValue(value);
  });
}

/** A table in the shape the sheet layer's formulas know, for resolving structured references. */
export function tablePlan(grid: SheetGrid, table: MemoryTable): TablePlan {
  return {
    name: table.name,
    headerRow: table.headerRow,
    firstCol: table.firstCol,
    columns: tableHeaders(grid, table),
    firstDataRow: table.headerRow + 1,
    lastDataRow: table.headerRow + table.rowCount,
    style: "",
  };
}

/** The sheet's first budget table, with its column names; undefined when it has none. */
export function budgetTableOf(
  grid: SheetGrid,
  sheet: MemorySheet,
): { table: MemoryTable; headers: string[] } | undefined {
  for (const table of sheet.tables) {
    const headers = tableHeaders(grid, table);
    if (isBudgetTable({ name: table.name, headers })) return { table, headers };
  }
  return undefined;
}

/** The budget sheets in tab order, as listBudgetSheets gives them. */
export function budgetSheetEntries(engine: HyperFormula, sheets: readonly MemorySheet[]): BudgetSheetEntry[] {
  return sheets.flatMap((sheet) => {
    const found = budgetTableOf(memoryGrid(engine, sheet), sheet);
    const name = engine.getSheetName(sheet.engineId) ?? "";
    return found ? [{ name, tableName: found.table.name, id: sheet.id }] : [];
  });
}

/** The sheet's defined names as Office.js lists them: name, type and formula ("=Budget!$O$12"). */
function definedNames(engine: HyperFormula, sheet: MemorySheet): DefinedName[] {
  return engine.listNamedExpressions(sheet.engineId).map((name) => ({
    name,
    type: "Range",
    formula: engine.getNamedExpressionFormula(name, sheet.engineId) ?? "",
  }));
}

/**
 * One sheet read as the Excel layer reads it (queueSheetRead): the budget table's rows and its Budget
 * column's formulas from the cells, and the sheet-scoped names with their cells' values.
 */
export function readMemorySheet(engine: HyperFormula, sheet: MemorySheet): SheetRead {
  const sheetName = engine.getSheetName(sheet.engineId) ?? "";
  const grid = memoryGrid(engine, sheet);
  const found = budgetTableOf(grid, sheet);
  if (!found) {
    return {
      kind: "not-a-budget",
      sheetId: sheet.id,
      sheetName,
      error: new NotABudgetSheetError(sheetName, noBudgetTable(sheetName)),
    };
  }
  const { table, headers } = found;
  const budgetOffset = mapTableColumns(headers).offsets.budget;
  const rows: CellValue[][] = [];
  const budgetFormulas: (string | null)[] = [];
  for (let index = 0; index < table.rowCount; index++) {
    const row = table.headerRow + 1 + index;
    rows.push(headers.map((_, offset) => grid.value(row, table.firstCol + offset)));
    budgetFormulas.push(budgetOffset === undefined ? null : grid.formula(row, table.firstCol + budgetOffset));
  }
  const snapshotTable: TableSnapshot = {
    name: table.name,
    headerRow: table.headerRow,
    firstCol: table.firstCol,
    headers,
    rows,
    budgetFormulas,
  };
  return {
    kind: "budget",
    sheetId: sheet.id,
    snapshot: { sheetName, table: snapshotTable, names: namedCells(definedNames(engine, sheet), sheetName, grid) },
  };
}
