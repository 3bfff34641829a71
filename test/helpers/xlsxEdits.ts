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

/** Types a number into a cell of the first sheet that already holds a typed value. */
export function setCellNumber(bytes: Buffer, address: string, value: number): Promise<Buffer> {
  return editPart(bytes, FIRST_SHEET, (xml) => {
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
