import JSZip from "jszip";
import { a1, columnLetter, parseA1, rangeA1 } from "../../sheet/address";
import type { PlannedCell } from "../../sheet/plan";
import {
  addStyles,
  cellXml,
  relationships,
  relsPath,
  resolveTarget,
  storeWorkbookParts,
  text,
  withDefinedNames,
} from "./writeSheetIntoXlsx";
import { escapeXml, parseAttributes } from "./xmlText";

const TABLE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

/** What a patch changes besides the cells: a table grown by rows, the sheet's hidden constants. */
export interface SheetPatch {
  /** The cells to write; every other cell of the sheet stays as it was. */
  cells: readonly PlannedCell[];
  /** The sheet's table, its last row (0-based) now this one: its ref, its filter and the sheet's print area follow. */
  table?: { name: string; lastRow: number };
  /** Hidden sheet-scoped names holding a text constant each, added or changed. */
  constants?: readonly { name: string; value: string }[];
}

/** Why a patch cannot be made without losing what the sheet holds. */
export class PatchRefusedError extends Error {
  constructor(
    readonly sheetName: string,
    readonly address: string,
  ) {
    super(`cell ${address} of ${sheetName} is not free`);
  }
}

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

interface RowXml {
  attributes: string;
  cells: Map<number, string>;
}

/** The sheet's rows and cells by position; a row or cell without its r attribute cannot be placed. */
function parseRows(sheetData: string): Map<number, RowXml | string> {
  const rows = new Map<number, RowXml | string>();
  for (const match of sheetData.matchAll(ROW)) {
    const open = /^<row\b[^>]*?\/?>/.exec(match[0])![0];
    const r = parseAttributes(open).r;
    if (!r) throw new Error("the sheet has a row without its position");
    rows.set(Number(r) - 1, match[0]);
  }
  return rows;
}

