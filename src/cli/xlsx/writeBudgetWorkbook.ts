import type { Budget } from "../../model/budget";
import type { BudgetPlan } from "../../model/plans";
import { buildCompanionPlans } from "../../sheet/buildCompanionPlans";
import type { SheetPlan } from "../../sheet/plan";
import { writePlanToXlsx } from "./writePlanToXlsx";
import { writeWorkbookToXlsx } from "./writeWorkbookToXlsx";

/**
 * The exported workbook: the budget sheet alone, or for a funnel budget also its scenarios sheet and,
 * with plans, the plans compared.
 */
export async function writeBudgetWorkbook(
  budget: Budget,
  plan: SheetPlan,
  plans: readonly BudgetPlan[],
): Promise<Buffer> {
  const companions = buildCompanionPlans(budget, plan, plans, { lang: plan.lang });
  return companions.length === 0 ? writePlanToXlsx(plan) : writeWorkbookToXlsx(plan, companions);
}
