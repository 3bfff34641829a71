import ExcelJS from "exceljs";
import type { CellValue, TableStyleProperties, Worksheet } from "exceljs";
import { a1 } from "../../sheet/address";
import type { PlainSheetPlan, PlannedCell, SheetPlan } from "../../sheet/plan";
import { toExcelValue } from "./cellValue";
import { applyRangeStyle } from "./rangeStyles";
import { addConditionalFormats, addValidations } from "./rules";

const APPLICATION = "Campaign Budget";
/** The paper size code of A4 in a workbook file. */
const A4 = 9;

const cellKey = (row: number, col: number) => `${row}:${col}`;

function writeCell(worksheet: Worksheet, planned: PlannedCell): void {
  const cell = worksheet.getCell(planned.row + 1, planned.col + 1);
  cell.value = toExcelValue(planned.content);
  if (planned.numberFormat) cell.numFmt = planned.numberFormat;
}

/**
 * The lines table as a real Excel table. ExcelJS writes the header and data cells itself, so they
 * are handed over from the plan unchanged: the header cells are the column names by construction.
 */
function addLinesTable(worksheet: Worksheet, plan: SheetPlan): void {
  const { table } = plan;
  const byPosition = new Map(plan.cells.map((cell) => [cellKey(cell.row, cell.col), cell]));
  const rows: CellValue[][] = [];
  for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
    rows.push(
      table.columns.map((_, offset) => {
        const planned = byPosition.get(cellKey(row, table.firstCol + offset));
        return planned ? toExcelValue(planned.content) : null;
      }),
    );
  }
  worksheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: a1({ row: table.headerRow, col: table.firstCol }),
    headerRow: true,
    totalsRow: false,
    style: { theme: table.style as TableStyleProperties["theme"], showRowStripes: true },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** A sheet as ExcelJS writes it: cells, the lines table if the plan has one, styles, widths, rules, view, page. */
function addPlanSheet(workbook: ExcelJS.Workbook, plan: PlainSheetPlan | SheetPlan): void {
  const freezeAt = a1({ row: plan.freezeRows, col: 0 });
  const worksheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows, topLeftCell: freezeAt, activeCell: freezeAt }],
    // The print area is written with the sheet's names (see writePlanToXlsx).
    pageSetup: plan.page
      ? {
          orientation: plan.page.orientation,
          paperSize: A4,
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: plan.page.fitToOnePage ? 1 : 0,
        }
      : { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  for (const cell of plan.cells) writeCell(worksheet, cell);
  if ("table" in plan) addLinesTable(worksheet, plan);
  for (const style of plan.styles) applyRangeStyle(worksheet, style);
  for (const { col, chars } of plan.columnWidths) worksheet.getColumn(col + 1).width = chars;
  addConditionalFormats(worksheet, plan.conditionalFormats);
  addValidations(worksheet, plan.validations);
}

/**
 * Everything of the sheet plans that ExcelJS can express, the budget sheet first. The sheet-scoped
 * names, the print areas, the table part and the column widths are finished in the written file
 * (see writePlanToXlsx).
 */
export function planToWorkbook(budgetPlan: SheetPlan, others: readonly PlainSheetPlan[] = []): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = APPLICATION;
  workbook.lastModifiedBy = APPLICATION;
  for (const plan of [budgetPlan, ...others]) addPlanSheet(workbook, plan);
  return workbook;
}
