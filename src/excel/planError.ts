import type { Text } from "../model/categories";

/** Why a plan could not be saved, renamed or deleted, in words for the planner, in both languages. */
export class PlanError extends Error {
  constructor(
    readonly text: Text,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    // Compiled to ES5 (the ribbon command, the custom functions), Error resets the prototype: instanceof needs it back.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "PlanError";
  }
}
