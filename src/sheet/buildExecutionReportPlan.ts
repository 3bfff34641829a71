import { CATEGORIES, CATEGORY_KEYS, categoryByKey, type CategoryKey } from "../model/categories";
import { Decimal, ZERO, sum } from "../model/decimal";
import {
  executionReport,
  executionReportWithSpend,
  type ExecutionFigures,
  type PeriodExecution,
  type PeriodSpendExecution,
  type SpendExecutionFigures,
} from "../model/executionReport";
import type { Budget } from "../model/budget";
import { executionToDate, type ExecutionToDate, type PeriodActuals } from "../model/execution";
import type { PhasedBudget, PhasedRow, Phasing } from "../model/phasing";
import { MAX_PERIODS, type Period, type PeriodAxis, type PeriodUnit } from "../model/periods";
import { plannedRows, type PlannedRow, type SpendEntry } from "../model/actuals/forecast";
import { a1, columnLetter, parseA1, rangeA1, type CellRef } from "./address";
import { exactCriterion, tableInPeriod } from "./buildActualsPlan";
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
  /**
   * The workbook's imported spend (its Actuals sheet), when it has one: its paid rows then count
   * before the typed actuals (see countedActuals), with committed and forecast columns (see
   * executionReportWithSpend).
   */
  spend?: ReportSpend;
  /** The explanations the planner typed on the report this one replaces, by period and category. */
  explanations?: ReportExplanations;
}

/** The Actuals sheet as the report reads it. */
export interface ReportSpend {
  /** The language of the Actuals table's headers and statuses. */
  tableLang: Lang;
  /** Each phased row's item as the table's Line column names it, in the phased rows' order (the reserve last). */
  lineItems: readonly string[];
  /** What the table's rows add up to, for the results the formulas are written with (see actualsEntries). */
  entries: readonly SpendEntry[];
}

/** A typed explanation, by its period's first day (a date serial) and its row's category label (or the period total's). */
export type ReportExplanations = ReadonlyMap<string, string>;
export const explanationKey = (periodStart: number, rowLabel: string) => `${periodStart}|${rowLabel}`;

const COLUMN_KEYS = [
  "period",
  "category",
  "plan",
  "actual",
  "committed",
  "forecast",
  "variance",
  "cumulativePlan",
  "cumulativeActual",
  "cumulativeVariance",
  "executionRate",
  "explanation",
] as const;
type ColumnKey = (typeof COLUMN_KEYS)[number];
const SPEND_ONLY: readonly ColumnKey[] = ["committed", "forecast"];

/** The report's columns: committed and forecast only once spend is imported. */
function reportColumns(spend: boolean): Record<ColumnKey, number> {
  const keys = spend ? COLUMN_KEYS : COLUMN_KEYS.filter((key) => !SPEND_ONLY.includes(key));
  return Object.fromEntries(keys.map((key, col) => [key, col])) as Record<ColumnKey, number>;
}
const PLAIN = reportColumns(false);
const WITH_SPEND = reportColumns(true);
const PERIOD_COL = PLAIN.period;
const CATEGORY_COL = PLAIN.category;
const PLAN_COL = PLAIN.plan;
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

/** What the report is built from: the phased plan, its period unit, the current period and the typed actuals. */
interface ReportSource {
  phased: PhasedBudget;
  unit: PeriodAxis["unit"];
  currentPeriod: number;
  actuals: PeriodActuals;
  toDate: ExecutionToDate;
}

/**
 * The execution report (月度执行报告): for every period, each category's plan and actual spend, the
 * variance (actual − plan), both cumulated and the execution rate to the period's end, then the
 * period's total; a last column for the planner's explanation of each variance, typed text. Every
 * figure is a formula on the phasing sheet (its phased plan and the actuals it counts per period), so
 * a typed actual, a changed span or a changed quantity shows here by recalculation alone. Above the
 * report: the figures to date, through the phasing sheet's current period. Results are the model's
 * (executionReport, executionToDate). Printable: the whole report, landscape, one page wide.
 *
 * A period's actual is what the phasing sheet counts (its working columns beside the actual rows):
 * per line, the Actuals table's paid rows dated in the period when there are any, else the typed
 * actual (see countedActuals). With imported spend (`options.spend`) committed and forecast columns follow
 * actual; a working block by budget line beside the report (outside its print area) holds each line's
 * paid, committed and forecast per period. Results are executionReportWithSpend's.
 */
