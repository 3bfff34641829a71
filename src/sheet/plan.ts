import type { Lang } from "../model/categories";
import type { Decimal } from "../model/decimal";
import type { CellRef } from "./address";

/**
 * What one cell holds. Text is always text, even when it starts with "=": the writer must keep it so.
 * A formula carries the result the model computes for it, so an exported file shows figures before
 * any recalculation and engine tests can check formula and model agree.
 */
export type CellContent =
  | { kind: "text"; text: string }
  | { kind: "number"; value: Decimal }
  | { kind: "formula"; formula: string; result: Decimal | string };

export interface PlannedCell extends CellRef {
  content: CellContent;
  numberFormat?: string;
}

export interface RangeStyle {
  /** A1 range on the sheet, e.g. "A4:L4". */
  range: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
}

export interface TablePlan {
  name: string;
  headerRow: number;
  firstCol: number;
  /** The column headers, in order; structured references use them. */
  columns: string[];
  firstDataRow: number;
  lastDataRow: number;
  style: string;
}

export interface NamePlan {
  name: string;
  /** The single cell the name refers to, on this sheet. */
  ref: CellRef;
  comment: string;
}

/** A rule whose formula is written for the range's top-left cell, relative like Excel's own rules. */
export interface ConditionalFormatPlan {
  range: string;
  formula: string;
  fill: string;
  fontColor: string;
}

/** A rate cell (a decimal between min and max) or a cell that takes one of a list of values. */
export type ValidationPlan =
  | { kind: "decimal"; range: string; min: number; max: number; title: string; message: string }
  | { kind: "list"; range: string; values: string[]; title: string; message: string };

/** Where the blocks are, for readers of the sheet and for tests. */
export interface SheetLayout {
  table: TablePlan;
  summaryHeaderRow: number;
  summaryFirstCol: number;
  goalsFirstRow: number;
}

export interface SheetPlan {
  sheetName: string;
  lang: Lang;
  cells: PlannedCell[];
  styles: RangeStyle[];
  /** Widths in characters of the default font. */
  columnWidths: { col: number; chars: number }[];
  table: TablePlan;
  names: NamePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  validations: ValidationPlan[];
  /** Rows 1…freezeRows stay in view while scrolling. */
  freezeRows: number;
  printArea: string;
  layout: SheetLayout;
}
