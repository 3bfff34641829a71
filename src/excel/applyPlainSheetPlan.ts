import type { PlainSheetPlan } from "../sheet/plan";
import type { ChartOptions } from "./applyChartPlans";
import { writeSheetContents } from "./sheetContents";
import { decorateSheet } from "./sheetDecorations";

/**
 * Queues a sheet without a lines table (scenarios, plans compared) as a new sheet at the end of the
 * workbook: its cells, formats, names, then its decorations (frozen rows, page layout, charts), all in
 * the caller's batch. Nothing is sent until the caller's `context.sync()`; the sheet is not activated.
 */
export function applyPlainSheetPlan(
  context: Excel.RequestContext,
  plan: PlainSheetPlan,
  options: ChartOptions,
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  writeSheetContents(sheet, plan);
  decorateSheet(sheet, plan, options);
  return sheet;
}
