import JSZip from "jszip";
import { posix } from "node:path";
import { a1, columnLetter } from "../../sheet/address";
import type { CellContent, PlainSheetPlan, TablePlan } from "../../sheet/plan";
import { quotedSheetName } from "./sheetReference";
import { renderTableXml } from "./tableXml";
import { escapeXml, parseAttributes } from "./xmlText";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const WORKSHEET_TYPE = `${REL}/worksheet`;
const TABLE_TYPE = `${REL}/table`;
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
/** The paper size code of A4 in a workbook file. */
const A4 = 9;

export interface SheetWithTable extends PlainSheetPlan {
  table: TablePlan;
}

/** A sheet to write: with one table, or (the execution report) without. */
export type SheetToWrite = PlainSheetPlan & { table?: TablePlan };

/** Where the sheet goes: a new sheet, or in place of the sheet of this name (its part and table part kept). */
export interface SheetTarget {
  replace?: string;
  /** Hidden sheet-scoped names holding a text constant each (what the sheet keeps for later imports). */
  constants?: readonly { name: string; value: string }[];
}

export async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the workbook has no ${path}`);
  return (await file.async("string")).replace(/^\uFEFF/, "");
}

export const relsPath = (part: string) => posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
export const resolveTarget = (from: string, target: string) =>
  target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(posix.dirname(from), target));

export function relationships(xml: string): { id: string; type: string; target: string }[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const a = parseAttributes(m[0]);
    return { id: a.Id, type: a.Type ?? "", target: a.Target ?? "" };
  });
}

const freeId = (ids: readonly string[]) => {
  let n = ids.length + 1;
  while (ids.includes(`rId${n}`)) n++;
  return `rId${n}`;
};

/** The styles the sheet's cells need, appended to styles.xml: returns a format → style index map. */
export function addStyles(stylesXml: string, formats: readonly string[]): { xml: string; index: Map<string, number> } {
  let xml = stylesXml;
  const index = new Map<string, number>();
  if (formats.length === 0) return { xml, index };
  const existingIds = [...xml.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  let nextId = Math.max(163, ...existingIds) + 1;
  const numFmts = formats.map((code) => ({ id: nextId++, code }));
  const elements = numFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${escapeXml(f.code)}"/>`).join("");
  if (/<numFmts\b[^>]*>/.test(xml)) {
    xml = xml.replace(/<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/, (_, inner: string) => {
      const all = inner + elements;
      return `<numFmts count="${(all.match(/<numFmt\b/g) ?? []).length}">${all}</numFmts>`;
    });
  } else {
    xml = xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${numFmts.length}">${elements}</numFmts>`);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!cellXfs) throw new Error("the workbook's styles have no cellXfs");
  const count = (cellXfs[1].match(/<xf\b/g) ?? []).length;
  const xfs = numFmts
    .map((f) => `<xf numFmtId="${f.id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)
    .join("");
  numFmts.forEach((f, i) => index.set(f.code, count + i));
  xml = xml.replace(cellXfs[0], `<cellXfs count="${count + numFmts.length}">${cellXfs[1]}${xfs}</cellXfs>`);
  return { xml, index };
}

export function cellXml(ref: string, content: CellContent, style: number | undefined): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  switch (content.kind) {
    case "text":
      return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(content.text)}</t></is></c>`;
    case "number":
      return `<c r="${ref}"${s}><v>${content.value.toString()}</v></c>`;
    case "formula": {
      const f = `<f>${escapeXml(content.formula.replace(/^=/, ""))}</f>`;
      return typeof content.result === "string"
        ? `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(content.result)}</v></c>`
        : `<c r="${ref}"${s}>${f}<v>${content.result.toString()}</v></c>`;
    }
  }
}

/** The worksheet part: columns, cells row by row (text inline, never a shared-string index), the table part. */
function worksheetXml(plan: SheetToWrite, styles: Map<string, number>, tableRelId: string | null): string {
  const rows = new Map<number, { col: number; xml: string }[]>();
  for (const cell of plan.cells) {
    const style = cell.numberFormat ? styles.get(cell.numberFormat) : undefined;
    const list = rows.get(cell.row) ?? [];
    list.push({ col: cell.col, xml: cellXml(a1(cell), cell.content, style) });
    rows.set(cell.row, list);
  }
  const sheetData = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(
      ([row, cells]) =>
        `<row r="${row + 1}">${cells
          .sort((a, b) => a.col - b.col)
          .map((c) => c.xml)
          .join("")}</row>`,
    )
    .join("");
  const cols = plan.columnWidths
    .map(({ col, chars }) => `<col min="${col + 1}" max="${col + 1}" width="${chars}" customWidth="1"/>`)
    .join("");
  const lastCol = columnLetter(Math.max(...plan.cells.map((c) => c.col), 0));
  const lastRow = Math.max(...plan.cells.map((c) => c.row), 0) + 1;
  const frozen = a1({ row: plan.freezeRows, col: 0 });
  const views =
    plan.freezeRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${plan.freezeRows}" topLeftCell="${frozen}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : "";
  // Printed as the other sheets: landscape (unless the plan says), one page wide, as many tall as needed.
  const page = plan.page;
  const pageSetup =
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup${page ? ` paperSize="${A4}"` : ""} orientation="${page?.orientation ?? "landscape"}" fitToWidth="1" fitToHeight="${page?.fitToOnePage ? 1 : 0}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${lastCol}${lastRow}"/>${views}` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${sheetData}</sheetData>${pageSetup}` +
    (tableRelId ? `<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>` : "") +
    `</worksheet>`
  );
}

