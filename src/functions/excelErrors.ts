/// <reference types="custom-functions-runtime" />
import { BudgetInputError, type InputErrorKind } from "../model/errors";
import type { Lang } from "../i18n";

/** Excel's error for each kind of bad input. */
function errorCode(kind: InputErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
  }
}

/** Chinese messages when Office's display language is Chinese; English otherwise or when unknown. */
function messageLanguage(): Lang {
  try {
    const language = typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;
    return typeof language === "string" && language.toLowerCase().startsWith("zh") ? "zh" : "en";
  } catch {
    return "en";
  }
}

/** The CustomFunctions.Error a failure shows as: the matching code and a message saying what to fix. */
export function excelErrorFor(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof BudgetInputError)
    return new CustomFunctions.Error(errorCode(error.kind), error.text[messageLanguage()]);
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
