import type { Text } from "../model/categories";
import { quoteText } from "../model/format";
import type { CellIssue } from "../model/health";
import { explainExcelError, type ExcelErrorInfo } from "./excelError";

/** Every message saving, renaming or deleting a plan can show, in both languages. */

export const PLANS_NOT_IN_EXCEL: Text = {
  en: "Saving plans needs Excel: open this add-in from Excel's ribbon.",
  zh: "保存方案需要在 Excel 中运行：请从 Excel 功能区打开本加载项。",
};

export function plansExcelTooOld(requiredSet: string): Text {
  return {
    en:
      "Saving plans needs Excel 2021 or later, Excel for Microsoft 365 or Excel on the web " +
      `(ExcelApi ${requiredSet}); this Excel has an older version.`,
    zh: `保存方案需要 Excel 2021 或更高版本、Microsoft 365 版 Excel 或 Excel 网页版（ExcelApi ${requiredSet}）；当前 Excel 版本较旧。`,
  };
}

export const PLANS_WORKBOOK_PROTECTED: Text = {
  en: "The workbook's structure is protected: unprotect it (Review › Protect Workbook) to change the plans sheet.",
  zh: "工作簿结构受保护：请先取消保护（审阅 › 保护工作簿），再修改方案对比表。",
};

export function noSuchPlan(name: string): Text {
  return { en: `There is no plan named "${quoteText(name)}".`, zh: `没有名为“${quoteText(name)}”的方案。` };
}

const MAX_CELLS_NAMED = 3;

/** The live sheet has cells the budget cannot be read from: a plan taken now would leave them out. */
export function unreadableBudget(sheetName: string, issues: readonly CellIssue[]): Text {
  const shown = issues.slice(0, MAX_CELLS_NAMED);
  const more = issues.length - shown.length;
  const cells = {
    en:
      shown.map((issue) => `${issue.cell} (${quoteText(issue.value)})`).join(", ") +
      (more > 0 ? ` and ${more} more` : ""),
    zh:
      shown.map((issue) => `${issue.cell}（${quoteText(issue.value)}）`).join("、") +
      (more > 0 ? ` 等 ${issues.length} 处` : ""),
  };
  return {
    en: `Sheet "${sheetName}" has cells that cannot be read: ${cells.en}. Correct them, then save the plan.`,
    zh: `工作表“${sheetName}”中有无法读取的单元格：${cells.zh}。请更正后再保存方案。`,
  };
}

/** The table keeping the plans holds something a plan cannot be made of. */
export function storedPlansUnreadable(sheetName: string, why: Text): Text {
  return {
    en: `The plans kept on sheet "${sheetName}" cannot be read: ${why.en}`,
    zh: `工作表“${sheetName}”中保存的方案无法读取：${why.zh}`,
  };
}

/** Plain words for the Excel error codes a planner can do something about. */
const REASONS: Record<string, Text> = {
  AccessDenied: {
    en: "the workbook does not allow this change (it may be protected, read-only or restricted)",
    zh: "工作簿不允许此更改（可能受保护、只读或受限）",
  },
  InvalidOperationInCellEditMode: {
    en: "a cell is being edited: press Enter or Esc, then try again",
    zh: "有单元格正处于编辑状态：请按 Enter 或 Esc 后重试",
  },
  Conflict: {
    en: "someone else changed the workbook at the same time: try again",
    zh: "其他人同时修改了工作簿：请重试",
  },
  ResponsePayloadSizeLimitExceeded: {
    en: "the workbook's tables hold more data than Excel can send at once",
    zh: "工作簿中表格的数据超出了 Excel 单次可传送的大小",
  },
  InactiveWorkbook: {
    en: "the workbook is not active: click into it and try again",
    zh: "工作簿未处于活动状态：请单击工作簿后重试",
  },
};

const cause = (error: ExcelErrorInfo): Text => explainExcelError(error, REASONS);

export function plansReadFailed(error: ExcelErrorInfo): Text {
  const why = cause(error);
  return {
    en: `Excel could not read the budget sheet and its plans: ${why.en}. Nothing was changed.`,
    zh: `Excel 无法读取预算表及其方案：${why.zh}。未做任何更改。`,
  };
}

export function plansWriteFailed(error: ExcelErrorInfo): Text {
  const why = cause(error);
  return {
    en: `Excel could not write the plans sheet: ${why.en}. Nothing was changed.`,
    zh: `Excel 无法写入方案对比表：${why.zh}。未做任何更改。`,
  };
}

/** The write failed and what it had built could not be taken away, or the old sheet is already gone. */
export function plansWriteFailedSheetLeft(error: ExcelErrorInfo, sheetName: string): Text {
  const why = cause(error);
  return {
    en:
      `Excel could not finish writing the plans sheet: ${why.en}. ` +
      `Check sheet "${sheetName}": it may be partly written.`,
    zh: `Excel 未能写完方案对比表：${why.zh}。请检查工作表“${sheetName}”：其内容可能不完整。`,
  };
}
