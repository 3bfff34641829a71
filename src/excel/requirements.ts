import { InsertError } from "./insertError";
import { NOT_IN_EXCEL, excelTooOld } from "./messages";

/** What the insertion calls, with the ExcelApi requirement set that introduced it. */
export const INSERTION_API_SETS: readonly { api: string; set: string }[] = [
  { api: "worksheets.add, tables.add, workbook.names, range formulas / numberFormat / format", set: "1.1" },
  { api: "range.format.columnWidth", set: "1.2" },
  { api: "worksheet.names.add (sheet-scoped names), worksheets.getItemOrNullObject", set: "1.4" },
  { api: "application.suspendApiCalculationUntilNextSync, range.conditionalFormats", set: "1.6" },
  { api: "worksheet.freezePanes, workbook.protection", set: "1.7" },
  { api: "range.dataValidation", set: "1.8" },
  { api: "worksheet.pageLayout (print area, orientation, fit to page)", set: "1.9" },
];

function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split(".").map(Number);
  const [bMajor, bMinor] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The one set to check: each ExcelApi version includes every earlier one. */
export const REQUIRED_EXCEL_API = INSERTION_API_SETS.map((entry) => entry.set).reduce((highest, set) =>
  compareVersions(set, highest) > 0 ? set : highest,
);

/** Throws an InsertError naming the Excel needed when this host cannot run the insertion. */
export function assertExcelSupportsInsertion(): void {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements || typeof Excel === "undefined") throw new InsertError(NOT_IN_EXCEL);
  if (!requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
    throw new InsertError(excelTooOld(REQUIRED_EXCEL_API));
  }
}
