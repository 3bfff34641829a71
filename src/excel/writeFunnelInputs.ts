import type { Text } from "../model/categories";
import { funnelInputWrites, type FunnelInputValues } from "../sheet/funnelInputs";
import { excelErrorInfo, explainExcelError } from "./excelError";
import { assertExcelSupportsReading } from "./readRequirements";
import { SheetAccessError } from "./sheetAccessError";

function inputsGone(names: readonly string[]): Text {
  return {
    en: `The sheet, or one of its cells ${names.join(", ")}, is no longer in the workbook. Read the sheet again and check its funnel inputs.`,
    zh: `工作簿中已找不到该工作表或其单元格 ${names.join("、")}。请重新读取工作表，并核对漏斗输入。`,
  };
}

function writeFailed(error: unknown): Text {
  const said = explainExcelError(excelErrorInfo(error), {});
  return {
    en: `The funnel inputs could not be written: ${said.en}`,
    zh: `未能写入漏斗输入：${said.zh}`,
  };
}

/**
 * Writes the funnel block's inputs through their sheet-scoped names (Budget_TargetDeals, Budget_AOV,
 * Budget_Rate1…) in one `context.sync()`, reading nothing. Knowing a name exists would take a read
 * (getItemOrNullObject, then a sync), so the pane checks the names against its last read of the sheet
 * and writes nothing when one is missing. Excel resolves each name as its value is set: a name deleted
 * in the moment since that read fails the sync, possibly after the values before it were written.
 */
export async function writeFunnelInputs(sheetKey: string, inputs: FunnelInputValues): Promise<void> {
  // Sheet-scoped names arrived with ExcelApi 1.4, the set reading a budget sheet already needs.
  assertExcelSupportsReading();
  const writes = funnelInputWrites(inputs);
  try {
    await Excel.run(async (context) => {
      const names = context.workbook.worksheets.getItem(sheetKey).names;
      const ranges = writes.map((write) => names.getItem(write.name).getRange());
      ranges.forEach((range, index) => {
        range.values = [[writes[index].value]];
      });
      await context.sync();
    });
  } catch (error) {
    const { code } = excelErrorInfo(error);
    if (code === "ItemNotFound" || code === "InvalidReference") {
      const gone = inputsGone(writes.map((write) => write.name));
      throw new SheetAccessError("missing-sheet", gone, { cause: error });
    }
    throw new SheetAccessError("excel", writeFailed(error), { cause: error });
  }
}
