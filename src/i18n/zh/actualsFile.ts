import type { ActualsFileStrings } from "../en/actualsFile";

export const actualsFile: ActualsFileStrings = {
  errors: {
    notActualsFile: "这既不是 CSV 文件，也不是 .xlsx 工作簿：请将实际支出导出为 CSV（UTF-8 或 GBK）或 .xlsx",
    encrypted: "该工作簿设有打开密码：请另存一份不带密码的副本，或将工作表导出为 CSV",
    xls: "这是旧版 .xls 工作簿：请先另存为 .xlsx 或 CSV",
    damaged: (detail) => `该 .xlsx 工作簿已损坏（${detail}）：请在 Excel 中打开并重新保存，或将工作表导出为 CSV`,
    cannotUnzip: "此浏览器无法解压 .xlsx 工作簿：请将工作表导出为 CSV",
    noSuchSheet: (sheet, sheets) => `工作簿中没有工作表“${sheet}”；现有工作表：${sheets}`,
    emptySheet: (sheet) => `工作表“${sheet}”中没有任何行`,
    emptyWorkbook: "工作簿的所有工作表中都没有任何行",
  },
  pane: {
    sheetLabel: "工作表",
    opening: "正在打开工作簿…",
    progress: (done, total) => `正在读取：已处理 ${done} 行，共 ${total} 行`,
    sheetRead: (file, sheet, rows) => `${file}，工作表 ${sheet}：${rows} 行`,
  },
  summary: {
    readSheet: (file, sheet, rows) => `从 ${file} 的工作表 ${sheet} 读取 ${rows} 行`,
  },
  command: {
    sheetWithoutXlsx: "--sheet 只适用于 .xlsx 格式的实际支出文件",
  },
};
