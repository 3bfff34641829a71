import type { WorkbookMessages } from "../en/workbook";

export const workbook: WorkbookMessages = {
  reasons: {
    accessDenied: "工作簿不允许此更改（可能受保护、只读或受限）",
    cellEditMode: "有单元格正处于编辑状态：请按 Enter 或 Esc 后重试",
    nameTaken: "已存在同名的工作表、表格或名称（例如图表工作表）",
    insertDeleteConflict: "此更改与工作簿中正在插入或删除的单元格冲突",
    conflict: "其他人同时修改了工作簿：请重试",
    inactiveWorkbook: "工作簿未处于活动状态：请单击工作簿后重试",
    responseTooLarge: "工作簿中的数据超出了 Excel 单次可传送的大小",
    tooLarge: "此更改超出了当前 Excel 单次可接受的大小",
    unsupported: "当前 Excel 不支持其中一个步骤（请更新 Excel 后重试）",
  },
  excelSaid: (reason, said) => `${reason}（Excel：“${said}”）`,
  notInExcel: {
    insert: "插入预算表需要在 Excel 中运行：请从 Excel 功能区打开本加载项。",
    plans: "保存方案需要在 Excel 中运行：请从 Excel 功能区打开本加载项。",
    read: "检查预算表需要在 Excel 中运行：请从 Excel 功能区打开本加载项。",
  },
  excelTooOld: {
    insert: (set) =>
      `插入预算表需要 Excel 2021 或更高版本、Microsoft 365 版 Excel 或 Excel 网页版（ExcelApi ${set}）；当前 Excel 版本较旧。`,
    plans: (set) =>
      `保存方案需要 Excel 2021 或更高版本、Microsoft 365 版 Excel 或 Excel 网页版（ExcelApi ${set}）；当前 Excel 版本较旧。`,
    read: (set) =>
      `检查预算表需要较新的 Excel（ExcelApi ${set}）：Excel 2019 或更高版本、Microsoft 365 版 Excel 或 Excel 网页版。`,
  },
  workbookProtected: {
    insert: "工作簿结构受保护：请先取消保护（审阅 › 保护工作簿），再插入预算表。",
    plans: "工作簿结构受保护：请先取消保护（审阅 › 保护工作簿），再修改方案对比表。",
  },
  namesReadFailed: (why) => `Excel 无法读取工作簿中的工作表和表格名称：${why}。未做任何更改。`,
  insertFailed: (why) => `Excel 无法插入预算表：${why}。未做任何更改。`,
  sheetList: (names) => names.map((name) => `“${name}”`).join("、"),
  insertFailedSheetsLeft: (why, sheets) =>
    `Excel 无法插入预算表：${why}。可能留下了未完成的工作表${sheets}：请右键单击其标签并选择“删除”。`,
  sheetMissing: (sheet) => `工作簿中已没有工作表“${sheet}”：它已被删除或重命名。`,
  headerRowHidden: (sheetName, tableName) =>
    `工作表“${sheetName}”中的表格 ${tableName} 关闭了标题行：请打开（表设计 › 标题行）后再检查预算。`,
  noBudgetTable: (sheetName) => `工作表“${sheetName}”没有预算明细表（BudgetLines）。`,
  notBudgetTable: (sheetName, tableName) =>
    `工作表“${sheetName}”的表格 ${tableName} 没有“类别”和“预算”列，不是预算表。`,
  readSheetFailed: (why) => `Excel 无法读取预算表：${why}。`,
  selectCellFailed: (why, address) => `Excel 无法转到单元格 ${address}：${why}。`,
  funnelInputsGone: (names) =>
    `工作簿中已找不到该工作表或其单元格 ${names.join("、")}。请重新读取工作表，并核对漏斗输入。`,
  funnelInputsFailed: (why) => `未能写入漏斗输入：${why}`,
  funnelNamesMissing: (sheetName, names) =>
    `工作表“${sheetName}”中没有名为 ${names.join(", ")} 的单元格：未写入任何内容。请重新插入漏斗模板，或在“公式 › 名称管理器”中恢复该名称。`,
  noSuchPlan: (name) => `没有名为“${name}”的方案。`,
  unreadableCells: (cells, more) =>
    cells.map(({ cell, value }) => `${cell}（${value}）`).join("、") +
    (more > 0 ? ` 等 ${cells.length + more} 处` : ""),
  unreadableBudget: (sheetName, cells) => `工作表“${sheetName}”中有无法读取的单元格：${cells}。请更正后再保存方案。`,
  storedPlansUnreadable: (sheetName, why) => `工作表“${sheetName}”中保存的方案无法读取：${why}`,
  plansReadFailed: (why) => `Excel 无法读取预算表及其方案：${why}。未做任何更改。`,
  plansWriteFailed: (why) => `Excel 无法写入方案对比表：${why}。未做任何更改。`,
  plansWriteFailedSheetLeft: (why, sheetName) =>
    `Excel 未能写完方案对比表：${why}。请检查工作表“${sheetName}”：其内容可能不完整。`,
};
