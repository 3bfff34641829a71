import type { Text } from "../model/categories";
import { explainExcelError, type ExcelErrorInfo } from "./excelError";

/** Every message the insertion can show, in both languages. */

export const NOT_IN_EXCEL: Text = {
  en: "Inserting a budget needs Excel: open this add-in from Excel's ribbon.",
  zh: "插入预算表需要在 Excel 中运行：请从 Excel 功能区打开本加载项。",
};

export function excelTooOld(requiredSet: string): Text {
  return {
    en:
      "Inserting a budget needs Excel 2021 or later, Excel for Microsoft 365 or Excel on the web " +
      `(ExcelApi ${requiredSet}); this Excel has an older version.`,
    zh: `插入预算表需要 Excel 2021 或更高版本、Microsoft 365 版 Excel 或 Excel 网页版（ExcelApi ${requiredSet}）；当前 Excel 版本较旧。`,
  };
}

export const WORKBOOK_PROTECTED: Text = {
  en: "The workbook's structure is protected: unprotect it (Review › Protect Workbook) to insert a budget sheet.",
  zh: "工作簿结构受保护：请先取消保护（审阅 › 保护工作簿），再插入预算表。",
};

/** Plain words for the Excel error codes a user can do something about. */
const REASONS: Record<string, Text> = {
  AccessDenied: {
    en: "the workbook does not allow this change (it may be protected, read-only or restricted)",
    zh: "工作簿不允许此更改（可能受保护、只读或受限）",
  },
  InvalidOperationInCellEditMode: {
    en: "a cell is being edited: press Enter or Esc, then try again",
    zh: "有单元格正处于编辑状态：请按 Enter 或 Esc 后重试",
  },
  ItemAlreadyExists: {
    en: "a sheet, table or name with the same name already exists (a chart sheet, for example)",
    zh: "已存在同名的工作表、表格或名称（例如图表工作表）",
  },
  InsertDeleteConflict: {
    en: "the change conflicts with cells being inserted or deleted in the workbook",
    zh: "此更改与工作簿中正在插入或删除的单元格冲突",
  },
  Conflict: {
    en: "someone else changed the workbook at the same time: try again",
    zh: "其他人同时修改了工作簿：请重试",
  },
  InactiveWorkbook: {
    en: "the workbook is not active: click into it and try again",
    zh: "工作簿未处于活动状态：请单击工作簿后重试",
  },
};
const TOO_LARGE: Text = {
  en: "the change is larger than this Excel accepts at once",
  zh: "此更改超出了当前 Excel 单次可接受的大小",
};
const UNSUPPORTED: Text = {
  en: "this Excel does not support one of the steps (update Excel and try again)",
  zh: "当前 Excel 不支持其中一个步骤（请更新 Excel 后重试）",
};
for (const code of [
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "OperationCellsExceedLimit",
  "RangeExceedsLimit",
]) {
  REASONS[code] = TOO_LARGE;
}
for (const code of ["ApiNotFound", "NotImplemented", "UnsupportedOperation", "UnsupportedFeature"]) {
  REASONS[code] = UNSUPPORTED;
}

const cause = (error: ExcelErrorInfo): Text => explainExcelError(error, REASONS);

export function readFailed(error: ExcelErrorInfo): Text {
  const why = cause(error);
  return {
    en: `Excel could not read the workbook's sheet and table names: ${why.en}. Nothing was changed.`,
    zh: `Excel 无法读取工作簿中的工作表和表格名称：${why.zh}。未做任何更改。`,
  };
}

export function insertFailed(error: ExcelErrorInfo): Text {
  const why = cause(error);
  return {
    en: `Excel could not insert the budget sheet: ${why.en}. Nothing was changed.`,
    zh: `Excel 无法插入预算表：${why.zh}。未做任何更改。`,
  };
}

/** The write failed and the partly built sheets could not be removed either. */
export function insertFailedSheetsLeft(error: ExcelErrorInfo, sheetNames: readonly string[]): Text {
  const why = cause(error);
  const quoted = {
    en: sheetNames.map((name) => `"${name}"`).join(", "),
    zh: sheetNames.map((name) => `“${name}”`).join("、"),
  };
  const one = sheetNames.length === 1;
  return {
    en:
      `Excel could not insert the budget sheet: ${why.en}. ` +
      (one
        ? `A partly built sheet ${quoted.en} may remain: delete it (right-click its tab › Delete).`
        : `Partly built sheets ${quoted.en} may remain: delete them (right-click each tab › Delete).`),
    zh: `Excel 无法插入预算表：${why.zh}。可能留下了未完成的工作表${quoted.zh}：请右键单击其标签并选择“删除”。`,
  };
}