export function buildExecutionReportPlan(
  input: Budget,
  phasing: Phasing,
  options: ExecutionReportPlanOptions,
): PlainSheetPlan {
  const { phased, actuals, currentPeriod, execution } = phasedExecution(input, phasing, options);
  return reportPlan({ phased, unit: phasing.periods.unit, currentPeriod, actuals, toDate: execution }, options);
}

/** A phasing sheet's figures as the workbook holds them: each row's plan per period, the periods' first days. */
export interface PhasingValues {
  rows: readonly PlannedRow[];
  /** Each period's first day, as a date serial. */
  periodStarts: readonly number[];
  /** 1-based. */
  currentPeriod: number;
  /** The actuals typed on its actual rows. */
  actuals: PeriodActuals;
}

/**
 * The execution report of a phasing sheet read from a workbook (its values, not its spans and
 * profiles): the same report as buildExecutionReportPlan's for the budget and phasing it was written
 * from. Periods seven days apart are weeks, else months.
 */
export function buildExecutionReportFromValues(
  values: PhasingValues,
  options: ExecutionReportPlanOptions,
): PlainSheetPlan {
  const { phased, unit } = phasedFromValues(values);
  const toDate = executionToDate(phased, values.actuals, values.currentPeriod);
  return reportPlan({ phased, unit, currentPeriod: values.currentPeriod, actuals: values.actuals, toDate }, options);
}

/**
 * A phasing sheet's plan as the model phases it, from the values the workbook holds (its rows' plan
 * per period, the periods' first days): what the execution report and the health rules over time
 * read. Periods seven days apart are weeks, else months.
 */
export function phasedFromValues(values: Pick<PhasingValues, "rows" | "periodStarts">): {
  phased: PhasedBudget;
  unit: PeriodUnit;
} {
  const unit =
    values.periodStarts.length > 1 && values.periodStarts[1] - values.periodStarts[0] === 7 ? "week" : "month";
  // Labelled as the model labels an axis: 2026-05, or 2026-05-04 for a week.
  const periods: Period[] = values.periodStarts.map((serial, p) => {
    const date = new Date((serial - 25_569) * 86_400_000);
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const pad = (n: number) => String(n).padStart(2, "0");
    const label = unit === "month" ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    return { index: p + 1, year, month, day, label };
  });
  const rows: PhasedRow[] = values.rows.map((row) => ({
    category: row.category,
    item: row.item,
    amount: sum(row.plan),
    periods: [...row.plan],
  }));
  const periodTotals = periods.map((_, p) => sum(rows.map((row) => row.periods[p])));
  let running = ZERO;
  const phased: PhasedBudget = {
    periods,
    rows,
    periodTotals,
    categoryTotals: Object.fromEntries(
      CATEGORY_KEYS.map((key) => [
        key,
        periods.map((_, p) => sum(rows.flatMap((row) => (row.category === key ? [row.periods[p]] : [])))),
      ]),
    ) as Record<CategoryKey, Decimal[]>,
    cumulative: periodTotals.map((amount) => (running = running.plus(amount))),
    total: sum(periodTotals),
  };
  return { phased, unit };
}

