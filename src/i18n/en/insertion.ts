/** What the pane (and the ribbon's message) says of an insertion that could not apply all of its decorations. */
export interface InsertionStrings {
  /** The ribbon's message title over decorationsMissing: the sheet is there, a decoration is not. */
  insertedWithGaps: string;
  /** One line: the decorations left out, joined; the content is complete without them. */
  decorationsMissing: (items: readonly string[]) => string;
  chart: (title: string, sheetName: string) => string;
  pageLayout: (sheetName: string) => string;
  frozenRows: (sheetName: string) => string;
}

export const insertion: InsertionStrings = {
  insertedWithGaps: "The budget sheet was inserted",
  decorationsMissing: (items) =>
    `Excel did not take ${items.join("; ")}. The figures, formulas and table are complete without ${
      items.length === 1 ? "it" : "them"
    }.`,
  chart: (title, sheetName) => `the chart "${title}" on "${sheetName}"`,
  pageLayout: (sheetName) => `the print layout of "${sheetName}"`,
  frozenRows: (sheetName) => `the frozen header rows of "${sheetName}"`,
};
