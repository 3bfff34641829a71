import type { Text } from "../i18n";

/**
 * The Excel error a bad input maps to. "value" (#VALUE!) is an input the planner must fix: Excel shows
 * its message. "num" (#NUM!: a value no one types, a result too large for a cell) and "div0" (#DIV/0!)
 * need no advice, and Excel shows no message with them; other hosts (the pane, the command line) still do.
 */
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
    // Compiled to ES5 (the ribbon command, the custom functions), Error resets the prototype: instanceof needs it back.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "BudgetInputError";
  }
}
