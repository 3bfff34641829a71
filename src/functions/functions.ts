import { associateOnce } from "./association";
import { acquisitionCost, breakEven, contingency, forwardFunnelColumn, funnelColumn, roi } from "./budgetFormulas";
import { displayLang } from "../excel/officeEnvironment";
import { forExcel, useMessageLanguage } from "./excelErrors";

/*
 * The BUDGET custom functions. Ids and parameter lists are frozen: Excel caches the metadata generated
 * from these declarations (test/fixtures/functions.golden.json records them).
 *
 * Every parameter is typed `any`: Excel coerces or refuses a `number` or `string` parameter before the
 * function runs (a blank cell becomes 0, text gives a bare #VALUE!), so the planner would never see what
 * to fix. Typed `any`, each value reaches arguments.ts as the cell holds it and gets a #VALUE! saying
 * what is wrong.
 */

// Messages in Office's display language (Chinese for any zh locale, English otherwise).
useMessageLanguage(displayLang);

/**
 * People needed at each funnel stage to reach a target: a column from the top of the funnel down to the target.
 * @customfunction FUNNEL FUNNEL
 * @param target Deals (or any last-stage count) to reach, e.g. 2000.
 * @param rates Stage conversion rates, top of the funnel first, as one row or one column, e.g. 85%, 12%, 28%, 65%, 90%.
 * @param [rounding] "up" (default: whole people, at least enough), "none" or "nearest".
 * @returns One count per stage, top first, ending with the target.
 */
export function funnel(target: any, rates: any[][], rounding?: any): number[][] {
  return forExcel(() => funnelColumn(target, rates, rounding));
}

/**
 * People reached at each funnel stage from a pool: a column from the pool down to the last stage.
 * @customfunction FUNNEL.FORWARD FUNNEL.FORWARD
 * @param pool People at the top of the funnel, e.g. 120000.
 * @param rates Stage conversion rates, top of the funnel first, as one row or one column, e.g. 85%, 12%, 28%, 65%, 90%.
 * @param [rounding] "down" (default: whole people actually reached), "none" or "nearest".
 * @returns One count per stage, starting with the pool.
 */
export function funnelForward(pool: any, rates: any[][], rounding?: any): number[][] {
  return forExcel(() => forwardFunnelColumn(pool, rates, rounding));
}

/**
 * ROI on gross profit: revenue × gross margin ÷ cost (1 means the campaign pays for itself).
 * @customfunction ROI ROI
 * @param revenue Revenue the campaign brings, e.g. 700000.
 * @param grossMargin Gross margin on that revenue, e.g. 40%.
 * @param cost What the campaign costs, e.g. 1300000.
 * @returns Gross profit per unit of cost.
 */
export function returnOnGrossProfit(revenue: any, grossMargin: any, cost: any): number {
  return forExcel(() => roi(revenue, grossMargin, cost));
}

/**
 * Revenue at which ROI on gross profit is 1: cost ÷ gross margin.
 * @customfunction BREAKEVEN BREAKEVEN
 * @param cost What the campaign costs, e.g. 1300000.
 * @param grossMargin Gross margin on revenue, e.g. 40%.
 * @returns The break-even revenue.
 */
export function breakEvenRevenue(cost: any, grossMargin: any): number {
  return forExcel(() => breakEven(cost, grossMargin));
}

/**
 * Contingency reserve: the sum of the budget amounts × a rate (8% by default).
 * @customfunction CONTINGENCY CONTINGENCY
 * @param amounts The other categories' amounts: a number or a range; blank cells count as nothing.
 * @param [rate] Reserve rate, 8% when omitted; usually 5% to 10%.
 * @returns The reserve amount.
 */
export function contingencyReserve(amounts: any[][], rate?: any): number {
  return forExcel(() => contingency(amounts, rate));
}

/**
 * Customer acquisition cost: acquisition spend ÷ new customers.
 * @customfunction CAC CAC
 * @param spend Acquisition spend, e.g. 500000.
 * @param newCustomers New customers won with it, e.g. 25000.
 * @returns Cost per new customer.
 */
export function customerAcquisitionCost(spend: any, newCustomers: any): number {
  return forExcel(() => acquisitionCost(spend, newCustomers));
}

/*
 * Office's registry as this file sees it. When bundling, the metadata plugin appends a
 * `CustomFunctions.associate(id, fn)` line per function above; through `associateOnce` those repeat the
 * calls below harmlessly, so Office gets each id exactly once, with or without the plugin.
 */
const CustomFunctions = { associate: associateOnce };

CustomFunctions.associate("FUNNEL", funnel);
CustomFunctions.associate("FUNNEL.FORWARD", funnelForward);
CustomFunctions.associate("ROI", returnOnGrossProfit);
CustomFunctions.associate("BREAKEVEN", breakEvenRevenue);
CustomFunctions.associate("CONTINGENCY", contingencyReserve);
CustomFunctions.associate("CAC", customerAcquisitionCost);
