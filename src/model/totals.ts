import type { Budget, BudgetLine } from "./budget";
import { CATEGORY_KEYS, LINE_CATEGORY_KEYS, type CategoryKey, type ShareRange } from "./categories";
import { Decimal, ONE, ZERO, sum } from "./decimal";

/** quantity × unit cost × times; a blank quantity or unit cost counts as 0, blank times as once. */
export function lineAmount(line: BudgetLine): Decimal {
  if (line.fixedAmount != null) return line.fixedAmount;
  const quantity = line.quantity ?? ZERO;
  const unitCost = line.unitCost ?? ZERO;
  return quantity.times(unitCost).times(line.times ?? ONE);
}

export type CategoryStatus = "low" | "ok" | "high";

export interface BudgetTotals {
  subtotals: Record<CategoryKey, Decimal>;
  /** The six line categories together: the base the contingency rate applies to. */
  base: Decimal;
  contingency: Decimal;
  total: Decimal;
  shares: Record<CategoryKey, Decimal>;
}

export function contingencyAmount(base: Decimal, rate: Decimal): Decimal {
  return base.times(rate);
}

export function categorySubtotals(budget: Budget): Record<CategoryKey, Decimal> {
  const subtotals = Object.fromEntries(CATEGORY_KEYS.map((key) => [key, ZERO])) as Record<CategoryKey, Decimal>;
  for (const line of budget.lines) subtotals[line.category] = subtotals[line.category].plus(lineAmount(line));
  const base = sum(LINE_CATEGORY_KEYS.map((key) => subtotals[key]));
  subtotals.contingency = contingencyAmount(base, budget.contingencyRate);
  return subtotals;
}

/** Each category's share of the total; all zero when the total is zero. */
export function categoryShares(subtotals: Record<CategoryKey, Decimal>): Record<CategoryKey, Decimal> {
  const total = sum(CATEGORY_KEYS.map((key) => subtotals[key]));
  return Object.fromEntries(
    CATEGORY_KEYS.map((key) => [key, total.isZero() ? ZERO : subtotals[key].dividedBy(total)]),
  ) as Record<CategoryKey, Decimal>;
}

export function budgetTotals(budget: Budget): BudgetTotals {
  const subtotals = categorySubtotals(budget);
  const base = sum(LINE_CATEGORY_KEYS.map((key) => subtotals[key]));
  const total = base.plus(subtotals.contingency);
  return { subtotals, base, contingency: subtotals.contingency, total, shares: categoryShares(subtotals) };
}

export function shareStatus(share: Decimal, range: ShareRange): CategoryStatus {
  if (share.lessThan(range.min)) return "low";
  if (share.greaterThan(range.max)) return "high";
  return "ok";
}
