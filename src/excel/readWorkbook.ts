import { hostErrorInfo } from "../workbook/hostError";
import type { TakenNames } from "../workbook/insertionPlan";
import { sheetMissing } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";

/** The names in use, from the loaded collections of sheets, tables and defined names. */
export function takenNames(
  worksheets: Excel.WorksheetCollection,
  tables: Excel.TableCollection,
  names: Excel.NamedItemCollection,
): TakenNames {
  return {
    sheets: worksheets.items.map((sheet) => sheet.name),
    tables: tables.items.map((table) => table.name),
    definedNames: names.items.map((name) => name.name),
  };
}

/**
 * Queues a read of the names in use and of whether the workbook's structure is protected; the returned
 * function gives them once the caller's `context.sync()` has answered.
 */
export function queueNamesRead(context: Excel.RequestContext): () => {
  taken: TakenNames;
  structureProtected: boolean;
} {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  const protection = workbook.protection.load("protected");
  return () => ({ taken: takenNames(worksheets, tables, names), structureProtected: protection.protected });
}

/** A sync of a read about `sheet`: a sheet gone meanwhile is said as such; other failures pass through. */
export async function syncAbout(context: Excel.RequestContext, sheet: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    if (hostErrorInfo(error).code === "ItemNotFound")
      throw new WorkbookError("missing-sheet", sheetMissing(sheet), { cause: error });
    throw error;
  }
}
