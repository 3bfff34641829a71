import { funnelInputWrites, type FunnelInputValues } from "../sheet/funnelInputs";
import { hostErrorInfo } from "../workbook/hostError";
import { funnelInputsFailed, funnelInputsGone } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";
import { assertExcelSupportsReading } from "./readRequirements";

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
    const info = hostErrorInfo(error);
    if (info.code === "ItemNotFound" || info.code === "InvalidReference") {
      const gone = funnelInputsGone(writes.map((write) => write.name));
      throw new WorkbookError("missing-sheet", gone, { cause: error });
    }
    throw new WorkbookError("host", funnelInputsFailed(info), { cause: error });
  }
}
