import type { BudgetPlan } from "../model/plans";
import { buildPlansComparisonPlan, plansComparisonChartTitles } from "../sheet/buildPlansComparisonPlan";
import { applyPlainSheetPlan } from "./applyPlainSheetPlan";
import { addChart, drawnChartType } from "./applyChartPlans";
import { freeSheetName, freeTableName } from "../workbook/freeNames";
import type { TakenNames } from "../workbook/insertionPlan";
import { PLAN_STORE_TABLE_NAME, PLANS_SHEET_COLUMNS } from "../workbook/planStore";
import type { PlansSheet } from "./readPlans";
import { excelDrawsFunnelCharts } from "./requirements";
import { writeSheetContents } from "./sheetContents";
import { setPrintArea } from "./sheetDecorations";
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
 * The add-in's own charts among a plans sheet's charts: those named as the comparison of the plans it
 * held names its charts, in either language (the pane's language may have changed since). One per
 * title, as the add-in draws one; any other chart is the planner's and stays.
 */
function ownCharts(chartNames: readonly string[], heldPlans: readonly BudgetPlan[]): string[] {
  const titles = new Set(plansComparisonChartTitles(heldPlans));
  return [...new Set(chartNames)].filter((name) => titles.has(name));
}

/**
 * Queues the plans into the existing plans sheet, in place: its table of plans and everything in the
 * add-in's columns (PLANS_SHEET_COLUMNS, A:M) are cleared and written again, its print area set to the
 * new comparison (it grows and shrinks with the plans and their lines), and the add-in's charts
 * (`ownChartNames`: charts float over the cells, and clearing the cells leaves them) deleted before
 * they are drawn again. What the planner put to the right of those columns, a chart of theirs, the
 * sheet's name, tab position, orientation and scaling stay as they are.
 */
function queueInPlace(
  context: Excel.RequestContext,
  write: PlansSheetWrite,
  current: PlansSheet,
  plans: readonly BudgetPlan[],
  table: { name: string; present: boolean },
  ownChartNames: readonly string[],
): void {
  const sheet = context.workbook.worksheets.getItem(current.sheetName);
  if (table.present) sheet.tables.getItem(table.name).delete();
  for (const name of ownChartNames) sheet.charts.getItem(name).delete();
  const ours = sheet.getRange(PLANS_SHEET_COLUMNS);
  ours.conditionalFormats.clearAll();
  ours.clear("All");
  const plan = buildPlansComparisonPlan(plans, { lang: write.lang, sheetName: current.sheetName });
  writeSheetContents(sheet, plan);
  setPrintArea(sheet, plan);
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
    const own = ownCharts(current.chartNames, current.plans);
    queueInPlace(context, write, current, write.plans, { name: current.tableName, present: true }, own);
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
 * written back with the plans it held before (two round trips each: the first finds its table and
 * charts as the failed write left them). Returns the sheet left for the planner to check, if any: one
 * that could be neither removed nor written back.
 */
export async function cleanUpPlansSheet(
  context: Excel.RequestContext,
  write: PlansSheetWrite,
  queued: QueuedPlansSheet,
): Promise<string | null> {
  const worksheets = context.workbook.worksheets;
  if (queued.rewritten !== null && write.current) {
    const { current } = write;
    const sheet = worksheets.getItem(current.sheetName);
    const table = sheet.tables.getItemOrNullObject(current.tableName);
    const charts = sheet.charts.load("items/name");
    await context.sync();
    // The charts the failed write drew of the new plans, or those of the old plans it left.
    const own = ownCharts(
      charts.items.map((chart) => chart.name),
      [...current.plans, ...write.plans],
    );
    queueInPlace(
      context,
      write,
      current,
      current.plans,
      { name: current.tableName, present: !table.isNullObject },
      own,
    );
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
