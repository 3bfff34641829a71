import { rangeA1 } from "../sheet/address";
import type { SheetPlan, TablePlan } from "../sheet/plan";
import type { ChartOptions } from "./applyChartPlans";
import { writeSheetContents, type RequestRoom } from "./sheetContents";
import { decorateSheet } from "./sheetDecorations";

function tableAddress(table: TablePlan): string {
  return rangeA1(
    { row: table.headerRow, col: table.firstCol },
    { row: table.lastDataRow, col: table.firstCol + table.columns.length - 1 },
  );
}

/**
 * Queues a budget sheet's content onto a sheet: the lines table, then the names, cells, rules and
 * validations. The order is one Excel accepts within a single batch: the table exists and the
 * sheet-scoped names are defined before the formulas that refer to them are written.
 */
export function writeBudgetSheetContent(sheet: Excel.Worksheet, plan: SheetPlan, room?: RequestRoom): void {
  const headerAddress = rangeA1(
    { row: plan.table.headerRow, col: plan.table.firstCol },
    { row: plan.table.headerRow, col: plan.table.firstCol + plan.table.columns.length - 1 },
  );
  sheet.getRange(headerAddress).values = [plan.table.columns];
  const table = sheet.tables.add(tableAddress(plan.table), true);
  table.name = plan.table.name;
  table.style = plan.table.style;
  writeSheetContents(sheet, plan, room);
}

/** Activates the sheet with its first cell selected. */
export function showSheet(sheet: Excel.Worksheet): void {
  sheet.activate();
  sheet.getRange("A1").select();
}

/**
 * Queues every write of a plan onto the context as a new sheet, in one batch: its content, then its
 * decorations (the charts follow the cells they draw), activated. Nothing is sent until the caller's
 * `context.sync()`. A funnel chart is drawn as its fallback unless `options` says this Excel has funnel
 * charts. (The insertion writes the content and the decorations in two batches: insertBudgetSheet.)
 */
export function applySheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  options: ChartOptions = { funnelCharts: false },
): Excel.Worksheet {
  context.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  writeBudgetSheetContent(sheet, plan);
  decorateSheet(sheet, plan, options);
  showSheet(sheet);
  return sheet;
}
