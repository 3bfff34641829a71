import { excelErrorInfo } from "./excelError";
import { InsertError } from "./insertError";
import { WORKBOOK_PROTECTED, readFailed } from "./messages";

/** The names a new sheet and table must not take. */
export interface TakenNames {
  sheets: string[];
  tables: string[];
  /** Workbook-level defined names (sheet-scoped ones live in their sheet). */
  definedNames: string[];
}

/**
 * Reads, in one `context.sync()`, the names in use and whether the workbook's structure is
 * protected; throws an InsertError when it is, or when Excel cannot answer.
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
    throw new InsertError(readFailed(excelErrorInfo(error)), { cause: error });
  }
  if (protection.protected) throw new InsertError(WORKBOOK_PROTECTED);
  return {
    sheets: worksheets.items.map((sheet) => sheet.name),
    tables: tables.items.map((table) => table.name),
    definedNames: names.items.map((name) => name.name),
  };
}