function reportPlan(source: ReportSource, options: ExecutionReportPlanOptions): PlainSheetPlan {
  const { lang, spend } = options;
  const labels = executionReportLabels(lang);
  const sheetName = options.sheetName ?? labels.sheetName;
  const { phased, actuals, currentPeriod, toDate } = source;
  const periods = phased.periods;
  const rows = plannedRows(phased);
  const report: PeriodExecution[] | PeriodSpendExecution[] = spend
    ? executionReportWithSpend(rows, actuals, spend.entries, currentPeriod)
    : executionReport(phased, actuals);
  const cols = spend ? WITH_SPEND : PLAIN;
  const EXPLANATION_COL = cols.explanation;
  const layout = phasingLayout(phased.rows.length);
  const onPhasing = (ref: CellRef) => onSheet(options.phasingSheetName, ref);
  const dateFormat = periodDateFormat(source.unit);
  const serials = periods.map((period) => new Decimal(periodSerial(period)));
  const explanation = (p: number, rowLabel: string) =>
    options.explanations?.get(explanationKey(serials[p].toNumber(), rowLabel)) ?? "";

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
  put(SUBTITLE_ROW, 0, text(spend ? labels.withActuals.subtitle : labels.subtitle));

  // The report: a row per period and category, then the period's total.
  const firstRow = (p: number) => HEADER_ROW + 1 + p * ROWS_PER_PERIOD;
  const lastRow = periods.length > 0 ? firstRow(periods.length - 1) + CATEGORIES.length : HEADER_ROW;
  const reportColumn = (col: number) => rangeA1({ row: HEADER_ROW + 1, col }, { row: lastRow, col });

  // The figures to date, read from the phasing sheet (the actual to date from the report with imported spend).
  put(SUMMARY_TITLE_ROW, 0, text(labels.summaryTitle));
  for (const key of SUMMARY) put(summaryRow(key), PERIOD_COL, text(labels.summary[key]));
  const summary = (key: SummaryKey, content: CellContent, format: string) =>
    put(summaryRow(key), PLAN_COL, content, format);
  const current = at(summaryRow("currentPeriod"), PLAN_COL);
  const currentStart = at(summaryRow("currentPeriodStart"), PLAN_COL);
  summary("currentPeriod", formula(`=${onPhasing(layout.currentPeriod)}`, new Decimal(currentPeriod)), GENERAL_FORMAT);
  const headers = `${onPhasing({ row: layout.headerRow, col: layout.periodCol(0) })}:${a1(
    { row: layout.headerRow, col: layout.periodCol(periods.length - 1) },
    true,
  )}`;
  summary("currentPeriodStart", formula(`=INDEX(${headers},1,${current})`, serials[currentPeriod - 1]), dateFormat);
  summary("planToDate", formula(`=${onPhasing(layout.planToDate)}`, toDate.planToDate), MONEY_FORMAT);
  const planToDateCell = at(summaryRow("planToDate"), PLAN_COL);
  const actualToDateCell = at(summaryRow("actualToDate"), PLAN_COL);
  /** The period totals' figures of a column, summed: every period's, or those up to the current one. */
  const totalsOf = (col: number, toCurrent: boolean) =>
    `SUMIFS(${reportColumn(col)},${reportColumn(CATEGORY_COL)},${exactCriterion(labels.periodTotal)}${
      toCurrent ? `,${reportColumn(PERIOD_COL)},"<="&${currentStart}` : ""
    })`;
  const spendToDate = spend
    ? sum((report as PeriodSpendExecution[]).slice(0, currentPeriod).map((period) => period.total.actual))
    : toDate.actualToDate;
  summary(
    "actualToDate",
    spend
      ? formula(`=${totalsOf(cols.actual, true)}`, spendToDate)
      : formula(`=${onPhasing(layout.actualToDate)}`, toDate.actualToDate),
    MONEY_FORMAT,
  );
  summary(
    "varianceToDate",
    formula(`=${actualToDateCell}-${planToDateCell}`, spendToDate.minus(toDate.planToDate)),
    MONEY_FORMAT,
  );
  summary(
    "executionRate",
    spend
      ? formula(
          `=IF(${planToDateCell}=0,"",${actualToDateCell}/${planToDateCell})`,
          optional(toDate.planToDate.isZero() ? null : spendToDate.dividedBy(toDate.planToDate)),
        )
      : formula(`=${onPhasing(layout.executionRate)}`, optional(toDate.rate)),
    PERCENT_FORMAT,
  );
  if (spend) {
    const withSpend = report as PeriodSpendExecution[];
    const overall = (key: "committed" | "forecast", row: number, label: string) => {
      put(row, cols.committed, text(label));
      put(
        row,
        cols.cumulativePlan,
        formula(`=${totalsOf(cols[key], false)}`, sum(withSpend.map((period) => period.total[key]))),
        MONEY_FORMAT,
      );
    };
    overall("committed", summaryRow("planToDate"), labels.withActuals.committedTotal);
    overall("forecast", summaryRow("actualToDate"), labels.withActuals.forecastTotal);
  }

  put(REPORT_TITLE_ROW, 0, text(labels.reportTitle));
  const h = labels.headers;
  const headerText: Record<ColumnKey, string> = {
    ...h,
    committed: labels.withActuals.committed,
    forecast: labels.withActuals.forecast,
  };
  for (const key of COLUMN_KEYS)
    if (spend || !SPEND_ONLY.includes(key)) put(HEADER_ROW, cols[key], text(headerText[key]));

  // With imported spend: each budget line's paid, committed and forecast per period, beside the report.
  const byLineCol = EXPLANATION_COL + 2;
  const lineCol = byLineCol + 1;
  const spendCol = (p: number, key: "paid" | "committed" | "forecast") =>
    byLineCol + 2 + 3 * p + ["paid", "committed", "forecast"].indexOf(key);
  const firstLineRow = HEADER_ROW + 1;
  const lastLineRow = firstLineRow + Math.max(rows.length, 1) - 1;
  const lineRange = (col: number) => `${a1({ row: firstLineRow, col }, true)}:${a1({ row: lastLineRow, col }, true)}`;
  if (spend) {
    const start = (k: number) => onPhasing({ row: layout.headerRow, col: layout.periodCol(k) });
    const byRow = forecastRows(rows, actuals, spend.entries, currentPeriod);
    put(REPORT_TITLE_ROW, byLineCol, text(labels.withActuals.byLineTitle));
    const b = labels.withActuals.byLine;
    put(HEADER_ROW, byLineCol, text(b.category));
    put(HEADER_ROW, lineCol, text(b.line));
    periods.forEach((_, p) => {
      put(REPORT_TITLE_ROW, spendCol(p, "paid"), formula(`=${start(p)}`, serials[p]), dateFormat);
      for (const key of ["paid", "committed", "forecast"] as const) put(HEADER_ROW, spendCol(p, key), text(b[key]));
    });
    rows.forEach((row, r) => {
      const at_ = firstLineRow + r;
      const item = spend.lineItems[r] ?? row.item;
      put(at_, byLineCol, text(categoryByKey(row.category).name[lang]));
      put(at_, lineCol, text(item));
      const inPeriod = (status: "paid" | "committed", p: number) =>
        `=${tableInPeriod("SUMIFS", spend.tableLang, item, status, { p, count: periods.length, start })}`;
      periods.forEach((_, p) => {
        const figures = byRow[r][p];
        put(at_, spendCol(p, "paid"), formula(inPeriod("paid", p), figures.paid), MONEY_FORMAT);
        put(at_, spendCol(p, "committed"), formula(inPeriod("committed", p), figures.committed), MONEY_FORMAT);
        const counted = onPhasing({ row: layout.actuals.first + r, col: layout.countedCol(p, periods.length) });
        const plan = onPhasing({ row: layout.lines.first + r, col: layout.periodCol(p) });
        const spent = `N(${counted})+${at(at_, spendCol(p, "committed"))}`;
        put(
          at_,
          spendCol(p, "forecast"),
          formula(`=IF(${p + 1}<=${a1(parseA1(current), true)},${spent},MAX(${plan},${spent}))`, figures.forecast),
          MONEY_FORMAT,
        );
      });
    });
  }

  const totalRows: number[] = [];
  report.forEach((period, p) => {
    const col = layout.periodCol(p);
    const periodStart = formula(`=${onPhasing({ row: layout.headerRow, col })}`, serials[p]);
    const totalRow = firstRow(p) + CATEGORIES.length;
    totalRows.push(totalRow);
    /** The figures of one row; plan and actual (committed, forecast) are given as formulas, the rest follow. */
    const figures = (
      row: number,
      given: { plan: string; actual: string; committed?: string; forecast?: string },
      values: ExecutionFigures | SpendExecutionFigures,
      rowLabel: string,
      previous?: number,
    ) => {
      const cumulative = (col: number, of: number) =>
        previous === undefined ? `=${at(row, of)}` : `=${at(previous, col)}+${at(row, of)}`;
      put(row, PERIOD_COL, periodStart, dateFormat);
      put(row, cols.plan, formula(given.plan, values.plan), MONEY_FORMAT);
      put(row, cols.actual, formula(given.actual, values.actual), MONEY_FORMAT);
      if (spend && "committed" in values) {
        put(row, cols.committed, formula(given.committed!, values.committed), MONEY_FORMAT);
        put(row, cols.forecast, formula(given.forecast!, values.forecast), MONEY_FORMAT);
      }
      put(row, cols.variance, formula(`=${at(row, cols.actual)}-${at(row, cols.plan)}`, values.variance), MONEY_FORMAT);
      put(
        row,
        cols.cumulativePlan,
        formula(cumulative(cols.cumulativePlan, cols.plan), values.cumulativePlan),
        MONEY_FORMAT,
      );
      put(
        row,
        cols.cumulativeActual,
        formula(cumulative(cols.cumulativeActual, cols.actual), values.cumulativeActual),
        MONEY_FORMAT,
      );
      put(
        row,
        cols.cumulativeVariance,
        formula(`=${at(row, cols.cumulativeActual)}-${at(row, cols.cumulativePlan)}`, values.cumulativeVariance),
        MONEY_FORMAT,
      );
      const rate = `=IF(${at(row, cols.cumulativePlan)}=0,"",${at(row, cols.cumulativeActual)}/${at(row, cols.cumulativePlan)})`;
      put(row, cols.executionRate, formula(rate, optional(values.rate)), PERCENT_FORMAT);
      put(row, EXPLANATION_COL, text(explanation(p, rowLabel)), TEXT_FORMAT);
    };
    const lineCategories = phasingColumn(layout.categoryCol, layout.lines.first, layout.lines.last, true);
    const linePeriod = phasingColumn(col, layout.lines.first, layout.lines.last, false);
    const actualCategories = phasingColumn(layout.categoryCol, layout.actuals.first, layout.actuals.last, true);
    // The actuals that count (the phasing sheet's working columns: imported, else typed; see countedActuals).
    const actualPeriod = phasingColumn(
      layout.countedCol(p, periods.length),
      layout.actuals.first,
      layout.actuals.last,
      false,
    );
    CATEGORIES.forEach((category, c) => {
      const row = firstRow(p) + c;
      const name = `$${columnLetter(CATEGORY_COL)}${row + 1}`;
      const byLine = (key: "paid" | "committed" | "forecast") =>
        `SUMIF(${lineRange(byLineCol)},${name},${lineRange(spendCol(p, key))})`;
      put(row, CATEGORY_COL, text(category.name[lang]));
      figures(
        row,
        {
          plan: `=SUMIF(${lineCategories},${name},${linePeriod})`,
          actual: `=SUMIF(${actualCategories},${name},${actualPeriod})`,
          ...(spend ? { committed: `=${byLine("committed")}`, forecast: `=${byLine("forecast")}` } : {}),
        },
        period.categories[category.key],
        category.name[lang],
        p === 0 ? undefined : firstRow(p - 1) + c,
      );
    });
    put(totalRow, CATEGORY_COL, text(labels.periodTotal));
    const column = (col: number) => `=SUM(${rangeA1({ row: firstRow(p), col }, { row: totalRow - 1, col })})`;
    figures(
      totalRow,
      {
        plan: column(cols.plan),
        actual: column(cols.actual),
        ...(spend ? { committed: column(cols.committed), forecast: column(cols.forecast) } : {}),
      },
      period.total,
      labels.periodTotal,
      p === 0 ? undefined : totalRows[p - 1],
    );
  });

  const across = (row: number) => rangeA1({ row, col: 0 }, { row, col: EXPLANATION_COL });
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
  const moneyCols = COLUMN_KEYS.slice(COLUMN_KEYS.indexOf("plan"), COLUMN_KEYS.indexOf("executionRate")).filter(
    (key) => spend || !SPEND_ONLY.includes(key),
  );

  return {
    sheetName,
    lang,
    cells,
    styles,
    columnWidths: [
      { col: PERIOD_COL, chars: 16 },
      { col: CATEGORY_COL, chars: 14 },
      ...moneyCols.map((key) => ({ col: cols[key], chars: spend ? 13 : 15 })),
      { col: cols.executionRate, chars: 10 },
      { col: EXPLANATION_COL, chars: spend ? 36 : 40 },
      ...(spend
        ? [
            { col: byLineCol, chars: 14 },
            { col: lineCol, chars: 24 },
            ...periods.flatMap((_, p) =>
              (["paid", "committed", "forecast"] as const).map((key) => ({ col: spendCol(p, key), chars: 13 })),
            ),
          ]
        : []),
    ],
    names: [],
    conditionalFormats: [overspend(cols.variance), overspend(cols.cumulativeVariance)],
    validations: [],
    freezeRows: SUBTITLE_ROW + 1,
    printArea: rangeA1({ row: 0, col: 0 }, { row: lastRow, col: EXPLANATION_COL }),
  };
}

