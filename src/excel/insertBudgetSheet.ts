import type { InsertOptions, InsertResult } from "../workbook/budgetWorkbook";
import { hostErrorInfo } from "../workbook/hostError";
import { insertBudget, type InsertionTarget } from "../workbook/insertBudget";
import { insertedSheetNames, type Insertion } from "../workbook/insertionPlan";
import { insertFailed, insertFailedSheetsLeft } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";
import type { ChartOptions } from "./applyChartPlans";
import { applyPlainSheetPlan } from "./applyPlainSheetPlan";
import { applySheetPlan } from "./applySheetPlan";
import { readTakenNames } from "./readWorkbook";
import { removeSheetsIfPresent } from "./removeSheet";
import { assertExcelSupportsInsertion, excelDrawsFunnelCharts } from "./requirements";
import { writePlanStore } from "./writePlanStore";

/** Queues the budget sheet (activated), then its companions with their charts and the plans' table. */
function queueInsertion(context: Excel.RequestContext, insertion: Insertion, charts: ChartOptions): void {
  applySheetPlan(context, insertion.budget, charts);
  for (const companion of insertion.companions) {
    const sheet = applyPlainSheetPlan(context, companion, charts);
    if (insertion.planStore && companion.sheetName === insertion.plansSheetName) {
      writePlanStore(sheet, companion, insertion.planStore);
    }
  }
}

/** An insertion within one Excel.run: one sync reads the names in use, one writes. */
function insertionTarget(context: Excel.RequestContext, charts: ChartOptions): InsertionTarget {
  return {
    takenNames: () => readTakenNames(context),
    async write(insertion) {
      queueInsertion(context, insertion, charts);
      try {
        await context.sync();
      } catch (writeError) {
        // A failed batch may have applied its first commands: take the new sheets away again.
        const error = hostErrorInfo(writeError);
        const added = insertedSheetNames(insertion);
        try {
          await removeSheetsIfPresent(context, added);
        } catch {
          throw new WorkbookError("host", insertFailedSheetsLeft(error, added), { cause: writeError });
        }
        throw new WorkbookError("host", insertFailed(error), { cause: writeError });
      }
    },
  };
}

/**
 * Inserts a preset as a new budget sheet, with a funnel budget's scenarios and plans sheets and their
 * charts: one sync to read the names in use, one to write. Nothing existing is touched; when the write
 * fails, every sheet it added is removed and the workbook is as it was.
 */
export async function insertBudgetSheet(options: InsertOptions): Promise<InsertResult> {
  assertExcelSupportsInsertion();
  const charts: ChartOptions = { funnelCharts: excelDrawsFunnelCharts() };
  return insertBudget((work) => Excel.run((context) => work(insertionTarget(context, charts))), options);
}
