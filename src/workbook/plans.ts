import type { Lang } from "../i18n";
import { deletePlan, renamePlan, takePlan, type BudgetPlan } from "../model/plans";
import { readBudgetSheet } from "../sheet/readBudgetSheet";
import type { SheetSnapshot } from "../sheet/snapshot";
import type { BudgetWorkbook, PlanSnapshots } from "./budgetWorkbook";
import { inSession } from "./inSession";
import type { Session } from "./insertBudget";
import { plansReadFailed, unreadableBudget, workbookProtected } from "./messages";
import { changedPlans, planNamed, renumbered } from "./planChanges";
import { WorkbookError } from "./workbookError";

/** What a change of a budget's plans starts from: the budget sheet and the plans kept for it. */
export interface PlansState {
  snapshot: SheetSnapshot;
  /** The budget sheet's language, by its table's headers. */
  lang: Lang;
  /** Null when no sheet keeps plans of this budget. */
  plansSheet: { sheetName: string; plans: BudgetPlan[] } | null;
  structureProtected: boolean;
}

/** What an adapter does for plans, within one session with its workbook. */
export interface PlansTarget<State extends PlansState> {
  /** Reads the budget sheet (by name or id) and its plans; a WorkbookError when it cannot. */
  read(budgetSheet: string): Promise<State>;
  /**
   * Rewrites the plans sheet with the plans as they now are (added under a free name when there is
   * none, deleted with the last plan) and returns its name; after a failure, takes away what it built.
   */
  write(state: State, plans: readonly BudgetPlan[]): Promise<string | null>;
}

/** The plans after a change; a model refusal (a fifth plan, a name in use) throws BudgetInputError. */
type PlansChange<State> = (state: State, plans: readonly BudgetPlan[]) => BudgetPlan[];

/** One change: one read of the budget sheet and its plans, one write of the plans sheet. */
function changePlans<State extends PlansState>(
  session: Session<PlansTarget<State>>,
  budgetSheet: string,
  change: PlansChange<State>,
): Promise<PlanSnapshots> {
  return inSession(
    session,
    async (target) => {
      const state = await target.read(budgetSheet);
      if (state.structureProtected) throw new WorkbookError("protected", workbookProtected("plans"));
      const plans = changedPlans(() => change(state, state.plansSheet?.plans ?? []));
      const sheetName = await target.write(state, plans);
      return { sheetName, plans: renumbered(plans) };
    },
    plansReadFailed,
  );
}

/**
 * The plans of the port, written once for every adapter: read, take (the budget sheet as it now is, as
 * one more plan), rename and delete. The budget sheet is only read.
 */
export function budgetPlans<State extends PlansState>(session: Session<PlansTarget<State>>): BudgetWorkbook["plans"] {
  return {
    read: (budgetSheet) =>
      inSession(
        session,
        async (target) => {
          const { plansSheet } = await target.read(budgetSheet);
          return { sheetName: plansSheet?.sheetName ?? null, plans: plansSheet?.plans ?? [] };
        },
        plansReadFailed,
      ),
    take: (budgetSheet, planName) =>
      changePlans(session, budgetSheet, (state, plans) => {
        const checked = readBudgetSheet(state.snapshot);
        if (checked.issues.length > 0)
          throw new WorkbookError("refused", unreadableBudget(state.snapshot.sheetName, checked.issues));
        return takePlan(plans, checked.budget, state.lang, planName);
      }),
    rename: (budgetSheet, planName, newName) =>
      changePlans(session, budgetSheet, (_, plans) => renamePlan(plans, planNamed(plans, planName).id, newName)),
    delete: (budgetSheet, planName) =>
      changePlans(session, budgetSheet, (_, plans) => deletePlan(plans, planNamed(plans, planName).id)),
  };
}
