import type { CellValue } from "exceljs";
import type { CellContent } from "../../sheet/plan";

/**
 * A planned cell as an ExcelJS value: formulas carry their computed result so viewers show figures
 * before any recalculation; text stays a string even when it starts with "=".
 */
export function toExcelValue(content: CellContent): CellValue {
  switch (content.kind) {
    case "text":
      // An empty text is a blank cell, as it is when typed into Excel.
      return content.text === "" ? null : content.text;
    case "number":
      return content.value.toNumber();
    case "formula": {
      const result = typeof content.result === "string" ? content.result : content.result.toNumber();
      return { formula: content.formula.replace(/^=/, ""), result };
    }
  }
}
