import { DetailedCellError, type HyperFormula } from "hyperformula";
import { columnIndex, columnLetter, type CellRef } from "../../sheet/address";
import type { ConditionalFormatPlan, RangeStyle, ValidationPlan } from "../../sheet/plan";
import type { MemoryTable } from "./memorySheet";

/** A block of cells, top-left to bottom-right. */
export interface CellArea {
  from: CellRef;
  to: CellRef;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

/** "A4:L4", "O6" or "$O$6" as the area it covers; null when the text is not one. */
export function parseArea(text: string): CellArea | null {
  const parts = text.trim().split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((part) => CELL.exec(part.trim()));
  if (cells.some((match) => match === null)) return null;
  const [first, last] = cells.map((match) => ({ row: Number(match![2]) - 1, col: columnIndex(match![1]) }));
  const to = last ?? first;
  return {
    from: { row: Math.min(first.row, to.row), col: Math.min(first.col, to.col) },
    to: { row: Math.max(first.row, to.row), col: Math.max(first.col, to.col) },
  };
}

export function areaContains(area: CellArea, row: number, col: number): boolean {
  return row >= area.from.row && row <= area.to.row && col >= area.from.col && col <= area.to.col;
}

const inRange = (range: string, row: number, col: number) => {
  const area = parseArea(range);
  return area !== null && areaContains(area, row, col);
};

/**
 * A formula written for one cell, moved by rows and columns as Excel moves a rule's formula to each cell
 * of its range: references without `$` move, text in quotes and function names stay.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  // Text in quotes (with doubled quotes inside), quoted sheet names, or a reference not part of a longer word.
  const token = /("(?:[^"]|"")*")|('(?:[^']|'')*')|(?<![\w.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/gi;
  return formula.replace(token, (match, text, sheet, colDollar: string, letters: string, rowDollar: string, digits) => {
    if (text !== undefined || sheet !== undefined) return match;
    const col = columnIndex(letters) + (colDollar ? 0 : cols);
    const row = Number(digits) - 1 + (rowDollar ? 0 : rows);
    if (col < 0 || row < 0) return "#REF!";
    return `${colDollar}${columnLetter(col)}${rowDollar}${row + 1}`;
  });
}

/** How a cell looks: the sheet's styles, then the first conditional rule that holds, as Excel draws it. */
export interface CellLook {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  horizontal?: "left" | "center" | "right";
}

/** A sheet's formats, rules and validations, as its plan defines them. */
export interface SheetRules {
  styles: RangeStyle[];
  conditionalFormats: ConditionalFormatPlan[];
  validations: ValidationPlan[];
}

export const noRules = (): SheetRules => ({ styles: [], conditionalFormats: [], validations: [] });

/** A rule's formula holds when it gives TRUE or a number other than zero, as in Excel. */
function holds(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  return false;
}

/** How Excel draws a table style: its header row, and every other data row banded, the first among them. */
const TABLE_STYLES: Record<string, { header: CellLook; band: string }> = {
  TableStyleMedium2: { header: { fill: "#4472C4", fontColor: "#FFFFFF", bold: true }, band: "#D9E1F2" },
};

function tableLook(tables: readonly MemoryTable[], row: number, col: number): CellLook {
  const table = tables.find(
    (candidate) =>
      col >= candidate.firstCol &&
      col < candidate.firstCol + candidate.columnCount &&
      row >= candidate.headerRow &&
      row <= candidate.headerRow + candidate.rowCount,
  );
  const style = table && TABLE_STYLES[table.style];
  if (!table || !style) return {};
  if (row === table.headerRow) return { ...style.header };
  return (row - table.headerRow) % 2 === 1 ? { fill: style.band } : {};
}

/** The look of one cell from its sheet's rules, the conditional ones evaluated against current values. */
export function cellLook(
  engine: HyperFormula,
  engineSheetId: number,
  rules: SheetRules,
  row: number,
  col: number,
  tables: readonly MemoryTable[] = [],
): CellLook {
  // A cell's own format is drawn over its table's style.
  const look: CellLook = tableLook(tables, row, col);
  // Later styles are applied over earlier ones, as writing them in order does in Excel.
  for (const style of rules.styles) {
    if (!inRange(style.range, row, col)) continue;
    for (const key of ["fill", "fontColor", "bold", "italic", "fontSize", "horizontal"] as const) {
      if (style[key] !== undefined) Object.assign(look, { [key]: style[key] });
    }
  }
  // The first rule is the highest; it draws both its fill and its font color.
  for (const rule of rules.conditionalFormats) {
    const area = parseArea(rule.range);
    if (area === null || !areaContains(area, row, col)) continue;
    const formula = shiftFormula(rule.formula, row - area.from.row, col - area.from.col);
    if (holds(engine.calculateFormula(formula, engineSheetId))) {
      look.fill = rule.fill;
      look.fontColor = rule.fontColor;
      break;
    }
  }
  return look;
}

/** The validation that covers a cell, if any. */
export function validationAt(rules: SheetRules, row: number, col: number): ValidationPlan | undefined {
  return rules.validations.find((validation) => inRange(validation.range, row, col));
}

/**
 * Whether a value may stay in a cell under its validation, as Excel checks what was typed: blank is
 * allowed; a decimal rule takes a number between its bounds; a list takes one of its values, without
 * regard to case.
 */
export function satisfies(validation: ValidationPlan, value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (value instanceof DetailedCellError) return false;
  if (validation.kind === "decimal") {
    return typeof value === "number" && value >= validation.min && value <= validation.max;
  }
  const text = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  return validation.values.some((listed) => listed.toUpperCase() === text.toUpperCase());
}
