import type { Budget } from "../model/budget";
import type { BudgetPlan } from "../model/plans";
import { buildPlansComparisonPlan } from "./buildPlansComparisonPlan";
import { buildScenarioPlan } from "./buildScenarioPlan";
import type { PlainSheetPlan, SheetPlan } from "./plan";
import type { Lang } from "../i18n";

export interface CompanionOptions {
  lang: Lang;
  /** Free sheet names from the Excel layer; the languages' base names by default. */
  scenarioSheetName?: string;
  plansSheetName?: string;
}

/**
 * The sheets that go with a budget sheet: for a funnel budget, its scenarios, and the plans compared
 * when there are any. A budget without a funnel has none. `budgetPlan` is the budget's own sheet plan,
 * whose cells the scenarios refer to.
 */
export function buildCompanionPlans(
  budget: Budget,
  budgetPlan: SheetPlan,
  plans: readonly BudgetPlan[],
  options: CompanionOptions,
): PlainSheetPlan[] {
  if (!budget.funnel) return [];
  const { lang } = options;
  const scenarios = buildScenarioPlan(budget, budgetPlan, { lang, sheetName: options.scenarioSheetName });
  if (plans.length === 0) return [scenarios];
  return [scenarios, buildPlansComparisonPlan(plans, { lang, sheetName: options.plansSheetName })];
}
