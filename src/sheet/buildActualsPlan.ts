import { categoryByKey, type CategoryKey } from "../model/categories";
import { Decimal } from "../model/decimal";
import { forecastAtCompletion, type Forecast, type SpendEntry } from "../model/actuals/forecast";
import type { ActualStatus } from "../model/actuals/mapping";
import { a1, rangeA1, type CellRef } from "./address";
import { phasingLayout } from "./buildPhasingPlan";
import { formula, text } from "./cellContent";
import { COLORS, DEFAULT_TABLE_STYLE, GENERAL_FORMAT, MONEY_FORMAT } from "./formats";
import type { CellContent, NamePlan, PlainSheetPlan, PlannedCell, RangeStyle, TablePlan } from "./plan";
import { actualsStrings, type Lang } from "../i18n";

/** The Actuals table's columns, in order. */
export const ACTUALS_COLUMNS = [
  "date",
  "period",
  "line",
  "amount",
  "status",
  "source",
  "reference",
  "description",
  "owner",
] as const;
export type ActualsColumn = (typeof ACTUALS_COLUMNS)[number];

export const ACTUALS_TABLE = "Actuals";

/** The sheet-scoped names of the Actuals sheet. */
export const ACTUALS_NAMES = {
  actual: "Budget_Actual",
  committed: "Budget_Committed",
  forecast: "Budget_Forecast",
  forecastVariance: "Budget_ForecastVariance",
} as const;

export const DATE_FORMAT = "yyyy-mm-dd";

/** One row of the Actuals table: what each column's cell holds. */
export type ActualsTableRow = Record<ActualsColumn, CellContent>;

/** A budget line (or the reserve) the figures are summed for, with the cell its plan is read from. */
export interface ActualsLine {
  category: CategoryKey;
  item: string;
  plan: Decimal;
  /** The line's Budget cell on the budget sheet, "G6"; without one the plan is written as a number. */
  planCell?: string;
}

/** The workbook's Phasing sheet, as the Actuals sheet reads it. */
export interface ActualsPhasing {
  sheetName: string;
  /** Each period's first day as a date serial (the Phasing sheet's header row). */
  periodStarts: readonly number[];
  /** Each line's plan per period, in the lines' order (the reserve last), as the Phasing sheet shows it. */
  plan: readonly (readonly Decimal[])[];
  /** Budget_CurrentPeriod: the periods elapsed, 1-based. */
  currentPeriod: number;
  /** The actuals typed on its actual rows, per line and period (null: nothing typed); the execution report adds them. */
  typed?: readonly (readonly (Decimal | null)[])[];
}

export interface ActualsPlanInput {
  lang: Lang;
  sheetName: string;
  budgetSheetName: string;
  lines: readonly ActualsLine[];
  /** The budget's total and its cell (Budget_Total), the forecast's baseline until one is approved. */
  total: Decimal;
  totalCell?: string;
  cap: Decimal | null;
  capCell?: string;
  /**
   * The approved baseline's total and its cell on the budget sheet (Budget_BaselineTotal), when the
   * budget has been approved: the forecast's variance is then measured against it, not the total.
   */
  baseline?: { total: Decimal; cell?: string };
  /**
   * The workbook's Phasing sheet, when it has one: the plan still to come is then the plan of the
   * periods after its current period, less what is spent or committed in them (see forecastAtCompletion).
   * Without it each line counts as one period, none elapsed.
   */
  phasing?: ActualsPhasing;
  rows: readonly ActualsTableRow[];
}

export interface ActualsSheetPlan extends PlainSheetPlan {
  table: TablePlan;
  forecast: Forecast;
  /** Where the by-line block's first line row is, for tests and readers. */
  byLineFirstRow: number;
}

const TITLE_ROW = 0;
const NOTE_ROW = 1;
const TOTALS_ROW = 3;
const TOTAL_KEYS = ["actual", "committed", "forecast", "baseline", "variance", "unmatched"] as const;
const BY_LINE_TITLE_ROW = TOTALS_ROW + TOTAL_KEYS.length + 1;
const BY_LINE_HEADER_ROW = BY_LINE_TITLE_ROW + 1;
const BY_LINE_KEYS = ["category", "line", "plan", "actual", "committed", "available", "forecast"] as const;
const byLineCol = (key: (typeof BY_LINE_KEYS)[number]) => BY_LINE_KEYS.indexOf(key);

