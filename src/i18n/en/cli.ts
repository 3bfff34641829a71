import type { SeverityKey } from "../keys";

/**
 * The command line's words: the health report, and why a command could not run. A command prints its
 * error after its name and the file ("health: budget.xlsx: no such file."), so errors start in lower case.
 */
export interface CliTexts {
  /** The health command's report for people. */
  report: {
    /** A finding's severity, in the findings' first column. */
    severity: Record<SeverityKey, string>;
    /** How many findings of a severity: "2 errors". */
    severityCount: (severity: SeverityKey, n: number) => string;
    /** Between the counts of severities. */
    separator: string;
    /** Between the names of sheets. */
    sheetSeparator: string;
    heading: (sheet: string, table: string, total: string) => string;
    /** After the total the sheet itself cannot give: the lines left out, or 0 when its own total is an error. */
    excluding: (lines: number) => string;
    others: (sheets: string) => string;
    /** In the total row's status column: the figures above leave lines out. */
    short: (lines: number) => string;
    range: string;
    none: string;
    count: (counts: string, findings: number) => string;
  };
  /** Why the health command could not check a workbook. */
  health: {
    /** A wrong argument, pointing at the help. */
    usage: (message: string) => string;
    needsValue: (option: string) => string;
    unknownOption: (option: string) => string;
    oneWorkbook: (first: string, second: string) => string;
    unknownLanguage: (lang: string) => string;
    /** --stale-days given something other than a whole number of 1 or more. */
    badStaleDays: (value: string) => string;
    missingWorkbook: string;
    noSuchFile: string;
    folder: string;
    cannotRead: (reason: string) => string;
    noBudget: string;
    noSuchSheet: (sheet: string, sheets: string) => string;
    noBudgetTable: (sheet: string) => string;
    uncalculated: (sheet: string) => string;
    notABudget: (reason: string) => string;
  };
  /** Why a command could not write its file. */
  output: {
    cannotWrite: (path: string, reason: string) => string;
    /** Built into `cannotWrite` after its colon. */
    reasons: {
      noFolder: (folder: string) => string;
      notAFolder: string;
      isFolder: (example: string) => string;
      denied: string;
      readOnly: string;
      diskFull: string;
    };
    exists: (path: string) => string;
    symbolicLink: (path: string, target: string) => string;
    notAFile: (path: string) => string;
    extension: (path: string, extension: string, suggestion: string) => string;
  };
  /** Why a file is not a workbook the health check can read: one sentence for each kind of file or damage. */
  unreadable: {
    empty: string;
    notZip: string;
    damagedZip: string;
    encrypted: string;
    xls: string;
    otherOffice: string;
    xlsb: string;
    ods: string;
    noWorkbookPart: string;
  };
  /** A part of the zip the check needs is missing, cannot be unpacked, or is not well-formed XML. */
  damagedPart: (part: string, line?: number) => string;
}

const lines = (n: number) => `${n} line${n === 1 ? "" : "s"}`;

export const cli: CliTexts = {
  report: {
    severity: { error: "error", warning: "warning", info: "info" },
    severityCount: (severity, n) => `${n} ${severity}${n === 1 ? "" : "s"}`,
    separator: ", ",
    sheetSeparator: ", ",
    heading: (sheet, table, total) => `Budget sheet "${sheet}" (table ${table}): total ${total}`,
    excluding: (n) =>
      n === 0 ? " (the sheet's own total is an error)" : ` (excluding ${lines(n)} the sheet cannot total)`,
    others: (sheets) => `The workbook has other budget sheets: ${sheets}. Choose one with --sheet.`,
    short: (n) => (n === 0 ? "the sheet's total is an error" : `excluding ${lines(n)}`),
    range: "Range",
    none: "No findings.",
    count: (counts, n) => `${n} finding${n === 1 ? "" : "s"}: ${counts}`,
  },
  health: {
    usage: (message) => `${message} (see --help)`,
    needsValue: (option) => `option ${option} needs a value`,
    unknownOption: (option) => `unknown option ${option}; options are --sheet, --lang, --json, --stale-days, --help`,
    oneWorkbook: (first, second) => `one workbook at a time: "${first}" and "${second}"`,
    unknownLanguage: (lang) => `unknown language "${lang}"; languages are zh, en`,
    badStaleDays: (value) => `--stale-days must be a whole number of days, 1 or more, not "${value}"`,
    missingWorkbook: "missing the workbook to check, e.g. npm run health -- budget.xlsx",
    noSuchFile: "no such file.",
    folder: "a folder, not a workbook.",
    cannotRead: (reason) => `cannot be read: ${reason}`,
    noBudget: "no budget: no sheet has a BudgetLines table with Category and Budget columns.",
    noSuchSheet: (sheet, sheets) => `no sheet "${sheet}"; the sheets are ${sheets}.`,
    noBudgetTable: (sheet) => `sheet "${sheet}" holds no budget table (BudgetLines).`,
    uncalculated: (sheet) =>
      `the formulas on sheet "${sheet}" have no saved results: open and save it in Excel, WPS or LibreOffice first.`,
    notABudget: (reason) => `cannot be read as a budget: ${reason}`,
  },
  output: {
    cannotWrite: (path, reason) => `cannot write "${path}": ${reason}`,
    reasons: {
      noFolder: (folder) => `the folder "${folder}" does not exist; create it or choose an existing folder`,
      notAFolder: "a part of the path is a file, not a folder; choose a path inside an existing folder",
      isFolder: (example) => `it is a folder; give a file path such as "${example}"`,
      denied: "permission denied; choose a folder you may write to",
      readOnly: "the file system is read-only; choose a writable folder",
      diskFull: "the disk is full; nothing was changed",
    },
    exists: (path) => `"${path}" already exists; add --force to replace it, or choose another file name`,
    symbolicLink: (path, target) =>
      `"${path}" is a symbolic link to "${target}"; files are never written through a link, not even with --force: give the file's own path`,
    notAFile: (path) => `"${path}" is not a regular file; choose a file path`,
    extension: (path, extension, suggestion) =>
      `"${path}" does not end in ${extension}; the file written is ${extension === ".xlsx" ? "an" : "a"} ${extension} file, e.g. "${suggestion}"`,
  },
  unreadable: {
    empty: "the file is empty (0 bytes): it may not have finished saving or copying.",
    notZip: "not an .xlsx workbook: an .xlsx file is a zip archive, and this file is not one.",
    damagedZip:
      "the file is damaged: it is a zip archive whose contents cannot be read (it may be truncated or incompletely copied).",
    encrypted:
      "the workbook is password-protected (encrypted) and cannot be read: open it in Excel, remove the password (File › Info › Protect Workbook), save it and check again.",
    xls: "an Excel 97–2003 workbook (.xls), not an .xlsx: open it in Excel, WPS or LibreOffice, save it as .xlsx and check again.",
    otherOffice: "not an .xlsx workbook: an older Office file (such as .doc) that holds no workbook.",
    xlsb: "a binary workbook (.xlsb), not an .xlsx: save it as .xlsx in Excel and check again.",
    ods: "an OpenDocument spreadsheet (.ods), not an .xlsx: save it as .xlsx in LibreOffice or WPS and check again.",
    noWorkbookPart: "a zip archive but not an .xlsx workbook: it has no workbook part (xl/workbook.xml).",
  },
  damagedPart: (part, line) =>
    `the file is damaged: its part ${part} cannot be read${line === undefined ? "" : ` (at line ${line})`}. Open it in Excel, WPS or LibreOffice, save it again and check again.`,
};
