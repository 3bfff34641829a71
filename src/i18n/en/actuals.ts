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
  /** The pane's Actuals view and what writing an import into the workbook can fail with. */
  pane: {
    heading: string;
    intro: string;
    chooseFile: string;
    fileLabel: string;
    noBudget: string;
    fileRead: (file: string, rows: number, encoding: string, tab: boolean) => string;
    mappingHeading: string;
    notMapped: string;
    required: string;
    previewHeading: string;
    previewCaption: (shown: number, read: number) => string;
    columns: { line: string; date: string; item: string; amount: string; result: string };
    unreadableAmount: string;
    matchedBy: { code: string; name: string; remembered: string };
    counts: { matched: string; unmatched: string; duplicates: string; amount: string };
    countsNote: string;
    identity: (byReference: number, byContent: number) => string;
    unmatchedHeading: string;
    unmatchedIntro: string;
    assignLabel: (line: number, item: string) => string;
    leaveUnassigned: string;
    moreUnmatched: (rows: number) => string;
    write: (rows: number) => string;
    writing: string;
    nothingToWrite: string;
    written: (rows: number, sheet: string, syncs: number) => string;
    readFailed: (why: string) => string;
    writeFailed: (why: string) => string;
    foreignTable: (sheet: string, table: string) => string;
    protectedWorkbook: string;
    notAvailable: string;
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
    /** A line and period with actuals both typed on the Phasing sheet and imported: the imported ones count. */
    typedAndImported: (line: string, period: string, typed: string, imported: string) => string;
  };
  /**
   * Why the import command could not run. Printed after "actuals: ", so they start in lower case; a
   * wrong argument is followed by the pointer to the help (cliTexts' health.usage).
   */
  command: {
    unknownOption: (option: string) => string;
    unknownCommand: (command: string) => string;
    needsFiles: string;
    unexpectedArgument: (argument: string) => string;
    missingOut: string;
    /** A --columns pair that is not field=header, with the fields it may name. */
    badColumnsPair: (pair: string, fields: readonly string[]) => string;
    columnsNeedFields: string;
    noSuchFile: (path: string) => string;
    folder: (path: string) => string;
    cannotRead: (path: string, reason: string) => string;
    outIsInput: (path: string) => string;
    noBudget: string;
    /** A table named Actuals the import did not write. */
    /** Cells under the Actuals table (where the new rows go) hold something. */
    tableBlocked: (sheet: string, cell: string) => string;
    foreignTable: (sheet: string, table: string) => string;
    /** An error of the actuals file, after its path. */
    inFile: (path: string, message: string) => string;
  };
  /** The forecast at completion's input errors. */
  forecast: {
    currentPeriod: (count: number, current: number) => string;
  };
  /** The health rules over actual and committed spend. */
  health: ActualsHealthStrings;
}

