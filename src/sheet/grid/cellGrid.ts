import { rangeA1 } from "../address";
import { GENERAL_FORMAT } from "../formats";
import type { CellContent, PlannedCell } from "../plan";

/** The bounding box of a plan's cells as the two 2-D arrays Excel takes in one write each. */
export interface CellGrid {
  /** A1 address of the box, e.g. "A1:S22". */
  address: string;
  /** The box's first row and column, 0-based. */
  top: number;
  left: number;
  /** For `range.formulas`: a formula, a number, text, or "" for an empty cell. */
  formulas: (string | number)[][];
  /** For `range.numberFormat`: "General" where the plan sets none. */
  numberFormats: string[][];
}

/**
 * Text as Excel must receive it to keep it text. A leading apostrophe is Excel's own "this is text"
 * mark; it is not part of the value. It goes on text that Excel would otherwise evaluate (= + - @)
 * or read as a number, date, boolean or error, and on text that itself starts with an apostrophe.
 */
export function literalText(text: string): string {
  const start = text.trimStart();
  const evaluated = /^[=+\-@']/.test(start);
  const readAsValue = /^[\d.,(#$¥€£]/.test(start) || /^(true|false)$/i.test(start.trim());
  return evaluated || readAsValue ? `'${text}` : text;
}

export function cellInput(content: CellContent): string | number {
  switch (content.kind) {
    case "text":
      return literalText(content.text);
    case "number":
      return content.value.toNumber();
    case "formula":
      return content.formula;
  }
}

export function cellGrid(cells: readonly PlannedCell[]): CellGrid {
  if (cells.length === 0) throw new Error("a sheet plan without cells has no grid");
  // A loop, not Math.min(...): a large plan has more cells than a call takes arguments.
  let [top, left, bottom, right] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { row, col } of cells) {
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  const rows = bottom - top + 1;
  const cols = right - left + 1;
  const formulas: (string | number)[][] = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  const numberFormats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(GENERAL_FORMAT));
  for (const cell of cells) {
    formulas[cell.row - top][cell.col - left] = cellInput(cell.content);
    if (cell.numberFormat) numberFormats[cell.row - top][cell.col - left] = cell.numberFormat;
  }
  return {
    address: rangeA1({ row: top, col: left }, { row: bottom, col: right }),
    top,
    left,
    formulas,
    numberFormats,
  };
}
