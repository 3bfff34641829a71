import type { HealthStrings } from "../en/health";

export const health: HealthStrings = {
  intro: "检查预算表的各类别占比是否在建议区间内，并找出漏项、拍脑袋的总数和亏损的 ROI。单击某条结果可转到相应单元格。",
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
};
