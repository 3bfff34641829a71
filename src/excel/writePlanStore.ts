import { a1, rangeA1 } from "../sheet/address";
import { COLORS } from "../sheet/formats";
import type { PlainSheetPlan } from "../sheet/plan";
import { literalText } from "../sheet/grid/cellGrid";
import { planStoreRows, planStoreTopRow, type PlanStoreWrite, type StoreCell } from "../workbook/planStore";
import { PLAN_STORE_COLUMNS } from "../workbook/planStoreColumns";
import { planStoreLabels } from "../i18n";

const PLAN_STORE_TABLE_STYLE = "TableStyleLight1";

function storeInput(cell: StoreCell): string | number {
  if (cell === null) return "";
  return typeof cell === "string" ? literalText(cell) : cell.toNumber();
}

/**
 * Queues the plans' table (see planStore) under the cells of the sheet's plan, with a title and a
 * note saying what it is: plain values in an ordinary table, read back by the add-in.
 */
export function writePlanStore(sheet: Excel.Worksheet, plan: PlainSheetPlan, store: PlanStoreWrite): void {
  const labels = planStoreLabels(store.lang);
  const top = planStoreTopRow(plan);
  const headerRow = top + 2;
  const rows = planStoreRows(store.budgetTable, store.plans, store.lang);
  const lastCol = PLAN_STORE_COLUMNS.length - 1;
  const lastRow = headerRow + rows.length;

  sheet.getRange(a1({ row: top, col: 0 })).formulas = [[literalText(labels.title)]];
  sheet.getRange(a1({ row: top + 1, col: 0 })).formulas = [[literalText(labels.note)]];
  sheet.getRange(rangeA1({ row: headerRow, col: 0 }, { row: headerRow, col: lastCol })).values = [
    PLAN_STORE_COLUMNS.map((column) => labels.headers[column]),
  ];
  sheet.getRange(rangeA1({ row: headerRow + 1, col: 0 }, { row: lastRow, col: lastCol })).formulas = rows.map((row) =>
    row.map(storeInput),
  );
  const table = sheet.tables.add(rangeA1({ row: headerRow, col: 0 }, { row: lastRow, col: lastCol }), true);
  table.name = store.tableName;
  table.style = PLAN_STORE_TABLE_STYLE;

  sheet.getRange(a1({ row: top, col: 0 })).format.font.bold = true;
  const note = sheet.getRange(a1({ row: top + 1, col: 0 })).format.font;
  note.italic = true;
  note.color = COLORS.muted;
}
