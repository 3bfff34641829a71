import type { InsertionStrings } from "../en/insertion";

export const insertion: InsertionStrings = {
  insertedWithGaps: "已插入预算表",
  decorationsMissing: (items) => `Excel 未能应用${items.join("；")}。数据、公式和表格完整，不受影响。`,
  chart: (title, sheetName) => `“${sheetName}”中的图表“${title}”`,
  pageLayout: (sheetName) => `“${sheetName}”的打印设置`,
  frozenRows: (sheetName) => `“${sheetName}”的冻结表头`,
};
