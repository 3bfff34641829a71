import type { PlainSheetPlan } from "../sheet/plan";
import type { ChartOptions } from "./applyChartPlans";
import { writeSheetContents, type RequestRoom } from "./sheetContents";
import { decorateSheet } from "./sheetDecorations";

/**
 * Queues a sheet without a lines table (scenarios, plans compared) as a new sheet at the end of the
 * workbook: its cells, formats, names, then its decorations (frozen rows, page layout, charts), all in
 * the caller's batch. Nothing is sent until the caller's `context.sync()`; the sheet is not activated.
 * Given a request's room, a large grid's rows beyond it are left in `room.later` (sendLaterWrites).
 */
export function applyPlainSheetPlan(
  context: Excel.RequestContext,
  plan: PlainSheetPlan,
  options: ChartOptions,
  room?: RequestRoom,
): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  // The sheet `add` returned is of this batch only: a later request reaches it by its name.
  writeSheetContents(sheet, plan, room, () => context.workbook.worksheets.getItem(plan.sheetName));
  decorateSheet(sheet, plan, options);
  return sheet;
}
