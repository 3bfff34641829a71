import { NotABudgetSheetError } from "../sheet/readBudgetSheet";
import { hostErrorInfo } from "../workbook/hostError";
import { readSheetFailed, sheetMissing } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";
import { assertExcelSupportsReading } from "./readRequirements";

/**
 * Runs a read of the workbook once this Excel is known to support it. Excel's failures become a
 * WorkbookError in the planner's words; what the read itself throws about the sheet passes
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
    if (error instanceof WorkbookError || error instanceof NotABudgetSheetError) throw error;
    const info = hostErrorInfo(error);
    if (info.code === "ItemNotFound" && sheet !== undefined) {
      throw new WorkbookError("missing-sheet", sheetMissing(sheet), { cause: error });
    }
    throw new WorkbookError("host", readSheetFailed(info), { cause: error });
  }
}
