import { budgetTotals, presetBudget, presetPlans, type Lang, type PresetId } from "../model";
import { applyPlainSheetPlan } from "./applyPlainSheetPlan";
import { applySheetPlan } from "./applySheetPlan";
import type { ChartOptions } from "./applyChartPlans";
import { excelErrorInfo } from "./excelError";
import { InsertError } from "./insertError";
import { insertedSheetNames, planInsertion, type Insertion } from "./insertionPlan";
import { insertFailed, insertFailedSheetsLeft } from "./messages";
import { readTakenNames } from "./readWorkbook";
import { removeSheetsIfPresent } from "./removeSheet";
import { assertExcelSupportsInsertion, excelDrawsFunnelCharts } from "./requirements";
import { writePlanStore } from "./writePlanStore";

export { InsertError } from "./insertError";

export interface InsertOptions {
  preset: PresetId;
  lang: Lang;
}

export interface InsertResult {
  sheetName: string;
  tableName: string;
  /** The budget total as a decimal string, e.g. "1294596". */
  total: string;
  /** With a funnel budget: the scenarios sheet inserted with it. */
  scenariosSheetName?: string;
  /** With a preset that has alternative plans: the sheet comparing them. */
  plansSheetName?: string;
}

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

function insertResult(insertion: Insertion, total: string): InsertResult {
  const { sheetName, table } = insertion.budget;
  return {
    sheetName,
    tableName: table.name,
    total,
    ...(insertion.scenariosSheetName ? { scenariosSheetName: insertion.scenariosSheetName } : {}),
    ...(insertion.plansSheetName ? { plansSheetName: insertion.plansSheetName } : {}),
  };
}

/**
 * Inserts a preset as a new budget sheet, with a funnel budget's scenarios and plans sheets and their
 * charts: one sync to read the names in use, one to write. Nothing existing is touched; when the write
 * fails, every sheet it added is removed and the workbook is as it was.
 */
export async function insertBudgetSheet(options: InsertOptions): Promise<InsertResult> {
  assertExcelSupportsInsertion();
  const budget = presetBudget(options.preset, options.lang);
  const plans = budget.funnel ? presetPlans(options.preset, options.lang) : [];
  const total = budgetTotals(budget).total.toString();
  const charts: ChartOptions = { funnelCharts: excelDrawsFunnelCharts() };

  try {
    return await Excel.run(async (context) => {
      const taken = await readTakenNames(context);
      const insertion = planInsertion(budget, plans, options.lang, taken);

      queueInsertion(context, insertion, charts);
      try {
        await context.sync();
      } catch (writeError) {
        // A failed batch may have applied its first commands: take the new sheets away again.
        const error = excelErrorInfo(writeError);
        const added = insertedSheetNames(insertion);
        try {
          await removeSheetsIfPresent(context, added);
        } catch {
          throw new InsertError(insertFailedSheetsLeft(error, added), { cause: writeError });
        }
        throw new InsertError(insertFailed(error), { cause: writeError });
      }
      return insertResult(insertion, total);
    });
  } catch (error) {
    if (error instanceof InsertError) throw error;
    // Failures before the write (building the plans, queueing commands, Excel.run itself) change nothing.
    throw new InsertError(insertFailed(excelErrorInfo(error)), { cause: error });
  }
}
