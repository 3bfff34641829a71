import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { posix } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { a1, columnIndex, parseA1 } from "../../sheet/address";
import { isBudgetTable } from "../../sheet/readBudgetSheet";
import type { CellValue, SheetSnapshot, TableSnapshot } from "../../sheet/snapshot";
import { mapTableColumns } from "../../sheet/tableColumns";
import { splitSheetReference } from "./sheetReference";
import { UNREADABLE, UnreadableWorkbookError, damagedPart, notAZip } from "./unreadableWorkbook";
import { parseAttributes, unescapeXml } from "./xmlText";

export { UnreadableWorkbookError } from "./unreadableWorkbook";

/** A table part's geometry: zero-based rows and columns of its header and body. */
export interface TablePart {
  name: string;
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  firstCol: number;
  headers: string[];
}

export interface SheetRead {
  snapshot: SheetSnapshot;
  /**
   * True when the sheet's Budget formulas and named formula cells carry no cached result at all: the
   * file was written by a program that does not calculate, and its figures cannot be read.
   */
  uncalculated: boolean;
}

export interface WorkbookSheet {
  name: string;
  /** The sheet's budget table (or else its first table), from its table part; null when it has none. */
  table: TablePart | null;
  /** The table's values and the cells of the sheet's names: parses this sheet's XML, and no other. */
  read(): Promise<SheetRead>;
  /** The names scoped to this sheet and the cells they refer to ("C7"); a range or formula is left out. */
  localNames: Record<string, string>;
  /** The values (a formula's cached result) of the cells `wanted` asks for, from this sheet's XML alone. */
  cells(wanted: (row: number, col: number) => boolean): Promise<(row: number, col: number) => CellValue>;
  /** The formulas ("=…", null for a value or a blank) of the cells `wanted` asks for. */
  formulas(wanted: (row: number, col: number) => boolean): Promise<(row: number, col: number) => string | null>;
}

interface DefinedName {
  name: string;
  reference: string;
  localSheetId?: number;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET_DAYS = 25_569; // 1970-01-01 as an Excel serial date
const MAX_COLUMNS = 16_384;

/** An element of any namespace prefix: "c" matches <c> and <x:c>. */
const tag = (name: string) => `<(?:[\\w.-]+:)?${name}\\b`;
const endTag = (name: string) => `</(?:[\\w.-]+:)?${name}>`;

function elements(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`${tag(name)}[^>]*>`, "g"))].map((match) => parseAttributes(match[0]));
}

/** The zip's parts by name; part names are case-insensitive, so a differently cased name is found too. */
class Parts {
  private readonly byLowerName = new Map<string, JSZip.JSZipObject>();
  constructor(readonly zip: JSZip) {
    zip.forEach((path, file) => this.byLowerName.set(path.toLowerCase(), file));
  }

  file(path: string): JSZip.JSZipObject | undefined {
    return this.zip.file(path) ?? this.byLowerName.get(path.toLowerCase());
  }

  /** The part's XML, checked to be well-formed; undefined when the zip has no such part. */
  async xml(path: string): Promise<string | undefined> {
    const file = this.file(path);
    if (!file) return undefined;
    let xml: string;
    try {
      xml = (await file.async("string")).replace(/^\uFEFF/, "");
    } catch {
      throw new UnreadableWorkbookError(damagedPart(path));
    }
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new UnreadableWorkbookError(damagedPart(path, valid.err.line));
    return xml;
  }
}