/** Each row's paid, committed and forecast per period, as the report's working block by line holds them. */
function forecastRows(
  rows: readonly PlannedRow[],
  typed: PeriodActuals,
  entries: readonly SpendEntry[],
  currentPeriod: number,
) {
  return rows.map((row, r) => {
    const only = executionReportWithSpend(
      [row],
      [typed[r] ?? []],
      entries.filter((entry) => entry.row === r).map((entry) => ({ ...entry, row: 0 })),
      currentPeriod,
    );
    const imported = executionReportWithSpend(
      [row],
      [],
      entries.filter((entry) => entry.row === r).map((entry) => ({ ...entry, row: 0 })),
      currentPeriod,
    );
    return only.map((period, p) => ({
      paid: imported[p].total.actual,
      committed: period.total.committed,
      forecast: period.total.forecast,
    }));
  });
}

/**
 * Where an execution report of `phasingSheetName` can be recognised and what the planner types on it:
 * its current-period cell reads the phasing sheet's (the formula it holds there), and the explanation
 * column, down as far as the longest report reaches (from where a report without imported spend has
 * it to where one with it has it: the columns between hold formulas, never typed values).
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
    // The column of a report without imported spend, through the one of a report with it.
    explanations: rangeA1({ row: HEADER_ROW + 1, col: PLAIN.explanation }, { row: last, col: WITH_SPEND.explanation }),
  };
}

const LAST_REPORT_ROW = HEADER_ROW + MAX_PERIODS * ROWS_PER_PERIOD;

/** The cells of an execution report that typedExplanations reads: its probe, its period, category and explanation columns. */
export function explanationCellsWanted(row: number, col: number): boolean {
  return (
    (row === summaryRow("currentPeriod") && col === PLAN_COL) ||
    (row >= HEADER_ROW &&
      row <= LAST_REPORT_ROW &&
      (col === PERIOD_COL || col === CATEGORY_COL || col === PLAIN.explanation || col === WITH_SPEND.explanation))
  );
}

