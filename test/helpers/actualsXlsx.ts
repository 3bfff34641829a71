import JSZip from "jszip";

/**
 * .xlsx actuals files built part by part in the test, as different programs write them: text as
 * shared or inline strings, rows and cells with or without their references, numbers as stored text,
 * dates as serials under a built-in or a custom date format.
 */
export type XlsxCell = string | { number: string; date?: "builtIn" | "custom" } | null;

export interface XlsxSheetSpec {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
  /** How text is stored: in the shared strings part (the default) or inline in the cell. */
  strings?: "shared" | "inline";
  /** Leaves out the r= references of rows and cells. */
  withoutReferences?: boolean;
}

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const column = (index: number) => {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="&quot;¥&quot;#,##0.00"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export async function xlsxBytes(
  sheets: readonly XlsxSheetSpec[],
  options: { date1904?: boolean } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const ns = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
  const cellXml = (cell: XlsxCell, ref: string, strings: XlsxSheetSpec["strings"]) => {
    // Without references a gap is written as an empty cell, as writers that leave out r= do.
    if (cell === null) return ref === "" ? "<c/>" : "";
    if (typeof cell === "string") {
      if (strings === "inline")
        return `<c${ref} t="inlineStr"><is><t xml:space="preserve">${escape(cell)}</t></is></c>`;
      if (!sharedIndex.has(cell)) {
        sharedIndex.set(cell, shared.length);
        shared.push(cell);
      }
      return `<c${ref} t="s"><v>${sharedIndex.get(cell)}</v></c>`;
    }
    const style = cell.date === "builtIn" ? 1 : cell.date === "custom" ? 2 : 3;
    return `<c${ref} s="${style}"><v>${cell.number}</v></c>`;
  };
  sheets.forEach((sheet, s) => {
    const rows = sheet.rows
      .map((row, r) => {
        const cells = row
          .map((cell, c) => cellXml(cell, sheet.withoutReferences ? "" : ` r="${column(c)}${r + 1}"`, sheet.strings))
          .join("");
        return `<row${sheet.withoutReferences ? "" : ` r="${r + 1}"`}>${cells}</row>`;
      })
      .join("");
    zip.file(
      `xl/worksheets/sheet${s + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${ns}><sheetData>${rows}</sheetData></worksheet>`,
    );
  });
  // Text stored in the shared strings part, one run split in two, to be read back whole.
  const items = shared
    .map((text) =>
      text.length > 1
        ? `<si><r><t xml:space="preserve">${escape(text.slice(0, 1))}</t></r><r><rPr><b/></rPr><t xml:space="preserve">${escape(text.slice(1))}</t></r></si>`
        : `<si><t>${escape(text)}</t></si>`,
    )
    .join("");
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${items}</sst>`,
  );
  zip.file("xl/styles.xml", STYLES);
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${ns}><workbookPr${options.date1904 ? ' date1904="1"' : ""}/><sheets>${sheets
      .map((sheet, s) => `<sheet name="${escape(sheet.name)}" sheetId="${s + 1}" r:id="rId${s + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, s) => `<Relationship Id="rId${s + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`)
      .join(
        "",
      )}<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${rel}/styles" Target="/xl/styles.xml"/></Relationships>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
