import type { BudgetPlan } from "../model/plans";
import { buildPlansComparisonPlan } from "../sheet/buildPlansComparisonPlan";
import { applyPlainSheetPlan } from "./applyPlainSheetPlan";
import { addChart, drawnChartType } from "./applyChartPlans";
import { freeSheetName, freeTableName } from "../workbook/freeNames";
import type { TakenNames } from "../workbook/insertionPlan";
import { PLAN_STORE_TABLE_NAME, PLANS_SHEET_COLUMNS } from "../workbook/planStore";
import type { PlansSheet } from "./readPlans";
import { excelDrawsFunnelCharts } from "./requirements";
import { writeSheetContents } from "./sheetContents";
import { writePlanStore } from "./writePlanStore";
import { planLabels, type Lang } from "../i18n";

export interface PlansSheetWrite {
  /** The budget table the plans were taken from. */
  budgetTable: string;
  lang: Lang;
  /** The plans after the change, in order. */
  plans: readonly BudgetPlan[];
  /** The sheet holding the plans before the change; null when there is none. */
  current: PlansSheet | null;
  taken: TakenNames;
  activeSheet: string;
}

/** What the write does, for cleaning up after it fails. */
export interface QueuedPlansSheet {
  /** The plans sheet after the write; null when the last plan was deleted. */
  sheetName: string | null;
  /** A sheet the write added (there was none before): taken away again after a failure. */
  builtSheet: string | null;
  /** The plans sheet the write rewrote in place: written back with the old plans after a failure. */
  rewritten: string | null;
}

/**
 * Queues the plans into the existing plans sheet, in place: its table of plans and everything in the
 * add-in's columns (PLANS_SHEET_COLUMNS, A:M) are cleared and written again. What the planner put to
 * the right of those columns, the sheet's name and its tab position stay as they are.
 */
function queueInPlace(
  context: Excel.RequestContext,
  write: PlansSheetWrite,
  current: PlansSheet,
  plans: readonly BudgetPlan[],
  table: { name: string; present: boolean },
): void {
  const sheet = context.workbook.worksheets.getItem(current.sheetName);
  if (table.present) sheet.tables.getItem(table.name).delete();
  const ours = sheet.getRange(PLANS_SHEET_COLUMNS);
  ours.conditionalFormats.clearAll();
  ours.clear("All");
  const plan = buildPlansComparisonPlan(plans, { lang: write.lang, sheetName: current.sheetName });
  writeSheetContents(sheet, plan);
  const options = { funnelCharts: excelDrawsFunnelCharts() };
  for (const chart of plan.charts ?? []) addChart(sheet, chart, drawnChartType(chart, options));
  writePlanStore(sheet, plan, { budgetTable: write.budgetTable, plans, lang: write.lang, tableName: table.name });
}

/**
 * Queues the plans sheet as the plans now are: the plans compared, then the table that keeps them. An
 * existing plans sheet is rewritten in place (see queueInPlace), so a note the planner typed beside
 * the add-in's columns survives every save, rename and delete. Without a plans sheet, one is added
 * under a free name; with no plan left, the sheet is deleted.
 */
export function queuePlansSheet(context: Excel.RequestContext, write: PlansSheetWrite): QueuedPlansSheet {
  const { current, taken } = write;
  if (write.plans.length === 0) {
    if (current) context.workbook.worksheets.getItem(current.sheetName).delete();
    return { sheetName: null, builtSheet: null, rewritten: null };
  }
  context.application.suspendApiCalculationUntilNextSync();
  if (current) {
    queueInPlace(context, write, current, write.plans, { name: current.tableName, present: true });
    return { sheetName: current.sheetName, builtSheet: null, rewritten: current.sheetName };
  }

  const sheetName = freeSheetName(planLabels(write.lang).sheetName, taken.sheets);
  const plan = buildPlansComparisonPlan(write.plans, { lang: write.lang, sheetName });
  const sheet = applyPlainSheetPlan(context, plan, { funnelCharts: excelDrawsFunnelCharts() });
  writePlanStore(sheet, plan, {
    budgetTable: write.budgetTable,
    plans: write.plans,
    lang: write.lang,
    tableName: freeTableName(PLAN_STORE_TABLE_NAME, taken.tables, taken.definedNames),
  });
  return { sheetName, builtSheet: sheetName, rewritten: null };
}

/**
 * After a failed write: a sheet the write added is removed; a plans sheet rewritten in place is
 * written back with the plans it held before (two round trips each). Returns the sheet left for the
 * planner to check, if any: one that could be neither removed nor written back.
 */
export async function cleanUpPlansSheet(
  context: Excel.RequestContext,
  write: PlansSheetWrite,
  queued: QueuedPlansSheet,
): Promise<string | null> {
  const worksheets = context.workbook.worksheets;
  if (queued.rewritten !== null && write.current) {
    const { current } = write;
    const table = worksheets.getItem(current.sheetName).tables.getItemOrNullObject(current.tableName);
    await context.sync();
    queueInPlace(context, write, current, current.plans, { name: current.tableName, present: !table.isNullObject });
    await context.sync();
    return null;
  }
  if (queued.builtSheet === null) return null;
  const built = worksheets.getItemOrNullObject(queued.builtSheet);
  await context.sync();
  if (built.isNullObject) return null;
  built.delete();
  await context.sync();
  return null;
}
