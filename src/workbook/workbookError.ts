import type { Lang, Text } from "../i18n";

/**
 * Why an action on the workbook could not be done, for callers that react differently:
 * - "not-supported": this host cannot do it (not Excel, or too old an Excel);
 * - "missing-sheet": the sheet (or a name on it) is gone, deleted or renamed since it was read;
 * - "header-row-hidden": the budget table's header row is turned off, so its columns cannot be found;
 * - "protected": the workbook's structure is protected;
 * - "refused": the change is not allowed as asked (a fifth plan, a name in use, unreadable cells);
 * - "host": the workbook itself failed (Excel's error, in plain words where it has some).
 */
export type WorkbookFailure =
  "not-supported" | "missing-sheet" | "header-row-hidden" | "protected" | "refused" | "host";

/** The one error the workbook's adapters throw: its kind, the planner's words in both languages, its cause. */
export class WorkbookError extends Error {
  constructor(
    readonly kind: WorkbookFailure,
    readonly text: Text,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    // Compiled to ES5 (the ribbon command), Error resets the prototype: instanceof needs it back.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "WorkbookError";
  }
}

export const isMissingSheet = (error: unknown): boolean =>
  error instanceof WorkbookError && error.kind === "missing-sheet";

/** A failure in the planner's words: the workbook's own, else the caller's words around the raw message. */
export function failureText(error: unknown, lang: Lang, otherwise: (detail: string) => string): string {
  if (error instanceof WorkbookError) return error.text[lang];
  return otherwise(error instanceof Error ? error.message : String(error));
}
