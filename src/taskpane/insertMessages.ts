import type { InsertResult } from "../excel/insertBudgetSheet";
import { InsertError } from "../excel/insertError";
import { formatMoney, type Lang } from "../model";
import { STRINGS } from "./strings";

/** "Inserted sheet "预算表 (2)" with table BudgetLines2; total ¥1,294,596.00." */
export function insertedMessage(result: InsertResult, lang: Lang): string {
  return STRINGS[lang].inserted(result.sheetName, result.tableName, formatMoney(result.total, 2));
}

/** What went wrong in the planner's language; unexpected errors keep Office's own wording. */
export function insertErrorMessage(error: unknown, lang: Lang): string {
  if (error instanceof InsertError) return error.text[lang];
  const detail = error instanceof Error ? error.message : String(error);
  return STRINGS[lang].insertFailed(detail);
}
