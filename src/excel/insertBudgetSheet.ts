import { budgetTotals, presetBudget, type Lang, type PresetId } from "../model";
import { DEFAULT_TABLE_NAME, buildSheetPlan } from "../sheet/buildSheetPlan";
import { sheetLabels } from "../sheet/labels";
import { applySheetPlan } from "./applySheetPlan";
import { excelErrorInfo } from "./excelError";
import { freeSheetName, freeTableName } from "./freeNames";
import { InsertError } from "./insertError";
import { insertFailed, insertFailedSheetLeft } from "./messages";
import { readTakenNames } from "./readWorkbook";
import { removeSheetIfPresent } from "./removeSheet";
import { assertExcelSupportsInsertion } from "./requirements";

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
}

/**
 * Inserts a preset as a new budget sheet: one sync to read the names in use, one to write. Nothing
 * existing is touched; when the write fails, the new sheet is removed and the workbook is as it was.
 */
export async function insertBudgetSheet(options: InsertOptions): Promise<InsertResult> {
  assertExcelSupportsInsertion();
  const budget = presetBudget(options.preset, options.lang);
  const total = budgetTotals(budget).total.toString();

  try {
    return await Excel.run(async (context) => {
      const taken = await readTakenNames(context);
      const sheetName = freeSheetName(sheetLabels(options.lang).sheetName, taken.sheets);
      const tableName = freeTableName(DEFAULT_TABLE_NAME, taken.tables, taken.definedNames);
      const plan = buildSheetPlan(budget, { lang: options.lang, sheetName, tableName });

      applySheetPlan(context, plan);
      try {
        await context.sync();
      } catch (writeError) {
        // A failed batch may have applied its first commands: take the new sheet away again.
        const error = excelErrorInfo(writeError);
        try {
          await removeSheetIfPresent(context, sheetName);
        } catch {
          throw new InsertError(insertFailedSheetLeft(error, sheetName), { cause: writeError });
        }
        throw new InsertError(insertFailed(error), { cause: writeError });
      }
      return { sheetName, tableName, total };
    });
  } catch (error) {
    if (error instanceof InsertError) throw error;
    // Failures before the write (building the plan, queueing commands, Excel.run itself) change nothing.
    throw new InsertError(insertFailed(excelErrorInfo(error)), { cause: error });
  }
}
