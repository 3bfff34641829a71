import { DetailedCellError, type HyperFormula } from "hyperformula";
import { a1, parseA1 } from "../../src/sheet/address";
import type { SheetPlan } from "../../src/sheet/plan";
import type { CellValue, SheetSnapshot } from "../../src/sheet/snapshot";
import { mapTableColumns } from "../../src/sheet/tableColumns";

/** Where the table sits once a user has inserted or deleted rows; defaults to the plan's table. */
export interface TableGeometry {
  headerRow: number;
  firstCol: number;
  columnCount: number;
  rowCount: number;
}

function toCellValue(value: unknown): CellValue {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (value === undefined) return null;
  return value as CellValue;
}

/** The sheet's current address of a name, after rows moved: "=Budget!$O$12" → "O12". */
function namedAddress(hf: HyperFormula, name: string, sheetId: number): string | undefined {
  const formula = hf.getNamedExpressionFormula(name, sheetId);
  const match = formula ? /!\$?([A-Z]{1,3})\$?(\d+)$/.exec(formula) : null;
  return match ? `${match[1]}${match[2]}` : undefined;
}

/** What the add-in's reader would take from a sheet evaluated by HyperFormula, in one read. */
export function snapshotFromHyperFormula(
  hf: HyperFormula,
  sheetId: number,
  plan: SheetPlan,
  geometry: Partial<TableGeometry> = {},
): SheetSnapshot {
  const table = plan.table;
  const { headerRow, firstCol, columnCount, rowCount } = {
    headerRow: table.headerRow,
    firstCol: table.firstCol,
    columnCount: table.columns.length,
    rowCount: table.lastDataRow - table.firstDataRow + 1,
    ...geometry,
  };
  const value = (row: number, col: number) => toCellValue(hf.getCellValue({ sheet: sheetId, row, col }));
  const offsets = Array.from({ length: columnCount }, (_, offset) => offset);
  const headers = offsets.map((offset) => String(value(headerRow, firstCol + offset) ?? ""));
  const budgetOffset = mapTableColumns(headers).offsets.budget;
  const rows: CellValue[][] = [];
  const budgetFormulas: (string | null)[] = [];
  for (let i = 0; i < rowCount; i++) {
    const row = headerRow + 1 + i;
    rows.push(offsets.map((offset) => value(row, firstCol + offset)));
    const formula =
      budgetOffset === undefined ? undefined : hf.getCellFormula({ sheet: sheetId, row, col: firstCol + budgetOffset });
    budgetFormulas.push(formula ?? null);
  }
  const names: SheetSnapshot["names"] = {};
  for (const { name } of plan.names) {
    const address = namedAddress(hf, name, sheetId);
    if (!address) continue;
    const ref = parseA1(address);
    names[name] = { address: a1(ref), value: value(ref.row, ref.col) };
  }
  return {
    sheetName: hf.getSheetName(sheetId) ?? plan.sheetName,
    table: { name: table.name, headerRow, firstCol, headers, rows, budgetFormulas },
    names,
  };
}
