import { Decimal } from "../decimal";
import { BudgetInputError } from "../errors";
import { actualsFileStrings } from "../../i18n";
import { openZip, ZipError, type ZipArchive } from "./zip";

/**
 * The rows of an .xlsx sheet as the import reads them: every cell as text, like the fields of a CSV
 * record, and the sheet's row number each record comes from.
 */
export interface SheetRows {
  /** The sheet's name. */
  sheet: string;
  records: string[][];
  /** The sheet's 1-based row number of each record, for messages and assignments. */
  lines: number[];
}

export interface XlsxBook {
  /** The sheets in the workbook's order. */
  sheets: string[];
  /** A sheet's rows; blank rows are left out. */
  rows(sheet: string): Promise<SheetRows>;
}

const fail = (say: Parameters<typeof actualsFileStrings.both>[0]): never => {
  throw new BudgetInputError("value", actualsFileStrings.both(say));
};

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const pattern = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * What an actuals file is by its first bytes: a zip archive is read as an .xlsx workbook; an Office
 * compound file is refused (a password-protected .xlsx or an old .xls); anything else is CSV text.
 */
export function actualsFileKind(bytes: Uint8Array): "xlsx" | "csv" {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  if (CFB_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    if (containsUtf16(bytes, "EncryptedPackage")) fail((s) => s.errors.encrypted);
    if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book")) fail((s) => s.errors.xls);
    fail((s) => s.errors.notActualsFile);
  }
  return "csv";
}

// —— XML, read with patterns: the parts an .xlsx holds are machine-written and flat ——

/** An element name with or without a namespace prefix (x:row). */
const el = (name: string) => `(?:[A-Za-z_][\\w.-]*:)?${name}`;
const elementPattern = (name: string) =>
  new RegExp(`<${el(name)}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${el(name)}>)`, "g");

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found[match[1]] = unescapeXml(match[2] ?? match[3]);
  return found;
}

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (whole, hex, dec, named) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[(named as string).toLowerCase()] ?? whole;
  });
}

/** Spreadsheet text escapes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_). */
const unescapeXstring = (text: string) =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The text of a string item or inline string: its runs together, phonetic guides left out. */
function runText(xml: string): string {
  const body = xml.replace(new RegExp(`<${el("rPh")}\\b[\\s\\S]*?<\\/${el("rPh")}>`, "g"), "");
  let text = "";
  for (const match of body.matchAll(elementPattern("t"))) text += unescapeXml(match[2] ?? "");
  return unescapeXstring(text);
}

function columnIndex(reference: string): number | null {
  const letters = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(reference)?.[1];
  if (!letters) return null;
  let index = 0;
  for (const c of letters.toUpperCase()) index = index * 26 + (c.charCodeAt(0) - 64);
  return index - 1;
}

const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a number format shows a date or time: a day, month, year, hour or second outside quotes and brackets. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").replace(/;.*$/, "");
  return /[ymdhs]/i.test(bare);
}

