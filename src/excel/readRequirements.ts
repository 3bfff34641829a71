import { excelTooOld, notInExcel } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";

/** What reading a budget sheet and going to a cell call, with the ExcelApi set that introduced it. */
export const READING_API_SETS: readonly { api: string; set: string }[] = [
  {
    api: "getActiveWorksheet, range values / valueTypes / formulas, table columns and rows, activate, select",
    set: "1.1",
  },
  { api: "worksheet.names (sheet-scoped names), worksheet.getUsedRangeOrNullObject, table rows/count", set: "1.4" },
  // Where each Budget_* name points ("='Budget (2)'!$O$12"): Excel 2019 has it (ExcelApi 1.1–1.8);
  // Excel 2016 sold once (1.1 only) lacks sheet-scoped names anyway.
  { api: "namedItem.formula", set: "1.7" },
];

/** Re-checking as the workbook changes: worksheets.onChanged is the newest call it needs. */
export const WATCHING_API_SET = "1.9";

function highestSet(sets: readonly string[]): string {
  const key = (set: string) => set.split(".").map(Number) as [number, number];
  return sets.reduce((highest, set) => {
    const [major, minor] = key(set);
    const [topMajor, topMinor] = key(highest);
    return major > topMajor || (major === topMajor && minor > topMinor) ? set : highest;
  });
}

export const REQUIRED_READING_API = highestSet(READING_API_SETS.map((entry) => entry.set));

function officeRequirements(): Office.RequirementSetSupport | undefined {
  return typeof Office === "undefined" || typeof Excel === "undefined" ? undefined : Office.context?.requirements;
}

/** Throws a WorkbookError naming the Excel needed when this host cannot read a budget sheet. */
export function assertExcelSupportsReading(): void {
  const requirements = officeRequirements();
  if (!requirements) throw new WorkbookError("not-supported", notInExcel("read"));
  if (!requirements.isSetSupported("ExcelApi", REQUIRED_READING_API)) {
    throw new WorkbookError("not-supported", excelTooOld("read", REQUIRED_READING_API));
  }
}

export function excelSupportsWatching(): boolean {
  return officeRequirements()?.isSetSupported("ExcelApi", WATCHING_API_SET) ?? false;
}
