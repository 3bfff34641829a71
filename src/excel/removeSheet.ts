/**
 * Deletes the sheets of those ids that still exist, taking their tables, names and charts with them;
 * a sheet's id is its own, whatever it has been renamed to and whatever other sheets are called. Two
 * round trips: Excel must say which sheets exist before they can be deleted.
 */
export async function removeSheetsById(context: Excel.RequestContext, sheetIds: readonly string[]): Promise<void> {
  const sheets = sheetIds.map((id) => context.workbook.worksheets.getItemOrNullObject(id));
  await context.sync();
  const present = sheets.filter((sheet) => !sheet.isNullObject);
  if (present.length === 0) return;
  for (const sheet of present) sheet.delete();
  await context.sync();
}
