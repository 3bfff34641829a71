import { a1, columnIndex, parseA1 } from "../../src/sheet/address";

/** A table's data body on a sheet: its headers and where its rows are (zero-based). */
export interface TableBody {
  name: string;
  columns: readonly string[];
  firstCol: number;
  firstDataRow: number;
  lastDataRow: number;
}

/** What a cell receives: a formula ("=…"), a number, text, or "" for nothing. */
export type CellInput = string | number;

/** A column that mixes formulas and constants, or holds different formulas on different rows. */
export interface MixedColumn {
  table: string;
  column: string;
  /** Each data row's cell and what it holds, normalised: "formula: …", "constant" or "blank". */
  rows: { cell: string; holds: string }[];
}

// A1 references outside quoted text: not part of a name (Budget_Stage1), a function (LOG10() or a
// structured reference (Table[Column]).
const A1_REFERENCE = /(?<![\w$.[\]])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w([])/g;

/**
 * A formula as R1C1 would write it, relative to the cell it sits in: the same text on every row of
 * a column means the same formula, as Excel's calculated columns compare them. Structured references
 * ([#This Row]) are the same text on every row already; quoted text is left alone.
 */
export function relativeFormula(formula: string, row: number, col: number): string {
  return formula
    .split('"')
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(A1_REFERENCE, (_, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            const c = colAbs ? `C${columnIndex(letters) + 1}` : `C[${columnIndex(letters) - col}]`;
            const r = rowAbs ? `R${digits}` : `R[${Number(digits) - 1 - row}]`;
            return r + c;
          }),
    )
    .join('"')
    .toUpperCase();
}

function holds(input: CellInput, row: number, col: number): string {
  if (typeof input === "string" && input.startsWith("=")) return `formula: ${relativeFormula(input, row, col)}`;
  return input === "" ? "blank" : "constant";
}

/**
 * The columns of a table that break the rule Excel's calculated columns impose on what we write:
 * every data row of a column holds the same formula (in R1C1 terms), or no row holds a formula.
 */
export function mixedTableColumns(table: TableBody, cellAt: (row: number, col: number) => CellInput): MixedColumn[] {
  const mixed: MixedColumn[] = [];
  table.columns.forEach((column, offset) => {
    const col = table.firstCol + offset;
    const rows: MixedColumn["rows"] = [];
    for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
      rows.push({ cell: a1({ row, col }), holds: holds(cellAt(row, col), row, col) });
    }
    const formulas = new Set(rows.filter((r) => r.holds.startsWith("formula")).map((r) => r.holds));
    const allSameFormula = formulas.size === 1 && rows.every((r) => r.holds.startsWith("formula"));
    if (formulas.size > 0 && !allSameFormula) mixed.push({ table: table.name, column, rows });
  });
  return mixed;
}

/**
 * What Excel's "fill formulas in tables to create calculated columns" does to cells written into a
 * table in one go: a column that receives a formula becomes a calculated column, and one formula
 * (the last row's, in R1C1 terms) fills every row, over typed numbers and other formulas alike. The
 * cells it replaces, with what was written there.
 */
export function calculatedColumnOverwrites(
  table: TableBody,
  cellAt: (row: number, col: number) => CellInput,
): { cell: string; written: CellInput; filledWith: string }[] {
  return mixedTableColumns(table, cellAt).flatMap(({ rows }) => {
    const filledWith = rows.filter((r) => r.holds.startsWith("formula")).at(-1)!.holds;
    return rows
      .filter((r) => r.holds !== filledWith)
      .map((r) => {
        const { row, col } = parseA1(r.cell);
        return { cell: r.cell, written: cellAt(row, col), filledWith };
      });
  });
}
