import { formatMoney } from "../model";
import { insertionStrings, paneStrings, timelineStrings, type Lang } from "../i18n";
import type { InsertResult, MissingDecoration } from "./budgetWorkbook";
import { failureText } from "./workbookError";

/** "Inserted sheet "预算表 (2)" with table BudgetLines2; total ¥1,294,596.00." */
export function insertedMessage(result: InsertResult, lang: Lang): string {
  const inserted = paneStrings(lang).inserted(result.sheetName, result.tableName, formatMoney(result.total, 2));
  const { phasingSheetName: phasing, executionReportSheetName: report } = result;
  if (!phasing || !report) return inserted;
  return `${inserted}${lang === "zh" ? "" : " "}${timelineStrings(lang).insertedOverTime(phasing, report)}`;
}

function decorationText(decoration: MissingDecoration, lang: Lang): string {
  const say = insertionStrings(lang);
  switch (decoration.kind) {
    case "chart":
      return say.chart(decoration.title, decoration.sheetName);
    case "page-layout":
      return say.pageLayout(decoration.sheetName);
    case "frozen-rows":
      return say.frozenRows(decoration.sheetName);
  }
}

/** One line naming the decorations the insertion could not apply; null when it applied them all. */
export function missingDecorationsNote(result: InsertResult, lang: Lang): string | null {
  const missing = result.missingDecorations ?? [];
  if (missing.length === 0) return null;
  return insertionStrings(lang).decorationsMissing(missing.map((decoration) => decorationText(decoration, lang)));
}

/** What went wrong in the planner's language; unexpected errors keep Office's own wording. */
export function insertErrorMessage(error: unknown, lang: Lang): string {
  return failureText(error, lang, paneStrings(lang).insertFailed);
}
