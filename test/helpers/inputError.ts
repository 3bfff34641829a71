import { BudgetInputError, dec } from "../../src/model";

/** A Decimal from a literal figure: d("0.4"), d(2000). */
export const d = dec;

/** The BudgetInputError a call throws; the test fails when it throws nothing or any other error. */
export function inputError(call: () => unknown): BudgetInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof BudgetInputError) return error;
    throw error;
  }
  throw new Error("expected a BudgetInputError");
}
