/**
 * What the BUDGET functions say about an argument they cannot read, as Excel shows it with #VALUE!. Each
 * message starts with the argument's name.
 */
export interface FunctionMessages {
  /** The arguments as messages name them. */
  labels: {
    target: string;
    pool: string;
    revenue: string;
    grossMargin: string;
    cost: string;
    spend: string;
    newCustomers: string;
    contingencyRate: string;
    rates: string;
    amounts: string;
    amount: string;
    rounding: string;
  };
  /** "Amount 2": one cell of several. */
  amountAt: (position: number) => string;
  /** A value that is not a number: text as typed, TRUE/FALSE or a number as shown, or none of those. */
  notANumberText: (label: string, text: string, example: string) => string;
  notANumberValue: (label: string, shown: string, example: string) => string;
  notANumber: (label: string, example: string) => string;
  blank: (label: string, example: string) => string;
  notSingle: (label: string) => string;
  notRectangular: (label: string) => string;
  ratesNotALine: (rows: number, columns: number) => string;
  rateBlank: (position: number, example: string) => string;
  /** The modes allowed, as a list: "up", "none" or "nearest". */
  modeList: (modes: readonly string[]) => string;
  roundingUnknown: (shown: string, list: string) => string;
  tooLarge: string;
  negativeReserveBase: (total: string) => string;
}

export const functions: FunctionMessages = {
  labels: {
    target: "Target",
    pool: "Pool",
    revenue: "Revenue",
    grossMargin: "Gross margin",
    cost: "Cost",
    spend: "Spend",
    newCustomers: "New customers",
    contingencyRate: "Rate",
    rates: "Rates",
    amounts: "Amounts",
    amount: "Amount",
    rounding: "Rounding",
  },
  amountAt: (position) => `Amount ${position}`,
  notANumberText: (label, text, example) => `${label} is the text "${text}": enter a number, e.g. ${example}`,
  notANumberValue: (label, shown, example) => `${label} is ${shown}: enter a number, e.g. ${example}`,
  notANumber: (label, example) => `${label} is not a number: enter a number, e.g. ${example}`,
  blank: (label, example) => `${label} is blank: enter a number, e.g. ${example}`,
  notSingle: (label) => `${label} must be a single number, not a range`,
  notRectangular: (label) => `${label} must be a rectangular range`,
  ratesNotALine: (rows, columns) =>
    `Rates are ${rows} rows × ${columns} columns: give one row or one column of stage rates`,
  rateBlank: (position, example) => `Rate ${position} is blank: enter the stage's rate, e.g. ${example}`,
  modeList: (modes) => `${modes.slice(0, -1).join(", ")} or ${modes[modes.length - 1]}`,
  roundingUnknown: (shown, list) => `Rounding ${shown} is not known: use ${list}`,
  tooLarge: "The result is too large for a cell: check the inputs' units",
  negativeReserveBase: (total) => `Amounts add up to ${total}: the base of a reserve cannot be negative`,
};
