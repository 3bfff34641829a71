import type { Budget } from "../../model/budget";
import type { Phasing } from "../../model/phasing";
import type { BudgetPlan } from "../../model/plans";
import { buildCompanionPlans } from "../../sheet/buildCompanionPlans";
import type { SheetPlan } from "../../sheet/plan";
import { writeWorkbookToXlsx } from "./writePlanToXlsx";

/**
 * The exported workbook: the budget sheet alone, or for a funnel budget also its scenarios sheet and,
 * with plans, the plans compared; for a budget spread over time, also its phasing sheet and execution report.
 */
export async function writeBudgetWorkbook(
  budget: Budget,
  plan: SheetPlan,
  plans: readonly BudgetPlan[],
  phasing?: Phasing,
): Promise<Buffer> {
  return writeWorkbookToXlsx(plan, buildCompanionPlans(budget, plan, plans, { lang: plan.lang, phasing }));
}
