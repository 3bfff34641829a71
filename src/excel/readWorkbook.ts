import { hostErrorInfo } from "../workbook/hostError";
import type { TakenNames } from "../workbook/insertionPlan";
import { namesReadFailed, workbookProtected } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";

/**
 * Reads, in one `context.sync()`, the names in use and whether the workbook's structure is
 * protected; throws a WorkbookError when it is, or when Excel cannot answer.
 */
export async function readTakenNames(context: Excel.RequestContext): Promise<TakenNames> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  const protection = workbook.protection.load("protected");
  try {
    await context.sync();
  } catch (error) {
    throw new WorkbookError("host", namesReadFailed(hostErrorInfo(error)), { cause: error });
  }
  if (protection.protected) throw new WorkbookError("protected", workbookProtected("insert"));
  return {
    sheets: worksheets.items.map((sheet) => sheet.name),
    tables: tables.items.map((table) => table.name),
    definedNames: names.items.map((name) => name.name),
  };
}