/**
 * Writes a sheet with one table into an existing .xlsx package and returns the new package: every
 * other part stays as it was (sheets, shared strings, charts, names), the sheet's cells are written
 * inline, its number formats appended to the styles, its names scoped to it, and the workbook asks
 * for a full recalculation on opening. With `replace`, the sheet of that name (its part, table part and
 * position) is rewritten in place and its old sheet-scoped names give way to the plan's. A plan without
 * a table writes a sheet without one (and replaces only a sheet without one). Every sheet written is
 * printed landscape (or as the plan's page says), one page wide, its rows above `freezeRows` frozen.
 */
export async function writeSheetIntoXlsx(bytes: Uint8Array, plan: SheetToWrite, target: SheetTarget): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const root = relationships(await text(zip, "_rels/.rels"));
  const workbookPath =
    root.find((r) => r.type.endsWith("/officeDocument"))?.target.replace(/^\//, "") ?? "xl/workbook.xml";
  let workbookXml = await text(zip, workbookPath);
  const workbookRelsPath = relsPath(workbookPath);
  let workbookRels = await text(zip, workbookRelsPath);
  let contentTypes = await text(zip, "[Content_Types].xml");
  const rels = relationships(workbookRels);
  const sheets = [
    ...(/<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? "").matchAll(/<sheet\b[^>]*>/g),
  ].map((m) => parseAttributes(m[0]));
  const relIdOf = (sheet: Record<string, string>) => sheet[Object.keys(sheet).find((k) => k.endsWith(":id")) ?? "r:id"];

  let sheetIndex: number;
  let sheetPath: string;
  let tablePath: string | null;
  let tableId: number;
  let tableRelId: string | null;
  const tableIds = await Promise.all(
    Object.keys(zip.files)
      .filter((p) => /^xl\/tables\/[^/]+\.xml$/i.test(p))
      .map(async (p) => Number(parseAttributes(/<table\b[^>]*>/.exec(await text(zip, p))?.[0] ?? "").id ?? 0)),
  );
  const replaced = target.replace === undefined ? -1 : sheets.findIndex((s) => s.name === target.replace);
  if (replaced >= 0) {
    sheetIndex = replaced;
    sheetPath = resolveTarget(workbookPath, rels.find((r) => r.id === relIdOf(sheets[replaced]))!.target);
    const sheetRels = zip.file(relsPath(sheetPath)) ? relationships(await text(zip, relsPath(sheetPath))) : [];
    const tableRel = sheetRels.find((r) => r.type === TABLE_TYPE);
    if (Boolean(tableRel) !== Boolean(plan.table))
      throw new Error(`sheet ${target.replace} ${tableRel ? "has a table" : "has no table"}`);
    tableRelId = tableRel?.id ?? null;
    tablePath = tableRel ? resolveTarget(sheetPath, tableRel.target) : null;
    tableId = tablePath
      ? Number(parseAttributes(/<table\b[^>]*>/.exec(await text(zip, tablePath))?.[0] ?? "").id ?? 1)
      : 0;
    // The old sheet's drawings, comments and other parts go with its cells: only the table is kept.
    zip.file(
      relsPath(sheetPath),
      relationshipsXml(
        tableRelId && tablePath ? [{ id: tableRelId, type: TABLE_TYPE, target: relativeTo(sheetPath, tablePath) }] : [],
      ),
    );
  } else {
    sheetIndex = sheets.length;
    let n = sheets.length + 1;
    while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
    sheetPath = `xl/worksheets/sheet${n}.xml`;
    let t = tableIds.length + 1;
    while (zip.file(`xl/tables/table${t}.xml`)) t++;
    tablePath = plan.table ? `xl/tables/table${t}.xml` : null;
    tableId = Math.max(0, ...tableIds) + 1;
    tableRelId = plan.table ? "rId1" : null;
    if (tableRelId && tablePath)
      zip.file(
        relsPath(sheetPath),
        relationshipsXml([{ id: tableRelId, type: TABLE_TYPE, target: relativeTo(sheetPath, tablePath) }]),
      );
    const relId = freeId(rels.map((r) => r.id));
    workbookRels = workbookRels.replace(
      "</Relationships>",
      `<Relationship Id="${relId}" Type="${WORKSHEET_TYPE}" Target="${escapeXml(relativeTo(workbookPath, sheetPath))}"/></Relationships>`,
    );
    const sheetId = Math.max(0, ...sheets.map((s) => Number(s.sheetId ?? 0))) + 1;
    workbookXml = workbookXml.replace(
      "</sheets>",
      `<sheet name="${escapeXml(plan.sheetName)}" sheetId="${sheetId}" r:id="${relId}"/></sheets>`,
    );
    contentTypes = contentTypes.replace(
      "</Types>",
      `<Override PartName="/${sheetPath}" ContentType="${WORKSHEET_CONTENT}"/>` +
        (tablePath ? `<Override PartName="/${tablePath}" ContentType="${TABLE_CONTENT}"/>` : "") +
        `</Types>`,
    );
  }

  const stylesRel = rels.find((r) => r.type.endsWith("/styles"));
  const formats = [...new Set(plan.cells.flatMap((c) => (c.numberFormat ? [c.numberFormat] : [])))];
  let styleIndex = new Map<string, number>();
  if (stylesRel) {
    const stylesPath = resolveTarget(workbookPath, stylesRel.target);
    const styled = addStyles(await text(zip, stylesPath), formats);
    zip.file(stylesPath, styled.xml);
    styleIndex = styled.index;
  }
  zip.file(sheetPath, worksheetXml(plan, styleIndex, tableRelId));
  if (tablePath && plan.table) zip.file(tablePath, renderTableXml(plan.table, tableId));

  // The sheet's names: its old sheet-scoped ones (on a replace) give way to the plan's.
  const sheetRef = quotedSheetName(plan.sheetName);
  const names = [
    ...plan.names.map((n) => ({ name: n.name, formula: `${sheetRef}!${a1(n.ref, true)}`, comment: n.comment })),
    {
      name: "_xlnm.Print_Area",
      formula: `${sheetRef}!${plan.printArea.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`,
      comment: "",
    },
  ];
  workbookXml = workbookXml.replace(/<definedName\b([^>]*)>[^<]*<\/definedName>/g, (element, attributes: string) =>
    parseAttributes(attributes).localSheetId === String(sheetIndex) ? "" : element,
  );
  const constants = (target.constants ?? []).map(
    (c) =>
      `<definedName name="${escapeXml(c.name)}" hidden="1" localSheetId="${sheetIndex}">${escapeXml(`"${c.value.replace(/"/g, '""')}"`)}</definedName>`,
  );
  const elements = names
    .map(
      (n) =>
        `<definedName name="${escapeXml(n.name)}"${n.comment ? ` comment="${escapeXml(n.comment)}"` : ""} localSheetId="${sheetIndex}">${escapeXml(n.formula)}</definedName>`,
    )
    .concat(constants)
    .join("");
  workbookXml = withDefinedNames(workbookXml, elements);
  storeWorkbookParts(zip, { workbookPath, workbookXml, workbookRels, contentTypes });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** workbook.xml with `elements` (<definedName> elements) added to its names, after <sheets> where it has none. */
