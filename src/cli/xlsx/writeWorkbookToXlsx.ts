import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { a1, parseA1 } from "../../sheet/address";
import type { PlainSheetPlan, SheetPlan } from "../../sheet/plan";
import { toExcelValue } from "./cellValue";
import { replaceColumnWidths } from "./columnsXml";
import { addDefinedNames, type WorkbookDefinedName } from "./definedNamesXml";
import { planToWorkbook } from "./planToWorkbook";
import { applyRangeStyle } from "./rangeStyles";
import { addConditionalFormats, addValidations } from "./rules";
import { quotedSheetName } from "./sheetReference";
import { renderTableXml } from "./tableXml";
import { parseAttributes } from "./xmlText";

const WORKBOOK_PART = "xl/workbook.xml";
// ExcelJS names the worksheet parts sheet1.xml, sheet2.xml … in the order the sheets were added.
const sheetPart = (index: number) => `xl/worksheets/sheet${index + 1}.xml`;

function absoluteRange(range: string): string {
  return range
    .split(":")
    .map((address) => a1(parseA1(address), true))
    .join(":");
}

/** A sheet's names and print area, scoped to the sheet at `index`. */
function sheetScopedNames(plan: PlainSheetPlan, index: number): WorkbookDefinedName[] {
  const sheet = quotedSheetName(plan.sheetName);
  return [
    ...plan.names.map((name) => ({
      name: name.name,
      formula: `${sheet}!${a1(name.ref, true)}`,
      localSheetId: index,
      comment: name.comment,
    })),
    { name: "_xlnm.Print_Area", formula: `${sheet}!${absoluteRange(plan.printArea)}`, localSheetId: index },
  ];
}

/** A sheet without a table, as ExcelJS writes it: cells, styles, widths, rules, view and page setup. */
function addPlainSheet(workbook: ExcelJS.Workbook, plan: PlainSheetPlan): void {
  const freezeAt = a1({ row: plan.freezeRows, col: 0 });
  const worksheet = workbook.addWorksheet(plan.sheetName, {
    views: [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows, topLeftCell: freezeAt, activeCell: freezeAt }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  for (const planned of plan.cells) {
    const cell = worksheet.getCell(planned.row + 1, planned.col + 1);
    cell.value = toExcelValue(planned.content);
    if (planned.numberFormat) cell.numFmt = planned.numberFormat;
  }
  for (const style of plan.styles) applyRangeStyle(worksheet, style);
  for (const { col, chars } of plan.columnWidths) worksheet.getColumn(col + 1).width = chars;
  addConditionalFormats(worksheet, plan.conditionalFormats);
  addValidations(worksheet, plan.validations);
}

async function rewritePart(zip: JSZip, path: string, rewrite: (xml: string) => string): Promise<void> {
  const part = zip.file(path);
  if (!part) throw new Error(`the written workbook has no ${path}`);
  zip.file(path, rewrite(await part.async("string")));
}

async function replaceTablePart(zip: JSZip, plan: SheetPlan): Promise<void> {
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const attributes = parseAttributes(/<table\b[^>]*>/.exec(xml)?.[0] ?? "");
    if (attributes.name !== plan.table.name) continue;
    zip.file(path, renderTableXml(plan.table, Number(attributes.id)));
    return;
  }
  throw new Error(`the written workbook has no table ${plan.table.name}`);
}

/**
 * A budget sheet first, then sheets without a table (scenarios, plans), as the bytes of one .xlsx
 * file. As writePlanToXlsx does for one sheet, the names (scoped to their own sheet), print areas,
 * column widths and the table part are finished in the written file. Charts are not written yet.
 */
export async function writeWorkbookToXlsx(budgetPlan: SheetPlan, others: readonly PlainSheetPlan[]): Promise<Buffer> {
  const workbook = planToWorkbook(budgetPlan);
  for (const plan of others) addPlainSheet(workbook, plan);
  const sheets: PlainSheetPlan[] = [budgetPlan, ...others];
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await rewritePart(zip, WORKBOOK_PART, (xml) =>
    addDefinedNames(
      xml,
      sheets.flatMap((plan, index) => sheetScopedNames(plan, index)),
    ),
  );
  for (const [index, plan] of sheets.entries()) {
    await rewritePart(zip, sheetPart(index), (xml) => replaceColumnWidths(xml, plan.columnWidths));
  }
  await replaceTablePart(zip, budgetPlan);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
