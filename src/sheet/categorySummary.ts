import type { Budget } from "../model/budget";
import { CATEGORIES, LINE_CATEGORY_KEYS, type CategoryKey } from "../model/categories";
import { Decimal, ZERO } from "../model/decimal";
import { shareStatus, type BudgetTotals } from "../model/totals";
import { a1, columnLetter, rangeA1, type CellRef } from "./address";
import type { SummaryColumns } from "./buildChartPlans";
import { formula, number, text } from "./cellContent";
import { COLORS, MONEY_FORMAT, PERCENT_FORMAT } from "./formats";
import type { NamePlan } from "./plan";
import { cellList, type SheetBlock } from "./sheetBlock";
import type { Lang, SheetLabels } from "../i18n";

// Columns right of the summary's first: subtotal, share, min, max, status.
const SUBTOTAL = 1;
const SHARE = 2;
const MIN = 3;
const MAX = 4;
const STATUS = 5;

/** Where the summary is: its title, headers on the next row, one row per category, then the total. */
export interface SummaryLayout {
  titleRow: number;
  headerRow: number;
  firstRow: number;
  totalRow: number;
  firstCol: number;
  lastCol: number;
}

export function summaryLayout(title: CellRef): SummaryLayout {
  const firstRow = title.row + 2;
  return {
    titleRow: title.row,
    headerRow: title.row + 1,
    firstRow,
    totalRow: firstRow + CATEGORIES.length,
    firstCol: title.col,
    lastCol: title.col + STATUS,
  };
}

export interface CategorySummaryInput {
  budget: Budget;
  totals: BudgetTotals;
  lang: Lang;
  labels: SheetLabels;
  layout: SummaryLayout;
  /** Structured references to the lines table's Budget and Category columns. */
  budgetColumn: string;
  categoryColumn: string;
}

export interface CategorySummary extends SheetBlock {
  /** The six line categories' subtotals, an A1 range. */
  lineSubtotals: string;
  /** The columns the shares chart reads. */
  chartColumns: SummaryColumns;
}

/**
 * The category summary: for each of the seven categories its subtotal, share, editable recommended
 * range and status (low, high or within the range, colored), then the total.
 */
