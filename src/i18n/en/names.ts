import type { CategoryKey, PlanNameKey, ScenarioKey } from "../keys";

/**
 * What the product names things it defines: the seven cost categories (which a budget sheet's Category
 * column holds, and a sheet is read back by, in either language), the three scenarios, and the default
 * names of plans taken without one.
 */
export interface Names {
  categories: Record<CategoryKey, string>;
  scenarios: Record<ScenarioKey, string>;
  plans: Record<PlanNameKey, string>;
}

export const names: Names = {
  categories: {
    benefit: "Benefit cost",
    promotion: "Promotion cost",
    system: "System development",
    labor: "Labor cost",
    fulfillment: "Fulfillment cost",
    admin: "Administrative cost",
    contingency: "Contingency reserve",
  },
  scenarios: { conservative: "Conservative", base: "Base", optimistic: "Optimistic" },
  plans: { conservative: "Conservative", standard: "Standard", aggressive: "Aggressive", optimised: "Optimized" },
};
