import type { Text } from "../model/categories";

/** Why a budget sheet could not be inserted, in words for the planner, in both languages. */
export class InsertError extends Error {
  constructor(
    readonly text: Text,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = "InsertError";
  }
}
