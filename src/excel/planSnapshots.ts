import type { BudgetPlan } from "../model/plans";
import { NotABudgetSheetError } from "../sheet/readBudgetSheet";
import { hostErrorInfo } from "../workbook/hostError";
import { plansReadFailed, plansWriteFailed, plansWriteFailedSheetLeft, sheetMissing } from "../workbook/messages";
import { budgetPlans, type PlansTarget } from "../workbook/plans";
import { WorkbookError } from "../workbook/workbookError";
import { queuePlansRead, type PlansRead } from "./readPlans";
import { assertWriteSupport } from "./requirements";
import { cleanUpPlansSheet, queuePlansSheet } from "./writePlansSheet";

/** The read, in one sync; Excel's failures in the planner's words. */
async function readPlans(context: Excel.RequestContext, budgetSheet: string): Promise<PlansRead> {
  const finish = queuePlansRead(context, budgetSheet);
  try {
    await context.sync();
  } catch (error) {
    const info = hostErrorInfo(error);
    if (info.code === "ItemNotFound")
      throw new WorkbookError("missing-sheet", sheetMissing(budgetSheet), { cause: error });
    throw new WorkbookError("host", plansReadFailed(info), { cause: error });
  }
  try {
    return finish();
  } catch (error) {
    if (error instanceof NotABudgetSheetError) throw new WorkbookError("refused", error.text, { cause: error });
    throw error;
  }
}

/** The write, in one sync; after a failure, what it built is taken away while the old sheet stands. */
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
      left = queued.builtSheet;
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

/**
 * A budget's plans in Excel: one sync reads the budget sheet and the table keeping its plans, one
 * rewrites the plans sheet; the budget sheet is only read.
 */
export const excelPlans = budgetPlans<PlansRead>((work) => {
  assertWriteSupport("plans");
  return Excel.run((context) => work(plansTarget(context)));
});
