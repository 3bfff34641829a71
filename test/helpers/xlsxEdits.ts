import JSZip from "jszip";

/** Edits to a written .xlsx made on its parts, as another program saving the file would leave them. */

const FIRST_SHEET = "xl/worksheets/sheet1.xml";

async function editPart(bytes: Buffer, path: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(path)!.async("string");
  zip.file(path, edit(xml));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Any edit of the first sheet's XML, as another program saving the file might leave it. */
export function editFirstSheet(bytes: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  return editPart(bytes, FIRST_SHEET, edit);
}

/** Types a number into a cell that already holds a typed value, on the first sheet or the 1-based sheet given. */
export function setCellNumber(bytes: Buffer, address: string, value: number, sheet = 1): Promise<Buffer> {
  return editPart(bytes, `xl/worksheets/sheet${sheet}.xml`, (xml) => {
    const cell = new RegExp(`(<c r="${address}"[^>]*>)<v>[^<]*</v>(</c>)`);
    if (!cell.test(xml)) throw new Error(`no typed value at ${address}`);
    return xml.replace(cell, `$1<v>${value}</v>$2`);
  });
}

/** Drops every formula's cached result, as a program that writes formulas without calculating them. */
export function stripCachedResults(bytes: Buffer): Promise<Buffer> {
  return editPart(bytes, FIRST_SHEET, (xml) =>
    xml.replace(/(<\/f>)<v>[^<]*<\/v>/g, "$1").replace(/(<f\b[^>]*\/>)<v>[^<]*<\/v>/g, "$1"),
  );
}

/**
 * Adds a copy of the first sheet, with its own table and sheet-scoped names, as a user duplicating
 * the budget sheet in Excel gets; `edit` may change the copy's cells.
 */
export async function addSheetCopy(
  bytes: Buffer,
  sheetName: string,
  tableName: string,
  edit: (xml: string) => string = (xml) => xml,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)!.async("string");
  zip.file("xl/worksheets/sheet2.xml", edit(await read(FIRST_SHEET)));
  zip.file(
    "xl/worksheets/_rels/sheet2.xml.rels",
    (await read("xl/worksheets/_rels/sheet1.xml.rels")).replace("table1.xml", "table2.xml"),
  );
  const table = await read("xl/tables/table1.xml");
  zip.file(
    "xl/tables/table2.xml",
    table
      .replace(/ id="1"/, ' id="2"')
      .replace(/ name="[^"]*"/, ` name="${tableName}"`)
      .replace(/ displayName="[^"]*"/, ` displayName="${tableName}"`),
  );
  const types = await read("[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/tables/table2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>',
    ),
  );
  const rels = await read("xl/_rels/workbook.xml.rels");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdCopy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
    ),
  );
  let workbook = await read("xl/workbook.xml");
  workbook = workbook.replace("</sheets>", `<sheet name="${sheetName}" sheetId="2" r:id="rIdCopy"/></sheets>`);
  const copies = [...workbook.matchAll(/<definedName\b[^>]*localSheetId="0"[^>]*>([^<]*)<\/definedName>/g)]
    .filter((match) => !match[0].includes("_xlnm."))
    .map((match) => match[0].replace('localSheetId="0"', 'localSheetId="1"').replace(/>[^<!]*!/, `>'${sheetName}'!`));
  workbook = workbook.replace("</definedNames>", `${copies.join("")}</definedNames>`);
  zip.file("xl/workbook.xml", workbook);
  return zip.generateAsync({ type: "nodebuffer" });
}

const CELL = (address: string) => new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);

/** Replaces a cell of the first sheet, which must be written in the file, with the cell element given. */
export function setCellXml(bytes: Buffer, address: string, cellXml: string): Promise<Buffer> {
  return editPart(bytes, FIRST_SHEET, (xml) => {
    if (!CELL(address).test(xml)) throw new Error(`no cell ${address} in the sheet`);
    return xml.replace(CELL(address), cellXml);
  });
}

/**
 * The first sheet with no r attribute on any row or cell, as some programs write it: skipped rows
 * and cells become empty elements, so that positions follow document order.
 */
export function withoutPositions(bytes: Buffer): Promise<Buffer> {
  return editPart(bytes, FIRST_SHEET, (xml) => {
    let nextRow = 1;
    return xml.replace(
      /<row r="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g,
      (_, r: string, attributes: string, _end, cells = "") => {
        const gap = "<row/>".repeat(Number(r) - nextRow);
        nextRow = Number(r) + 1;
        let nextCol = 0;
        const unplaced = (cells as string).replace(/<c r="([A-Z]+)\d+"/g, (_c, letters: string) => {
          const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          const blanks = "<c/>".repeat(col - nextCol);
          nextCol = col + 1;
          return `${blanks}<c`;
        });
        return `${gap}<row${attributes.replace(/ spans="[^"]*"/, "")}>${unplaced}</row>`;
      },
    );
  });
}

/**
 * Adds a large sheet of `rows` × `columns` numbers after the first, as another department's data
 * pasted into the budget workbook; `tail` is appended to its XML (a broken tag makes it malformed).
 */
export async function addLargeSheet(bytes: Buffer, rows: number, columns: number, tail = ""): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string) => zip.file(path)!.async("string");
  const letters = Array.from({ length: columns }, (_, c) => String.fromCharCode(65 + c));
  const body: string[] = [];
  for (let r = 1; r <= rows; r++)
    body.push(`<row r="${r}">${letters.map((l, c) => `<c r="${l}${r}"><v>${r * columns + c}</v></c>`).join("")}</row>`);
  zip.file(
    "xl/worksheets/sheet9.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      `${body.join("")}</sheetData></worksheet>${tail}`,
  );
  const types = await read("[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/worksheets/sheet9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  const rels = await read("xl/_rels/workbook.xml.rels");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdLarge" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>',
    ),
  );
  const workbook = await read("xl/workbook.xml");
  zip.file(
    "xl/workbook.xml",
    workbook.replace("</sheets>", '<sheet name="Sales data" sheetId="9" r:id="rIdLarge"/></sheets>'),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
