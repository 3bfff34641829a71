import type { PlainSheetPlan } from "../sheet/plan";
import { applyChartPlans, type ChartOptions } from "./applyChartPlans";
import { writeSheetContents } from "./sheetContents";

/**
 * Queues a sheet without a lines table (scenarios, plans compared) as a new sheet at the end of the
 * workbook: its cells, formats, names and charts. Nothing is sent until the caller's `context.sync()`;
 * the sheet is not activated.
 */
export function applyPlainSheetPlan(
  context: Excel.RequestContext,
  plan: PlainSheetPlan,
  options: ChartOptions,
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  writeSheetContents(sheet, plan);
  applyChartPlans(sheet, plan.charts ?? [], options);
  return sheet;
}
