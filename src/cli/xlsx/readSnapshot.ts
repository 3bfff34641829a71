import ExcelJS from "exceljs";
import JSZip from "jszip";
import { posix } from "node:path";
import { a1, parseA1 } from "../../sheet/address";
import { isBudgetTable } from "../../sheet/readBudgetSheet";
import type { CellValue, SheetSnapshot, TableSnapshot } from "../../sheet/snapshot";
import { mapTableColumns } from "../../sheet/tableColumns";
import { splitSheetReference } from "./sheetReference";
import { parseAttributes, unescapeXml } from "./xmlText";
import type { Text } from "../../i18n";

/** The file cannot be read as a workbook; the text says why, in the planner's words. */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";
  constructor(readonly text: Text) {
    super(text.en);
  }
}

export interface WorkbookSheet {
  name: string;
  /** The sheet's budget table (or else its first table) as one read; null when it has no table. */
  snapshot: SheetSnapshot | null;
  /**
   * True when the sheet's Budget formulas and named formula cells carry no cached result at all: the
   * file was written by a program that does not calculate, and its figures cannot be read.
   */
  uncalculated: boolean;
}

const DAMAGED: Text = {
  zh: "不是 .xlsx 工作簿，或文件已损坏：无法作为 zip 打开。",
  en: "not an .xlsx workbook, or damaged: it cannot be opened as a zip archive.",
};
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET_DAYS = 25_569; // 1970-01-01 as an Excel serial date

interface TablePart {
  name: string;
  /** Zero-based rows and columns of the table body and its header. */
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  firstCol: number;
  headers: string[];
}

interface DefinedName {
  name: string;
  reference: string;
  localSheetId?: number;
}

function elements(xml: string, tag: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))].map((match) => parseAttributes(match[0]));
}

/** Relationship targets by id, resolved to paths inside the zip. */
async function relationships(zip: JSZip, partPath: string): Promise<Map<string, { target: string; type: string }>> {
  const relsPath = posix.join(posix.dirname(partPath), "_rels", `${posix.basename(partPath)}.rels`);
  const xml = await zip.file(relsPath)?.async("string");
  const byId = new Map<string, { target: string; type: string }>();
  for (const rel of xml ? elements(xml, "Relationship") : []) {
    const target = rel.Target.startsWith("/")
      ? rel.Target.slice(1)
      : posix.normalize(posix.join(posix.dirname(partPath), rel.Target));
    byId.set(rel.Id, { target, type: rel.Type ?? "" });
  }
  return byId;
}

function relationshipId(attributes: Record<string, string>): string | undefined {
  const key = Object.keys(attributes).find((name) => name === "r:id" || name.endsWith(":id"));
  return key ? attributes[key] : undefined;
}

function parseTablePart(xml: string): TablePart | null {
  const table = elements(xml, "table")[0];
  if (!table?.ref) return null;
  const [from, to = from] = table.ref.split(":").map(parseA1);
  const headerRows = Number(table.headerRowCount ?? 1);
  const totalsRows = Number(table.totalsRowCount ?? 0);
  return {
    name: table.displayName ?? table.name ?? "",
    headerRow: from.row,
    firstDataRow: from.row + headerRows,
    lastDataRow: to.row - totalsRows,
    firstCol: from.col,
    headers: elements(xml, "tableColumn").map((column) => column.name ?? ""),
  };
}

async function sheetTables(zip: JSZip, sheetPath: string): Promise<TablePart[]> {
  const tables: TablePart[] = [];
  for (const { target, type } of (await relationships(zip, sheetPath)).values()) {
    if (!type.endsWith("/table")) continue;
    const xml = await zip.file(target)?.async("string");
    const table = xml ? parseTablePart(xml) : null;
    if (table) tables.push(table);
  }
  return tables;
}

function definedNames(workbookXml: string): DefinedName[] {
  return [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((match) => {
    const attributes = parseAttributes(match[1]);
    const local = attributes.localSheetId;
    return {
      name: attributes.name,
      reference: unescapeXml(match[2]),
      ...(local !== undefined ? { localSheetId: Number(local) } : {}),
    };
  });
}

/** The single cell a name refers to on this sheet, "O12"; null for a range, a formula or another sheet. */
function cellOnSheet(reference: string, sheetName: string): string | null {
  try {
    const { sheetName: target, reference: address } = splitSheetReference(reference);
    if (target !== sheetName) return null;
    return a1(parseA1(address.replace(/\$/g, "")));
  } catch {
    return null;
  }
}

interface ReadCell {
  value: CellValue;
  formula: string | null;
  cached: boolean;
}

function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((run: { text: string }) => run.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
  }
  return null;
}

