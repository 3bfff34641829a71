import { formatCount, formatMoney, formatRatio, planFigures, type BudgetPlan, type Decimal } from "../model";

/** The figures a saved plan shows, in the order shown. */
export type PlanFigureKey = "total" | "deals" | "revenue" | "grossProfit" | "roi";

export const PLAN_FIGURE_KEYS: readonly PlanFigureKey[] = ["total", "deals", "revenue", "grossProfit", "roi"];

export interface PlanRow {
  name: string;
  /** Formatted; "—" where the plan has no such figure (no funnel, no margin). */
  figures: Record<PlanFigureKey, string>;
}

const orNone = (value: Decimal | null, format: (value: Decimal) => string) => (value === null ? "—" : format(value));

/** Each plan's name and figures as the pane lists them. */
export function planRows(plans: readonly BudgetPlan[]): PlanRow[] {
  return plans.map((plan) => {
    const figures = planFigures(plan);
    return {
      name: plan.name,
      figures: {
        total: formatMoney(figures.total),
        deals: orNone(figures.deals, formatCount),
        revenue: orNone(figures.revenue, formatMoney),
        grossProfit: orNone(figures.grossProfit, formatMoney),
        roi: orNone(figures.roi, formatRatio),
      },
    };
  });
}
