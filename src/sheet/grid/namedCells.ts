import { a1, parseA1 } from "../address";
import type { SheetSnapshot } from "../snapshot";
import type { SheetGrid } from "./sheetGrid";

/** A defined name as `names.load("items/name,items/type,items/formula")` gives it. */
export interface DefinedName {
  name: string;
  /** Excel.NamedItemType: "Range" for a name that refers to cells. */
  type: string;
  /** "='Budget (2)'!$O$12"; "=Budget!#REF!" once its cell was deleted. */
  formula: string;
}

// ='Q1 ''A'' (2)'!$O$12 or =Budget!O12: the quoted or plain sheet name, then one cell.
const SINGLE_CELL = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+)$/i;

/** The cell a name's formula refers to when it is one cell of that sheet ("O12"); null otherwise. */
export function singleCellOnSheet(formula: string, sheetName: string): string | null {
  const match = SINGLE_CELL.exec(formula.trim());
  if (!match) return null;
  const target = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  // Excel compares sheet names without regard to case.
  if (target.toUpperCase() !== sheetName.toUpperCase()) return null;
  return a1(parseA1(match[3]));
}

/** The names that refer to one cell of this sheet, with that cell's value from the cells read. */
export function namedCells(names: readonly DefinedName[], sheetName: string, grid: SheetGrid): SheetSnapshot["names"] {
  const cells: SheetSnapshot["names"] = {};
  for (const name of names) {
    if (name.type !== "Range") continue;
    const address = singleCellOnSheet(name.formula, sheetName);
    if (address === null) continue;
    const ref = parseA1(address);
    cells[name.name] = { address, value: grid.value(ref.row, ref.col) };
  }
  return cells;
}
