/**
 * The BUDGET functions' descriptions as Excel's Insert Function dialog shows them. The English ones are
 * the JSDoc of src/functions/functions.ts, from which functions.json is generated (a test keeps the two
 * the same); the Chinese ones make functions.zh-CN.json at build time (src/functions/localization.ts).
 */

/** A function's description and each parameter's, by the parameter's name in functions.json. */
export interface FunctionText {
  description: string;
  parameters: Record<string, string>;
}

export type FunctionId = "FUNNEL" | "FUNNEL.FORWARD" | "ROI" | "BREAKEVEN" | "CONTINGENCY" | "CAC";

export type FunctionDescriptions = Record<FunctionId, FunctionText>;

export const functionDescriptions: FunctionDescriptions = {
  FUNNEL: {
    description:
      "People needed at each funnel stage to reach a target: a column from the top of the funnel down to the target.",
    parameters: {
      target: "Deals (or any last-stage count) to reach, e.g. 2000.",
      rates: "Stage conversion rates, top of the funnel first, as one row or one column, e.g. 85%, 12%, 28%, 65%, 90%.",
      rounding: '"up" (default: whole people, at least enough), "none" or "nearest".',
    },
  },
  "FUNNEL.FORWARD": {
    description: "People reached at each funnel stage from a pool: a column from the pool down to the last stage.",
    parameters: {
      pool: "People at the top of the funnel, e.g. 120000.",
      rates: "Stage conversion rates, top of the funnel first, as one row or one column, e.g. 85%, 12%, 28%, 65%, 90%.",
      rounding: '"down" (default: whole people actually reached), "none" or "nearest".',
    },
  },
  ROI: {
    description: "ROI on gross profit: revenue × gross margin ÷ cost (1 means the campaign pays for itself).",
    parameters: {
      revenue: "Revenue the campaign brings, e.g. 700000.",
      grossMargin: "Gross margin on that revenue, e.g. 40%.",
      cost: "What the campaign costs, e.g. 1300000.",
    },
  },
  BREAKEVEN: {
    description: "Revenue at which ROI on gross profit is 1: cost ÷ gross margin.",
    parameters: {
      cost: "What the campaign costs, e.g. 1300000.",
      grossMargin: "Gross margin on revenue, e.g. 40%.",
    },
  },
  CONTINGENCY: {
    description: "Contingency reserve: the sum of the budget amounts × a rate (8% by default).",
    parameters: {
      amounts: "The other categories' amounts: a number or a range; blank cells count as nothing.",
      rate: "Reserve rate, 8% when omitted; usually 5% to 10%.",
    },
  },
  CAC: {
    description: "Customer acquisition cost: acquisition spend ÷ new customers.",
    parameters: {
      spend: "Acquisition spend, e.g. 500000.",
      newCustomers: "New customers won with it, e.g. 25000.",
    },
  },
};
