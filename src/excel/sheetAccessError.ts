import type { Text } from "../model/categories";

/** Why it went wrong, for callers that react differently (a vanished sheet is read again as the active one). */
export type SheetAccessFailure = "not-supported" | "missing-sheet" | "header-row-hidden" | "excel";

/** A budget sheet could not be read, or a cell not shown, in words for the planner in both languages. */
export class SheetAccessError extends Error {
  constructor(
    readonly failure: SheetAccessFailure,
    readonly text: Text,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = "SheetAccessError";
  }
}
