/** The portfolio roll-up on the command line: its sheet, its summary and what it cannot use. */
export interface RollupStrings {
  sheetName: string;
  headers: {
    file: string;
    sheet: string;
    total: string;
    baseline: string;
    actual: string;
    committed: string;
    forecast: string;
    executionRate: string;
    roi: string;
    errors: string;
  };
  total: string;
  unreadableTitle: string;
  noBudget: string;
  noSuchFile: string;
  campaign: (file: string, figures: string) => string;
  /** The summary line's words; the figures are named by their headers, in lower case. */
  figures: {
    roi: string;
    errors: (count: number) => string;
  };
  totals: (figures: string) => string;
  cannotRead: (file: string, why: string) => string;
  wrote: (file: string) => string;
  errors: {
    needsValue: (option: string) => string;
    unknownLanguage: (value: string) => string;
    unknownOption: (option: string) => string;
    missingOut: string;
    noFiles: string;
    outIsInput: (path: string) => string;
    noneReadable: (list: string) => string;
  };
}

export const rollup: RollupStrings = {
  sheetName: "Portfolio",
  headers: {
    file: "File",
    sheet: "Budget sheet",
    total: "Total",
    baseline: "Baseline",
    actual: "Actual",
    committed: "Committed",
    forecast: "Forecast",
    executionRate: "Execution rate",
    roi: "ROI on gross profit",
    errors: "Errors",
  },
  total: "Total",
  unreadableTitle: "Files that cannot be read",
  noBudget: "No budget (no BudgetLines table with Category and Budget columns)",
  noSuchFile: "No such file",
  campaign: (file, figures) => `${file}: ${figures}`,
  figures: {
    roi: "ROI",
    errors: (count) => `${count} error ${count === 1 ? "finding" : "findings"}`,
  },
  totals: (figures) => `Portfolio: ${figures}`,
  cannotRead: (file, why) => `Cannot read ${file}: ${why}`,
  wrote: (file) => `Wrote ${file}`,
  errors: {
    needsValue: (option) => `Option ${option} needs a value (see --help)`,
    unknownLanguage: (value) => `Unknown language "${value}"; languages are zh, en (see --help)`,
    unknownOption: (option) => `Unknown option ${option}; options are --out, --force, --json, --lang, --help`,
    missingOut: "Missing --out <portfolio.xlsx>, the workbook to write (see --help)",
    noFiles: "No campaign workbooks given, e.g. npm run rollup -- a.xlsx b.xlsx --out portfolio.xlsx",
    outIsInput: (path) => `--out must not be one of the campaign workbooks (${path})`,
    noneReadable: (list) => `No campaign workbook could be read: ${list}`,
  },
};
