import type { HostReasonKey } from "../keys";

/** What the workbook's adapters say when something cannot be done, with Excel's own reasons in plain words. */
export interface WorkbookMessages {
  /** Plain words for what a planner can do something about (src/workbook/hostError.ts maps Excel's codes to them). */
  reasons: Record<HostReasonKey, string>;
  /** A reason in plain words with what Excel itself said. */
  excelSaid: (reason: string, said: string) => string;
  notInExcel: { insert: string; plans: string; read: string };
  excelTooOld: { insert: (set: string) => string; plans: (set: string) => string; read: (set: string) => string };
  workbookProtected: { insert: string; plans: string };
  namesReadFailed: (why: string) => string;
  insertFailed: (why: string) => string;
  /** Quoted sheet names, as a list. */
  sheetList: (names: readonly string[]) => string;
  insertFailedSheetsLeft: (why: string, sheets: string, count: number) => string;
  sheetMissing: (sheet: string) => string;
  headerRowHidden: (sheetName: string, tableName: string) => string;
  noBudgetTable: (sheetName: string) => string;
  notBudgetTable: (sheetName: string, tableName: string) => string;
  readSheetFailed: (why: string) => string;
  selectCellFailed: (why: string, address: string) => string;
  funnelInputsGone: (names: readonly string[]) => string;
  funnelInputsFailed: (why: string) => string;
  funnelNamesMissing: (sheetName: string, names: readonly string[]) => string;
  noSuchPlan: (name: string) => string;
  /** Cells named by their address and what they hold; `more` cells not named. */
  unreadableCells: (cells: readonly { cell: string; value: string }[], more: number) => string;
  unreadableBudget: (sheetName: string, cells: string) => string;
  storedPlansUnreadable: (sheetName: string, why: string) => string;
  plansReadFailed: (why: string) => string;
  plansWriteFailed: (why: string) => string;
  plansWriteFailedSheetLeft: (why: string, sheetName: string) => string;
}

export const workbook: WorkbookMessages = {
  reasons: {
    accessDenied: "the workbook does not allow this change (it may be protected, read-only or restricted)",
    cellEditMode: "a cell is being edited: press Enter or Esc, then try again",
    nameTaken: "a sheet, table or name with the same name already exists (a chart sheet, for example)",
    insertDeleteConflict: "the change conflicts with cells being inserted or deleted in the workbook",
    conflict: "someone else changed the workbook at the same time: try again",
    inactiveWorkbook: "the workbook is not active: click into it and try again",
    responseTooLarge: "the workbook holds more data than Excel can send at once",
    tooLarge: "the change is larger than this Excel accepts at once",
    unsupported: "this Excel does not support one of the steps (update Excel and try again)",
  },
  excelSaid: (reason, said) => `${reason} (Excel: "${said}")`,
  notInExcel: {
    insert: "Inserting a budget needs Excel: open this add-in from Excel's ribbon.",
    plans: "Saving plans needs Excel: open this add-in from Excel's ribbon.",
    read: "Checking a budget needs Excel: open this add-in from Excel's ribbon.",
  },
  excelTooOld: {
    insert: (set) =>
      "Inserting a budget needs Excel 2021 or later, Excel for Microsoft 365 or Excel on the web " +
      `(ExcelApi ${set}); this Excel has an older version.`,
    plans: (set) =>
      "Saving plans needs Excel 2021 or later, Excel for Microsoft 365 or Excel on the web " +
      `(ExcelApi ${set}); this Excel has an older version.`,
    read: (set) =>
      `Checking a budget needs a newer Excel (ExcelApi ${set}): Excel 2019 or later, Excel for Microsoft 365 or Excel on the web.`,
  },
  workbookProtected: {
    insert: "The workbook's structure is protected: unprotect it (Review › Protect Workbook) to insert a budget sheet.",
    plans: "The workbook's structure is protected: unprotect it (Review › Protect Workbook) to change the plans sheet.",
  },
  namesReadFailed: (why) => `Excel could not read the workbook's sheet and table names: ${why}. Nothing was changed.`,
  insertFailed: (why) => `Excel could not insert the budget sheet: ${why}. Nothing was changed.`,
  sheetList: (names) => names.map((name) => `"${name}"`).join(", "),
  insertFailedSheetsLeft: (why, sheets, count) =>
    `Excel could not insert the budget sheet: ${why}. ` +
    (count === 1
      ? `A partly built sheet ${sheets} may remain: delete it (right-click its tab › Delete).`
      : `Partly built sheets ${sheets} may remain: delete them (right-click each tab › Delete).`),
  sheetMissing: (sheet) => `The sheet "${sheet}" is no longer in the workbook: it was deleted or renamed.`,
  headerRowHidden: (sheetName, tableName) =>
    `The table ${tableName} on sheet "${sheetName}" has its header row turned off: turn it on (Table Design › Header Row) to check the budget.`,
  noBudgetTable: (sheetName) => `Sheet "${sheetName}" holds no budget lines table (BudgetLines).`,
  notBudgetTable: (sheetName, tableName) =>
    `The table ${tableName} on sheet "${sheetName}" has no Category and Budget columns: it is not a budget table.`,
  readSheetFailed: (why) => `Excel could not read the budget sheet: ${why}.`,
  selectCellFailed: (why, address) => `Excel could not go to cell ${address}: ${why}.`,
  funnelInputsGone: (names) =>
    `The sheet, or one of its cells ${names.join(", ")}, is no longer in the workbook. Read the sheet again and check its funnel inputs.`,
  funnelInputsFailed: (why) => `The funnel inputs could not be written: ${why}`,
  funnelNamesMissing: (sheetName, names) =>
    `Sheet "${sheetName}" has no cell named ${names.join(", ")}: nothing was written. Insert the funnel template again, or restore the name in Formulas › Name Manager.`,
  noSuchPlan: (name) => `There is no plan named "${name}".`,
  unreadableCells: (cells, more) =>
    cells.map(({ cell, value }) => `${cell} (${value})`).join(", ") + (more > 0 ? ` and ${more} more` : ""),
  unreadableBudget: (sheetName, cells) =>
    `Sheet "${sheetName}" has cells that cannot be read: ${cells}. Correct them, then save the plan.`,
  storedPlansUnreadable: (sheetName, why) => `The plans kept on sheet "${sheetName}" cannot be read: ${why}`,
  plansReadFailed: (why) => `Excel could not read the budget sheet and its plans: ${why}. Nothing was changed.`,
  plansWriteFailed: (why) => `Excel could not write the plans sheet: ${why}. Nothing was changed.`,
  plansWriteFailedSheetLeft: (why, sheetName) =>
    `Excel could not finish writing the plans sheet: ${why}. Check sheet "${sheetName}": it may be partly written.`,
};
