import type { Decimal } from "../model/decimal";
import { columnLetter } from "./address";

/**
 * A reference in a formula written once for a block of cells, as Excel's fill reads it: each part is
 * either fixed (a column or row of its own) or relative (an offset from the cell the formula is in).
 * The dollar signs are how the A1 text shows the reference, as written: `$H$17` may still be a row
 * relative to the cell (the sheet's rows of a line keep their distance from the line's row).
 */
export interface FillRef {
  /** The column, fixed; or undefined for the cell's own column plus `colOffset`. */
  col?: number;
  colOffset?: number;
  /** The row, fixed; or undefined for the cell's own row plus `rowOffset`. */
  row?: number;
  rowOffset?: number;
  colDollar?: boolean;
  rowDollar?: boolean;
}

/**
 * Row numbers and column letters as text, plain and held ($), made once up to the furthest row and
 * column a fill has reached and kept: a block's formulas read the same rows and columns again and again.
 */
const rowTexts: string[] = [];
const heldRowTexts: string[] = [];
const colTexts: string[] = [];
const heldColTexts: string[] = [];
function textsUpTo(texts: string[], held: string[], last: number, make: (i: number) => string): void {
  // Filled in order, so the arrays stay dense.
  for (let i = texts.length; i <= last; i++) {
    texts.push(make(i));
    held.push(`$${texts[i]}`);
  }
}

/** A FillRef as `at` reads it: every field present, the texts to show it with chosen. */
interface Ref {
  /** -1: the cell's own column plus colOffset. */
  col: number;
  colOffset: number;
  /** -1: the cell's own row plus rowOffset. */
  row: number;
  rowOffset: number;
  colTexts: string[];
  rowTexts: string[];
}

/**
 * One formula for a block of cells: literal text and references relative to the cell. `at(row, col)`
 * is the A1 text of the formula in that cell, the text a formula written cell by cell would have.
 * The parts that depend on the row alone are joined once per row: a block is read row by row, and only
 * the references to the cell's own column (plus an offset) change along a row.
 */
export class FormulaFill {
  /** The literal text before each reference; one more than the references, the last after them all. */
  private readonly texts: string[] = [""];
  private readonly refs: Ref[] = [];
  /** The furthest row and column the references reach: fixed, and from the cell. */
  private readonly lastRow: number = 0;
  private readonly lastCol: number = 0;
  private readonly maxRowOffset: number = 0;
  private readonly maxColOffset: number = 0;
  /** The row last read, and its text between the references that follow the column. */
  private row = -1;
  private readonly between: string[] = [];
  private readonly alongRow: Ref[];

  constructor(readonly parts: readonly (string | FillRef)[]) {
    for (const part of parts) {
      if (typeof part === "string") {
        this.texts[this.texts.length - 1] += part;
        continue;
      }
      const ref: Ref = {
        col: part.col ?? -1,
        colOffset: part.colOffset ?? 0,
        row: part.row ?? -1,
        rowOffset: part.rowOffset ?? 0,
        colTexts: part.colDollar ? heldColTexts : colTexts,
        rowTexts: part.rowDollar ? heldRowTexts : rowTexts,
      };
      this.refs.push(ref);
      this.texts.push("");
      if (ref.row < 0) this.maxRowOffset = Math.max(this.maxRowOffset, ref.rowOffset);
      else this.lastRow = Math.max(this.lastRow, ref.row);
      if (ref.col < 0) this.maxColOffset = Math.max(this.maxColOffset, ref.colOffset);
      else this.lastCol = Math.max(this.lastCol, ref.col);
    }
    this.alongRow = this.refs.filter((ref) => ref.col < 0);
  }

  /** The text between the references that follow the column, in row `row`. */
  private rowParts(row: number): void {
    textsUpTo(rowTexts, heldRowTexts, Math.max(this.lastRow, row + this.maxRowOffset), (r) => String(r + 1));
    textsUpTo(colTexts, heldColTexts, this.lastCol, columnLetter);
    const { texts, refs, between } = this;
    between.length = 0;
    let text = texts[0];
    refs.forEach((ref, i) => {
      const rowText = ref.rowTexts[ref.row < 0 ? row + ref.rowOffset : ref.row];
      if (ref.col < 0) {
        between.push(text);
        text = rowText;
      } else {
        text += ref.colTexts[ref.col] + rowText;
      }
      text += texts[i + 1];
    });
    between.push(text);
    this.row = row;
  }

  /**
   * The same formula written `rows` rows away from the cells it was made for: in a cell of row R it reads
   * as this fill does in row R + `rows` (its references relative to the row moved; fixed ones kept).
   */
  readFrom(rows: number): FormulaFill {
    return new FormulaFill(
      this.parts.map((part) =>
        typeof part === "string" || part.row !== undefined
          ? part
          : { ...part, rowOffset: (part.rowOffset ?? 0) + rows },
      ),
    );
  }

  at(row: number, col: number): string {
    if (row !== this.row) this.rowParts(row);
    textsUpTo(colTexts, heldColTexts, col + this.maxColOffset, columnLetter);
    const { between, alongRow } = this;
    let text = between[0];
    for (let i = 0; i < alongRow.length; i++) {
      const ref = alongRow[i];
      text = text + ref.colTexts[col + ref.colOffset] + between[i + 1];
    }
    // One string, not a chain of every piece joined (a large sheet has about a hundred thousand).
    text.charCodeAt(0);
    return text;
  }
}

/**
 * A formula as a fill writes it: `fill` tags a template whose interpolations are literal text,
 * references, or fills of their own (a part of a formula written once, used twice), e.g.
 * fill`=SUM(${{ colOffset: -1, rowOffset: 0 }},1)`.
 */
export function fill(strings: TemplateStringsArray, ...inserts: (FillRef | FormulaFill | string)[]): FormulaFill {
  const parts: (string | FillRef)[] = [strings[0]];
  inserts.forEach((insert, i) => {
    if (insert instanceof FormulaFill) parts.push(...insert.parts);
    else parts.push(insert);
    parts.push(strings[i + 1]);
  });
  return new FormulaFill(parts);
}

/**
 * A cell of a block whose formula is a fill, with the result the model computes for it: a plan's cell
 * and its formula content in one, the text of the formula made when it is read. A large sheet has about
 * a hundred thousand such cells; each is one small object, the block's formula held once by the fill.
 */
export class FilledCell {
  /** The cell is its own content: `cell.content.formula` is the formula in this cell. */
  readonly content: FilledCell = this;

  constructor(
    private readonly formulaFill: FormulaFill,
    readonly row: number,
    readonly col: number,
    readonly result: Decimal | string,
    readonly numberFormat?: string,
  ) {}

  get kind(): "formula" {
    return "formula";
  }

  get formula(): string {
    return this.formulaFill.at(this.row, this.col);
  }

  /** As a plan written out: the cell, its content apart. */
  toJSON() {
    const { row, col, result, numberFormat } = this;
    return { row, col, content: { kind: this.kind, formula: this.formula, result }, numberFormat };
  }
}
