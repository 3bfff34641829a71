/**
 * Deletes the sheet of that name if it exists, taking its table and sheet-scoped names with it.
 * Two round trips: Excel must say whether the sheet exists before it can be deleted.
 */
export async function removeSheetIfPresent(context: Excel.RequestContext, sheetName: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  await context.sync();
  if (sheet.isNullObject) return;
  sheet.delete();
  await context.sync();
}
