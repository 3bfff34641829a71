import JSZip from "jszip";
import { a1, parseA1 } from "../../sheet/address";
import type { SheetPlan } from "../../sheet/plan";
import { replaceColumnWidths } from "./columnsXml";
import { addDefinedNames, type WorkbookDefinedName } from "./definedNamesXml";
import { planToWorkbook } from "./planToWorkbook";
import { quotedSheetName } from "./sheetReference";
import { renderTableXml } from "./tableXml";
import { parseAttributes } from "./xmlText";

const WORKBOOK_PART = "xl/workbook.xml";
// ExcelJS names the part of the workbook's first sheet so.
const SHEET_PART = "xl/worksheets/sheet1.xml";
// The plan is written as the workbook's only sheet.
const SHEET_INDEX = 0;

function absoluteRange(range: string): string {
  return range
    .split(":")
    .map((address) => a1(parseA1(address), true))
    .join(":");
}

/** The plan's names and its print area, all scoped to the sheet. */
function sheetScopedNames(plan: SheetPlan): WorkbookDefinedName[] {
  const sheet = quotedSheetName(plan.sheetName);
  return [
    ...plan.names.map((name) => ({
      name: name.name,
      formula: `${sheet}!${a1(name.ref, true)}`,
      localSheetId: SHEET_INDEX,
      comment: name.comment,
    })),
    { name: "_xlnm.Print_Area", formula: `${sheet}!${absoluteRange(plan.printArea)}`, localSheetId: SHEET_INDEX },
  ];
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
 * The sheet plan as the bytes of an .xlsx file. ExcelJS writes cells, cached results, styles, the
 * table's plumbing and rules. Three things are then rewritten as Excel writes them: the table part
 * (ExcelJS adds totals-row attributes to a table without one), the defined names (ExcelJS writes
 * no sheet-scoped names, and a print area with relative rows) and the column widths.
 */
export async function writePlanToXlsx(plan: SheetPlan): Promise<Buffer> {
  const workbook = planToWorkbook(plan);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await rewritePart(zip, WORKBOOK_PART, (xml) => addDefinedNames(xml, sheetScopedNames(plan)));
  await rewritePart(zip, SHEET_PART, (xml) => replaceColumnWidths(xml, plan.columnWidths));
  await replaceTablePart(zip, plan);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
