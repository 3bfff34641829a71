import { NotABudgetSheetError } from "../sheet/readBudgetSheet";
import { excelErrorInfo } from "./excelError";
import { readSheetFailed, sheetMissing } from "./readMessages";
import { assertExcelSupportsReading } from "./readRequirements";
import { SheetAccessError } from "./sheetAccessError";

/**
 * Runs a read of the workbook once this Excel is known to support it. Excel's failures become a
 * SheetAccessError in the planner's words; what the read itself throws about the sheet passes
 * through. `sheet` is the sheet asked for by name or id, if any: the one lookup that can find nothing.
 */
export async function runRead<T>(
  sheet: string | undefined,
  read: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  assertExcelSupportsReading();
  try {
    return await Excel.run(read);
  } catch (error) {
    if (error instanceof SheetAccessError || error instanceof NotABudgetSheetError) throw error;
    const info = excelErrorInfo(error);
    if (info.code === "ItemNotFound" && sheet !== undefined) {
      throw new SheetAccessError("missing-sheet", sheetMissing(sheet), { cause: error });
    }
    throw new SheetAccessError("excel", readSheetFailed(info), { cause: error });
  }
}
