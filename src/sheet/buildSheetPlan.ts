import type { Budget, BudgetLine } from "../model/budget";
import { CATEGORIES, LINE_CATEGORY_KEYS, categoryByKey, type CategoryKey } from "../model/categories";
import { Decimal, ZERO } from "../model/decimal";
import { applyFunnel, isDriven, requiredCounts } from "../model/funnelPlan";
import { budgetOutcome } from "../model/outcome";
import { stageCosts } from "../model/stageCosts";
import { budgetTotals, lineAmount, shareStatus } from "../model/totals";
import { a1, columnLetter, rangeA1, type CellRef } from "./address";
import { funnelChart, sharesChart } from "./buildChartPlans";
import { COLORS, DEFAULT_TABLE_STYLE, GENERAL_FORMAT, MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT } from "./formats";
import { buildFunnelBlock, funnelLayout, funnelNoteRow, stageRanges, type FunnelBlock } from "./funnelBlock";
import { TABLE_COLUMN_KEYS, type TableColumnKey } from "./labels";
import type { CellContent, FunnelLayout, NamePlan, PlannedCell, SheetPlan, TablePlan } from "./plan";
import { formula, number, optional, text } from "./cellContent";
import { sheetLabels, type Lang } from "../i18n";

export interface SheetPlanOptions {
  lang: Lang;
  /** Defaults to the language's base name (预算表 / Budget); the Excel layer passes a free one. */
  sheetName?: string;
  /** Defaults to BudgetLines; the Excel layer passes a free one. */
  tableName?: string;
}

export const DEFAULT_TABLE_NAME = "BudgetLines";

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const HEADER_ROW = 3;
const SUMMARY_TITLE_ROW = 2;
const SUMMARY_HEADER_ROW = HEADER_ROW;
const SUMMARY_FIRST_ROW = SUMMARY_HEADER_ROW + 1;
const TOTAL_ROW = SUMMARY_FIRST_ROW + CATEGORIES.length;
const GOALS_TITLE_ROW = TOTAL_ROW + 2;
const GOALS_FIRST_ROW = GOALS_TITLE_ROW + 1;

/** A funnel budget's table has one more column, after Note: the stage that drives the quantity. */
const DRIVER = "driver";
type PlanColumnKey = TableColumnKey | typeof DRIVER;
// The white of a cell that is not an input: a driven quantity is a formula.
const DRIVEN_FILL = "#FFFFFF";

const GOAL_KEYS = [
  "revenue",
  "grossMargin",
  "cap",
  "contingencyRate",
  "grossProfit",
  "roi",
  "directRoi",
  "breakeven",
  "gapToCap",
] as const;
type GoalKey = (typeof GOAL_KEYS)[number];
/** The funnel block's title: two blank rows under the goals, in the summary's first column (N26 or O26). */
const FUNNEL_TITLE_ROW = GOALS_FIRST_ROW + GOAL_KEYS.length + 2;

const GOAL_NAMES: Record<GoalKey, string> = {
  revenue: "Budget_Revenue",
  grossMargin: "Budget_GrossMargin",
  cap: "Budget_Cap",
  contingencyRate: "Budget_ContingencyRate",
  grossProfit: "Budget_GrossProfit",
  roi: "Budget_ROI",
  directRoi: "Budget_DirectROI",
  breakeven: "Budget_Breakeven",
  gapToCap: "Budget_GapToCap",
};

const COLUMN_WIDTHS: Record<PlanColumnKey, number> = {
  category: 16,
  item: 20,
  basis: 44,
  quantity: 10,
  unitCost: 12,
  times: 8,
  budget: 15,
  share: 9,
  actual: 15,
  variance: 15,
  owner: 12,
  note: 18,
  driver: 12,
};

function col(key: PlanColumnKey): number {
  return key === DRIVER ? TABLE_COLUMN_KEYS.length : TABLE_COLUMN_KEYS.indexOf(key);
}

