import { CATEGORIES } from "../model/categories";
import { Decimal } from "../model/decimal";
import { executionReport, type ExecutionFigures } from "../model/executionReport";
import type { Budget } from "../model/budget";
import type { PeriodActuals } from "../model/execution";
import type { Phasing } from "../model/phasing";
import { MAX_PERIODS } from "../model/periods";
import { a1, columnLetter, rangeA1, type CellRef } from "./address";
import { periodDateFormat, periodSerial, phasedExecution, phasingLayout } from "./buildPhasingPlan";
import { formula, optional, text } from "./cellContent";
import { COLORS, GENERAL_FORMAT, MONEY_FORMAT, PERCENT_FORMAT } from "./formats";
import { onSheet, sheetPrefix } from "./otherSheet";
import type { CellContent, PlainSheetPlan, PlannedCell, RangeStyle } from "./plan";
import { executionReportLabels, type Lang } from "../i18n";

export interface ExecutionReportPlanOptions {
  lang: Lang;
  /** The phasing sheet the report reads, under its final name. */
  phasingSheetName: string;
  /** Defaults to 月度执行报告 / Execution report; the Excel layer passes a free one. */
  sheetName?: string;
  /** As on the phasing sheet: the period execution is measured to (the first by default) and the actuals typed. */
  currentPeriod?: number;
  actuals?: PeriodActuals;
}

const PERIOD_COL = 0;
const CATEGORY_COL = 1;
const PLAN_COL = 2;
const ACTUAL_COL = 3;
const VARIANCE_COL = 4;
const CUMULATIVE_PLAN_COL = 5;
const CUMULATIVE_ACTUAL_COL = 6;
const CUMULATIVE_VARIANCE_COL = 7;
const RATE_COL = 8;
const EXPLANATION_COL = 9;
/** Typed explanations stay text, even one starting with "=". */
const TEXT_FORMAT = "@";

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const SUMMARY_TITLE_ROW = 3;
const SUMMARY = [
  "currentPeriod",
  "currentPeriodStart",
  "planToDate",
  "actualToDate",
  "varianceToDate",
  "executionRate",
] as const;
type SummaryKey = (typeof SUMMARY)[number];
const summaryRow = (key: SummaryKey) => SUMMARY_TITLE_ROW + 1 + SUMMARY.indexOf(key);
const REPORT_TITLE_ROW = summaryRow("executionRate") + 2;
const HEADER_ROW = REPORT_TITLE_ROW + 1;
/** Each period: a row per category, then the period's total. */
const ROWS_PER_PERIOD = CATEGORIES.length + 1;

/**
 * The execution report (月度执行报告): for every period, each category's plan and actual spend, the
 * variance (actual − plan), both cumulated and the execution rate to the period's end, then the
 * period's total; a last column for the planner's explanation of each variance, typed text. Every
 * figure is a formula on the phasing sheet (its phased plan and its actual rows typed per period), so
 * a typed actual, a changed span or a changed quantity shows here by recalculation alone. Above the
 * report: the figures to date, through the phasing sheet's current period. Results are the model's
 * (executionReport, executionToDate). Printable: the whole report, landscape, one page wide.
 */
