import { deletePlan, renamePlan, takePlan, type BudgetPlan } from "../model/plans";
import { NotABudgetSheetError, readBudgetSheet } from "../sheet/readBudgetSheet";
import { excelErrorInfo } from "./excelError";
import { changedPlans, planNamed, renumbered } from "./planChanges";
import { PlanError } from "./planError";
import {
  PLANS_NOT_IN_EXCEL,
  PLANS_WORKBOOK_PROTECTED,
  plansExcelTooOld,
  plansReadFailed,
  plansWriteFailed,
  plansWriteFailedSheetLeft,
  unreadableBudget,
} from "./planMessages";
import { sheetMissing } from "./readMessages";
import { queuePlansRead, queueStoreRead, type PlansIndex, type PlansRead } from "./readPlans";
import { REQUIRED_EXCEL_API, excelWriteSupport } from "./requirements";
import { cleanUpPlansSheet, queuePlansSheet, type PlansSheetWrite } from "./writePlansSheet";

export { PlanError } from "./planError";

/** A budget's plans as the workbook keeps them. */
export interface PlanSnapshots {
  /** The sheet comparing them; null when the budget has no plans. */
  sheetName: string | null;
  /** In the sheet's order, with ids plan-1, plan-2… in that order. */
  plans: BudgetPlan[];
}

/** The plans after a change; a model refusal (a fifth plan, a name in use) throws BudgetInputError. */
type PlansChange = (read: PlansRead, plans: readonly BudgetPlan[]) => BudgetPlan[];

function assertExcelSupportsPlans(): void {
  const support = excelWriteSupport();
  if (support === "not-in-excel") throw new PlanError(PLANS_NOT_IN_EXCEL);
  if (support === "too-old") throw new PlanError(plansExcelTooOld(REQUIRED_EXCEL_API));
}

/** One round trip of the read; Excel's failures in the planner's words. */
async function readSync(context: Excel.RequestContext, budgetSheet: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    const info = excelErrorInfo(error);
    const text = info.code === "ItemNotFound" ? sheetMissing(budgetSheet) : plansReadFailed(info);
    throw new PlanError(text, { cause: error });
  }
}

/**
 * The read: one sync, and a second for the rows of the tables named like a plans table when the
 * workbook has any.
 */
async function readPlans(context: Excel.RequestContext, budgetSheet: string): Promise<PlansRead> {
  const index = queuePlansRead(context, budgetSheet);
  await readSync(context, budgetSheet);
  let found: PlansIndex;
  try {
    found = index();
  } catch (error) {
    if (error instanceof NotABudgetSheetError) throw new PlanError(error.text, { cause: error });
    throw error;
  }
  if (found.storeTables.length === 0) return found.finish([]);
  const stores = queueStoreRead(context, found.storeTables);
  await readSync(context, budgetSheet);
  return found.finish(stores());
}

/** The write, in one sync; after a failure, what it built is taken away while the old sheet stands. */
async function writePlans(context: Excel.RequestContext, write: PlansSheetWrite): Promise<string | null> {
  const queued = queuePlansSheet(context, write);
  try {
    await context.sync();
  } catch (writeError) {
    const error = excelErrorInfo(writeError);
    let left: string | null;
    try {
      left = await cleanUpPlansSheet(context, write, queued);
    } catch {
      left = queued.builtSheet;
    }
    const text = left === null ? plansWriteFailed(error) : plansWriteFailedSheetLeft(error, left);
    throw new PlanError(text, { cause: writeError });
  }
  return queued.sheetName;
}

/** Runs plan work once this Excel can write the plans sheet; Excel's failures in the planner's words. */
async function runPlans<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  assertExcelSupportsPlans();
  try {
    return await Excel.run(work);
  } catch (error) {
    if (error instanceof PlanError) throw error;
    // Failures before the write (building the sheet, queueing commands, Excel.run itself) change nothing.
    throw new PlanError(plansReadFailed(excelErrorInfo(error)), { cause: error });
  }
}

/**
 * One change of a budget's plans: the read (the budget sheet and the names in use, then the plans'
 * table by its name when there is one), then one sync rewrites the plans sheet. The budget sheet is
 * only read.
 */
async function changePlans(budgetSheet: string, change: PlansChange): Promise<PlanSnapshots> {
  return runPlans(async (context) => {
    const read = await readPlans(context, budgetSheet);
    if (read.structureProtected) throw new PlanError(PLANS_WORKBOOK_PROTECTED);
    const plans = changedPlans(() => change(read, read.plansSheet?.plans ?? []));
    const sheetName = await writePlans(context, {
      budgetTable: read.snapshot.table.name,
      lang: read.lang,
      plans,
      current: read.plansSheet,
      taken: read.taken,
      activeSheet: read.activeSheet,
    });
    return { sheetName, plans: renumbered(plans) };
  });
}

/** The plans kept for a budget sheet (by name or id): one sync, two when the workbook keeps plans. */
export async function readPlanSnapshots(budgetSheet: string): Promise<PlanSnapshots> {
  return runPlans(async (context) => {
    const read = await readPlans(context, budgetSheet);
    return { sheetName: read.plansSheet?.sheetName ?? null, plans: read.plansSheet?.plans ?? [] };
  });
}

/**
 * Saves the budget sheet as it now is as one more plan, under `planName` or the next default name
 * (保守 / Conservative, 标准 / Standard…), and rewrites the plans sheet (creating it, under a free
 * name, if the budget has none). Refused with a PlanError when there are already four plans, the name
 * is in use, or a cell of the budget sheet cannot be read.
 */
export async function takePlanSnapshot(budgetSheet: string, planName?: string): Promise<PlanSnapshots> {
  return changePlans(budgetSheet, (read, plans) => {
    const checked = readBudgetSheet(read.snapshot);
    if (checked.issues.length > 0) throw new PlanError(unreadableBudget(read.snapshot.sheetName, checked.issues));
    return takePlan(plans, checked.budget, read.lang, planName);
  });
}

/** Renames a plan; refused when no plan has `planName` or another plan already has `newName`. */
export async function renamePlanSnapshot(
  budgetSheet: string,
  planName: string,
  newName: string,
): Promise<PlanSnapshots> {
  return changePlans(budgetSheet, (_, plans) => renamePlan(plans, planNamed(plans, planName).id, newName));
}

/** Deletes a plan; with the last one, the plans sheet goes too. */
export async function deletePlanSnapshot(budgetSheet: string, planName: string): Promise<PlanSnapshots> {
  return changePlans(budgetSheet, (_, plans) => deletePlan(plans, planNamed(plans, planName).id));
}
