/** What the pane says under an insertion that could not apply all of its decorations. */
export interface InsertionStrings {
  /** One line: the decorations left out, joined; the content is complete without them. */
  decorationsMissing: (items: readonly string[]) => string;
  chart: (title: string, sheetName: string) => string;
  pageLayout: (sheetName: string) => string;
  frozenRows: (sheetName: string) => string;
}

export const insertion: InsertionStrings = {
  decorationsMissing: (items) =>
    `Excel did not take ${items.join("; ")}. The figures, formulas and table are complete without ${
      items.length === 1 ? "it" : "them"
    }.`,
  chart: (title, sheetName) => `the chart "${title}" on "${sheetName}"`,
  pageLayout: (sheetName) => `the print layout of "${sheetName}"`,
  frozenRows: (sheetName) => `the frozen header rows of "${sheetName}"`,
};
