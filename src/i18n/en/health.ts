import type { SeverityKey, StatusKey } from "../keys";

/** Every word the health check view shows, in both languages. */
export interface HealthStrings {
  intro: string;
  sheetPickerLabel: string;
  sheetPickerPlaceholder: string;
  recheck: string;
  reading: string;
  /** "Budget" — total ¥1,294,596 */
  sheetTotal: (sheetName: string, total: string) => string;
  /** Under the total when the sheet cannot total: the figures shown leave lines out. */
  incompleteTotal: (excludedLines: number) => string;
  sharesHeading: string;
  sharesLegend: string;
  statusWord: Record<StatusKey, string>;
  /** What a share bar shows, for screen readers: "Promotion cost 4.76%, range 15%–25%, low". */
  shareBarLabel: (category: string, share: string, range: string, status: StatusKey) => string;
  findingsHeading: string;
  findingsSummary: (counts: Record<SeverityKey, number>) => string;
  noFindings: string;
  severity: Record<SeverityKey, string>;
  goToCell: (cell: string) => string;
  notABudgetTitle: string;
  notABudget: (sheetName: string) => string;
  chooseBudgetSheet: string;
  insertBudget: string;
  readFailedTitle: string;
  readFailed: (detail: string) => string;
  selectFailedTitle: string;
}

const countEn = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const health: HealthStrings = {
  intro:
    "Checks each category's share of the total against its recommended range, and finds missing costs, lump sums and a loss-making ROI. Select a finding to go to its cell.",
  sheetPickerLabel: "Budget sheet",
  sheetPickerPlaceholder: "Choose a budget sheet",
  recheck: "Re-check",
  reading: "Reading the budget sheet…",
  sheetTotal: (sheetName, total) => `"${sheetName}": total ${total}`,
  incompleteTotal: (excludedLines) =>
    excludedLines === 0
      ? "The sheet's own total is an error: the total and shares here count only the cells that can be read."
      : `The sheet cannot total: the total and shares here exclude ${countEn(excludedLines, "line", "lines")} whose Budget cannot be read.`,
  sharesHeading: "Share by category",
  sharesLegend: "The solid bar is the category's share of the total; the light band is its recommended range.",
  statusWord: { low: "Low", ok: "OK", high: "High" },
  shareBarLabel: (category, share, range, status) =>
    `${category} ${share}, range ${range}, ${{ low: "low", ok: "OK", high: "high" }[status]}`,
  findingsHeading: "Findings",
  findingsSummary: (counts) =>
    [
      countEn(counts.error, "error", "errors"),
      countEn(counts.warning, "warning", "warnings"),
      countEn(counts.info, "note", "notes"),
    ].join(", "),
  noFindings: "No findings: this budget passes every check.",
  severity: { error: "Error", warning: "Warning", info: "Note" },
  goToCell: (cell) => `Go to ${cell}`,
  notABudgetTitle: "This sheet is not a budget sheet",
  notABudget: (sheetName) => `Sheet "${sheetName}" holds no budget lines table. You can insert a new budget sheet.`,
  chooseBudgetSheet: "Or choose one of the workbook's budget sheets above.",
  insertBudget: "Insert a budget sheet",
  readFailedTitle: "Not checked",
  readFailed: (detail) => `The budget sheet could not be read: ${detail}`,
  selectFailedTitle: "Could not go to the cell",
};
