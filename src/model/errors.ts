import type { Text } from "../i18n";

/** The Excel error a bad input maps to: #VALUE!, #NUM! or #DIV/0!. */
export type InputErrorKind = "value" | "num" | "div0";

/**
 * A domain input that cannot give a meaningful figure. The text says what to fix in the planner's
 * terms, in both languages; custom functions turn `kind` into the matching Excel error.
 */
export class BudgetInputError extends Error {
  constructor(
    readonly kind: InputErrorKind,
    readonly text: Text,
  ) {
    super(text.en);
    this.name = "BudgetInputError";
  }
}
