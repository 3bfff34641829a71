import { excelErrorInfo } from "./excelError";
import { selectCellFailed, sheetMissing } from "./readMessages";
import { assertExcelSupportsReading } from "./readRequirements";
import { SheetAccessError } from "./sheetAccessError";

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
    const info = excelErrorInfo(error);
    if (info.code === "ItemNotFound")
      throw new SheetAccessError("missing-sheet", sheetMissing(sheetName), { cause: error });
    throw new SheetAccessError("excel", selectCellFailed(info, address), { cause: error });
  }
}
