import type { Decimal } from "../model/decimal";
import type { CellRef } from "./address";
import type { Lang } from "../i18n";

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

/** Where a funnel budget's reverse-funnel block is: other sheets (scenarios) refer to its cells. */
export interface FunnelLayout {
  targetDeals: CellRef;
  averageOrderValue: CellRef;
  /** The pool's row; each stage follows on the next row, the deals last. */
  firstStageRow: number;
  /** The pool and the stages. */
  stageCount: number;
  nameCol: number;
  /** The pool's rate cell is blank. */
  rateCol: number;
  /** People needed, rounded up at every stage. */
  countCol: number;
  /** The amount of the lines each stage drives. */
  costCol: number;
  drivenTotal: CellRef;
  /** The six categories' lines that no stage drives. */
  fixedLines: CellRef;
}

/** Where the blocks are, for readers of the sheet and for tests. */
export interface SheetLayout {
  table: TablePlan;
  summaryHeaderRow: number;
  summaryFirstCol: number;
  goalsFirstRow: number;
  funnel?: FunnelLayout;
}

/** A chart drawn from ranges of the sheet it sits on. */
export interface ChartPlan {
  /** "funnel" needs a host that has funnel charts (Excel 2019 / Microsoft 365). */
  type: "barClustered" | "columnClustered" | "funnel";
  /** What to draw where the host has no chart of `type`. */
  fallbackType?: "barClustered";
  /** In the sheet's language. */
  title: string;
  /** A1 range of the category labels, on this sheet. */
  categories: string;
  /** One range per series, on this sheet, each as long as `categories`. */
  series: { name: string; values: string }[];
  /** The cells the chart covers, top-left to bottom-right. */
  anchor: { from: CellRef; to: CellRef };
}

/** A sheet without a lines table: cells, rules, names and charts (the scenarios and plans sheets). */
export interface PlainSheetPlan {
  sheetName: string;
  lang: Lang;
  cells: PlannedCell[];
  styles: RangeStyle[];
  /** Widths in characters of the default font. */
  columnWidths: { col: number; chars: number }[];
  names: NamePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  validations: ValidationPlan[];
  /** Rows 1…freezeRows stay in view while scrolling. */
  freezeRows: number;
  printArea: string;
  /**
   * How the print area is laid out on paper; absent: landscape, one page wide and as many tall as needed.
   * fitToOnePage shrinks it to a single page, as a form that is signed on paper must be.
   */
  page?: { orientation: "portrait" | "landscape"; paper: "A4"; fitToOnePage: boolean };
  /**
   * Drawn once the cells they read are written. An insertion writes every sheet's content in one sync
   * and its decorations (charts, page layout, frozen rows) in a sync of their own after it, best effort:
   * a chart Excel refuses is left out and the content stays. A sheet written later (plans, approval)
   * gets its charts in the batch that writes its cells, after them.
   */
  charts?: ChartPlan[];
}

/** A budget sheet: the lines table and the blocks around it. */
export interface SheetPlan extends PlainSheetPlan {
  table: TablePlan;
  layout: SheetLayout;
}