/**
 * Turns a budget into every cell, format, table, name and rule of a budget sheet. A budget with a
 * funnel also gets a Driver column (last in the table), the reverse-funnel block under the goals and
 * charts; its driven quantities and its revenue are formulas on that block.
 */
export function buildSheetPlan(input: Budget, options: SheetPlanOptions): SheetPlan {
  const budget = applyFunnel(input);
  const funnel = budget.funnel;
  const labels = sheetLabels(options.lang);
  const tableName = options.tableName ?? DEFAULT_TABLE_NAME;
  const sheetName = options.sheetName ?? labels.sheetName;
  const columnKeys: PlanColumnKey[] = funnel ? [...TABLE_COLUMN_KEYS, DRIVER] : [...TABLE_COLUMN_KEYS];
  const header = (key: PlanColumnKey) => (key === DRIVER ? labels.driverHeader : labels.headers[key]);
  // One blank column right of the table: column N, or O with the Driver column.
  const summaryCol = columnKeys.length + 1;
  const funnelAt: FunnelLayout | undefined = funnel
    ? funnelLayout({ row: FUNNEL_TITLE_ROW, col: summaryCol }, funnel.stages.length + 1)
    : undefined;
  const totals = budgetTotals(budget);
  const outcome = budgetOutcome(budget);
  const cells: PlannedCell[] = [];
  const put = (row: number, column: number, content: CellContent, numberFormat?: string): void => {
    cells.push({ row, col: column, content, ...(numberFormat ? { numberFormat } : {}) });
  };

  put(TITLE_ROW, 0, text(budget.title));
  put(SUBTITLE_ROW, 0, text(funnel ? labels.funnelSubtitle : labels.subtitle));

  // The lines table. An Excel table needs at least one data row.
  const rowCount = Math.max(budget.lines.length, 1);
  const table: TablePlan = {
    name: tableName,
    headerRow: HEADER_ROW,
    firstCol: 0,
    columns: columnKeys.map(header),
    firstDataRow: HEADER_ROW + 1,
    lastDataRow: HEADER_ROW + rowCount,
    style: DEFAULT_TABLE_STYLE,
  };
  columnKeys.forEach((key, c) => put(HEADER_ROW, c, text(header(key))));
  const thisRow = (key: PlanColumnKey) => `${tableName}[[#This Row],[${header(key)}]]`;
  const wholeColumn = (key: PlanColumnKey) => `${tableName}[${header(key)}]`;
  const budgetFormula =
    `=${thisRow("quantity")}*${thisRow("unitCost")}` + `*IF(${thisRow("times")}="",1,${thisRow("times")})`;
  const shareFormula = `=IF(Budget_Total=0,0,${thisRow("budget")}/Budget_Total)`;
  const varianceFormula = `=IF(${thisRow("actual")}="","",${thisRow("actual")}-${thisRow("budget")})`;
  // A driven quantity looks its stage up by the name in Driver rather than pointing at the stage's
  // cell: lines re-ordered, copied or retyped to another stage keep working, and the Driver column
  // says what the formula does. A stage renamed while its lines keep the old name shows #N/A, loudly.
  const stages = funnelAt ? stageRanges(funnelAt) : undefined;
  const drivenQuantityFormula = stages
    ? `=INDEX(${stages.counts},MATCH(${thisRow(DRIVER)},${stages.names},0))`
    : undefined;
  const drivenQuantityCells: string[] = [];

  for (let i = 0; i < rowCount; i++) {
    const row = table.firstDataRow + i;
    const line: BudgetLine | undefined = budget.lines[i];
    const amount = line ? lineAmount(line) : ZERO;
    if (line) {
      put(row, col("category"), text(categoryByKey(line.category).name[options.lang]));
      put(row, col("item"), text(line.item));
      put(row, col("basis"), text(line.basis));
      if (drivenQuantityFormula && isDriven(line)) {
        put(row, col("quantity"), formula(drivenQuantityFormula, line.quantity ?? ZERO), GENERAL_FORMAT);
        put(row, col(DRIVER), text(line.driver));
        drivenQuantityCells.push(a1({ row, col: col("quantity") }));
      } else if (line.quantity) put(row, col("quantity"), number(line.quantity), GENERAL_FORMAT);
      if (line.unitCost) put(row, col("unitCost"), number(line.unitCost), MONEY_FORMAT);
      if (line.times) put(row, col("times"), number(line.times), GENERAL_FORMAT);
      if (line.actual) put(row, col("actual"), number(line.actual), MONEY_FORMAT);
      if (line.owner) put(row, col("owner"), text(line.owner));
      if (line.note) put(row, col("note"), text(line.note));
    }
    if (line?.fixedAmount != null) {
      put(row, col("budget"), number(line.fixedAmount), MONEY_FORMAT);
    } else {
      put(row, col("budget"), formula(budgetFormula, amount), MONEY_FORMAT);
    }
    const share = totals.total.isZero() ? ZERO : amount.dividedBy(totals.total);
    put(row, col("share"), formula(shareFormula, share), PERCENT_FORMAT);
    const variance = line?.actual ? line.actual.minus(amount) : "";
    put(row, col("variance"), formula(varianceFormula, variance), MONEY_FORMAT);
  }

  // The category summary: subtotal, share, editable range and status for each of the seven.
  const sc = (offset: number) => summaryCol + offset;
  put(SUMMARY_TITLE_ROW, sc(0), text(labels.summaryTitle));
  const summaryHeaders = labels.summaryHeaders;
  [
    summaryHeaders.category,
    summaryHeaders.subtotal,
    summaryHeaders.share,
    summaryHeaders.min,
    summaryHeaders.max,
    summaryHeaders.status,
  ].forEach((header, offset) => put(SUMMARY_HEADER_ROW, sc(offset), text(header)));
  const names: NamePlan[] = [];
  const name = (n: string, ref: CellRef, comment: string) => names.push({ name: n, ref, comment });
  const firstSubtotal = { row: SUMMARY_FIRST_ROW, col: sc(1) };
  const lastLineSubtotal = { row: SUMMARY_FIRST_ROW + LINE_CATEGORY_KEYS.length - 1, col: sc(1) };

  CATEGORIES.forEach((category, index) => {
    const row = SUMMARY_FIRST_ROW + index;
    const key: CategoryKey = category.key;
    const range = budget.ranges[key];
    const ref = (offset: number) => a1({ row, col: sc(offset) });
    put(row, sc(0), text(category.name[options.lang]));
    const subtotalFormula =
      key === "contingency"
        ? `=SUM(${rangeA1(firstSubtotal, lastLineSubtotal)})*Budget_ContingencyRate`
        : `=SUMIFS(${wholeColumn("budget")},${wholeColumn("category")},${ref(0)})`;
    put(row, sc(1), formula(subtotalFormula, totals.subtotals[key]), MONEY_FORMAT);
    put(row, sc(2), formula(`=IF(Budget_Total=0,0,${ref(1)}/Budget_Total)`, totals.shares[key]), PERCENT_FORMAT);
    put(row, sc(3), number(range.min), PERCENT_FORMAT);
    put(row, sc(4), number(range.max), PERCENT_FORMAT);
    const status = labels.status;
    const statusFormula =
      `=IF(AND(${ref(3)}<>"",${ref(2)}<${ref(3)}),"${status.low}",` +
      `IF(AND(${ref(4)}<>"",${ref(2)}>${ref(4)}),"${status.high}","${status.ok}"))`;
    put(row, sc(5), formula(statusFormula, status[shareStatus(totals.shares[key], range)]));
    const display = category.name[options.lang];
    name(`Budget_Subtotal_${category.nameSuffix}`, { row, col: sc(1) }, labels.nameComments.subtotal + display);
    name(`Budget_Share_${category.nameSuffix}`, { row, col: sc(2) }, labels.nameComments.share + display);
    name(`Budget_Min_${category.nameSuffix}`, { row, col: sc(3) }, labels.nameComments.min + display);
    name(`Budget_Max_${category.nameSuffix}`, { row, col: sc(4) }, labels.nameComments.max + display);
  });
  const firstShare = { row: SUMMARY_FIRST_ROW, col: sc(2) };
  const lastShare = { row: TOTAL_ROW - 1, col: sc(2) };
  put(TOTAL_ROW, sc(0), text(labels.total));
  put(
    TOTAL_ROW,
    sc(1),
    formula(`=SUM(${rangeA1(firstSubtotal, { row: TOTAL_ROW - 1, col: sc(1) })})`, totals.total),
    MONEY_FORMAT,
  );
  const shareSum = totals.total.isZero() ? ZERO : new Decimal(1);
  put(TOTAL_ROW, sc(2), formula(`=SUM(${rangeA1(firstShare, lastShare)})`, shareSum), PERCENT_FORMAT);
  name("Budget_Total", { row: TOTAL_ROW, col: sc(1) }, labels.nameComments.total);

  // Goals and return: inputs, then figures computed from them.
  put(GOALS_TITLE_ROW, sc(0), text(labels.goalsTitle));
  const goalRow = (key: GoalKey) => GOALS_FIRST_ROW + GOAL_KEYS.indexOf(key);
  const goalContent: Record<GoalKey, [CellContent | null, string]> = {
    revenue: [
      funnel
        ? formula("=Budget_TargetDeals*Budget_AOV", budget.goals.revenue ?? ZERO)
        : budget.goals.revenue
          ? number(budget.goals.revenue)
          : null,
      MONEY_FORMAT,
    ],
    grossMargin: [budget.goals.grossMargin ? number(budget.goals.grossMargin) : null, PERCENT_FORMAT],
    cap: [budget.goals.cap ? number(budget.goals.cap) : null, MONEY_FORMAT],
    contingencyRate: [number(budget.contingencyRate), PERCENT_FORMAT],
    grossProfit: [
      formula(
        '=IF(OR(Budget_Revenue="",Budget_GrossMargin=""),"",Budget_Revenue*Budget_GrossMargin)',
        optional(outcome.grossProfit),
      ),
      MONEY_FORMAT,
    ],
    roi: [
      formula(
        '=IF(OR(Budget_GrossProfit="",Budget_Total=0),"",Budget_GrossProfit/Budget_Total)',
        optional(outcome.roi),
      ),
      RATIO_FORMAT,
    ],
    directRoi: [
      formula(
        '=IF(OR(Budget_GrossProfit="",Budget_Subtotal_Benefit+Budget_Subtotal_Promotion=0),"",' +
          "Budget_GrossProfit/(Budget_Subtotal_Benefit+Budget_Subtotal_Promotion))",
        optional(outcome.directRoi),
      ),
      RATIO_FORMAT,
    ],
    breakeven: [
      formula(
        '=IF(OR(Budget_GrossMargin="",Budget_GrossMargin=0),"",Budget_Total/Budget_GrossMargin)',
        optional(outcome.breakEvenRevenue),
      ),
      MONEY_FORMAT,
    ],
    gapToCap: [formula('=IF(Budget_Cap="","",Budget_Cap-Budget_Total)', optional(outcome.gapToCap)), MONEY_FORMAT],
  };
  for (const key of GOAL_KEYS) {
    const row = goalRow(key);
    put(row, sc(0), text(labels.goals[key]));
    const [content, format] = goalContent[key];
    if (content) put(row, sc(1), content, format);
    else cells.push({ row, col: sc(1), content: text(""), numberFormat: format });
    name(GOAL_NAMES[key], { row, col: sc(1) }, labels.goals[key]);
  }

  const block: FunnelBlock | undefined =
    funnel && funnelAt
      ? buildFunnelBlock({
          funnel,
          counts: requiredCounts(funnel),
          costs: stageCosts(budget),
          layout: funnelAt,
          labels: labels.funnel,
          budgetColumn: wholeColumn("budget"),
          driverColumn: wholeColumn(DRIVER),
          lineSubtotals: rangeA1(firstSubtotal, lastLineSubtotal),
        })
      : undefined;
  if (block) {
    cells.push(...block.cells);
    names.push(...block.names);
  }

  const lastTableCol = columnKeys.length - 1;
  const lastCol = sc(5);
  const lastRow = Math.max(table.lastDataRow, goalRow("gapToCap"), funnelAt ? funnelNoteRow(funnelAt) : 0);
  const dataRange = (key: PlanColumnKey) =>
    rangeA1({ row: table.firstDataRow, col: col(key) }, { row: table.lastDataRow, col: col(key) });
  const summaryColumn = (offset: number) =>
    rangeA1({ row: SUMMARY_FIRST_ROW, col: sc(offset) }, { row: TOTAL_ROW - 1, col: sc(offset) });
  const goalCell = (key: GoalKey) => a1({ row: goalRow(key), col: sc(1) });
  const inputFill = { fill: COLORS.input };

  const statusRange = summaryColumn(5);
  const minRef = `$${columnLetter(sc(3))}${SUMMARY_FIRST_ROW + 1}`;
  const maxRef = `$${columnLetter(sc(4))}${SUMMARY_FIRST_ROW + 1}`;
  const shareAbs = `$${columnLetter(sc(2))}${SUMMARY_FIRST_ROW + 1}`;
  const lowRule = `AND(${minRef}<>"",${shareAbs}<${minRef})`;
  const highRule = `AND(${maxRef}<>"",${shareAbs}>${maxRef})`;
  const varianceTop = a1({ row: table.firstDataRow, col: col("variance") });

  return {
    sheetName,
    lang: options.lang,
    cells,
    styles: [
      { range: a1({ row: TITLE_ROW, col: 0 }), bold: true, fontSize: 14 },
      { range: a1({ row: SUBTITLE_ROW, col: 0 }), italic: true, fontColor: COLORS.muted },
      { range: a1({ row: SUMMARY_TITLE_ROW, col: sc(0) }), bold: true, fontSize: 12 },
      { range: a1({ row: GOALS_TITLE_ROW, col: sc(0) }), bold: true, fontSize: 12 },
      {
        range: rangeA1({ row: SUMMARY_HEADER_ROW, col: sc(0) }, { row: SUMMARY_HEADER_ROW, col: lastCol }),
        bold: true,
        fill: COLORS.header,
      },
      {
        range: rangeA1({ row: TOTAL_ROW, col: sc(0) }, { row: TOTAL_ROW, col: lastCol }),
        bold: true,
        fill: COLORS.header,
      },
      {
        range: rangeA1(
          { row: table.firstDataRow, col: col("quantity") },
          { row: table.lastDataRow, col: col("times") },
        ),
        ...inputFill,
      },
      { range: dataRange("actual"), ...inputFill },
      { range: rangeA1({ row: SUMMARY_FIRST_ROW, col: sc(3) }, { row: TOTAL_ROW - 1, col: sc(4) }), ...inputFill },
      {
        // With a funnel, revenue is target deals × order value: not an input.
        range: rangeA1(
          { row: goalRow(funnel ? "grossMargin" : "revenue"), col: sc(1) },
          { row: goalRow("contingencyRate"), col: sc(1) },
        ),
        ...inputFill,
      },
      { range: rangeA1({ row: goalRow("roi"), col: sc(0) }, { row: goalRow("roi"), col: sc(1) }), bold: true },
      { range: statusRange, horizontal: "center" },
      ...drivenQuantityCells.map((range) => ({ range, fill: DRIVEN_FILL })),
      ...(block?.styles ?? []),
    ],
    columnWidths: [
      ...columnKeys.map((key, c) => ({ col: c, chars: COLUMN_WIDTHS[key] })),
      { col: lastTableCol + 1, chars: 3 },
      { col: sc(0), chars: 28 },
      { col: sc(1), chars: 16 },
      // With a funnel these also hold the people needed and the driven cost.
      { col: sc(2), chars: funnel ? 14 : 9 },
      { col: sc(3), chars: funnel ? 15 : 10 },
      { col: sc(4), chars: 10 },
      { col: sc(5), chars: 8 },
    ],
    table,
    names,
    conditionalFormats: [
      { range: statusRange, formula: `=${lowRule}`, fill: COLORS.lowFill, fontColor: COLORS.lowFont },
      { range: statusRange, formula: `=${highRule}`, fill: COLORS.highFill, fontColor: COLORS.highFont },
      {
        range: statusRange,
        formula: `=NOT(OR(${lowRule},${highRule}))`,
        fill: COLORS.okFill,
        fontColor: COLORS.okFont,
      },
      {
        range: dataRange("variance"),
        formula: `=AND(ISNUMBER(${varianceTop}),${varianceTop}>0)`,
        fill: COLORS.highFill,
        fontColor: COLORS.highFont,
      },
      {
        range: goalCell("roi"),
        formula: `=AND(ISNUMBER(${goalCell("roi")}),${goalCell("roi")}<1)`,
        fill: COLORS.highFill,
        fontColor: COLORS.highFont,
      },
      {
        range: goalCell("gapToCap"),
        formula: `=AND(ISNUMBER(${goalCell("gapToCap")}),${goalCell("gapToCap")}<0)`,
        fill: COLORS.highFill,
        fontColor: COLORS.highFont,
      },
      // A Driver naming no stage leaves its quantity #N/A.
      ...(funnel
        ? [
            {
              range: dataRange("quantity"),
              formula: `=ISERROR(${a1({ row: table.firstDataRow, col: col("quantity") })})`,
              fill: COLORS.highFill,
              fontColor: COLORS.highFont,
            },
          ]
        : []),
    ],
    validations: [
      { kind: "decimal", range: summaryColumn(3), min: 0, max: 1, ...labels.rateValidation },
      { kind: "decimal", range: summaryColumn(4), min: 0, max: 1, ...labels.rateValidation },
      { kind: "decimal", range: goalCell("grossMargin"), min: 0, max: 1, ...labels.rateValidation },
      { kind: "decimal", range: goalCell("contingencyRate"), min: 0, max: 1, ...labels.rateValidation },
      {
        kind: "list",
        range: dataRange("category"),
        values: LINE_CATEGORY_KEYS.map((key) => categoryByKey(key).name[options.lang]),
        title: labels.headers.category,
        message: LINE_CATEGORY_KEYS.map((key) => categoryByKey(key).name[options.lang]).join(" / "),
      },
      ...(block?.validations ?? []),
    ],
    freezeRows: HEADER_ROW + 1,
    printArea: rangeA1({ row: 0, col: 0 }, { row: lastRow, col: lastCol }),
    layout: {
      table,
      summaryHeaderRow: SUMMARY_HEADER_ROW,
      summaryFirstCol: summaryCol,
      goalsFirstRow: GOALS_FIRST_ROW,
      ...(funnelAt ? { funnel: funnelAt } : {}),
    },
    ...(funnelAt
      ? {
          charts: [
            sharesChart(
              labels,
              {
                firstRow: SUMMARY_FIRST_ROW,
                lastRow: TOTAL_ROW - 1,
                nameCol: sc(0),
                shareCol: sc(2),
                minCol: sc(3),
                maxCol: sc(4),
              },
              { row: SUMMARY_TITLE_ROW, col: lastCol + 2 },
            ),
            funnelChart(labels, funnelAt, { row: FUNNEL_TITLE_ROW, col: lastCol + 2 }),
          ],
        }
      : {}),
  };
}
