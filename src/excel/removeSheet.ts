/**
 * Deletes the sheets of those names that exist, taking their tables, names and charts with them. Two
 * round trips: Excel must say which sheets exist before they can be deleted.
 */
export async function removeSheetsIfPresent(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
): Promise<void> {
  const sheets = sheetNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  const present = sheets.filter((sheet) => !sheet.isNullObject);
  if (present.length === 0) return;
  for (const sheet of present) sheet.delete();
  await context.sync();
}
