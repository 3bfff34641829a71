import { parseArea, type CellArea } from "./sheetRules";

/** Where the name box sends the selection: a sheet and the cells on it. */
export interface NameBoxTarget {
  sheetName: string;
  area: CellArea;
}

export interface NameBoxContext {
  activeSheet: string;
  sheetNames: readonly string[];
  /** A defined name's formula ("='Budget (2)'!$O$12"): scoped to a sheet, or the workbook's when no sheet is given. */
  nameFormula(name: string, sheetName?: string): string | undefined;
}

// 'Q1 ''A'' (2)'!rest or Budget!rest: the quoted or plain sheet name, then what is on it.
const ON_SHEET = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/;

function splitSheet(text: string): { sheet: string | null; rest: string } {
  const match = ON_SHEET.exec(text);
  if (!match) return { sheet: null, rest: text };
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2].trim(), rest: match[3].trim() };
}

/**
 * What a planner typed into the name box, resolved as Excel does: a cell or range, on the active sheet or
 * after a sheet's name; else a defined name, the active sheet's own before the workbook's (or the named
 * sheet's, after its name). Null when it is none of these, or names a sheet the workbook lacks.
 */
export function nameBoxTarget(typed: string, context: NameBoxContext): NameBoxTarget | null {
  const { sheet, rest } = splitSheet(typed.trim());
  const sheetName = sheet === null ? context.activeSheet : context.sheetNames.find((name) => same(name, sheet));
  if (sheetName === undefined || rest === "") return null;
  const area = parseArea(rest);
  if (area) return { sheetName, area };
  const formula =
    sheet === null
      ? (context.nameFormula(rest, sheetName) ?? context.nameFormula(rest))
      : context.nameFormula(rest, sheetName);
  return formula === undefined ? null : nameTarget(formula, context.sheetNames);
}

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** The sheet and cells a name's formula refers to ("=Budget!$O$12", "='Q1'!$A$1:$B$4"); null otherwise. */
function nameTarget(formula: string, sheetNames: readonly string[]): NameBoxTarget | null {
  const { sheet, rest } = splitSheet(formula.trim().replace(/^=/, ""));
  const sheetName = sheet === null ? undefined : sheetNames.find((name) => same(name, sheet));
  const area = parseArea(rest);
  return sheetName === undefined || area === null ? null : { sheetName, area };
}
