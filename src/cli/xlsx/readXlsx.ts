import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookDefinedName } from "./definedNamesXml";
import { splitSheetReference } from "./sheetReference";
import { parseAttributes, unescapeXml } from "./xmlText";

/** What a cell shows: the cached result of a formula, or its typed value. */
export type CellResult = number | string | boolean | null | { error: string };

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The defined names of workbook.xml with their scope, which ExcelJS's reader drops. */
export async function readDefinedNames(bytes: Buffer): Promise<WorkbookDefinedName[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  if (workbookXml === undefined) throw new Error("not an .xlsx workbook: xl/workbook.xml is missing");
  return [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((match) => {
    const attributes = parseAttributes(match[1]);
    const localSheetId = attributes.localSheetId === undefined ? undefined : Number(attributes.localSheetId);
    return {
      name: attributes.name,
      formula: unescapeXml(match[2]),
      ...(localSheetId === undefined ? {} : { localSheetId }),
      ...(attributes.comment ? { comment: attributes.comment } : {}),
    };
  });
}

export function cellResult(cell: ExcelJS.Cell): CellResult {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null) return null;
    if (result instanceof Date) return result.toISOString();
    return result;
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return { error: value.error };
  if ("text" in value) return typeof value.text === "string" ? value.text : null;
  return null;
}

/** The single cell a sheet-scoped (or workbook) name refers to. */
export function namedCell(
  workbook: ExcelJS.Workbook,
  definedNames: readonly WorkbookDefinedName[],
  name: string,
): ExcelJS.Cell {
  const definedName = definedNames.find((n) => n.name === name);
  if (!definedName) throw new Error(`the workbook has no name ${name}`);
  const { sheetName, reference } = splitSheetReference(definedName.formula);
  const worksheet = workbook.getWorksheet(sheetName);
  if (!worksheet) throw new Error(`${name} refers to a missing sheet ${sheetName}`);
  return worksheet.getCell(reference.replace(/\$/g, ""));
}
