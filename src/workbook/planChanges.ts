import { BudgetInputError } from "../model/errors";
import type { BudgetPlan } from "../model/plans";
import { noSuchPlan } from "./messages";
import { WorkbookError } from "./workbookError";

const normalised = (name: string) => name.normalize("NFKC").trim().toLowerCase();

/** The plan of that name, as the model compares names: trimmed, any case, full- or half-width. */
export function planNamed(plans: readonly BudgetPlan[], name: string): BudgetPlan {
  const plan = plans.find((candidate) => normalised(candidate.name) === normalised(name));
  if (!plan) throw new WorkbookError("refused", noSuchPlan(name.trim()));
  return plan;
}

/** The ids the plans get when read back: plan-1, plan-2… in their order. */
export function renumbered(plans: readonly BudgetPlan[]): BudgetPlan[] {
  return plans.map((plan, index) => Object.freeze({ ...plan, id: `plan-${index + 1}` }));
}

/** Runs a change of the model's; its refusals (a fifth plan, a name in use) become WorkbookErrors. */
export function changedPlans(change: () => BudgetPlan[]): BudgetPlan[] {
  try {
    return change();
  } catch (error) {
    if (error instanceof BudgetInputError) throw new WorkbookError("refused", error.text, { cause: error });
    throw error;
  }
}
