import { rangeA1 } from "../sheet/address";
import type { SheetPlan, TablePlan } from "../sheet/plan";
import { applyChartPlans, type ChartOptions } from "./applyChartPlans";
import { writeSheetContents } from "./sheetContents";

function tableAddress(table: TablePlan): string {
  return rangeA1(
    { row: table.headerRow, col: table.firstCol },
    { row: table.lastDataRow, col: table.firstCol + table.columns.length - 1 },
  );
}

/**
 * Queues every write of a plan onto the context as a new sheet; nothing is sent until the caller's
 * `context.sync()`. The order is one Excel accepts within a single batch: the table exists and the
 * sheet-scoped names are defined before the formulas that refer to them are written; the charts
 * follow the cells they draw. A funnel chart is drawn as its fallback unless `options` says
 * this Excel has funnel charts.
 */
export function applySheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  options: ChartOptions = { funnelCharts: false },
): Excel.Worksheet {
  context.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.add(plan.sheetName);

  const headerAddress = rangeA1(
    { row: plan.table.headerRow, col: plan.table.firstCol },
    { row: plan.table.headerRow, col: plan.table.firstCol + plan.table.columns.length - 1 },
  );
  sheet.getRange(headerAddress).values = [plan.table.columns];
  const table = sheet.tables.add(tableAddress(plan.table), true);
  table.name = plan.table.name;
  table.style = plan.table.style;

  writeSheetContents(sheet, plan);
  applyChartPlans(sheet, plan.charts ?? [], options);

  sheet.activate();
  sheet.getRange("A1").select();
  return sheet;
}
