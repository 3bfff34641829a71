import { Decimal } from "./decimal";
import { BudgetInputError } from "./errors";
import { requireRate } from "./rates";

function requireNonNegative(value: Decimal, what: { zh: string; en: string }): void {
  if (value.isNegative()) {
    throw new BudgetInputError("value", {
      en: `${what.en} is ${value.toString()}: it cannot be negative`,
      zh: `${what.zh}为 ${value.toString()}：不能为负数`,
    });
  }
}

const GROSS_MARGIN = { en: "gross margin", zh: "毛利率" };

function requireMargin(margin: Decimal): void {
  if (margin.isZero()) {
    throw new BudgetInputError("div0", {
      en: "gross margin is 0: nothing is earned, so no revenue breaks even",
      zh: "毛利率为 0：收入再多也没有毛利，无法回本",
    });
  }
  requireRate(margin, GROSS_MARGIN, "share");
}

/** ROI on gross profit = revenue × gross margin ÷ cost (1 means the campaign pays for itself). */
export function roiOnGrossProfit(revenue: Decimal, grossMargin: Decimal, cost: Decimal): Decimal {
  requireNonNegative(revenue, { en: "revenue", zh: "收入" });
  requireNonNegative(cost, { en: "cost", zh: "成本" });
  if (grossMargin.isNegative() || grossMargin.greaterThan(1)) requireMargin(grossMargin);
  if (cost.isZero()) {
    throw new BudgetInputError("div0", {
      en: "cost is 0: ROI needs a cost to divide by",
      zh: "成本为 0：ROI 需要非零的成本",
    });
  }
  return revenue.times(grossMargin).dividedBy(cost);
}

/** Revenue at which ROI on gross profit is exactly 1: cost ÷ gross margin. */
export function breakEvenRevenue(cost: Decimal, grossMargin: Decimal): Decimal {
  requireNonNegative(cost, { en: "cost", zh: "成本" });
  requireMargin(grossMargin);
  return cost.dividedBy(grossMargin);
}

/** Customer acquisition cost: acquisition spend ÷ new customers. */
export function customerAcquisitionCost(spend: Decimal, newCustomers: Decimal): Decimal {
  requireNonNegative(spend, { en: "spend", zh: "获客花费" });
  requireNonNegative(newCustomers, { en: "new customers", zh: "新客数" });
  if (newCustomers.isZero()) {
    throw new BudgetInputError("div0", {
      en: "new customers is 0: there is no one to divide the spend over",
      zh: "新客数为 0：无法分摊获客花费",
    });
  }
  return spend.dividedBy(newCustomers);
}
