import type { Text } from "../model/categories";

/** The parts of an OfficeExtension.Error we use, read from any thrown value. */
export interface ExcelErrorInfo {
  /** One of the OfficeExtension / Excel ErrorCodes values, e.g. "AccessDenied"; "" when none. */
  code: string;
  message: string;
}

export function excelErrorInfo(error: unknown): ExcelErrorInfo {
  if (error && typeof error === "object") {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return {
      code: typeof code === "string" ? code : "",
      message: typeof message === "string" && message.trim() !== "" ? message.trim() : String(error),
    };
  }
  return { code: "", message: String(error) };
}

/** "plain words (Excel: "its message")" when the code has plain words in `reasons`, else Excel's message alone. */
export function explainExcelError(error: ExcelErrorInfo, reasons: Readonly<Record<string, Text>>): Text {
  const said = error.message.replace(/[.。\s]+$/, "");
  const reason = reasons[error.code];
  if (!reason) return { en: said, zh: said };
  return { en: `${reason.en} (Excel: "${said}")`, zh: `${reason.zh}（Excel：“${said}”）` };
}