/**
 * The explanations typed on an execution report of either layout, keyed by period and row (see
 * explanationKey), and the report's language: the header row's explanation label says which column
 * holds them. Null when no such header is where a report has it.
 */
export function typedExplanations(
  value: (row: number, col: number) => unknown,
): { lang: Lang; explanations: Map<string, string> } | null {
  for (const lang of ["zh", "en"] as const) {
    const label = executionReportLabels(lang).headers.explanation;
    const col = [PLAIN.explanation, WITH_SPEND.explanation].find((c) => value(HEADER_ROW, c) === label);
    if (col === undefined) continue;
    const explanations = new Map<string, string>();
    for (let row = HEADER_ROW + 1; row <= LAST_REPORT_ROW; row++) {
      const typed = value(row, col);
      if (typed === null || typed === undefined || (typeof typed === "string" && typed.trim() === "")) continue;
      explanations.set(explanationKey(Number(value(row, PERIOD_COL)), String(value(row, CATEGORY_COL))), String(typed));
    }
    return { lang, explanations };
  }
  return null;
}

/** How many explanations a report plan holds: a rewrite keeps every typed one or is not made. */
export function explanationsIn(plan: PlainSheetPlan): number {
  const col = plan.cells.find((c) => c.row === HEADER_ROW && c.col === WITH_SPEND.explanation)
    ? WITH_SPEND.explanation
    : PLAIN.explanation;
  return plan.cells.filter(
    (c) => c.row > HEADER_ROW && c.col === col && c.content.kind === "text" && c.content.text !== "",
  ).length;
}
