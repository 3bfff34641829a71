/// <reference types="custom-functions-runtime" />

/**
 * A stand-in for Office's custom-functions runtime, as far as the BUDGET functions use it: `associate`
 * records into a map (and counts calls), `Error` and `ErrorCode` behave like Office's, and `Error` refuses a
 * message with a code Excel shows none with.
 */

export const ERROR_CODE = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** The codes Excel shows a custom function's message with; with any other, a message is never seen. */
export const CODES_WITH_MESSAGE: readonly string[] = [ERROR_CODE.invalidValue, ERROR_CODE.notAvailable];

export class StandInFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    // Office's typings: "A custom error message can't be used" with #DIV/0!, #NUM! and the others.
    if (message !== undefined && !CODES_WITH_MESSAGE.includes(code)) {
      throw new Error(`Excel shows no message with ${code}, yet one was given: ${message}`);
    }
  }
}

export type BudgetFunction = (...args: unknown[]) => unknown;

export interface StandInRuntime {
  CustomFunctions: typeof CustomFunctions;
  associated: Map<string, BudgetFunction>;
  /** How many times each id was associated. */
  associateCalls: Map<string, number>;
}

export function standInRuntime(): StandInRuntime {
  const associated = new Map<string, BudgetFunction>();
  const associateCalls = new Map<string, number>();
  const runtime = {
    associate(id: string, implementation: BudgetFunction) {
      associateCalls.set(id, (associateCalls.get(id) ?? 0) + 1);
      associated.set(id, implementation);
    },
    Error: StandInFunctionError,
    ErrorCode: ERROR_CODE,
  };
  return { CustomFunctions: runtime as unknown as typeof CustomFunctions, associated, associateCalls };
}

/** What a call gave: its value, or the error's code and message, or "threw <what>" for anything else. */
export type Outcome = { value: unknown } | { code: string; message: string } | { threw: unknown };

export function outcomeOf(call: () => unknown, errorClass: new (...args: never[]) => unknown): Outcome {
  try {
    return { value: call() };
  } catch (error) {
    if (error instanceof errorClass) {
      const { code, message } = error as unknown as { code: string; message?: string };
      return { code, message: message ?? "" };
    }
    return { threw: error };
  }
}
