import { escapeXml } from "./xmlText";

/** A defined name as workbook.xml stores it; `localSheetId` is the zero-based sheet it belongs to. */
export interface WorkbookDefinedName {
  name: string;
  /** The reference without "=", e.g. `'预算表'!$O$12`. */
  formula: string;
  localSheetId?: number;
  comment?: string;
}

function definedNameElement(definedName: WorkbookDefinedName): string {
  const attributes = [`name="${escapeXml(definedName.name)}"`];
  if (definedName.comment) attributes.push(`comment="${escapeXml(definedName.comment)}"`);
  if (definedName.localSheetId !== undefined) attributes.push(`localSheetId="${definedName.localSheetId}"`);
  return `<definedName ${attributes.join(" ")}>${escapeXml(definedName.formula)}</definedName>`;
}

/**
 * Adds names to workbook.xml, sheet-scoped ones included (ExcelJS writes only workbook-wide names).
 * They go into the existing <definedNames> or a new one after <sheets>, where the schema puts it.
 */
export function addDefinedNames(workbookXml: string, definedNames: readonly WorkbookDefinedName[]): string {
  if (definedNames.length === 0) return workbookXml;
  const sorted = [...definedNames].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  const elements = sorted.map(definedNameElement).join("");
  if (workbookXml.includes("</definedNames>")) {
    return workbookXml.replace("</definedNames>", `${elements}</definedNames>`);
  }
  if (!workbookXml.includes("</sheets>")) throw new Error("workbook.xml has no <sheets> element");
  return workbookXml.replace("</sheets>", `</sheets><definedNames>${elements}</definedNames>`);
}