export const actuals: ActualsStrings = {
  errors: {
    zipFile: "this is a zip file (an .xlsx workbook?), not a CSV file: save the sheet as CSV first",
    binaryFile: "this is not a text file nor an .xlsx workbook: export the actuals as CSV (UTF-8 or GBK) or .xlsx",
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
  pane: {
    heading: "Import actual spend",
    intro:
      "Choose a CSV export (UTF-8 or GBK, comma or tab separated). Nothing is written until you choose Write; rows already imported are skipped.",
    chooseFile: "Choose a CSV file",
    fileLabel: "Actuals file",
    noBudget: "Select a budget sheet first: the rows are matched to its lines.",
    fileRead: (file, rows, encoding, tab) =>
      `${file}: ${rows.toLocaleString("en-US")} rows (${encoding}, ${tab ? "tab" : "comma"} separated)`,
    mappingHeading: "Columns",
    notMapped: "(none)",
    required: "Date, amount and item need a column.",
    previewHeading: "First rows",
    previewCaption: (shown, read) => `The first ${shown} of ${read.toLocaleString("en-US")} rows as they will be read`,
    columns: { line: "Line", date: "Date", item: "Item", amount: "Amount", result: "Budget line" },
    unreadableAmount: "Cannot be read",
    matchedBy: { code: "By code", name: "By name", remembered: "As assigned" },
    counts: { matched: "Matched", unmatched: "Unmatched", duplicates: "Already imported", amount: "Matched amount" },
    countsNote: "Nothing has been written yet.",
    identity: (byReference, byContent) =>
      `A row is known by its reference (${byReference} rows) or, without one, by date + amount + description (${byContent} rows).`,
    unmatchedHeading: "Assign unmatched rows",
    unmatchedIntro:
      "Pick the budget line for each row, or leave it for later: it is written without a line and counted once assigned. A line picked here is remembered for the next import.",
    assignLabel: (line, item) => `Budget line for file line ${line}, ${item || "no item"}`,
    leaveUnassigned: "Leave unassigned",
    moreUnmatched: (rows) =>
      `${rows.toLocaleString("en-US")} more unmatched rows are written without a line; assign them on the Actuals sheet.`,
    write: (rows) => `Write ${rows.toLocaleString("en-US")} rows`,
    writing: "Writing…",
    nothingToWrite: "Every row of this file is already in the workbook: nothing to write.",
    written: (rows, sheet, syncs) =>
      `Wrote ${rows.toLocaleString("en-US")} rows to the sheet "${sheet}"${syncs > 1 ? ` in ${syncs} parts` : ""}.`,
    readFailed: (why) => `Could not read the workbook: ${why}`,
    writeFailed: (why) => `Could not write the actuals: ${why}`,
    foreignTable: (sheet, table) =>
      `The sheet "${sheet}" has a table named ${table} that the import did not write: rename it, then import.`,
    protectedWorkbook: "The workbook's structure is protected: unprotect it to add the Actuals sheet.",
    notAvailable: "Importing actuals needs Excel 2021, Microsoft 365 or Excel on the web.",
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
      `Execution report "${sheet}": actual now counts the imported paid rows (a figure typed on the Phasing sheet only where a line has none in the period), with committed and forecast columns; your explanations are kept`,
    reportKept: (sheet) =>
      `Execution report "${sheet}" left as it was: an explanation typed on it belongs to a period or category it no longer has`,
    typedAndImported: (line, period, typed, imported) =>
      `  note: "${line}" in ${period} has ${typed} typed on the Phasing sheet and ${imported} imported as paid; the imported ${imported} counts, the typed figure does not`,
  },
  command: {
    unknownOption: (option) =>
      `unknown option ${option}; options are --out, --mapping, --columns, --json, --force, --lang, --help`,
    unknownCommand: (command) =>
      `unknown command "${command}"; use: npm run actuals -- import budget.xlsx actuals.csv --out out.xlsx`,
    needsFiles: "needs the budget workbook and the actuals CSV file",
    unexpectedArgument: (argument) => `unexpected argument "${argument}"`,
    missingOut: "missing --out <file.xlsx>, the workbook to write",
    badColumnsPair: (pair, fields) => `--columns "${pair}" must read field=header, fields being ${fields.join(", ")}`,
    columnsNeedFields: "--columns needs date, amount and item",
    noSuchFile: (path) => `${path}: no such file`,
    folder: (path) => `${path}: a folder, not a file`,
    cannotRead: (path, reason) => `${path}: cannot be read (${reason})`,
    outIsInput: (path) => `--out must not be an input file (${path}): choose another file name`,
    noBudget: "no budget (no sheet has a BudgetLines table with Category and Budget columns)",
    tableBlocked: (sheet, cell) =>
      `the new rows go under the Actuals table on the sheet "${sheet}", but ${cell} there is not empty: move what is under the table, then import again`,
    foreignTable: (sheet, table) =>
      `sheet "${sheet}" has a table named ${table} that the import did not write: rename it, then import`,
    inFile: (path, message) => `${path}: ${message}`,
  },
  forecast: {
    currentPeriod: (count, current) => `The current period must be a whole number from 0 to ${count}, not ${current}.`,
  },
  health: actualsHealth,
};
