import { workbookMessages as say, type Text, type WorkbookMessages } from "../i18n";
import { quoteText } from "../model/format";
import type { CellIssue } from "../model/health";
import { hostErrorReason, type HostErrorInfo } from "./hostError";

/** The messages the adapters give, in both languages; Excel's failures with their reason in plain words. */

/** A message about a host failure: the words for it around the reason, in each language. */
function withReason(error: HostErrorInfo, words: (say: WorkbookMessages, why: string) => string): Text {
  const why = hostErrorReason(error);
  return { zh: words(say("zh"), why.zh), en: words(say("en"), why.en) };
}

export type Action = "insert" | "plans" | "read";

export const notInExcel = (action: Action): Text => say.both((words) => words.notInExcel[action]);
export const excelTooOld = (action: Action, set: string): Text => say.both((words) => words.excelTooOld[action](set));
export const workbookProtected = (action: "insert" | "plans"): Text =>
  say.both((words) => words.workbookProtected[action]);

export const namesReadFailed = (error: HostErrorInfo) => withReason(error, (words, why) => words.namesReadFailed(why));
export const insertFailed = (error: HostErrorInfo) => withReason(error, (words, why) => words.insertFailed(why));
/** The write failed and the partly built sheets could not be removed either. */
export const insertFailedSheetsLeft = (error: HostErrorInfo, sheetNames: readonly string[]) =>
  withReason(error, (words, why) => words.insertFailedSheetsLeft(why, words.sheetList(sheetNames), sheetNames.length));

export const sheetMissing = (sheet: string): Text => say.both((words) => words.sheetMissing(sheet));
export const headerRowHidden = (sheetName: string, tableName: string): Text =>
  say.both((words) => words.headerRowHidden(sheetName, tableName));
export const noBudgetTable = (sheetName: string): Text => say.both((words) => words.noBudgetTable(sheetName));
export const readSheetFailed = (error: HostErrorInfo) => withReason(error, (words, why) => words.readSheetFailed(why));
export const selectCellFailed = (error: HostErrorInfo, address: string) =>
  withReason(error, (words, why) => words.selectCellFailed(why, address));

export const funnelInputsGone = (names: readonly string[]): Text => say.both((words) => words.funnelInputsGone(names));
export const funnelInputsFailed = (error: HostErrorInfo) =>
  withReason({ code: "", message: error.message }, (words, why) => words.funnelInputsFailed(why));

export const noSuchPlan = (name: string): Text => say.both((words) => words.noSuchPlan(quoteText(name)));

const MAX_CELLS_NAMED = 3;

/** The live sheet has cells the budget cannot be read from: a plan taken now would leave them out. */
export function unreadableBudget(sheetName: string, issues: readonly CellIssue[]): Text {
  const shown = issues.slice(0, MAX_CELLS_NAMED).map((issue) => ({ cell: issue.cell, value: quoteText(issue.value) }));
  const more = issues.length - shown.length;
  return say.both((words) => words.unreadableBudget(sheetName, words.unreadableCells(shown, more)));
}

/** The table keeping the plans holds something a plan cannot be made of. */
export const storedPlansUnreadable = (sheetName: string, why: Text): Text => ({
  zh: say("zh").storedPlansUnreadable(sheetName, why.zh),
  en: say("en").storedPlansUnreadable(sheetName, why.en),
});

export const plansReadFailed = (error: HostErrorInfo) => withReason(error, (words, why) => words.plansReadFailed(why));
export const plansWriteFailed = (error: HostErrorInfo) =>
  withReason(error, (words, why) => words.plansWriteFailed(why));
/** The write failed and what it had built could not be taken away, or the old sheet is already gone. */
export const plansWriteFailedSheetLeft = (error: HostErrorInfo, sheetName: string) =>
  withReason(error, (words, why) => words.plansWriteFailedSheetLeft(why, sheetName));
