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
    // Compiled to ES5 (the ribbon command, the custom functions), Error resets the prototype: instanceof needs it back.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "SheetAccessError";
  }
}
