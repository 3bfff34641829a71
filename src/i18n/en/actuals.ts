import type { ActualsHealthStrings } from "./actualsHealth";
import { actualsHealth } from "./actualsHealth";

/** What an actuals file's columns may hold. */
export type ActualField = "date" | "amount" | "item" | "reference" | "owner" | "status";
/** Paid (or booked) spend, or committed spend (预算占用: a PO, a signed contract). */
export type ActualStatus = "paid" | "committed";
/** Why an imported row was not matched to a budget line. */
export type UnmatchedReason = "noLine" | "ambiguousLine" | "badAmount" | "badDate" | "unknownStatus";

/** The actuals import: what reading a file can fail with, the Actuals sheet's labels and the summary. */
export interface ActualsStrings {
  errors: {
    zipFile: string;
    binaryFile: string;
    badEncoding: string;
    unclosedQuote: (line: number) => string;
    empty: string;
    noHeader: string;
    mappedColumnMissing: (field: string, header: string) => string;
  };
  fields: Record<ActualField, string>;
  statuses: Record<ActualStatus, string>;
  reasons: Record<UnmatchedReason, string>;
  sheet: {
    sheetName: string;
    title: string;
    note: string;
    headers: {
      date: string;
      period: string;
      line: string;
      amount: string;
      status: string;
      source: string;
      reference: string;
      description: string;
      owner: string;
    };
    byLineTitle: string;
    byLineHeaders: {
      category: string;
      line: string;
      plan: string;
      actual: string;
      committed: string;
      available: string;
      forecast: string;
    };
    totals: {
      actual: string;
      committed: string;
      forecast: string;
      baseline: string;
      variance: string;
      unmatched: string;
      /** The baseline row's label once the budget has been approved. */
      approvedBaseline: string;
      /** The variance row's label once the budget has been approved. */
      varianceToBaseline: string;
    };
    reserve: string;
    /** The block of each line's plan still to come per period, when the workbook has a Phasing sheet. */
    remainingTitle: string;
    comments: {
      actual: string;
      committed: string;
      forecast: string;
      variance: string;
      varianceToBaseline: string;
    };
  };
  summary: {
    read: (file: string, rows: number, encoding: string, tab: boolean) => string;
    matched: (rows: number, amount: string, paid: string, committed: string) => string;
    unmatched: (rows: number) => string;
    duplicates: (rows: number) => string;
    identity: (byReference: number, byContent: number) => string;
    unmatchedRow: (line: number, description: string, amount: string, reason: string) => string;
    wrote: (file: string, sheet: string) => string;
    /** The execution report rewritten to add the imported spend. */
    report: (sheet: string) => string;
    /** The execution report left as it was: an explanation typed on it has no row in the new one. */
    reportKept: (sheet: string) => string;
    /** A line and period with actuals both typed on the Phasing sheet and imported: the report adds both. */
    typedAndImported: (line: string, period: string, typed: string, imported: string) => string;
  };
  /** The health rules over actual and committed spend. */
  health: ActualsHealthStrings;
}

export const actuals: ActualsStrings = {
  errors: {
    zipFile: "this is a zip file (an .xlsx workbook?), not a CSV file: save the sheet as CSV first",
    binaryFile: "this is not a text file: export the actuals as CSV (UTF-8 or GBK)",
    badEncoding: "the file is neither UTF-8 nor GBK/GB18030 text: save it as CSV in UTF-8",
    unclosedQuote: (line) => `a quoted field opened on line ${line} is never closed`,
    empty: "the file holds no rows",
    noHeader:
      "no header row names a date, an amount and an item column (日期/date, 金额/amount, 明细项/item): map the columns",
    mappedColumnMissing: (field, header) => `the ${field} column "${header}" of the mapping is not in the file`,
  },
  fields: {
    date: "date",
    amount: "amount",
    item: "item",
    reference: "reference",
    owner: "owner",
    status: "status",
  },
  statuses: { paid: "Paid", committed: "Committed" },
  reasons: {
    noLine: "no budget line of this name",
    ambiguousLine: "more than one budget line has this name",
    badAmount: "the amount cannot be read",
    badDate: "the date cannot be read",
    unknownStatus: "the status is neither paid nor committed",
  },
  sheet: {
    sheetName: "Actuals",
    title: "Actual and committed spend",
    note: "One row per imported row. A row with no Line is not counted yet: type the budget line's item into Line to assign it. Edit or delete rows freely; the figures below sum this table.",
    headers: {
      date: "Date",
      period: "Period",
      line: "Line",
      amount: "Amount",
      status: "Status",
      source: "Source file",
      reference: "Reference",
      description: "Description",
      owner: "Owner",
    },
    byLineTitle: "By budget line",
    byLineHeaders: {
      category: "Category",
      line: "Line",
      plan: "Plan",
      actual: "Actual",
      committed: "Committed",
      available: "Available",
      forecast: "Forecast",
    },
    totals: {
      actual: "Actual (matched)",
      committed: "Committed",
      forecast: "Forecast at completion",
      baseline: "Budget",
      variance: "Forecast − budget",
      unmatched: "Unassigned rows",
      approvedBaseline: "Approved baseline",
      varianceToBaseline: "Forecast − baseline",
    },
    reserve: "Contingency reserve",
    remainingTitle: "Plan still to come, by period (from the Phasing sheet, after its current period)",
    comments: {
      actual: "Paid spend of the rows assigned to a budget line.",
      committed: "Committed spend (POs, signed contracts) of the rows assigned to a budget line.",
      forecast: "Actual + committed + the plan not yet spent, line by line (never less than spent).",
      variance: "Forecast at completion − the budget's total: positive is overspend.",
      varianceToBaseline: "Forecast at completion − the approved baseline's total: positive is overspend.",
    },
  },
  summary: {
    read: (file, rows, encoding, tab) =>
      `Read ${rows} rows from ${file} (${encoding}, ${tab ? "tab" : "comma"} separated)`,
    matched: (rows, amount, paid, committed) =>
      `Matched: ${rows} rows, ${amount} (paid ${paid}, committed ${committed})`,
    unmatched: (rows) => `Unmatched: ${rows} rows, written without a line for you to assign`,
    duplicates: (rows) => `Duplicates skipped: ${rows} rows already imported`,
    identity: (byReference, byContent) =>
      `Identity: the reference for ${byReference} rows, date + amount + description for ${byContent}`,
    unmatchedRow: (line, description, amount, reason) => `  line ${line}: "${description}" ${amount}: ${reason}`,
    wrote: (file, sheet) => `Wrote ${file} (sheet "${sheet}")`,
    report: (sheet) =>
      `Execution report "${sheet}": actual now adds the paid rows to the actuals typed on the Phasing sheet, with committed and forecast columns; your explanations are kept`,
    reportKept: (sheet) =>
      `Execution report "${sheet}" left as it was: an explanation typed on it belongs to a period or category it no longer has`,
    typedAndImported: (line, period, typed, imported) =>
      `  warning: "${line}" in ${period} has ${typed} typed on the Phasing sheet and ${imported} imported as paid; the execution report adds both, so clear the typed figure if it is the same spend`,
  },
  health: actualsHealth,
};
