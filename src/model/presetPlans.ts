import { Decimal } from "./decimal";
import { withTargetDeals } from "./funnelPlan";
import { PLAN_NAMES, takePlan, type BudgetPlan } from "./plans";
import { presetBudget, presetById, type PresetId } from "./presets";
import type { Lang } from "../i18n";

/** A preset's alternative plans, in its order; none for a preset without plans. */
export function presetPlans(id: PresetId, lang: Lang): BudgetPlan[] {
  const budget = presetBudget(id, lang);
  let plans: BudgetPlan[] = [];
  for (const variant of presetById(id).plans ?? []) {
    const aimed = withTargetDeals(
      variant.averageOrderValue && budget.funnel
        ? { ...budget, funnel: { ...budget.funnel, averageOrderValue: new Decimal(variant.averageOrderValue) } }
        : budget,
      new Decimal(variant.targetDeals),
    );
    plans = takePlan(plans, aimed, lang, PLAN_NAMES[variant.key][lang]);
  }
  return plans;
}
