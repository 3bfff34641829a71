import { hostErrorInfo } from "../workbook/hostError";
import { selectCellFailed, sheetMissing } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";
import { assertExcelSupportsReading } from "./readRequirements";

/** Activates the sheet (by name or id) and selects the cell ("O20"), in one `context.sync()`. */
export async function selectCell(sheetName: string, address: string): Promise<void> {
  assertExcelSupportsReading();
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    const info = hostErrorInfo(error);
    if (info.code === "ItemNotFound")
      throw new WorkbookError("missing-sheet", sheetMissing(sheetName), { cause: error });
    throw new WorkbookError("host", selectCellFailed(info, address), { cause: error });
  }
}
