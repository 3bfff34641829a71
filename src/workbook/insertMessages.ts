import { formatMoney } from "../model";
import { paneStrings, type Lang } from "../i18n";
import type { InsertResult } from "./budgetWorkbook";
import { failureText } from "./workbookError";

/** "Inserted sheet "预算表 (2)" with table BudgetLines2; total ¥1,294,596.00." */
export function insertedMessage(result: InsertResult, lang: Lang): string {
  return paneStrings(lang).inserted(result.sheetName, result.tableName, formatMoney(result.total, 2));
}

/** What went wrong in the planner's language; unexpected errors keep Office's own wording. */
export function insertErrorMessage(error: unknown, lang: Lang): string {
  return failureText(error, lang, paneStrings(lang).insertFailed);
}