/** Per cell style (the s attribute), whether its number format is a date. */
function dateStyles(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const match of stylesXml.matchAll(elementPattern("numFmt"))) {
    const a = attributes(match[1]);
    custom.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const cellXfs = new RegExp(`<${el("cellXfs")}\\b[^>]*>([\\s\\S]*?)<\\/${el("cellXfs")}>`).exec(stylesXml)?.[1] ?? "";
  return [...cellXfs.matchAll(elementPattern("xf"))].map((match) => {
    const id = Number(attributes(match[1]).numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}

const MS_PER_DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A date cell's serial as an ISO day, the time of day dropped. In the 1900 system serial 1 is
 * 1900-01-01 and serial 60 the 29 February 1900 that never was (kept as Excel shows it, which no
 * calendar reads); in the 1904 system serial 0 is 1904-01-01.
 */
export function serialDayText(value: string, date1904: boolean): string {
  let whole: number;
  try {
    whole = new Decimal(value.trim()).floor().toNumber();
  } catch {
    return value.trim();
  }
  const serial = date1904 ? whole + 1462 : whole;
  if (serial === 60) return "1900-02-29";
  if (serial < 1 || serial > 2_958_465) return value.trim();
  const date = new Date(Date.UTC(1899, 11, serial < 60 ? 31 : 30) + serial * MS_PER_DAY);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * A number cell's stored text as a decimal string, never through a binary float: 1234.5 stays
 * 1234.5, 1.5E-2 becomes 0.015, and the seventeen digits a spreadsheet may store for a computed
 * value are cut to the fifteen it shows (1234.5600000000001 is 1234.56).
 */
export function numberText(value: string): string {
  let number: Decimal;
  try {
    number = new Decimal(value.trim());
  } catch {
    return value.trim();
  }
  return (number.precision() > 15 ? number.toSignificantDigits(15) : number).toFixed();
}

function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

function relationships(xml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of (xml ?? "").matchAll(elementPattern("Relationship"))) {
    const a = attributes(match[1]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target);
  }
  return targets;
}

async function openArchive(bytes: Uint8Array): Promise<ZipArchive> {
  try {
    return openZip(bytes);
  } catch (error) {
    throw xlsxError(error);
  }
}

function xlsxError(error: unknown): unknown {
  if (!(error instanceof ZipError)) return error;
  if (error.kind === "encrypted")
    return new BudgetInputError(
      "value",
      actualsFileStrings.both((s) => s.errors.encrypted),
    );
  if (error.kind === "cannotUnzip")
    return new BudgetInputError(
      "value",
      actualsFileStrings.both((s) => s.errors.cannotUnzip),
    );
  return new BudgetInputError(
    "value",
    actualsFileStrings.both((s) => s.errors.damaged(error.message)),
  );
}

async function part(zip: ZipArchive, name: string): Promise<string | undefined> {
  try {
    return await zip.text(name);
  } catch (error) {
    throw xlsxError(error);
  }
}

/** An .xlsx workbook's sheets, each read as rows of text when asked for. */
export async function openXlsx(bytes: Uint8Array): Promise<XlsxBook> {
  const zip = await openArchive(bytes);
  const rootTarget = [...relationships(await part(zip, "_rels/.rels")).values()].find((target) =>
    /workbook\.xml$/i.test(target),
  );
  const workbookPath = rootTarget ? resolvePart("", rootTarget) : "xl/workbook.xml";
  const workbookXml = await part(zip, workbookPath);
  if (workbookXml === undefined) return fail((s) => s.errors.notActualsFile);
  const relsPath = workbookPath.replace(/([^/]*)$/, "_rels/$1.rels");
  const rels = relationships(await part(zip, relsPath));
  const properties = new RegExp(`<${el("workbookPr")}\\b([^>]*)>`).exec(workbookXml);
  const date1904 = /^(?:1|true)$/.test(attributes(properties?.[1] ?? "").date1904 ?? "");
  const sheets = [...workbookXml.matchAll(elementPattern("sheet"))].map((match) => {
    const a = attributes(match[1]);
    const id = Object.entries(a).find(([key]) => /(?:^|:)id$/.test(key) && key !== "sheetId")?.[1];
    const target = id === undefined ? undefined : rels.get(id);
    return { name: a.name ?? "", path: target === undefined ? undefined : resolvePart(workbookPath, target) };
  });
  let shared: string[] | null = null;
  let styles: boolean[] | null = null;
  const sharedPath = [...rels.values()].find((target) => /sharedStrings\.xml$/i.test(target));
  const stylesPath = [...rels.values()].find((target) => /styles\.xml$/i.test(target));

  return {
    sheets: sheets.map((sheet) => sheet.name),
    rows: async (name) => {
      const sheet = sheets.find((s) => s.name === name);
      if (!sheet) return fail((s) => s.errors.noSuchSheet(name, sheets.map((s) => s.name).join(", ")));
      const xml = sheet.path === undefined ? undefined : await part(zip, sheet.path);
      if (xml === undefined) return { sheet: name, records: [], lines: [] };
      shared ??= [
        ...((sharedPath && (await part(zip, resolvePart(workbookPath, sharedPath)))) || "").matchAll(
          elementPattern("si"),
        ),
      ].map((match) => runText(match[2] ?? ""));
      styles ??= dateStyles(stylesPath ? await part(zip, resolvePart(workbookPath, stylesPath)) : undefined);
      return { sheet: name, ...sheetRows(xml, shared, styles, date1904) };
    },
  };
}

/** The rows of a worksheet part: each cell's text; rows and cells without a reference follow the one before. */
function sheetRows(xml: string, shared: readonly string[], dates: readonly boolean[], date1904: boolean) {
  const records: string[][] = [];
  const lines: number[] = [];
  const sheetData = new RegExp(`<${el("sheetData")}\\b[^>]*>([\\s\\S]*?)<\\/${el("sheetData")}>`).exec(xml)?.[1] ?? "";
  const valuePattern = new RegExp(`<${el("v")}\\b[^>]*>([\\s\\S]*?)<\\/${el("v")}>`);
  const inlinePattern = new RegExp(`<${el("is")}\\b[^>]*>([\\s\\S]*?)<\\/${el("is")}>`);
  let rowNumber = 0;
  for (const rowMatch of sheetData.matchAll(elementPattern("row"))) {
    const r = Number(attributes(rowMatch[1]).r);
    rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
    const record: string[] = [];
    let column = -1;
    for (const cellMatch of (rowMatch[2] ?? "").matchAll(elementPattern("c"))) {
      const a = attributes(cellMatch[1]);
      const at = a.r === undefined ? null : columnIndex(a.r);
      column = at ?? column + 1;
      const body = cellMatch[2] ?? "";
      const stored = valuePattern.exec(body)?.[1];
      const v = stored === undefined ? undefined : unescapeXml(stored);
      let text = "";
      switch (a.t) {
        case "s":
          text = v === undefined ? "" : (shared[Number(v)] ?? "");
          break;
        case "inlineStr": {
          const inline = inlinePattern.exec(body)?.[1];
          text = inline === undefined ? unescapeXstring(v ?? "") : runText(inline);
          break;
        }
        case "str":
        case "e":
        case "d":
          text = unescapeXstring(v ?? "");
          break;
        case "b":
          text = v === undefined ? "" : v.trim() === "1" ? "TRUE" : "FALSE";
          break;
        default:
          if (v !== undefined && v.trim() !== "")
            text = dates[Number(a.s ?? 0)] ? serialDayText(v, date1904) : numberText(v);
      }
      while (record.length < column) record.push("");
      record[column] = text;
    }
    if (record.some((cell) => cell.trim() !== "")) {
      records.push(Array.from(record, (cell) => cell ?? ""));
      lines.push(rowNumber);
    }
  }
  return { records, lines };
}

/**
 * The rows of an .xlsx actuals file: the sheet named, else the first that holds any row. A sheet
 * that does not exist or holds nothing, a workbook with no rows at all, a damaged or
 * password-protected file are refused with what is wrong.
 */
export async function readXlsxRows(bytes: Uint8Array, sheet?: string): Promise<SheetRows & { sheets: string[] }> {
  const book = await openXlsx(bytes);
  if (sheet !== undefined) {
    const rows = await book.rows(sheet);
    if (rows.records.length === 0) fail((s) => s.errors.emptySheet(sheet));
    return { ...rows, sheets: book.sheets };
  }
  for (const name of book.sheets) {
    const rows = await book.rows(name);
    if (rows.records.length > 0) return { ...rows, sheets: book.sheets };
  }
  return fail((s) => s.errors.emptyWorkbook);
}
