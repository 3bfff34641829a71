import { excelTooOld, notInExcel } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";

/** What the insertion calls, with the ExcelApi requirement set that introduced it. */
export const INSERTION_API_SETS: readonly { api: string; set: string }[] = [
  { api: "worksheets.add, tables.add, workbook.names, range formulas / numberFormat / format", set: "1.1" },
  { api: "range.format.columnWidth", set: "1.2" },
  { api: "worksheet.names.add (sheet-scoped names), worksheets.getItemOrNullObject", set: "1.4" },
  { api: "application.suspendApiCalculationUntilNextSync, range.conditionalFormats", set: "1.6" },
  {
    api: "worksheet.freezePanes, workbook.protection, chart series setValues / setXAxisValues, axis reversePlotOrder",
    set: "1.7",
  },
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

/**
 * Excel.ChartType has "Funnel" from ExcelApi 1.9 (with Treemap, Waterfall and the other Office 2016
 * chart types): an Excel without that set cannot be asked for one, and a funnel is drawn as its
 * fallback there. The insertion needs 1.9 today anyway; the check stands on its own so the chart
 * keeps following what the host has if the insertion's floor moves.
 */
export const FUNNEL_CHART_API_SET = "1.9";

export function excelDrawsFunnelCharts(): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements?.isSetSupported("ExcelApi", FUNNEL_CHART_API_SET) ?? false;
}

/** Whether this host can write budget sheets: the insertion, and the plans sheet that uses the same calls. */
export function excelWriteSupport(): "not-in-excel" | "too-old" | "supported" {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements || typeof Excel === "undefined") return "not-in-excel";
  return requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API) ? "supported" : "too-old";
}

/** Throws a WorkbookError naming the Excel needed when this host cannot run the insertion. */
export function assertExcelSupportsInsertion(): void {
  assertWriteSupport("insert");
}

/** Throws a WorkbookError naming the Excel needed when this host cannot write budget sheets for the action. */
export function assertWriteSupport(action: "insert" | "plans"): void {
  const support = excelWriteSupport();
  if (support === "not-in-excel") throw new WorkbookError("not-supported", notInExcel(action));
  if (support === "too-old") throw new WorkbookError("not-supported", excelTooOld(action, REQUIRED_EXCEL_API));
}
