/** A column width in characters of the default font; `col` is zero-based. */
export interface ColumnWidth {
  col: number;
  chars: number;
}

/**
 * Writes the sheet's <cols> from the plan. ExcelJS leaves out any column whose width equals its
 * own default (9), which Excel would then show at its default 8.43.
 */
export function replaceColumnWidths(sheetXml: string, widths: readonly ColumnWidth[]): string {
  const cols = [...widths]
    .sort((a, b) => a.col - b.col)
    .map(({ col, chars }) => `<col min="${col + 1}" max="${col + 1}" width="${chars}" customWidth="1"/>`)
    .join("");
  const element = cols ? `<cols>${cols}</cols>` : "";
  if (/<cols>[\s\S]*?<\/cols>/.test(sheetXml)) return sheetXml.replace(/<cols>[\s\S]*?<\/cols>/, element);
  if (!sheetXml.includes("<sheetData")) throw new Error("the sheet part has no <sheetData> element");
  return sheetXml.replace("<sheetData", `${element}<sheetData`);
}