/** Relationship targets by id, resolved to paths inside the zip. */
async function relationships(parts: Parts, partPath: string): Promise<Map<string, { target: string; type: string }>> {
  const relsPath = posix.join(posix.dirname(partPath), "_rels", `${posix.basename(partPath)}.rels`);
  const xml = await parts.xml(relsPath);
  const byId = new Map<string, { target: string; type: string }>();
  for (const rel of xml ? elements(xml, "Relationship") : []) {
    if (rel.TargetMode === "External" || !rel.Target) continue;
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

/** The workbook part, found as the package's relationships name it; xl/workbook.xml when they do not. */
async function workbookPath(parts: Parts): Promise<string> {
  const root = await relationships(parts, "");
  const main = [...root.values()].find((rel) => rel.type.endsWith("/officeDocument"));
  if (main?.target.toLowerCase().endsWith(".bin")) throw new UnreadableWorkbookError(UNREADABLE.xlsb);
  if (main && parts.file(main.target)) return main.target;
  if (parts.file("xl/workbook.xml")) return "xl/workbook.xml";
  const mimetype = await parts.file("mimetype")?.async("string");
  if (mimetype?.trim() === "application/vnd.oasis.opendocument.spreadsheet")
    throw new UnreadableWorkbookError(UNREADABLE.ods);
  throw new UnreadableWorkbookError(UNREADABLE.noWorkbookPart);
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

async function sheetTables(parts: Parts, sheetPath: string): Promise<TablePart[]> {
  const tables: TablePart[] = [];
  for (const { target, type } of (await relationships(parts, sheetPath)).values()) {
    if (!type.endsWith("/table")) continue;
    const xml = await parts.xml(target);
    const table = xml ? parseTablePart(xml) : null;
    if (table) tables.push(table);
  }
  return tables;
}

function definedNames(workbookXml: string): DefinedName[] {
  const pattern = new RegExp(`${tag("definedName")}([^>]*)>([^<]*)${endTag("definedName")}`, "g");
  return [...workbookXml.matchAll(pattern)].map((match) => {
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

/** A cell as its XML has it, before shared strings are looked up. */
interface RawCell {
  value: CellValue;
  /** For a shared string, its index; the value is then filled in from the shared strings part. */
  sharedString?: number;
  formula: string | null;
  cached: boolean;
}

const ROW = new RegExp(`${tag("row")}([^>]*?)(?:/>|>([\\s\\S]*?)${endTag("row")})`, "g");
const CELL = new RegExp(`${tag("c")}([^>]*?)(?:/>|>([\\s\\S]*?)${endTag("c")})`, "g");
const FORMULA = new RegExp(`${tag("f")}([^>]*?)(?:/>|>([\\s\\S]*?)${endTag("f")})`);
const VALUE = new RegExp(`${tag("v")}[^>]*?(?:/>|>([\\s\\S]*?)${endTag("v")})`);
const INLINE = new RegExp(`${tag("is")}[^>]*>([\\s\\S]*?)${endTag("is")}`);
const TEXT_RUN = new RegExp(`${tag("t")}[^>]*?(?:/>|>([\\s\\S]*?)${endTag("t")})`, "g");
const PHONETIC = new RegExp(`${tag("rPh")}[\\s\\S]*?${endTag("rPh")}`, "g");

/** The text of a rich or plain string (<t> runs), without its phonetic guide. */
function runsText(xml: string): string {
  let text = "";
  for (const match of xml.replace(PHONETIC, "").matchAll(TEXT_RUN)) text += unescapeXml(match[1] ?? "");
  return text;
}

const attribute = (attributes: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1];

function rawCell(attributes: string, content: string, sharedFormulas: Map<string, string>): RawCell {
  const type = attribute(attributes, "t") ?? "n";
  const formulaMatch = FORMULA.exec(content);
  let formula: string | null = null;
  if (formulaMatch) {
    const text = unescapeXml(formulaMatch[2] ?? "");
    const shared = attribute(formulaMatch[1], "si");
    if (shared !== undefined && text !== "") sharedFormulas.set(shared, text);
    // A shared formula's other cells carry only its index: the first cell's text stands for them.
    formula = `=${text || (shared !== undefined ? (sharedFormulas.get(shared) ?? "") : "")}`;
  }
  const valueMatch = VALUE.exec(content);
  const raw = valueMatch ? unescapeXml(valueMatch[1] ?? "") : undefined;
  const cell: RawCell = { value: null, formula, cached: raw !== undefined };
  if (type === "inlineStr") {
    const inline = INLINE.exec(content);
    cell.value = inline ? runsText(inline[1]) : (raw ?? null);
    cell.cached = formula === null || inline !== null || raw !== undefined;
  } else if (raw === undefined) {
    cell.value = null;
  } else if (type === "s") {
    cell.sharedString = Number(raw);
  } else if (type === "str") {
    cell.value = raw;
  } else if (type === "b") {
    cell.value = raw.trim() === "1" || raw.trim().toLowerCase() === "true";
  } else if (type === "e") {
    cell.value = { error: raw };
  } else if (type === "d") {
    const time = Date.parse(raw);
    cell.value = Number.isNaN(time) ? raw : time / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
  } else {
    // A number; one no double can hold ("1e100000") stays as written, for the reader to report.
    const number = Number(raw);
    cell.value = raw.trim() !== "" && Number.isFinite(number) ? number : raw;
  }
  return cell;
}

const cellKey = (row: number, col: number) => row * MAX_COLUMNS + col;

/**
 * The cells `wanted` asks for, by position. A row or cell without its optional r attribute follows
 * the one before it, in document order, as the file format says.
 */
function sheetCells(xml: string, wanted: (row: number, col: number) => boolean): Map<number, RawCell> {
  const cells = new Map<number, RawCell>();
  const sharedFormulas = new Map<string, string>();
  let row = -1;
  for (const rowMatch of xml.matchAll(ROW)) {
    const rowNumber = attribute(rowMatch[1], "r");
    row = rowNumber === undefined ? row + 1 : Number(rowNumber) - 1;
    let col = -1;
    for (const cellMatch of (rowMatch[2] ?? "").matchAll(CELL)) {
      const reference = attribute(cellMatch[1], "r");
      col = reference === undefined ? col + 1 : columnIndex(reference.replace(/\d+$/, ""));
      const content = cellMatch[2] ?? "";
      // Shared formulas are kept from every cell: a wanted cell may share one that starts elsewhere.
      if (wanted(row, col)) cells.set(cellKey(row, col), rawCell(cellMatch[1], content, sharedFormulas));
      else if (content.includes("si=")) rawCell(cellMatch[1], content, sharedFormulas);
    }
  }
  return cells;
}

/**
 * The shared strings at `indexes`, read as a stream and kept only where wanted: a large sheet
 * elsewhere in the workbook may have filled the part with strings the budget never uses.
 */
async function sharedStrings(
  parts: Parts,
  path: string | undefined,
  indexes: Set<number>,
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (indexes.size === 0) return found;
  const file = path ? parts.file(path) : undefined;
  const part = path ?? "xl/sharedStrings.xml";
  if (!file) throw new UnreadableWorkbookError(damagedPart(part));
  const item = new RegExp(`${tag("si")}[^>]*?(?:/>|>([\\s\\S]*?)${endTag("si")})`, "g");
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let index = 0;
  const take = (text: string) => {
    pending += text;
    item.lastIndex = 0;
    let consumed = 0;
    for (let match = item.exec(pending); match; match = item.exec(pending)) {
      if (indexes.has(index)) {
        if (XMLValidator.validate(`<si>${match[1] ?? ""}</si>`) !== true)
          throw new UnreadableWorkbookError(damagedPart(part));
        found.set(index, runsText(match[1] ?? ""));
      }
      index++;
      consumed = item.lastIndex;
    }
    pending = pending.slice(consumed);
  };
  await new Promise<void>((resolve, reject) => {
    const stream = file.nodeStream("nodebuffer");
    const done = (error?: unknown) => {
      stream.removeAllListeners();
      stream.pause();
      if (error) reject(error);
      else resolve();
    };
    stream.on("data", (chunk: Buffer) => {
      try {
        take(decoder.write(chunk));
      } catch (error) {
        done(error);
        return;
      }
      if (found.size === indexes.size) done();
    });
    stream.on("end", () => done());
    stream.on("error", () => done(new UnreadableWorkbookError(damagedPart(part))));
  });
  if (found.size < indexes.size) throw new UnreadableWorkbookError(damagedPart(part));
  return found;
}

interface WorkbookParts {
  parts: Parts;
  sharedStringsPath?: string;
  names: DefinedName[];
}

async function readCells(
  workbook: WorkbookParts,
  path: string,
  wanted: (row: number, col: number) => boolean,
): Promise<(row: number, col: number) => CellValue> {
  const xml = await workbook.parts.xml(path);
  if (xml === undefined) throw new UnreadableWorkbookError(damagedPart(path));
  const cells = sheetCells(xml, wanted);
  const strings = await sharedStrings(
    workbook.parts,
    workbook.sharedStringsPath,
    new Set([...cells.values()].flatMap((cell) => (cell.sharedString === undefined ? [] : [cell.sharedString]))),
  );
  return (row, col) => {
    const cell = cells.get(cellKey(row, col));
    if (!cell) return null;
    return cell.sharedString === undefined ? cell.value : (strings.get(cell.sharedString) ?? null);
  };
}

async function readSheet(
  workbook: WorkbookParts,
  name: string,
  index: number,
  path: string,
  table: TablePart,
): Promise<SheetRead> {
  // A sheet-scoped name wins over a workbook-wide one of the same name.
  const named = new Map<string, string>();
  for (const definedName of [
    ...workbook.names.filter((n) => n.localSheetId === undefined),
    ...workbook.names.filter((n) => n.localSheetId === index),
  ]) {
    const address = cellOnSheet(definedName.reference, name);
    if (address && !definedName.name.startsWith("_xlnm.")) named.set(definedName.name, address);
  }
  const namedKeys = new Set(
    [...named.values()].map((address) => {
      const ref = parseA1(address);
      return cellKey(ref.row, ref.col);
    }),
  );
  const lastCol = table.firstCol + table.headers.length - 1;
  const xml = await workbook.parts.xml(path);
  if (xml === undefined) throw new UnreadableWorkbookError(damagedPart(path));
  const cells = sheetCells(
    xml,
    (row, col) =>
      (row >= table.firstDataRow && row <= table.lastDataRow && col >= table.firstCol && col <= lastCol) ||
      namedKeys.has(cellKey(row, col)),
  );
  const strings = await sharedStrings(
    workbook.parts,
    workbook.sharedStringsPath,
    new Set([...cells.values()].flatMap((cell) => (cell.sharedString === undefined ? [] : [cell.sharedString]))),
  );
  const cellAt = (row: number, col: number): RawCell => {
    const cell = cells.get(cellKey(row, col));
    if (!cell) return { value: null, formula: null, cached: true };
    return cell.sharedString === undefined ? cell : { ...cell, value: strings.get(cell.sharedString) ?? null };
  };

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
  const namedCells: SheetSnapshot["names"] = {};
  for (const [definedName, address] of named) {
    const ref = parseA1(address);
    const cell = cellAt(ref.row, ref.col);
    if (cell.formula) {
      formulas++;
      if (cell.cached) cached++;
    }
    namedCells[definedName] = { address, value: cell.value };
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
    snapshot: { sheetName: name, table: snapshotTable, names: namedCells },
    uncalculated: formulas > 0 && cached === 0,
  };
}

/**
 * The worksheets of an .xlsx file, in workbook order, each with its budget table (or else its first
 * table) as its table part describes it. Only the workbook, relationship and table parts are read
 * here; a sheet's cells are read when asked for (WorkbookSheet.read), from that sheet's XML alone,
 * so a large sheet elsewhere in the workbook costs nothing. A file that cannot be read throws
 * UnreadableWorkbookError saying what it is or which part is damaged.
 */
export async function readWorkbookSheets(bytes: Buffer): Promise<WorkbookSheet[]> {
  const problem = notAZip(bytes);
  if (problem) throw new UnreadableWorkbookError(problem);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnreadableWorkbookError(UNREADABLE.damagedZip);
  }
  const parts = new Parts(zip);
  const path = await workbookPath(parts);
  const workbookXml = (await parts.xml(path))!;
  const rels = await relationships(parts, path);
  const sharedStringsPath = [...rels.values()].find((rel) => rel.type.endsWith("/sharedStrings"))?.target;
  const workbook: WorkbookParts = {
    parts,
    names: definedNames(workbookXml),
    ...(sharedStringsPath ? { sharedStringsPath } : {}),
  };
  const sheets: WorkbookSheet[] = [];
  const sheetElements = elements(
    new RegExp(`${tag("sheets")}[\\s\\S]*?${endTag("sheets")}`).exec(workbookXml)?.[0] ?? "",
    "sheet",
  );
  for (const [index, sheet] of sheetElements.entries()) {
    const id = relationshipId(sheet);
    const part = id ? rels.get(id) : undefined;
    if (!part || !part.type.endsWith("/worksheet")) continue; // a chart or dialog sheet
    if (!parts.file(part.target)) throw new UnreadableWorkbookError(damagedPart(part.target));
    const tables = await sheetTables(parts, part.target);
    const table = tables.find((t) => isBudgetTable(t)) ?? tables[0] ?? null;
    const name = sheet.name;
    const localNames: Record<string, string> = {};
    for (const definedName of workbook.names.filter((n) => n.localSheetId === index)) {
      const address = cellOnSheet(definedName.reference, name);
      if (address) localNames[definedName.name] = address;
    }
    sheets.push({
      name,
      table,
      localNames,
      read: () => {
        if (!table) throw new Error(`sheet ${name} has no table`);
        return readSheet(workbook, name, index, part.target, table);
      },
      cells: (wanted) => readCells(workbook, part.target, wanted),
      formulas: async (wanted) => {
        const xml = await workbook.parts.xml(part.target);
        if (xml === undefined) throw new UnreadableWorkbookError(damagedPart(part.target));
        const cells = sheetCells(xml, wanted);
        return (row, col) => cells.get(cellKey(row, col))?.formula ?? null;
      },
    });
  }
  return sheets;
}