export function buildExecutionReportPlan(
  input: Budget,
  phasing: Phasing,
  options: ExecutionReportPlanOptions,
): PlainSheetPlan {
  const { lang } = options;
  const labels = executionReportLabels(lang);
  const sheetName = options.sheetName ?? labels.sheetName;
  const { phased, actuals, currentPeriod, execution: toDate } = phasedExecution(input, phasing, options);
  const periods = phased.periods;
  const report = executionReport(phased, actuals);
  const source = phasingLayout(phased.rows.length);
  const onPhasing = (ref: CellRef) => onSheet(options.phasingSheetName, ref);
  const dateFormat = periodDateFormat(phasing.periods.unit);
  const serials = periods.map((period) => new Decimal(periodSerial(period)));

  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, content: CellContent, numberFormat?: string) =>
    cells.push({ row, col, content, ...(numberFormat ? { numberFormat } : {}) });
  const at = (row: number, col: number) => a1({ row, col });
  /** A column of the phasing sheet between two rows, both held: 'Phasing'!H$20:H$39. */
  const phasingColumn = (col: number, first: number, last: number, holdCol: boolean) => {
    const letter = `${holdCol ? "$" : ""}${columnLetter(col)}`;
    return `${sheetPrefix(options.phasingSheetName)}${letter}$${first + 1}:${letter}$${last + 1}`;
  };

  put(TITLE_ROW, 0, text(labels.title));
  put(SUBTITLE_ROW, 0, text(labels.subtitle));

  // The figures to date, read from the phasing sheet.
  put(SUMMARY_TITLE_ROW, 0, text(labels.summaryTitle));
  for (const key of SUMMARY) put(summaryRow(key), PERIOD_COL, text(labels.summary[key]));
  const summary = (key: SummaryKey, content: CellContent, format: string) =>
    put(summaryRow(key), PLAN_COL, content, format);
  const current = at(summaryRow("currentPeriod"), PLAN_COL);
  summary("currentPeriod", formula(`=${onPhasing(source.currentPeriod)}`, new Decimal(currentPeriod)), GENERAL_FORMAT);
  const headers = `${onPhasing({ row: source.headerRow, col: source.periodCol(0) })}:${a1(
    { row: source.headerRow, col: source.periodCol(periods.length - 1) },
    true,
  )}`;
  summary("currentPeriodStart", formula(`=INDEX(${headers},1,${current})`, serials[currentPeriod - 1]), dateFormat);
  summary("planToDate", formula(`=${onPhasing(source.planToDate)}`, toDate.planToDate), MONEY_FORMAT);
  summary("actualToDate", formula(`=${onPhasing(source.actualToDate)}`, toDate.actualToDate), MONEY_FORMAT);
  summary(
    "varianceToDate",
    formula(
      `=${at(summaryRow("actualToDate"), PLAN_COL)}-${at(summaryRow("planToDate"), PLAN_COL)}`,
      toDate.actualToDate.minus(toDate.planToDate),
    ),
    MONEY_FORMAT,
  );
  summary("executionRate", formula(`=${onPhasing(source.executionRate)}`, optional(toDate.rate)), PERCENT_FORMAT);

  // The report: a row per period and category, then the period's total.
  put(REPORT_TITLE_ROW, 0, text(labels.reportTitle));
  const h = labels.headers;
  [
    h.period,
    h.category,
    h.plan,
    h.actual,
    h.variance,
    h.cumulativePlan,
    h.cumulativeActual,
    h.cumulativeVariance,
    h.executionRate,
    h.explanation,
  ].forEach((header, col) => put(HEADER_ROW, col, text(header)));

  const firstRow = (p: number) => HEADER_ROW + 1 + p * ROWS_PER_PERIOD;
  const totalRows: number[] = [];
  report.forEach((period, p) => {
    const col = source.periodCol(p);
    const periodStart = formula(`=${onPhasing({ row: source.headerRow, col })}`, serials[p]);
    const totalRow = firstRow(p) + CATEGORIES.length;
    totalRows.push(totalRow);
    /** The figures of one row; plan and actual are given as formulas, the rest follow from them. */
    const figures = (row: number, plan: string, actual: string, values: ExecutionFigures, previous?: number) => {
      const cumulative = (col: number, of: number) =>
        previous === undefined ? `=${at(row, of)}` : `=${at(previous, col)}+${at(row, of)}`;
      put(row, PERIOD_COL, periodStart, dateFormat);
      put(row, PLAN_COL, formula(plan, values.plan), MONEY_FORMAT);
      put(row, ACTUAL_COL, formula(actual, values.actual), MONEY_FORMAT);
      put(row, VARIANCE_COL, formula(`=${at(row, ACTUAL_COL)}-${at(row, PLAN_COL)}`, values.variance), MONEY_FORMAT);
      put(
        row,
        CUMULATIVE_PLAN_COL,
        formula(cumulative(CUMULATIVE_PLAN_COL, PLAN_COL), values.cumulativePlan),
        MONEY_FORMAT,
      );
      put(
        row,
        CUMULATIVE_ACTUAL_COL,
        formula(cumulative(CUMULATIVE_ACTUAL_COL, ACTUAL_COL), values.cumulativeActual),
        MONEY_FORMAT,
      );
      put(
        row,
        CUMULATIVE_VARIANCE_COL,
        formula(`=${at(row, CUMULATIVE_ACTUAL_COL)}-${at(row, CUMULATIVE_PLAN_COL)}`, values.cumulativeVariance),
        MONEY_FORMAT,
      );
      const rate = `=IF(${at(row, CUMULATIVE_PLAN_COL)}=0,"",${at(row, CUMULATIVE_ACTUAL_COL)}/${at(row, CUMULATIVE_PLAN_COL)})`;
      put(row, RATE_COL, formula(rate, optional(values.rate)), PERCENT_FORMAT);
      put(row, EXPLANATION_COL, text(""), TEXT_FORMAT);
    };
    const lineCategories = phasingColumn(source.categoryCol, source.lines.first, source.lines.last, true);
    const linePeriod = phasingColumn(col, source.lines.first, source.lines.last, false);
    const actualCategories = phasingColumn(source.categoryCol, source.actuals.first, source.actuals.last, true);
    const actualPeriod = phasingColumn(col, source.actuals.first, source.actuals.last, false);
    CATEGORIES.forEach((category, c) => {
      const row = firstRow(p) + c;
      const name = `$${columnLetter(CATEGORY_COL)}${row + 1}`;
      put(row, CATEGORY_COL, text(category.name[lang]));
      figures(
        row,
        `=SUMIF(${lineCategories},${name},${linePeriod})`,
        `=SUMIF(${actualCategories},${name},${actualPeriod})`,
        period.categories[category.key],
        p === 0 ? undefined : firstRow(p - 1) + c,
      );
    });
    put(totalRow, CATEGORY_COL, text(labels.periodTotal));
    const column = (col: number) => `=SUM(${rangeA1({ row: firstRow(p), col }, { row: totalRow - 1, col })})`;
    figures(totalRow, column(PLAN_COL), column(ACTUAL_COL), period.total, p === 0 ? undefined : totalRows[p - 1]);
  });

  const lastRow = periods.length > 0 ? firstRow(periods.length - 1) + CATEGORIES.length : HEADER_ROW;
  const across = (row: number) => rangeA1({ row, col: 0 }, { row, col: EXPLANATION_COL });
  const reportColumn = (col: number) => rangeA1({ row: HEADER_ROW + 1, col }, { row: lastRow, col });
  const overspend = (col: number) => ({
    range: reportColumn(col),
    formula: `=${at(HEADER_ROW + 1, col)}>0`,
    fill: COLORS.highFill,
    fontColor: COLORS.highFont,
  });
  const styles: RangeStyle[] = [
    { range: a1({ row: TITLE_ROW, col: 0 }), bold: true, fontSize: 14 },
    { range: a1({ row: SUBTITLE_ROW, col: 0 }), italic: true, fontColor: COLORS.muted },
    ...[SUMMARY_TITLE_ROW, REPORT_TITLE_ROW].map((row) => ({ range: a1({ row, col: 0 }), bold: true, fontSize: 12 })),
    { range: across(HEADER_ROW), bold: true, fill: COLORS.header, wrap: true },
    ...totalRows.map((row) => ({ range: across(row), bold: true, fill: COLORS.header })),
    { range: reportColumn(EXPLANATION_COL), fill: COLORS.input, wrap: true },
    { range: at(summaryRow("executionRate"), PLAN_COL), bold: true },
  ];

  return {
    sheetName,
    lang,
    cells,
    styles,
    columnWidths: [
      { col: PERIOD_COL, chars: 16 },
      { col: CATEGORY_COL, chars: 14 },
      ...[PLAN_COL, ACTUAL_COL, VARIANCE_COL, CUMULATIVE_PLAN_COL, CUMULATIVE_ACTUAL_COL, CUMULATIVE_VARIANCE_COL].map(
        (col) => ({ col, chars: 15 }),
      ),
      { col: RATE_COL, chars: 10 },
      { col: EXPLANATION_COL, chars: 40 },
    ],
    names: [],
    conditionalFormats: [overspend(VARIANCE_COL), overspend(CUMULATIVE_VARIANCE_COL)],
    validations: [],
    freezeRows: SUBTITLE_ROW + 1,
    printArea: rangeA1({ row: 0, col: 0 }, { row: lastRow, col: EXPLANATION_COL }),
  };
}

/**
 * Where an execution report of `phasingSheetName` can be recognised and what the planner types on it:
 * its current-period cell reads the phasing sheet's (the formula it holds there), and the explanation
 * column, down as far as the longest report reaches.
 */
export function executionReportCells(phasingSheetName: string): {
  probe: { address: string; formula: string };
  explanations: string;
} {
  const probe = a1({ row: summaryRow("currentPeriod"), col: PLAN_COL });
  const source = phasingLayout(1);
  const last = HEADER_ROW + MAX_PERIODS * ROWS_PER_PERIOD;
  return {
    probe: { address: probe, formula: `=${onSheet(phasingSheetName, source.currentPeriod)}` },
    explanations: rangeA1({ row: HEADER_ROW + 1, col: EXPLANATION_COL }, { row: last, col: EXPLANATION_COL }),
  };
}
