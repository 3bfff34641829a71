import type { Budget } from "./budget";
import type { Decimal } from "./decimal";
import { budgetTotals, type BudgetTotals } from "./totals";

/** What the goals say about a budget; a figure is null when the inputs it needs are blank or zero. */
export interface BudgetOutcome {
  grossProfit: Decimal | null;
  /** ROI on gross profit over every category. */
  roi: Decimal | null;
  /** ROI on gross profit over campaign spend only (benefit + promotion). */
  directRoi: Decimal | null;
  breakEvenRevenue: Decimal | null;
  /** cap − total: negative when the budget is over the cap. */
  gapToCap: Decimal | null;
}

/** `totals` may be passed when the caller has them already. */
export function budgetOutcome(budget: Budget, totals: BudgetTotals = budgetTotals(budget)): BudgetOutcome {
  const { subtotals, total } = totals;
  const { revenue, grossMargin, cap } = budget.goals;
  const grossProfit = revenue && grossMargin ? revenue.times(grossMargin) : null;
  const directCost = subtotals.benefit.plus(subtotals.promotion);
  return {
    grossProfit,
    roi: grossProfit && !total.isZero() ? grossProfit.dividedBy(total) : null,
    directRoi: grossProfit && !directCost.isZero() ? grossProfit.dividedBy(directCost) : null,
    breakEvenRevenue: grossMargin && !grossMargin.isZero() ? total.dividedBy(grossMargin) : null,
    gapToCap: cap ? cap.minus(total) : null,
  };
}
