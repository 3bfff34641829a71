import type { Text } from "../model/categories";
import { explainExcelError, type ExcelErrorInfo } from "./excelError";

/** Every message reading a budget sheet or going to one of its cells can show, in both languages. */

export const READ_NOT_IN_EXCEL: Text = {
  en: "Checking a budget needs Excel: open this add-in from Excel's ribbon.",
  zh: "检查预算表需要在 Excel 中运行：请从 Excel 功能区打开本加载项。",
};

export function excelTooOldToRead(requiredSet: string): Text {
  return {
    en: `Checking a budget needs a newer Excel (ExcelApi ${requiredSet}): Excel 2019 or later, Excel for Microsoft 365 or Excel on the web.`,
    zh: `检查预算表需要较新的 Excel（ExcelApi ${requiredSet}）：Excel 2019 或更高版本、Microsoft 365 版 Excel 或 Excel 网页版。`,
  };
}

export function sheetMissing(sheet: string): Text {
  return {
    en: `The sheet "${sheet}" is no longer in the workbook: it was deleted or renamed.`,
    zh: `工作簿中已没有工作表“${sheet}”：它已被删除或重命名。`,
  };
}

export function headerRowHidden(sheetName: string, tableName: string): Text {
  return {
    en: `The table ${tableName} on sheet "${sheetName}" has its header row turned off: turn it on (Table Design › Header Row) to check the budget.`,
    zh: `工作表“${sheetName}”中的表格 ${tableName} 关闭了标题行：请打开（表设计 › 标题行）后再检查预算。`,
  };
}

export function noBudgetTable(sheetName: string): Text {
  return {
    en: `Sheet "${sheetName}" holds no budget lines table (BudgetLines with Category and Budget columns).`,
    zh: `工作表“${sheetName}”中没有预算明细表（带“类别”和“预算”列的 BudgetLines 表格）。`,
  };
}

/** Plain words for the Excel error codes a planner can do something about while reading. */
const REASONS: Record<string, Text> = {
  InvalidOperationInCellEditMode: {
    en: "a cell is being edited: press Enter or Esc, then try again",
    zh: "有单元格正处于编辑状态：请按 Enter 或 Esc 后重试",
  },
  ResponsePayloadSizeLimitExceeded: {
    en: "the sheet holds more data than Excel can send at once",
    zh: "工作表中的数据超出了 Excel 单次可传送的大小",
  },
  AccessDenied: {
    en: "the workbook does not allow the add-in to read it",
    zh: "工作簿不允许加载项读取",
  },
  InactiveWorkbook: {
    en: "the workbook is not active: click into it and try again",
    zh: "工作簿未处于活动状态：请单击工作簿后重试",
  },
};

const cause = (error: ExcelErrorInfo): Text => explainExcelError(error, REASONS);

export function readSheetFailed(error: ExcelErrorInfo): Text {
  const why = cause(error);
  return {
    en: `Excel could not read the budget sheet: ${why.en}.`,
    zh: `Excel 无法读取预算表：${why.zh}。`,
  };
}

export function selectCellFailed(error: ExcelErrorInfo, address: string): Text {
  const why = cause(error);
  return {
    en: `Excel could not go to cell ${address}: ${why.en}.`,
    zh: `Excel 无法转到单元格 ${address}：${why.zh}。`,
  };
}
