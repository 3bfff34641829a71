import type { Text } from "../i18n";
import { BudgetInputError } from "../model/errors";
import { NotABudgetSheetError } from "../sheet/readBudgetSheet";
import { hostErrorInfo, type HostErrorInfo } from "./hostError";
import type { Session } from "./insertBudget";
import { WorkbookError } from "./workbookError";

/**
 * Runs one operation of the port in a session with the workbook and says its failure as the pane shows
 * it: a WorkbookError as it is; a sheet that is not a budget, or an input the model refuses, with its own
 * words; anything else as Excel's failure, in the words `failed` gives for the operation.
 */
export async function inSession<Target, T>(
  session: Session<Target>,
  work: (target: Target) => Promise<T>,
  failed: (error: HostErrorInfo) => Text,
): Promise<T> {
  try {
    return await session(work);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    if (error instanceof NotABudgetSheetError || error instanceof BudgetInputError)
      throw new WorkbookError("refused", error.text, { cause: error });
    throw new WorkbookError("host", failed(hostErrorInfo(error)), { cause: error });
  }
}
