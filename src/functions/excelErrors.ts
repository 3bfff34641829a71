/// <reference types="custom-functions-runtime" />
import { BudgetInputError, type InputErrorKind } from "../model/errors";
import type { Lang } from "../i18n";

/**
 * Excel's error for each kind of bad input. Excel shows a custom function's message only with #VALUE!
 * and #N/A: an input the planner must fix is "value" and comes with its message; #NUM! and #DIV/0!
 * (a value no one types, a division by zero) carry none, as Excel allows.
 */
function errorFor(kind: InputErrorKind, message: () => string): CustomFunctions.Error {
  switch (kind) {
    case "value":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message());
    case "num":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    case "div0":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
  }
}

/** The language of the messages: English until the functions' entry point says where Office's comes from. */
let messageLanguage: () => Lang = () => "en";

export function useMessageLanguage(language: () => Lang): void {
  messageLanguage = language;
}

/** The CustomFunctions.Error a failure shows as: the matching code and a message saying what to fix. */
export function excelErrorFor(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof BudgetInputError) return errorFor(error.kind, () => error.text[messageLanguage()]);
  // Not a bad input but a failure of ours: still an Excel error, never an exception escaping to the host.
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `could not compute: ${detail}`);
}

/** Runs a function body for Excel: bad input becomes the matching CustomFunctions.Error, thrown. */
export function forExcel<Result>(compute: () => Result): Result {
  try {
    return compute();
  } catch (error) {
    throw excelErrorFor(error);
  }
}
