import type { TakenNames } from "../workbook/insertionPlan";

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
  return () => ({
    taken: {
      sheets: worksheets.items.map((sheet) => sheet.name),
      tables: tables.items.map((table) => table.name),
      definedNames: names.items.map((name) => name.name),
    },
    structureProtected: protection.protected,
  });
}