/**
 * Where the Actuals sheet shows its figures, A1 on the sheet: a budget line's (by its index among the
 * lines, the reserve last) and the totals', for the findings that point at them.
 */
export const actualsCells = {
  line: (index: number, key: (typeof BY_LINE_KEYS)[number]) =>
    a1({ row: BY_LINE_HEADER_ROW + 1 + index, col: byLineCol(key) }),
  total: (key: (typeof TOTAL_KEYS)[number]) => a1({ row: TOTALS_ROW + TOTAL_KEYS.indexOf(key), col: 1 }),
};

/** A formula's text literal: quotes doubled. */
const literal = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** A SUMIFS criterion that matches the text exactly (any case), never as a wildcard or a comparison. */
export function exactCriterion(value: string): string {
  return literal(`=${value.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

/**
 * A SUMIFS (or COUNTIFS) over the Actuals table's rows on a budget line with a status, in one period
 * of `count` whose first days `start(k)` gives: a row counts in the last period starting on or before
 * its date; one dated before the first period (or not dated with a number) in the first.
 */
export function tableInPeriod(
  fn: "SUMIFS" | "COUNTIFS",
  tableLang: Lang,
  item: string,
  status: ActualStatus,
  period: { p: number; count: number; start: (k: number) => string },
): string {
  const words = actualsStrings(tableLang);
  const column = (key: ActualsColumn) => `${ACTUALS_TABLE}[${words.sheet.headers[key]}]`;
  const of = (from?: number) =>
    `${fn}(${fn === "SUMIFS" ? `${column("amount")},` : ""}${column("line")},${exactCriterion(item)},${column(
      "status",
    )},${literal(words.statuses[status])}${from === undefined ? "" : `,${column("date")},">="&${period.start(from)}`})`;
  const { p, count } = period;
  return count === 1 ? of() : p === 0 ? `(${of()}-${of(1)})` : p === count - 1 ? of(p) : `(${of(p)}-${of(p + 1)})`;
}

const onBudgetSheet = (sheet: string, cell: string) =>
  `'${sheet.replace(/'/g, "''")}'!${cell.replace(/^\$?([A-Z]+)\$?(\d+)$/i, "$$$1$$$2")}`;

/** What a cell adds to a SUMIFS: its number, or nothing for text and blanks, as the spreadsheet does. */
function numberIn(content: CellContent): Decimal | null {
  if (content.kind === "number") return content.value;
  if (content.kind === "formula" && typeof content.result !== "string") return content.result;
  return null;
}

const textIn = (content: CellContent) =>
  content.kind === "text" ? content.text : content.kind === "formula" ? String(content.result) : "";

/**
 * The period a row counts in, 0-based, as the sheet's SUMIFS place it: the last period starting on or
 * before its date; a date before the first period, or a date that is not a number, in the first.
 */
function periodOfSerial(starts: readonly number[], date: CellContent): number {
  const serial = numberIn(date);
  if (serial === null) return 0;
  let index = 0;
  starts.forEach((start, p) => {
    if (serial.greaterThanOrEqualTo(start)) index = p;
  });
  return index;
}

/**
 * The table's rows as the sheet's formulas count them: each row whose Line names a budget line (any
 * case, as SUMIFS compares) and whose Status reads Paid or Committed in the sheet's language, on
 * that line, in the period its date falls in (see periodOfSerial; the first without a Phasing sheet).
 */
export function actualsEntries(
  input: Pick<ActualsPlanInput, "lang" | "lines" | "rows"> & { phasing?: Pick<ActualsPhasing, "periodStarts"> },
): SpendEntry[] {
  const labels = actualsStrings(input.lang).statuses;
  const statusOf = new Map<string, ActualStatus>([
    [labels.paid.toLowerCase(), "paid"],
    [labels.committed.toLowerCase(), "committed"],
  ]);
  const lineOf = new Map<string, number>();
  input.lines.forEach((line, index) => {
    if (!lineOf.has(line.item.toLowerCase())) lineOf.set(line.item.toLowerCase(), index);
  });
  const entries: SpendEntry[] = [];
  for (const row of input.rows) {
    const line = lineOf.get(textIn(row.line).toLowerCase());
    const status = statusOf.get(textIn(row.status).toLowerCase());
    const amount = numberIn(row.amount);
    if (line === undefined || status === undefined || amount === null) continue;
    const period = input.phasing ? periodOfSerial(input.phasing.periodStarts, row.date) : 0;
    entries.push({ row: line, period, amount, status });
  }
  return entries;
}