function readCell(cell: ExcelJS.Cell): ReadCell {
  if (cell.type !== ExcelJS.ValueType.Formula) return { value: plainValue(cell.value), formula: null, cached: true };
  const result = (cell.value as ExcelJS.CellFormulaValue).result;
  return { value: plainValue(result), formula: `=${cell.formula}`, cached: result !== undefined };
}

function readSheet(
  worksheet: ExcelJS.Worksheet,
  table: TablePart,
  names: DefinedName[],
  sheetIndex: number,
): WorkbookSheet {
  const cellAt = (row: number, col: number) => readCell(worksheet.getRow(row + 1).getCell(col + 1));
  const budgetOffset = mapTableColumns(table.headers).offsets.budget;
  const rows: CellValue[][] = [];
  const budgetFormulas: (string | null)[] = [];
  let formulas = 0;
  let cached = 0;
  for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
    rows.push(table.headers.map((_, offset) => cellAt(row, table.firstCol + offset).value));
    const budget = budgetOffset === undefined ? null : cellAt(row, table.firstCol + budgetOffset);
    budgetFormulas.push(budget?.formula ?? null);
    if (budget?.formula) {
      formulas++;
      if (budget.cached) cached++;
    }
  }
  // A sheet-scoped name wins over a workbook-wide one of the same name.
  const ordered = [
    ...names.filter((n) => n.localSheetId === undefined),
    ...names.filter((n) => n.localSheetId === sheetIndex),
  ];
  const namedCells: SheetSnapshot["names"] = {};
  for (const name of ordered) {
    const address = cellOnSheet(name.reference, worksheet.name);
    if (!address || name.name.startsWith("_xlnm.")) continue;
    const ref = parseA1(address);
    const cell = cellAt(ref.row, ref.col);
    if (cell.formula) {
      formulas++;
      if (cell.cached) cached++;
    }
    namedCells[name.name] = { address, value: cell.value };
  }
  const snapshotTable: TableSnapshot = {
    name: table.name,
    headerRow: table.headerRow,
    firstCol: table.firstCol,
    headers: table.headers,
    rows,
    budgetFormulas,
  };
  return {
    name: worksheet.name,
    snapshot: { sheetName: worksheet.name, table: snapshotTable, names: namedCells },
    uncalculated: formulas > 0 && cached === 0,
  };
}

/**
 * Every worksheet of an .xlsx file, in workbook order, with a snapshot of its budget table as the
 * file's cached values show it. Tables and sheet-scoped names are read from the zip's parts, which
 * ExcelJS reads only in part; cells through ExcelJS.
 */
export async function readWorkbookSheets(bytes: Buffer): Promise<WorkbookSheet[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableWorkbookError(DAMAGED);
  }
  const workbookPath = "xl/workbook.xml";
  const workbookXml = await zip.file(workbookPath)?.async("string");
  if (workbookXml === undefined) {
    throw new UnreadableWorkbookError({
      zh: "是 zip 文件，但不是 .xlsx 工作簿：缺少 xl/workbook.xml。",
      en: "a zip archive but not an .xlsx workbook: it has no xl/workbook.xml.",
    });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError(DAMAGED);
  }
  const rels = await relationships(zip, workbookPath);
  const names = definedNames(workbookXml);
  const sheets: WorkbookSheet[] = [];
  const sheetElements = elements(workbookXml.match(/<sheets\b[\s\S]*?<\/sheets>/)?.[0] ?? "", "sheet");
  for (const [index, sheet] of sheetElements.entries()) {
    const id = relationshipId(sheet);
    const part = id ? rels.get(id) : undefined;
    const worksheet = workbook.getWorksheet(sheet.name);
    if (!part || !worksheet) continue; // a chart sheet
    const tables = await sheetTables(zip, part.target);
    const table = tables.find((t) => isBudgetTable(t)) ?? tables[0];
    sheets.push(
      table ? readSheet(worksheet, table, names, index) : { name: sheet.name, snapshot: null, uncalculated: false },
    );
  }
  return sheets;
}