function openRow(xml: string): RowXml {
  const open = /^<row\b([^>]*?)\/?>/.exec(xml)!;
  const cells = new Map<number, string>();
  for (const match of xml.matchAll(CELL)) {
    const r = parseAttributes(/^<c\b[^>]*?\/?>/.exec(match[0])![0]).r;
    if (!r) throw new Error("the sheet has a cell without its position");
    cells.set(parseA1(r).col, match[0]);
  }
  // The spans a program wrote may no longer hold: they are only a hint, and go.
  return { attributes: open[1].replace(/\s*spans="[^"]*"/, ""), cells };
}

/** Whether a cell's XML holds a value or a formula (a styled blank does not). */
const holdsSomething = (xml: string) => /<(v|f|is)\b/.test(xml);

/**
 * Writes cells into a sheet of an existing .xlsx package, every other cell and part as it was: rows
 * and cells are merged into the sheet's XML in place. With `table`, the table's ref and filter and
 * the sheet's print area grow to its new last row; `mustBeFree` cells (0-based rows and columns) must
 * be blank, else PatchRefusedError and nothing is written.
 */
export async function patchSheet(
  bytes: Uint8Array,
  sheetName: string,
  patch: SheetPatch,
  mustBeFree: (row: number, col: number) => boolean = () => false,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const root = relationships(await text(zip, "_rels/.rels"));
  const workbookPath =
    root.find((r) => r.type.endsWith("/officeDocument"))?.target.replace(/^\//, "") ?? "xl/workbook.xml";
  let workbookXml = await text(zip, workbookPath);
  const workbookRels = await text(zip, relsPath(workbookPath));
  const contentTypes = await text(zip, "[Content_Types].xml");
  const sheets = [
    ...(/<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml)?.[1] ?? "").matchAll(/<sheet\b[^>]*>/g),
  ].map((m) => parseAttributes(m[0]));
  const sheetIndex = sheets.findIndex((s) => s.name === sheetName);
  if (sheetIndex < 0) throw new Error(`the workbook has no sheet ${sheetName}`);
  const relId = sheets[sheetIndex][Object.keys(sheets[sheetIndex]).find((k) => k.endsWith(":id")) ?? "r:id"];
  const sheetPath = resolveTarget(workbookPath, relationships(workbookRels).find((r) => r.id === relId)!.target);
  let sheetXml = await text(zip, sheetPath);

  // The cells, merged into their rows.
  const stylesRel = relationships(workbookRels).find((r) => r.type.endsWith("/styles"));
  const formats = [...new Set(patch.cells.flatMap((c) => (c.numberFormat ? [c.numberFormat] : [])))];
  let styleIndex = new Map<string, number>();
  if (stylesRel && formats.length > 0) {
    const stylesPath = resolveTarget(workbookPath, stylesRel.target);
    const styled = addStyles(await text(zip, stylesPath), formats);
    zip.file(stylesPath, styled.xml);
    styleIndex = styled.index;
  }
  const dataMatch = /<sheetData\s*\/>|<sheetData\b[^>]*>([\s\S]*?)<\/sheetData>/.exec(sheetXml);
  if (!dataMatch) throw new Error(`sheet ${sheetName} has no cells`);
  const rows = parseRows(dataMatch[1] ?? "");
  const opened = new Map<number, RowXml>();
  const rowOf = (row: number) => {
    let found = opened.get(row);
    if (!found) {
      const xml = rows.get(row);
      found = typeof xml === "string" ? openRow(xml) : { attributes: ` r="${row + 1}"`, cells: new Map() };
      opened.set(row, found);
    }
    return found;
  };
  for (const cell of patch.cells) {
    const existing = rowOf(cell.row).cells.get(cell.col);
    if (existing && holdsSomething(existing) && mustBeFree(cell.row, cell.col))
      throw new PatchRefusedError(sheetName, a1(cell));
  }
  for (const cell of patch.cells) {
    // A cell keeps the style it had (its number format, font, fill); a new one gets its number format.
    const existing = rowOf(cell.row).cells.get(cell.col);
    const kept = existing ? parseAttributes(/^<c\b[^>]*?\/?>/.exec(existing)![0]).s : undefined;
    const style = kept !== undefined ? Number(kept) : cell.numberFormat ? styleIndex.get(cell.numberFormat) : undefined;
    rowOf(cell.row).cells.set(cell.col, cellXml(a1(cell), cell.content, style));
  }
  for (const [row, xml] of opened) {
    const cells = [...xml.cells.entries()].sort(([a], [b]) => a - b).map(([, c]) => c);
    rows.set(row, `<row${xml.attributes}>${cells.join("")}</row>`);
  }
  const sheetData = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, xml]) => xml)
    .join("");
  sheetXml = sheetXml.replace(dataMatch[0], `<sheetData>${sheetData}</sheetData>`);
  const lastRow = Math.max(-1, ...rows.keys()) + 1;
  sheetXml = sheetXml.replace(/<dimension\b[^>]*\/>/, (element) => {
    const ref = parseAttributes(element).ref ?? "A1";
    const [from, to = from] = ref.split(":");
    const end = parseA1(to);
    const lastCol = Math.max(end.col, ...patch.cells.map((c) => c.col));
    return `<dimension ref="${from}:${columnLetter(lastCol)}${Math.max(end.row + 1, lastRow)}"/>`;
  });
  zip.file(sheetPath, sheetXml);

  // The table's ref and filter, and the print area that ended with it.
  if (patch.table) {
    const sheetRels = zip.file(relsPath(sheetPath)) ? relationships(await text(zip, relsPath(sheetPath))) : [];
    let grown = false;
    for (const rel of sheetRels.filter((r) => r.type === TABLE_TYPE)) {
      const tablePath = resolveTarget(sheetPath, rel.target);
      const tableXml = await text(zip, tablePath);
      const attributes = parseAttributes(/<table\b[^>]*>/.exec(tableXml)?.[0] ?? "");
      if (attributes.name?.toLowerCase() !== patch.table.name.toLowerCase()) continue;
      const [from, to] = attributes.ref.split(":");
      const end = parseA1(to);
      const oldLast = end.row;
      const ref = rangeA1(parseA1(from), { row: patch.table.lastRow, col: end.col });
      zip.file(
        tablePath,
        tableXml.replace(/(<(?:table|autoFilter)\b[^>]*?\bref=")[^"]*(")/g, (_, before: string, after: string) => {
          return `${before}${ref}${after}`;
        }),
      );
      workbookXml = workbookXml.replace(
        /<definedName\b([^>]*)>([^<]*)<\/definedName>/g,
        (element, nameAttributes: string, formula: string) => {
          const a = parseAttributes(nameAttributes);
          if (a.name !== "_xlnm.Print_Area" || a.localSheetId !== String(sheetIndex)) return element;
          const grownArea = formula.replace(/(\$?[A-Z]+\$?)(\d+)$/, (whole, col: string, row: string) =>
            Number(row) === oldLast + 1 ? `${col}${patch.table!.lastRow + 1}` : whole,
          );
          return `<definedName${nameAttributes}>${grownArea}</definedName>`;
        },
      );
      grown = true;
    }
    if (!grown) throw new Error(`sheet ${sheetName} has no table ${patch.table.name}`);
  }

  // The hidden constants: changed where the sheet has them, else added.
  for (const constant of patch.constants ?? []) {
    const element = `<definedName name="${escapeXml(constant.name)}" hidden="1" localSheetId="${sheetIndex}">${escapeXml(
      `"${constant.value.replace(/"/g, '""')}"`,
    )}</definedName>`;
    let found = false;
    workbookXml = workbookXml.replace(/<definedName\b([^>]*)>[^<]*<\/definedName>/g, (whole, attributes: string) => {
      const a = parseAttributes(attributes);
      if (a.name !== constant.name || a.localSheetId !== String(sheetIndex)) return whole;
      found = true;
      return element;
    });
    if (!found) workbookXml = withDefinedNames(workbookXml, element);
  }
  storeWorkbookParts(zip, { workbookPath, workbookXml, workbookRels, contentTypes });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
