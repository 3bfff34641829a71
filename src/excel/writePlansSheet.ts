import type { BudgetPlan } from "../model/plans";
import { buildPlansComparisonPlan } from "../sheet/buildPlansComparisonPlan";
import { applyPlainSheetPlan } from "./applyPlainSheetPlan";
import { freeSheetName, freeTableName } from "../workbook/freeNames";
import type { TakenNames } from "../workbook/insertionPlan";
import { PLAN_STORE_TABLE_NAME } from "../workbook/planStore";
import type { PlansSheet } from "./readPlans";
import { excelDrawsFunnelCharts } from "./requirements";
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
  /** Where the write builds the sheet: under its final name, or under a free one until it replaces the old. */
  builtSheet: string | null;
}

/**
 * Queues the plans sheet as the plans now are: the plans compared, then the table that keeps them. An
 * existing plans sheet is replaced: the new one is built under a free name, and only once it is
 * complete is the old one deleted and the new one given its name and tab position, so a write that
 * fails part way leaves the old plans as they were. With no plan left, the sheet is deleted.
 */
export function queuePlansSheet(context: Excel.RequestContext, write: PlansSheetWrite): QueuedPlansSheet {
  const worksheets = context.workbook.worksheets;
  const { current, taken } = write;
  if (write.plans.length === 0) {
    if (current) worksheets.getItem(current.sheetName).delete();
    return { sheetName: null, builtSheet: null };
  }

  const sheetName = current?.sheetName ?? freeSheetName(planLabels(write.lang).sheetName, taken.sheets);
  const builtSheet = current ? freeSheetName(sheetName, taken.sheets) : sheetName;
  const plan = buildPlansComparisonPlan(write.plans, { lang: write.lang, sheetName: builtSheet });
  context.application.suspendApiCalculationUntilNextSync();
  const sheet = applyPlainSheetPlan(context, plan, { funnelCharts: excelDrawsFunnelCharts() });
  writePlanStore(sheet, plan, {
    budgetTable: write.budgetTable,
    plans: write.plans,
    lang: write.lang,
    tableName: freeTableName(PLAN_STORE_TABLE_NAME, taken.tables, taken.definedNames),
  });
  if (current) {
    worksheets.getItem(current.sheetName).delete();
    sheet.name = current.sheetName;
    sheet.position = current.position;
    if (write.activeSheet.toUpperCase() === current.sheetName.toUpperCase()) sheet.activate();
  }
  return { sheetName, builtSheet };
}

/**
 * After a failed write: removes the sheet it was building while the old plans sheet is still there
 * (two round trips). Returns the sheet left for the planner to check, if any: the one built, when the
 * old sheet is already gone.
 */
export async function cleanUpPlansSheet(
  context: Excel.RequestContext,
  write: PlansSheetWrite,
  queued: QueuedPlansSheet,
): Promise<string | null> {
  if (queued.builtSheet === null) return null;
  const worksheets = context.workbook.worksheets;
  const built = worksheets.getItemOrNullObject(queued.builtSheet);
  const old = write.current ? worksheets.getItemOrNullObject(write.current.sheetName) : null;
  await context.sync();
  if (old !== null && old.isNullObject) return built.isNullObject ? null : queued.builtSheet;
  if (built.isNullObject) return null;
  built.delete();
  await context.sync();
  return null;
}