/**
 * What the sheet's formulas compute, from the table's rows as they are: each row whose Line names a
 * budget line (any case, as SUMIFS compares) and whose Status reads Paid or Committed in the sheet's
 * language counts on that line; the forecast with the Phasing sheet's periods and current period when
 * there is one, else with one period and nothing elapsed (see forecastAtCompletion); against the
 * approved baseline when there is one, else the total.
 */
export function actualsForecast(input: ActualsPlanInput): Forecast {
  const entries = actualsEntries(input);
  const phasing = input.phasing;
  return forecastAtCompletion(
    input.lines.map((line, index) => ({
      category: line.category,
      item: line.item,
      plan: phasing ? phasing.plan[index] : [line.plan],
    })),
    entries,
    {
      currentPeriod: phasing ? phasing.currentPeriod : 0,
      baseline: input.baseline?.total ?? input.total,
      cap: input.cap,
    },
  );
}

/**
 * The Actuals sheet: the totals the names point at, the figures by budget line, and the table of
 * every imported row (date, period, line, amount, status, source file, reference, description, owner).
 * The by-line figures are SUMIFS over the table, so what the planner edits or deletes there counts;
 * a row without a Line is not counted. Typed text is written as text.
 */
export function buildActualsPlan(input: ActualsPlanInput): ActualsSheetPlan {
  const words = actualsStrings(input.lang);
  const labels = words.sheet;
  const forecast = actualsForecast(input);
  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, content: CellContent, numberFormat?: string) =>
    cells.push({ row, col, content, ...(numberFormat ? { numberFormat } : {}) });
  const names: NamePlan[] = [];
  const styles: RangeStyle[] = [];

  put(TITLE_ROW, 0, text(labels.title));
  put(NOTE_ROW, 0, text(labels.note));
  styles.push({ range: "A1", bold: true, fontSize: 14 }, { range: "A2", italic: true, fontColor: COLORS.muted });

  const tableHeaderRow = BY_LINE_HEADER_ROW + input.lines.length + 3;
  const table: TablePlan = {
    name: ACTUALS_TABLE,
    headerRow: tableHeaderRow,
    firstCol: 0,
    columns: ACTUALS_COLUMNS.map((key) => labels.headers[key]),
    firstDataRow: tableHeaderRow + 1,
    lastDataRow: tableHeaderRow + Math.max(input.rows.length, 1),
    style: DEFAULT_TABLE_STYLE,
  };
  const column = (key: ActualsColumn) => `${ACTUALS_TABLE}[${labels.headers[key]}]`;

  // By budget line.
  put(BY_LINE_TITLE_ROW, 0, text(labels.byLineTitle));
  styles.push({ range: a1({ row: BY_LINE_TITLE_ROW, col: 0 }), bold: true });
  BY_LINE_KEYS.forEach((key, col) => put(BY_LINE_HEADER_ROW, col, text(labels.byLineHeaders[key])));
  styles.push({
    range: rangeA1({ row: BY_LINE_HEADER_ROW, col: 0 }, { row: BY_LINE_HEADER_ROW, col: BY_LINE_KEYS.length - 1 }),
    bold: true,
    fill: COLORS.header,
  });
  const firstLineRow = BY_LINE_HEADER_ROW + 1;
  const at = (row: number, key: (typeof BY_LINE_KEYS)[number]) => a1({ row, col: byLineCol(key) });
  const phasing = input.phasing;
  const periodCount = phasing?.periodStarts.length ?? 0;
  const remainingCol = (p: number) => ACTUALS_COLUMNS.length + 1 + p;
  const layout = phasing ? phasingLayout(input.lines.length) : null;
  const onPhasing = (ref: CellRef) => onBudgetSheet(phasing!.sheetName, a1(ref));
  if (phasing && layout) {
    // Each period's first day, as the Phasing sheet has it, above the plan still to come in it.
    put(BY_LINE_TITLE_ROW, remainingCol(0), text(labels.remainingTitle));
    styles.push({ range: a1({ row: BY_LINE_TITLE_ROW, col: remainingCol(0) }), bold: true });
    phasing.periodStarts.forEach((start, p) =>
      put(
        BY_LINE_HEADER_ROW,
        remainingCol(p),
        formula(`=${onPhasing({ row: layout.headerRow, col: layout.periodCol(p) })}`, new Decimal(start)),
        DATE_FORMAT,
      ),
    );
    styles.push({
      range: rangeA1(
        { row: BY_LINE_HEADER_ROW, col: remainingCol(0) },
        { row: BY_LINE_HEADER_ROW, col: remainingCol(periodCount - 1) },
      ),
      bold: true,
      fill: COLORS.header,
    });
  }
  /**
   * A line's plan still to come in period p: nothing up to the Phasing sheet's current period, then
   * the period's plan less what is paid or committed in it, never below zero. A row counts in the last
   * period starting on or before its date; one dated before the first period (or not dated with a
   * number) in the first.
   */
  const remainingFormula = (row: number, index: number, item: string, p: number) => {
    const start = (k: number) => onPhasing({ row: layout!.headerRow, col: layout!.periodCol(k) });
    const from = (k: number) =>
      (["paid", "committed"] as const)
        .map(
          (status) =>
            `SUMIFS(${column("amount")},${column("line")},${exactCriterion(item)},${column("status")},${literal(words.statuses[status])},${column("date")},">="&${start(k)})`,
        )
        .join("+");
    const all = `${at(row, "actual")}+${at(row, "committed")}`;
    const spent =
      periodCount === 1
        ? all
        : p === 0
          ? `${all}-(${from(1)})`
          : p === periodCount - 1
            ? `(${from(p)})`
            : `(${from(p)})-(${from(p + 1)})`;
    const plan = onPhasing({ row: layout!.lines.first + index, col: layout!.periodCol(p) });
    return `=IF(${p + 1}<=${onPhasing(layout!.currentPeriod)},0,MAX(0,${plan}-(${spent})))`;
  };
  input.lines.forEach((line, index) => {
    const row = firstLineRow + index;
    const result = forecast.rows[index];
    const sumOf = (status: ActualStatus) =>
      `=SUMIFS(${column("amount")},${column("line")},${exactCriterion(line.item)},${column("status")},${literal(words.statuses[status])})`;
    put(row, byLineCol("category"), text(categoryByKey(line.category).name[input.lang]));
    put(row, byLineCol("line"), text(line.item));
    put(
      row,
      byLineCol("plan"),
      line.planCell
        ? formula(`=${onBudgetSheet(input.budgetSheetName, line.planCell)}`, line.plan)
        : { kind: "number", value: line.plan },
      MONEY_FORMAT,
    );
    put(row, byLineCol("actual"), formula(sumOf("paid"), result.actual), MONEY_FORMAT);
    put(row, byLineCol("committed"), formula(sumOf("committed"), result.committed), MONEY_FORMAT);
    put(
      row,
      byLineCol("available"),
      formula(`=${at(row, "plan")}-${at(row, "actual")}-${at(row, "committed")}`, result.available),
      MONEY_FORMAT,
    );
    if (phasing) {
      result.periods.forEach((period, p) =>
        put(
          row,
          remainingCol(p),
          formula(
            remainingFormula(row, index, line.item, p),
            p < phasing.currentPeriod ? new Decimal(0) : Decimal.max(0, period.available),
          ),
          MONEY_FORMAT,
        ),
      );
    }
    const remaining = phasing
      ? `SUM(${rangeA1({ row, col: remainingCol(0) }, { row, col: remainingCol(periodCount - 1) })})`
      : `MAX(0,${at(row, "available")})`;
    put(
      row,
      byLineCol("forecast"),
      formula(`=${at(row, "actual")}+${at(row, "committed")}+${remaining}`, result.forecast),
      MONEY_FORMAT,
    );
  });
  const lastLineRow = firstLineRow + Math.max(input.lines.length, 1) - 1;
  const columnSum = (key: (typeof BY_LINE_KEYS)[number]) =>
    `SUM(${rangeA1({ row: firstLineRow, col: byLineCol(key) }, { row: lastLineRow, col: byLineCol(key) })})`;

  // The totals the names point at.
  const totalRow = (key: (typeof TOTAL_KEYS)[number]) => TOTALS_ROW + TOTAL_KEYS.indexOf(key);
  const valueCell = (key: (typeof TOTAL_KEYS)[number]): CellRef => ({ row: totalRow(key), col: 1 });
  const unmatchedRows = input.rows.filter((row) => textIn(row.line).trim() === "").length;
  // One formula for the variance: the baseline row refers to Budget_BaselineTotal's cell when the
  // budget has been approved (the import knows when it writes the sheet), else to Budget_Total's.
  const against = input.baseline ?? { total: input.total, cell: input.totalCell };
  const baselineFormula = against.cell
    ? formula(`=${onBudgetSheet(input.budgetSheetName, against.cell)}`, against.total)
    : ({ kind: "number", value: against.total } as const);
  const figures: Record<(typeof TOTAL_KEYS)[number], [CellContent, string]> = {
    actual: [formula(`=${columnSum("actual")}`, forecast.total.actual), MONEY_FORMAT],
    committed: [formula(`=${columnSum("committed")}`, forecast.total.committed), MONEY_FORMAT],
    forecast: [formula(`=${columnSum("forecast")}`, forecast.total.forecast), MONEY_FORMAT],
    baseline: [baselineFormula, MONEY_FORMAT],
    variance: [
      formula(`=${a1(valueCell("forecast"))}-${a1(valueCell("baseline"))}`, forecast.baseline.variance),
      MONEY_FORMAT,
    ],
    unmatched: [formula(`=COUNTBLANK(${column("line")})`, new Decimal(unmatchedRows)), GENERAL_FORMAT],
  };
  const totalLabel = (key: (typeof TOTAL_KEYS)[number]) =>
    input.baseline && key === "baseline"
      ? labels.totals.approvedBaseline
      : input.baseline && key === "variance"
        ? labels.totals.varianceToBaseline
        : labels.totals[key];
  for (const key of TOTAL_KEYS) {
    put(totalRow(key), 0, text(totalLabel(key)));
    put(totalRow(key), 1, ...figures[key]);
  }
  styles.push({ range: rangeA1(valueCell("actual"), valueCell("variance")), bold: true });
  const nameKeys = {
    actual: "actual",
    committed: "committed",
    forecast: "forecast",
    forecastVariance: "variance",
  } as const;
  for (const [nameKey, totalKey] of Object.entries(nameKeys) as [
    keyof typeof ACTUALS_NAMES,
    (typeof TOTAL_KEYS)[number],
  ][]) {
    const comment =
      labels.comments[nameKey !== "forecastVariance" ? nameKey : input.baseline ? "varianceToBaseline" : "variance"];
    names.push({ name: ACTUALS_NAMES[nameKey], ref: valueCell(totalKey), comment });
  }

  // The table of imported rows, at least one (blank) row, as a table needs.
  ACTUALS_COLUMNS.forEach((key, col) => put(tableHeaderRow, col, text(labels.headers[key])));
  input.rows.forEach((row, index) => {
    ACTUALS_COLUMNS.forEach((key, col) => {
      const content = row[key];
      if (content.kind === "text" && content.text === "") return;
      const numberFormat =
        key === "date" && content.kind === "number" ? DATE_FORMAT : key === "amount" ? MONEY_FORMAT : undefined;
      put(table.firstDataRow + index, col, content, numberFormat);
    });
  });

  return {
    sheetName: input.sheetName,
    lang: input.lang,
    cells,
    styles,
    columnWidths: [
      { col: 0, chars: 22 },
      { col: 1, chars: 22 },
      { col: 2, chars: 20 },
      { col: 3, chars: 15 },
      { col: 4, chars: 15 },
      { col: 5, chars: 18 },
      { col: 6, chars: 18 },
      { col: 7, chars: 28 },
      { col: 8, chars: 12 },
      ...Array.from({ length: periodCount }, (_, p) => ({ col: remainingCol(p), chars: 13 })),
    ],
    names,
    conditionalFormats: [],
    validations: [],
    freezeRows: 0,
    printArea: rangeA1(
      { row: 0, col: 0 },
      {
        row: table.lastDataRow,
        col: Math.max(ACTUALS_COLUMNS.length - 1, phasing ? remainingCol(periodCount - 1) : 0),
      },
    ),
    table,
    forecast,
    byLineFirstRow: firstLineRow,
  };
}
