import { workbookMessages, type Text } from "../i18n";

/** The parts of a host's error we use (Office.js's OfficeExtension.Error has both), read from any thrown value. */
export interface HostErrorInfo {
  /** One of the OfficeExtension / Excel ErrorCodes values, e.g. "AccessDenied"; "" when none. */
  code: string;
  message: string;
}

export function hostErrorInfo(error: unknown): HostErrorInfo {
  if (error && typeof error === "object") {
    const { code, message } = error as { code?: unknown; message?: unknown };
    return {
      code: typeof code === "string" ? code : "",
      message: typeof message === "string" && message.trim() !== "" ? message.trim() : String(error),
    };
  }
  return { code: "", message: String(error) };
}

/**
 * Why the host failed, in both languages: "plain words (Excel: "its message")" when the code has plain
 * words, else the host's message alone.
 */
export function hostErrorReason(error: HostErrorInfo): Text {
  const said = error.message.replace(/[.。\s]+$/, "");
  return workbookMessages.both((words) => {
    const reason = words.reasons[error.code];
    return reason ? words.excelSaid(reason, said) : said;
  });
}
