import type { BudgetPlan } from "../model/plans";
import { NotABudgetSheetError } from "../sheet/readBudgetSheet";
import { hostErrorInfo } from "../workbook/hostError";
import { plansReadFailed, plansWriteFailed, plansWriteFailedSheetLeft, sheetMissing } from "../workbook/messages";
import { budgetPlans, type PlansTarget } from "../workbook/plans";
import { WorkbookError } from "../workbook/workbookError";
import { queuePlansRead, queueStoreRead, type PlansIndex, type PlansRead } from "./readPlans";
import { assertWriteSupport } from "./requirements";
import { cleanUpPlansSheet, queuePlansSheet } from "./writePlansSheet";

/** One round trip of the read; Excel's failures in the planner's words. */
async function readSync(context: Excel.RequestContext, budgetSheet: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    const info = hostErrorInfo(error);
    if (info.code === "ItemNotFound")
      throw new WorkbookError("missing-sheet", sheetMissing(budgetSheet), { cause: error });
    throw new WorkbookError("host", plansReadFailed(info), { cause: error });
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
    if (error instanceof NotABudgetSheetError) throw new WorkbookError("refused", error.text, { cause: error });
    throw error;
  }
  if (found.storeTables.length === 0) return found.finish([]);
  const stores = queueStoreRead(context, found.storeTables);
  await readSync(context, budgetSheet);
  return found.finish(stores());
}

/**
 * The write, in one sync; after a failure, a sheet it added is taken away and a plans sheet it
 * rewrote in place gets its old plans back.
 */
async function writePlans(context: Excel.RequestContext, read: PlansRead, plans: readonly BudgetPlan[]) {
  const write = {
    budgetTable: read.snapshot.table.name,
    lang: read.lang,
    plans,
    current: read.plansSheet,
    taken: read.taken,
    activeSheet: read.activeSheet,
  };
  const queued = queuePlansSheet(context, write);
  try {
    await context.sync();
  } catch (writeError) {
    const error = hostErrorInfo(writeError);
    let left: string | null;
    try {
      left = await cleanUpPlansSheet(context, write, queued);
    } catch {
      left = queued.builtSheet ?? queued.rewritten;
    }
    const text = left === null ? plansWriteFailed(error) : plansWriteFailedSheetLeft(error, left);
    throw new WorkbookError("host", text, { cause: writeError });
  }
  return queued.sheetName;
}

function plansTarget(context: Excel.RequestContext): PlansTarget<PlansRead> {
  return {
    read: (budgetSheet) => readPlans(context, budgetSheet),
    write: (read, plans) => writePlans(context, read, plans),
  };
}

/** Runs plan work in one Excel.run, once this Excel can write the plans sheet. */
export function runExcelPlans<T>(work: (target: PlansTarget<PlansRead>) => Promise<T>): Promise<T> {
  assertWriteSupport("plans");
  return Excel.run((context) => work(plansTarget(context)));
}

/**
 * A budget's plans in Excel: the read (the budget sheet and the names in use, then the plans' table by
 * its name when the workbook has one), then one sync rewrites the plans sheet; the budget sheet is only read.
 */
export const excelPlans = budgetPlans<PlansRead>(runExcelPlans);
