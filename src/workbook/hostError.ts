import { workbookMessages, type HostReasonKey, type Text } from "../i18n";

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

/** The host's error codes a planner can do something about (OfficeExtension / Excel ErrorCodes), and their words. */
const REASONS: Readonly<Record<string, HostReasonKey>> = {
  AccessDenied: "accessDenied",
  InvalidOperationInCellEditMode: "cellEditMode",
  ItemAlreadyExists: "nameTaken",
  InsertDeleteConflict: "insertDeleteConflict",
  Conflict: "conflict",
  InactiveWorkbook: "inactiveWorkbook",
  ResponsePayloadSizeLimitExceeded: "responseTooLarge",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  OperationCellsExceedLimit: "tooLarge",
  RangeExceedsLimit: "tooLarge",
  ApiNotFound: "unsupported",
  NotImplemented: "unsupported",
  UnsupportedOperation: "unsupported",
  UnsupportedFeature: "unsupported",
};

/**
 * Why the host failed, in both languages: "plain words (Excel: "its message")" when the code has plain
 * words, else the host's message alone.
 */
export function hostErrorReason(error: HostErrorInfo): Text {
  const said = error.message.replace(/[.。\s]+$/, "");
  return workbookMessages.both((words) => {
    const reason = Object.prototype.hasOwnProperty.call(REASONS, error.code) ? REASONS[error.code] : undefined;
    return reason ? words.excelSaid(words.reasons[reason], said) : said;
  });
}