export function buildCategorySummary(input: CategorySummaryInput): CategorySummary {
  const { budget, totals, labels, layout } = input;
  const { cells, put } = cellList();
  const names: NamePlan[] = [];
  const name = (n: string, ref: CellRef, comment: string) => names.push({ name: n, ref, comment });
  const sc = (offset: number) => layout.firstCol + offset;
  const lastRow = layout.totalRow - 1;

  put(layout.titleRow, sc(0), text(labels.summaryTitle));
  const summaryHeaders = labels.summaryHeaders;
  [
    summaryHeaders.category,
    summaryHeaders.subtotal,
    summaryHeaders.share,
    summaryHeaders.min,
    summaryHeaders.max,
    summaryHeaders.status,
  ].forEach((header, offset) => put(layout.headerRow, sc(offset), text(header)));
  const firstSubtotal = { row: layout.firstRow, col: sc(SUBTOTAL) };
  const lastLineSubtotal = { row: layout.firstRow + LINE_CATEGORY_KEYS.length - 1, col: sc(SUBTOTAL) };

  CATEGORIES.forEach((category, index) => {
    const row = layout.firstRow + index;
    const key: CategoryKey = category.key;
    const range = budget.ranges[key];
    const ref = (offset: number) => a1({ row, col: sc(offset) });
    put(row, sc(0), text(category.name[input.lang]));
    const subtotalFormula =
      key === "contingency"
        ? `=SUM(${rangeA1(firstSubtotal, lastLineSubtotal)})*Budget_ContingencyRate`
        : `=SUMIFS(${input.budgetColumn},${input.categoryColumn},${ref(0)})`;
    put(row, sc(SUBTOTAL), formula(subtotalFormula, totals.subtotals[key]), MONEY_FORMAT);
    put(
      row,
      sc(SHARE),
      formula(`=IF(Budget_Total=0,0,${ref(SUBTOTAL)}/Budget_Total)`, totals.shares[key]),
      PERCENT_FORMAT,
    );
    put(row, sc(MIN), number(range.min), PERCENT_FORMAT);
    put(row, sc(MAX), number(range.max), PERCENT_FORMAT);
    const status = labels.status;
    const statusFormula =
      `=IF(AND(${ref(MIN)}<>"",${ref(SHARE)}<${ref(MIN)}),"${status.low}",` +
      `IF(AND(${ref(MAX)}<>"",${ref(SHARE)}>${ref(MAX)}),"${status.high}","${status.ok}"))`;
    put(row, sc(STATUS), formula(statusFormula, status[shareStatus(totals.shares[key], range)]));
    const display = category.name[input.lang];
    const comments = labels.nameComments;
    name(`Budget_Subtotal_${category.nameSuffix}`, { row, col: sc(SUBTOTAL) }, comments.subtotal + display);
    name(`Budget_Share_${category.nameSuffix}`, { row, col: sc(SHARE) }, comments.share + display);
    name(`Budget_Min_${category.nameSuffix}`, { row, col: sc(MIN) }, comments.min + display);
    name(`Budget_Max_${category.nameSuffix}`, { row, col: sc(MAX) }, comments.max + display);
  });
  const totalRow = layout.totalRow;
  put(totalRow, sc(0), text(labels.total));
  put(
    totalRow,
    sc(SUBTOTAL),
    formula(`=SUM(${rangeA1(firstSubtotal, { row: lastRow, col: sc(SUBTOTAL) })})`, totals.total),
    MONEY_FORMAT,
  );
  const shareSum = totals.total.isZero() ? ZERO : new Decimal(1);
  const shares = rangeA1({ row: layout.firstRow, col: sc(SHARE) }, { row: lastRow, col: sc(SHARE) });
  put(totalRow, sc(SHARE), formula(`=SUM(${shares})`, shareSum), PERCENT_FORMAT);
  name("Budget_Total", { row: totalRow, col: sc(SUBTOTAL) }, labels.nameComments.total);

  const column = (offset: number) =>
    rangeA1({ row: layout.firstRow, col: sc(offset) }, { row: lastRow, col: sc(offset) });
  const statusRange = column(STATUS);
  // The rules are written for the first row, relative in the row: each row compares its own share.
  const firstRowRef = (offset: number) => `$${columnLetter(sc(offset))}${layout.firstRow + 1}`;
  const minRef = firstRowRef(MIN);
  const maxRef = firstRowRef(MAX);
  const shareRef = firstRowRef(SHARE);
  const lowRule = `AND(${minRef}<>"",${shareRef}<${minRef})`;
  const highRule = `AND(${maxRef}<>"",${shareRef}>${maxRef})`;
  const wholeRow = (row: number) => rangeA1({ row, col: sc(0) }, { row, col: layout.lastCol });
  return {
    cells,
    names,
    styles: [
      { range: a1({ row: layout.titleRow, col: sc(0) }), bold: true, fontSize: 12 },
      { range: wholeRow(layout.headerRow), bold: true, fill: COLORS.header },
      { range: wholeRow(totalRow), bold: true, fill: COLORS.header },
      { range: rangeA1({ row: layout.firstRow, col: sc(MIN) }, { row: lastRow, col: sc(MAX) }), fill: COLORS.input },
      { range: statusRange, horizontal: "center" },
    ],
    conditionalFormats: [
      { range: statusRange, formula: `=${lowRule}`, fill: COLORS.lowFill, fontColor: COLORS.lowFont },
      { range: statusRange, formula: `=${highRule}`, fill: COLORS.highFill, fontColor: COLORS.highFont },
      {
        range: statusRange,
        formula: `=NOT(OR(${lowRule},${highRule}))`,
        fill: COLORS.okFill,
        fontColor: COLORS.okFont,
      },
    ],
    validations: [
      { kind: "decimal", range: column(MIN), min: 0, max: 1, ...labels.rateValidation },
      { kind: "decimal", range: column(MAX), min: 0, max: 1, ...labels.rateValidation },
    ],
    lineSubtotals: rangeA1(firstSubtotal, lastLineSubtotal),
    chartColumns: {
      firstRow: layout.firstRow,
      lastRow,
      nameCol: sc(0),
      shareCol: sc(SHARE),
      minCol: sc(MIN),
      maxCol: sc(MAX),
    },
  };
}
