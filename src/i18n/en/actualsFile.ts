/** The actuals import's .xlsx files, sheet choice and reading progress. */
export interface ActualsFileStrings {
  errors: {
    notActualsFile: string;
    encrypted: string;
    xls: string;
    damaged: (detail: string) => string;
    cannotUnzip: string;
    noSuchSheet: (sheet: string, sheets: string) => string;
    emptySheet: (sheet: string) => string;
    emptyWorkbook: string;
  };
  pane: {
    sheetLabel: string;
    opening: string;
    progress: (done: number, total: number) => string;
    sheetRead: (file: string, sheet: string, rows: number) => string;
  };
  summary: {
    readSheet: (file: string, sheet: string, rows: number) => string;
  };
  command: {
    sheetWithoutXlsx: string;
  };
}

const count = (n: number) => n.toLocaleString("en-US");

export const actualsFile: ActualsFileStrings = {
  errors: {
    notActualsFile:
      "this is neither a CSV file nor an .xlsx workbook: export the actuals as CSV (UTF-8 or GBK) or .xlsx",
    encrypted:
      "the workbook is protected with a password: save a copy without the password, or export the sheet as CSV",
    xls: "this is an old .xls workbook: save it as .xlsx or CSV first",
    damaged: (detail) =>
      `the .xlsx workbook is damaged (${detail}): open it in Excel and save it again, or export the sheet as CSV`,
    cannotUnzip: "this browser cannot unpack an .xlsx workbook: export the sheet as CSV",
    noSuchSheet: (sheet, sheets) => `the workbook has no sheet "${sheet}"; its sheets: ${sheets}`,
    emptySheet: (sheet) => `the sheet "${sheet}" holds no rows`,
    emptyWorkbook: "no sheet of the workbook holds any rows",
  },
  pane: {
    sheetLabel: "Sheet",
    opening: "Opening the workbook…",
    progress: (done, total) => `Reading rows: ${count(done)} of ${count(total)}`,
    sheetRead: (file, sheet, rows) => `${file}, sheet ${sheet}: ${count(rows)} rows`,
  },
  summary: {
    readSheet: (file, sheet, rows) => `Read ${rows} rows from ${file}, sheet ${sheet}`,
  },
  command: {
    sheetWithoutXlsx: "--sheet applies to an .xlsx actuals file only",
  },
};
