import { Decimal } from "./decimal";
import { BudgetInputError } from "./errors";
import { requireRate } from "./rates";
import { inputMessages, type InputMessages } from "../i18n";

function requireNonNegative(value: Decimal, what: keyof InputMessages["labels"]): void {
  if (value.isNegative()) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.negative(words.labels[what], value.toString())),
    );
  }
}

function requireMargin(margin: Decimal): void {
  if (margin.isZero()) {
    throw new BudgetInputError(
      "div0",
      inputMessages.both((words) => words.zeroMargin),
    );
  }
  requireRate(
    margin,
    inputMessages.both((words) => words.labels.grossMargin),
    "share",
  );
}

/** ROI on gross profit = revenue × gross margin ÷ cost (1 means the campaign pays for itself). */
export function roiOnGrossProfit(revenue: Decimal, grossMargin: Decimal, cost: Decimal): Decimal {
  requireNonNegative(revenue, "revenue");
  requireNonNegative(cost, "cost");
  if (grossMargin.isNegative() || grossMargin.greaterThan(1)) requireMargin(grossMargin);
  if (cost.isZero()) {
    throw new BudgetInputError(
      "div0",
      inputMessages.both((words) => words.zeroCost),
    );
  }
  return revenue.times(grossMargin).dividedBy(cost);
}

/** Revenue at which ROI on gross profit is exactly 1: cost ÷ gross margin. */
export function breakEvenRevenue(cost: Decimal, grossMargin: Decimal): Decimal {
  requireNonNegative(cost, "cost");
  requireMargin(grossMargin);
  return cost.dividedBy(grossMargin);
}

/** Customer acquisition cost: acquisition spend ÷ new customers. */
export function customerAcquisitionCost(spend: Decimal, newCustomers: Decimal): Decimal {
  requireNonNegative(spend, "spend");
  requireNonNegative(newCustomers, "newCustomers");
  if (newCustomers.isZero()) {
    throw new BudgetInputError(
      "div0",
      inputMessages.both((words) => words.zeroNewCustomers),
    );
  }
  return spend.dividedBy(newCustomers);
}
