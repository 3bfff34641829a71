import JSZip from "jszip";
import { a1, parseA1 } from "../../sheet/address";
import type { PlainSheetPlan, SheetPlan } from "../../sheet/plan";
import { replaceColumnWidths } from "./columnsXml";
import { addDefinedNames, type WorkbookDefinedName } from "./definedNamesXml";
import { planToWorkbook } from "./planToWorkbook";
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
 * The budget sheet, then any sheets without a table (scenarios, plans), as the bytes of one .xlsx
 * file. ExcelJS writes cells, cached results, styles, the table's plumbing and rules. Three things
 * are then rewritten as Excel writes them: the table part (ExcelJS adds totals-row attributes to a
 * table without one), the defined names (ExcelJS writes no sheet-scoped names, and print areas with
 * relative rows) and the column widths. Charts are not written.
 */
export async function writeWorkbookToXlsx(budgetPlan: SheetPlan, others: readonly PlainSheetPlan[]): Promise<Buffer> {
  const sheets: PlainSheetPlan[] = [budgetPlan, ...others];
  const zip = await JSZip.loadAsync(await planToWorkbook(budgetPlan, others).xlsx.writeBuffer());
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

/** One budget sheet as the bytes of an .xlsx file. */
export function writePlanToXlsx(plan: SheetPlan): Promise<Buffer> {
  return writeWorkbookToXlsx(plan, []);
}
