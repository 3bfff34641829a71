import type { Budget } from "../../model/budget";
import type { BudgetPlan } from "../../model/plans";
import { buildCompanionPlans } from "../../sheet/buildCompanionPlans";
import type { SheetPlan } from "../../sheet/plan";
import { writeWorkbookToXlsx } from "./writePlanToXlsx";

/**
 * The exported workbook: the budget sheet alone, or for a funnel budget also its scenarios sheet and,
 * with plans, the plans compared.
 */
export async function writeBudgetWorkbook(
  budget: Budget,
  plan: SheetPlan,
  plans: readonly BudgetPlan[],
): Promise<Buffer> {
  return writeWorkbookToXlsx(plan, buildCompanionPlans(budget, plan, plans, { lang: plan.lang }));
}
