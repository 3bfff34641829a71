import type { CategoryStatus, Lang, Severity } from "../model";

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
  statusWord: Record<CategoryStatus, string>;
  /** What a share bar shows, for screen readers: "Promotion cost 4.76%, range 15%–25%, low". */
  shareBarLabel: (category: string, share: string, range: string, status: CategoryStatus) => string;
  findingsHeading: string;
  findingsSummary: (counts: Record<Severity, number>) => string;
  noFindings: string;
  severity: Record<Severity, string>;
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

export const HEALTH_STRINGS: Record<Lang, HealthStrings> = {
  zh: {
    intro:
      "检查预算表的各类别占比是否在建议区间内，并找出漏项、拍脑袋的总数和亏损的 ROI。单击某条结果可转到相应单元格。",
    sheetPickerLabel: "预算表",
    sheetPickerPlaceholder: "选择一张预算表",
    recheck: "重新检查",
    reading: "正在读取预算表…",
    sheetTotal: (sheetName, total) => `“${sheetName}”合计 ${total}`,
    incompleteTotal: (excludedLines) =>
      excludedLines === 0
        ? "表格自己的合计是错误值：这里的合计和占比只按能读取的单元格计算。"
        : `表格无法合计：这里的合计和占比不含 ${excludedLines} 行预算无法读取的明细。`,
    sharesHeading: "各类别占比",
    sharesLegend: "实心条为该类别占合计的比例，浅色带为建议区间。",
    statusWord: { low: "偏低", ok: "合理", high: "偏高" },
    shareBarLabel: (category, share, range, status) =>
      `${category} ${share}，建议区间 ${range}，${{ low: "偏低", ok: "合理", high: "偏高" }[status]}`,
    findingsHeading: "检查结果",
    findingsSummary: (counts) => `${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 条提示`,
    noFindings: "没有发现问题：这份预算通过了全部检查。",
    severity: { error: "错误", warning: "警告", info: "提示" },
    goToCell: (cell) => `转到 ${cell}`,
    notABudgetTitle: "这不是预算表",
    notABudget: (sheetName) => `工作表“${sheetName}”中没有预算明细表。可以插入一张新的预算表。`,
    chooseBudgetSheet: "也可以在上方选择工作簿中已有的预算表。",
    insertBudget: "插入预算表",
    readFailedTitle: "未能检查",
    readFailed: (detail) => `读取预算表时出错：${detail}`,
    selectFailedTitle: "未能转到单元格",
  },
  en: {
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
  },
};
