import type { SheetReadingMessages } from "../en/sheetReading";

export const sheetReading: SheetReadingMessages = {
  notABudgetTable: (table, sheet) => `工作表「${sheet}」的表格 ${table} 没有“类别”和“预算”列，不是预算表。`,
  noBudgetTable: (sheet) => `工作表「${sheet}」没有预算明细表（BudgetLines）。`,
  funnelNamesMissing: (sheet, names) =>
    `工作表“${sheet}”中没有名为 ${names} 的单元格：未写入任何内容。请重新插入漏斗模板，或在“公式 › 名称管理器”中恢复该名称。`,
};
