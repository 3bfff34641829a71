import { DEFAULT_CONTINGENCY_RATE } from "../model/budget";
import type { Decimal } from "../model/decimal";
import { BudgetInputError } from "../model/errors";
import { forwardFunnel, reverseFunnel } from "../model/funnel";
import { breakEvenRevenue, customerAcquisitionCost, roiOnGrossProfit } from "../model/roi";
import { contingencyAmount } from "../model/totals";
import { functionMessages } from "../i18n";
import {
  argumentLabel,
  readAmountsTotal,
  readNumber,
  readOptionalShareRate,
  readRate,
  readRates,
  readRounding,
  toCellNumber,
} from "./arguments";

/**
 * The BUDGET functions on plain cell values, whatever the host: Excel's custom functions and the
 * preview's formula engine both call these. Bad input throws a BudgetInputError.
 */

const TARGET = argumentLabel("target");
const POOL = argumentLabel("pool");
const REVENUE = argumentLabel("revenue");
const GROSS_MARGIN = argumentLabel("grossMargin");
const COST = argumentLabel("cost");
const SPEND = argumentLabel("spend");
const NEW_CUSTOMERS = argumentLabel("newCustomers");
const CONTINGENCY_RATE = argumentLabel("contingencyRate");

/** The first mode of each list is the default. */
export const REVERSE_FUNNEL_ROUNDINGS = ["up", "none", "nearest"] as const;
export const FORWARD_FUNNEL_ROUNDINGS = ["down", "none", "nearest"] as const;

/** A column of counts, as a spilling cell wants it. */
function column(values: readonly Decimal[]): number[][] {
  return values.map((value) => [toCellNumber(value)]);
}

/** BUDGET.FUNNEL: the people needed at each stage, top of the funnel first, ending with the target. */
export function funnelColumn(target: unknown, rates: unknown, rounding?: unknown): number[][] {
  const mode = readRounding(rounding, REVERSE_FUNNEL_ROUNDINGS);
  return column(reverseFunnel(readNumber(target, TARGET, "2000"), readRates(rates), mode));
}

/** BUDGET.FUNNEL.FORWARD: the people reached at each stage from a pool, starting with the pool. */
export function forwardFunnelColumn(pool: unknown, rates: unknown, rounding?: unknown): number[][] {
  const mode = readRounding(rounding, FORWARD_FUNNEL_ROUNDINGS);
  return column(forwardFunnel(readNumber(pool, POOL, "120000"), readRates(rates), mode));
}

/** BUDGET.ROI: revenue × gross margin ÷ cost. */
export function roi(revenue: unknown, grossMargin: unknown, cost: unknown): number {
  return toCellNumber(
    roiOnGrossProfit(
      readNumber(revenue, REVENUE, "700000"),
      readRate(grossMargin, GROSS_MARGIN, "40%"),
      readNumber(cost, COST, "1300000"),
    ),
  );
}

/** BUDGET.BREAKEVEN: cost ÷ gross margin. */
export function breakEven(cost: unknown, grossMargin: unknown): number {
  return toCellNumber(breakEvenRevenue(readNumber(cost, COST, "1300000"), readRate(grossMargin, GROSS_MARGIN, "40%")));
}

/** BUDGET.CONTINGENCY: the amounts' sum × rate (8% when omitted). */
export function contingency(amounts: unknown, rate?: unknown): number {
  const base = readAmountsTotal(amounts);
  if (base.isNegative()) {
    throw new BudgetInputError(
      "value",
      functionMessages.both((words) => words.negativeReserveBase(base.toString())),
    );
  }
  const share = readOptionalShareRate(rate, CONTINGENCY_RATE, "8%", DEFAULT_CONTINGENCY_RATE);
  return toCellNumber(contingencyAmount(base, share));
}

/** BUDGET.CAC: spend ÷ new customers. */
export function acquisitionCost(spend: unknown, newCustomers: unknown): number {
  return toCellNumber(
    customerAcquisitionCost(readNumber(spend, SPEND, "500000"), readNumber(newCustomers, NEW_CUSTOMERS, "25000")),
  );
}
