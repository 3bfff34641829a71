/**
 * What the health check finds in a budget, one sentence or two per finding. Figures arrive formatted
 * (¥1,200, 30.0%, 0.85); a budget line arrives as its label (`line`), a category as its name.
 */
export interface FindingTexts {
  /** A budget line named in a finding: its item, quoted. */
  line: (item: string) => string;
  /** A category's share outside its recommended range, then the advice that brings it back. */
  share: (category: string, share: string, low: boolean, range: string, advice: string) => string;
  /** Advice on a share, built into `share` after its colon. */
  shareAdvice: {
    noFix: string;
    reserveRate: (rate: string, direction: "add" | "cut", amount: string) => string;
    add: (amount: string, bound: string) => string;
    cut: (amount: string, bound: string) => string;
  };
  fulfillmentMissing: string;
  /** A line given as a lump sum: the line, then why (one of `lumpSumWhy`). */
  lumpSum: (line: string, why: string) => string;
  lumpSumWhy: { typedBudget: string; noBasis: string };
  contingencyMissing: (min: string) => string;
  marginMissing: string;
  roiBelowOne: (roi: string, breakEvenRevenue: string) => string;
  overCap: (total: string, cap: string, over: string) => string;
  overspend: (line: string, over: string, actual: string, budget: string) => string;
  executionRate: (spent: string, rate: string, withActual: number, lines: number) => string;
  /** Between the names of a list: the line categories, the rows left out. */
  listSeparator: string;
  /** A cell that cannot be used: its address, its column or field, its content. */
  cellError: (cell: string, field: string, value: string) => string;
  cellCategory: (cell: string, field: string, value: string, categories: string) => string;
  cellText: (cell: string, field: string, value: string) => string;
  cellLarge: (cell: string, field: string, value: string) => string;
  /** An input outside what it may hold: the input in words (below), its value as typed, the advice. */
  outOfRange: (what: string, shown: string, advice: string) => string;
  /** Built into `outOfRange` after its colon, by what the input holds. */
  rangeAdvice: Record<"rate" | "stage-rate" | "count" | "money", string>;
  inputs: {
    lineField: (line: string, field: "quantity" | "unitCost" | "times" | "actual") => string;
    minShare: (category: string) => string;
    maxShare: (category: string) => string;
    reserveRate: string;
    grossMargin: string;
    cap: string;
    revenueTarget: string;
    targetDeals: string;
    averageOrderValue: string;
    stageRate: (stage: string) => string;
  };
  /** The first few entries of a list, then how many more of `total`. */
  listed: (shown: string, total: number, more: number) => string;
  /** The sheet's own total shows an error and no line is left out. */
  totalError: (error: string) => string;
  excludedRow: (cell: string, item: string, value: string) => string;
  /** The lead of `excluded`: the sheet's total is an error, or merely short. */
  excludedLead: { cannotTotal: string; leavesOut: string };
  excluded: (lead: string, lines: number, rows: string) => string;
  /** A line whose saved Budget is not its inputs' product: its cell (or ""), label, figures. */
  staleRow: (cell: string, line: string, saved: string, product: string) => string;
  recalculation: (lines: number, rows: string) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const FIELDS = { quantity: "Quantity", unitCost: "Unit cost", times: "Times", actual: "Actual" } as const;

export const findings: FindingTexts = {
  line: (item) => `"${item}"`,
  share: (category, share, low, range, advice) =>
    `${category} is ${share} of the total, ${low ? "below" : "above"} its range ${range}: ${advice}.`,
  shareAdvice: {
    noFix: "no change to this category alone brings it into range: check the range",
    reserveRate: (rate, direction, amount) => `set the reserve rate to ${rate} (${direction} ${amount})`,
    add: (amount, bound) => `add ${amount} to reach ${bound} (the total and the reserve grow with it)`,
    cut: (amount, bound) => `cut or move ${amount} to come down to ${bound}`,
  },
  fulfillmentMissing:
    "There is no fulfillment cost: every deal must be delivered (parts, materials, labor); leaving it out makes ROI look good while the campaign loses money. Add deals × unit delivery cost.",
  lumpSum: (line, why) => `${line} is a lump sum: ${why}. Break it into quantity × unit cost and state the basis.`,
  lumpSumWhy: {
    typedBudget: "its Budget is a typed number in place of the Quantity × Unit cost × Times formula",
    noBasis: "its quantity or unit cost is blank",
  },
  contingencyMissing: (min) =>
    `There is no contingency reserve: surprises happen; set aside at least ${min} of the other six categories.`,
  marginMissing:
    "The gross margin is missing: ROI must be computed on gross profit (revenue × margin ÷ cost); revenue alone misleads.",
  roiBelowOne: (roi, breakEvenRevenue) =>
    `ROI on gross profit is ${roi}, below 1: the campaign loses money. Revenue must reach ${breakEvenRevenue} to break even, or costs must come down.`,
  overCap: (total, cap, over) => `The total ${total} is over the cap of ${cap} by ${over}.`,
  overspend: (line, over, actual, budget) =>
    `${line} is overspent by ${over}: actual ${actual} against a budget of ${budget}. Explain the variance or draw on the reserve.`,
  executionRate: (spent, rate, withActual, lines) =>
    `${spent} spent so far, ${rate} of the total (${withActual} of ${lines} lines have actuals).`,
  listSeparator: ", ",
  cellError: (cell, field, value) =>
    `${cell} (${field}) holds the error ${value}: fix its formula or input, or the totals cannot be trusted.`,
  cellCategory: (cell, field, value, categories) =>
    `${cell} (${field}) "${value}" is not a line category, so the line counts in no subtotal: choose one of ${categories}.`,
  cellText: (cell, field, value) =>
    `${cell} (${field}) should be a number but holds the text "${value}": enter a number.`,
  cellLarge: (cell, field, value) =>
    `${cell} (${field}) holds "${value}", not a number a budget can hold (it must be below 10^15): check for a stray exponent or extra digits.`,
  outOfRange: (what, shown, advice) => `${what} is ${shown}: ${advice}.`,
  rangeAdvice: {
    rate: "outside 0%–100%; write a rate such as 8% or 0.08",
    "stage-rate": "a stage rate is the share of the stage above that gets this far, above 0% and at most 100%",
    count: "it cannot be negative; enter 0 or more",
    money: "it cannot be negative; enter 0 or more",
  },
  inputs: {
    lineField: (line, field) => `The ${FIELDS[field]} of ${line}`,
    minShare: (category) => `The minimum share of ${category}`,
    maxShare: (category) => `The maximum share of ${category}`,
    reserveRate: "The reserve rate",
    grossMargin: "The gross margin",
    cap: "The budget cap",
    revenueTarget: "The revenue target",
    targetDeals: "Target deals",
    averageOrderValue: "The average order value",
    stageRate: (stage) => `The rate of stage "${stage}"`,
  },
  listed: (shown, _total, more) => shown + (more > 0 ? ` and ${more} more` : ""),
  totalError: (error) =>
    `The sheet cannot total: its total shows ${error} because a cell it uses cannot be read. The figures here count only the cells that can be read; fix the cells reported below.`,
  excludedRow: (cell, item, value) => `${cell} "${item}": ${value}`,
  excludedLead: { cannotTotal: "The sheet cannot total", leavesOut: "The total leaves lines out" },
  excluded: (lead, lines, rows) =>
    `${lead}: the Budget of ${plural(lines, "line", "lines")} cannot be read (${rows}). The total, subtotals and shares here leave out ${lines === 1 ? "that line" : `those ${lines} lines`}; fix the cells reported below.`,
  staleRow: (cell, line, saved, product) =>
    `${cell ? `${cell} ` : ""}${line}: ${saved} shown, ${product} by its inputs`,
  recalculation: (lines, rows) =>
    `The file needs recalculation: the Budget of ${plural(lines, "line", "lines")} is not Quantity × Unit cost × Times (${rows}). The figures here are the saved ones; recalculate (F9 in Excel), save, then check again.`,
};