export function withDefinedNames(workbookXml: string, elements: string): string {
  const xml = workbookXml.replace(/<definedNames\s*\/>/, "<definedNames></definedNames>");
  return xml.includes("</definedNames>")
    ? xml.replace("</definedNames>", `${elements}</definedNames>`)
    : xml.replace("</sheets>", `</sheets><definedNames>${elements}</definedNames>`);
}

/**
 * Stores workbook.xml (asking for a full recalculation on opening: the cached results of formulas may
 * read cells just written), its relationships and the content types; the calculation chain lists
 * formula cells, and a stale one makes Excel repair the file, so it goes.
 */
export function storeWorkbookParts(
  zip: JSZip,
  parts: { workbookPath: string; workbookXml: string; workbookRels: string; contentTypes: string },
): void {
  const { workbookPath, workbookRels, contentTypes } = parts;
  const workbookRelsPath = relsPath(workbookPath);
  const workbookXml = /<calcPr\b[^>]*\/>/.test(parts.workbookXml)
    ? parts.workbookXml.replace(
        /<calcPr\b([^>]*?)\s*\/>/,
        (_, attributes: string) => `<calcPr${attributes.replace(/\s*fullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"/>`,
      )
    : parts.workbookXml.replace(/(<\/definedNames>)/, `$1<calcPr calcId="191029" fullCalcOnLoad="1"/>`);
  zip.file(workbookPath, workbookXml);
  zip.file(workbookRelsPath, workbookRels);
  zip.file("[Content_Types].xml", contentTypes);
  const calcChain = relationships(workbookRels).find((r) => r.type.endsWith("/calcChain"));
  if (calcChain) {
    const path = resolveTarget(workbookPath, calcChain.target);
    zip.remove(path);
    zip.file(
      workbookRelsPath,
      workbookRels.replace(new RegExp(`<Relationship\\b[^>]*Id="${calcChain.id}"[^>]*/>`), ""),
    );
    zip.file(
      "[Content_Types].xml",
      contentTypes.replace(new RegExp(`<Override\\b[^>]*PartName="/${path.replace(/[.]/g, "\\.")}"[^>]*/>`), ""),
    );
  }
}

function relativeTo(from: string, to: string): string {
  return posix.relative(posix.dirname(from), to);
}

function relationshipsXml(list: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL}">` +
    list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("") +
    `</Relationships>`
  );
}
