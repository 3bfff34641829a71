import type { Budget } from "../model/budget";
import { CATEGORIES, categoryByKey } from "../model/categories";
import { Decimal, ZERO, sum } from "../model/decimal";
import { executionToDate, type PeriodActuals } from "../model/execution";
import { countedActuals } from "../model/executionReport";
import { phaseFunnel } from "../model/funnelPhasing";
import { applyFunnel } from "../model/funnelPlan";
import type { Period, PeriodUnit } from "../model/periods";
import { PROFILE_KINDS, fenShares, phaseBudgetInSteps, type Phasing } from "../model/phasing";
import { wholeDecimal } from "../model/fenDecimal";
import { a1, columnLetter, rangeA1, type CellRef } from "./address";
import { tableInPeriod } from "./buildActualsPlan";
import type { ReportSpend } from "./buildExecutionReportPlan";
import { namedRef } from "./buildScenarioPlan";
import { formula, number, optional, text } from "./cellContent";
import { FilledCell, FormulaFill, fill, type FillRef } from "./formulaFill";
import { COLORS, GENERAL_FORMAT, MONEY_FORMAT, PERCENT_FORMAT } from "./formats";
import { TABLE_COLUMN_KEYS, type TableColumnKey } from "./labels";
import { DRIVER, linesTableColumns } from "./linesTable";
import { stageNameName } from "./funnelBlock";
import { onSheet, sheetPrefix } from "./otherSheet";
import type { CellContent, NamePlan, PlainSheetPlan, PlannedCell, RangeStyle, SheetPlan, ValidationPlan } from "./plan";
import { DEFAULT_EXECUTION_TOLERANCE } from "../model/timelineHealth";
import { funnelPhasingLabels, periodHealthLabels, phasingLabels, phasingStepLabels, type Lang } from "../i18n";

export interface PhasingPlanOptions {
  lang: Lang;
  /** Defaults to 分期计划 / Phasing; the Excel layer passes a free one. */
  sheetName?: string;
  /** The period execution is measured to, 1-based; the first by default. */
  currentPeriod?: number;
  /** Actual spend already known, per row (the lines, then the reserve) and period. */
  actuals?: PeriodActuals;
  /** A funnel budget's stage lag in whole periods (0 by default); see phaseFunnel. */
  stageLag?: number;
  /**
   * The workbook's imported spend (its Actuals table), when it has one: the actuals that count are
   * then its paid rows, a typed actual only where a line has none in a period (see countedActuals).
   */
  spend?: ReportSpend;
}

/** The sheet-scoped names of the phasing sheet. */
export const PHASING_NAMES = {
  firstPeriod: "Budget_FirstPeriod",
  periodUnit: "Budget_PeriodUnit",
  periodCount: "Budget_PeriodCount",
  currentPeriod: "Budget_CurrentPeriod",
  phasedTotal: "Budget_PhasedTotal",
  planToDate: "Budget_Plan_ToDate",
  actualToDate: "Budget_Actual_ToDate",
  executionRate: "Budget_ExecutionRate",
  stageLag: "Budget_StageLag",
  campaignFirst: "Budget_CampaignFirst",
  campaignLast: "Budget_CampaignLast",
  executionTolerance: "Budget_ExecutionTolerance",
} as const;

const CATEGORY_COL = 0;
const ITEM_COL = 1;
/** The settings' values, each row's budget and the working grids' per-row figure. */
const BUDGET_COL = 2;
const FIRST_COL = 3;
const LAST_COL = 4;
const PROFILE_COL = 5;
const CHECK_COL = 6;
const FIRST_PERIOD_COL = 7;

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const SETTINGS = [
  "firstPeriod",
  "unit",
  "periodCount",
  "currentPeriod",
  "phasedTotal",
  "budgetTotal",
  "planToDate",
  "actualToDate",
  "executionRate",
] as const;
type Setting = (typeof SETTINGS)[number];
const SETTINGS_ROW = 3;
const settingRow = (key: Setting) => SETTINGS_ROW + SETTINGS.indexOf(key);
/**
 * What the health rules over time read beside the settings: the campaign's periods (spend outside them
 * is flagged) and the tolerance of execution to date. A label two columns wide, then the input.
 */
const HEALTH_SETTINGS = [
  ["campaignFirst", settingRow("periodCount")],
  ["campaignLast", settingRow("currentPeriod")],
  ["tolerance", settingRow("executionRate")],
] as const;
type HealthSetting = (typeof HEALTH_SETTINGS)[number][0];
const HEALTH_LABEL_COL = PROFILE_COL;
const HEALTH_VALUE_COL = FIRST_PERIOD_COL;
const healthSetting = (key: HealthSetting): CellRef => ({
  row: HEALTH_SETTINGS.find(([k]) => k === key)![1],
  col: HEALTH_VALUE_COL,
});
const PLAN_TITLE_ROW = settingRow("executionRate") + 2;
const INDEX_ROW = PLAN_TITLE_ROW + 1;
const HEADER_ROW = INDEX_ROW + 1;
const MONTH_FORMAT = "yyyy-mm";
const DAY_FORMAT = "yyyy-mm-dd";
const FEN_FORMAT = "0";
/** How a period's first day shows: 2026-05 for a month, 2026-05-04 for a week. */
export const periodDateFormat = (unit: PeriodUnit): string => (unit === "month" ? MONTH_FORMAT : DAY_FORMAT);
const WEIGHT_FORMAT = "0.####";
const LARGEST_WEIGHT = 1_000_000;
/** Remainders are kept in whole millionths of a fen; see SHARE_PLACES in the model. */
const MILLION = 1_000_000;

/** The rows of the sheet for `rows` phased rows (the lines and the reserve). */
function phasingRows(rows: number) {
  let row = HEADER_ROW + 1;
  const block = (count: number) => Array.from({ length: count }, () => row++);
  const skip = (count = 1) => (row += count) - count;
  const lines = block(rows);
  const periodTotal = skip();
  const categories = block(CATEGORIES.length);
  const cumulative = skip();
  skip();
  const actualTitle = skip();
  const actualHeader = skip();
  const actuals = block(rows);
  const actualTotal = skip();
  const actualCumulative = skip();
  skip();
  const customTitle = skip();
  const customHeader = skip();
  const custom = block(rows);
  skip();
  const calendarTitle = skip();
  const calendarHeader = skip();
  const calendar = block(12);
  skip();
  const workingTitle = skip();
  const workingNote = skip();
  skip();
  const weightsHeader = skip();
  const weights = block(rows);
  skip();
  const floorsHeader = skip();
  const floors = block(rows);
  skip();
  const remaindersHeader = skip();
  const remainders = block(rows);
  return {
    lines,
    periodTotal,
    categories,
    cumulative,
    actualTitle,
    actualHeader,
    actuals,
    actualTotal,
    actualCumulative,
    customTitle,
    customHeader,
    custom,
    calendarTitle,
    calendarHeader,
    calendar,
    workingTitle,
    workingNote,
    weightsHeader,
    weights,
    floorsHeader,
    floors,
    remaindersHeader,
    remainders,
    last: row - 1,
  };
}

/** The rows of a funnel budget's block below the working grids, from `start`, for `lineCount` lines. */
function funnelBlockRows(start: number, lineCount: number) {
  let next = start;
  const one = () => next++;
  const block = () => Array.from({ length: lineCount }, () => next++);
  const titleRow = one();
  const noteRow = one();
  const lagRow = one();
  const targetRow = one();
  one();
  const headerRow = one();
  const spendRow = one();
  const dealsRow = one();
  const costRow = one();
  one();
  const stageHeader = one();
  const stages = block();
  const topStageRow = one();
  one();
  const workHeader = one();
  const topSpendRow = one();
  const followedRow = one();
  const shiftedRow = one();
  const floorsRow = one();
  const remaindersRow = one();
  one();
  const ownHeader = one();
  const own = block();
  one();
  const volumeHeader = one();
  const volume = block();
  one();
  const followFloorsHeader = one();
  const followFloors = block();
  one();
  const followRemaindersHeader = one();
  const followRemainders = block();
  return {
    titleRow,
    noteRow,
    lagRow,
    targetRow,
    headerRow,
    spendRow,
    dealsRow,
    costRow,
    stageHeader,
    stages,
    topStageRow,
    workHeader,
    topSpendRow,
    followedRow,
    shiftedRow,
    floorsRow,
    remaindersRow,
    ownHeader,
    own,
    volumeHeader,
    volume,
    followFloorsHeader,
    followFloors,
    followRemaindersHeader,
    followRemainders,
  };
}

/** Where a phasing sheet of `rowCount` phased rows (the lines, then the reserve) keeps what other sheets read. */
export interface PhasingLayout {
  categoryCol: number;
  /** The period's column, 0-based period. */
  periodCol: (p: number) => number;
  /** Each period's first day. */
  headerRow: number;
  /** The plan's rows, the reserve last. */
  lines: { first: number; last: number };
  /** The actual spend typed per period, the same rows in the same order. */
  actuals: { first: number; last: number };
  /**
   * Beside the actual rows, on the same rows: the actuals that count in period p of `count` (imported,
   * else typed; see countedActuals), what the totals and the execution report add up.
   */
  countedCol: (p: number, count: number) => number;
  currentPeriod: CellRef;
  /** Budget_PeriodCount, Budget_PeriodUnit and Budget_PhasedTotal (which reads the total per period's row). */
  periodCount: CellRef;
  periodUnit: CellRef;
  phasedTotal: CellRef;
  periodTotalRow: number;
  planToDate: CellRef;
  actualToDate: CellRef;
  executionRate: CellRef;
  /** The campaign's first and last period and the execution tolerance, as the health rules read them. */
  campaignFirst: CellRef;
  campaignLast: CellRef;
  executionTolerance: CellRef;
  /** A funnel budget's stage lag (Budget_StageLag): the cell the planner types it in. */
  stageLag: CellRef;
}

/** The column of the actuals that count in period p of `count`: after the periods, their total and a gap. */
const countedCol = (p: number, count: number) => FIRST_PERIOD_COL + count + 2 + p;

export function phasingLayout(rowCount: number): PhasingLayout {
  const rows = phasingRows(rowCount);
  const setting = (key: Setting): CellRef => ({ row: settingRow(key), col: BUDGET_COL });
  return {
    categoryCol: CATEGORY_COL,
    periodCol: (p) => FIRST_PERIOD_COL + p,
    headerRow: HEADER_ROW,
    lines: { first: rows.lines[0], last: rows.lines[rowCount - 1] },
    actuals: { first: rows.actuals[0], last: rows.actuals[rowCount - 1] },
    countedCol,
    currentPeriod: setting("currentPeriod"),
    periodCount: setting("periodCount"),
    periodUnit: setting("unit"),
    phasedTotal: setting("phasedTotal"),
    periodTotalRow: rows.periodTotal,
    planToDate: setting("planToDate"),
    actualToDate: setting("actualToDate"),
    executionRate: setting("executionRate"),
    campaignFirst: healthSetting("campaignFirst"),
    campaignLast: healthSetting("campaignLast"),
    executionTolerance: healthSetting("tolerance"),
    stageLag: { row: funnelBlockRows(rows.last + 2, rowCount - 1).lagRow, col: BUDGET_COL },
  };
}

/**
 * The stage lag a phasing sheet holds, as the planner typed it: a number as it shows, text as it is;
 * null for a blank cell.
 */
export function typedStageLag(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  return null;
}

/**
 * What a sheet over time shows, as the model computes it: the budget with its funnel applied, phased,
 * and its execution to the current period (the first by default) with the actuals given.
 */
export function phasedExecution(
  input: Budget,
  phasing: Phasing,
  options: {
    currentPeriod?: number;
    actuals?: PeriodActuals;
    stageLag?: number;
    spend?: Pick<ReportSpend, "entries">;
  },
) {
  const budget = applyFunnel(input);
  const stageLag = options.stageLag ?? phasing.stageLag;
  const steps = phaseBudgetInSteps(budget, stageLag === undefined ? phasing : { ...phasing, stageLag });
  const { phased, spreads, budgetTotal } = steps;
  const currentPeriod = options.currentPeriod ?? 1;
  const actuals = options.actuals ?? [];
  const counted = countedActuals(actuals, options.spend?.entries ?? [], phased.rows.length, phased.periods.length);
  const execution = executionToDate(phased, counted, currentPeriod);
  return { budget, phased, spreads, budgetTotal, currentPeriod, actuals, counted, execution, steps };
}

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The spreadsheet date serial of a period's first day. */
export function periodSerial(period: Period): number {
  return (Date.UTC(period.year, period.month - 1, period.day) - SERIAL_EPOCH) / DAY_MS;
}

const tableCol = (plan: SheetPlan, key: TableColumnKey) => plan.table.firstCol + TABLE_COLUMN_KEYS.indexOf(key);

/** What countedActualsCells writes: a phasing sheet's rows, periods and the actuals that count. */
export interface CountedActualsInput {
  lang: Lang;
  /** The phased rows: the lines, then the reserve. */
  rowCount: number;
  /** Each period's first day, as a date serial. */
  serials: readonly Decimal[];
  dateFormat: string;
  /** Each row's item as the Actuals table's Line column names it. */
  items: readonly string[];
  /** The actuals that count per row and period (see countedActuals), for the results. */
  counted: readonly (readonly (Decimal | null)[])[];
  /** The plan of each period, all rows together, and the current period (1-based). */
  planTotals: readonly Decimal[];
  currentPeriod: number;
  /** The Actuals table, when the workbook has one. */
  spend?: ReportSpend;
}

/**
 * The cells of a phasing sheet that depend on which actuals count: beside the actual rows, per row and
 * period, the Actuals table's paid rows of the line dated in the period when there are any, else the
 * typed figure (see countedActuals; the typed figure alone without an Actuals table); the actual per
 * period and cumulated, Budget_Actual_ToDate and Budget_ExecutionRate, which add those up. Written
 * whole by buildPhasingPlan, and again by an import that brings the Actuals table to a phasing sheet.
 */
export function countedActualsCells(input: CountedActualsInput): PlannedCell[] {
  const { rowCount, serials, dateFormat, counted, spend } = input;
  const count = serials.length;
  const rows = phasingRows(rowCount);
  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, content: CellContent, numberFormat: string) =>
    cells.push({ row, col, content, numberFormat });
  const periodCol = (p: number) => FIRST_PERIOD_COL + p;
  const totalCol = periodCol(count);
  const across = (row: number, absolute = false) =>
    rangeA1({ row, col: periodCol(0) }, { row, col: periodCol(count - 1) }, absolute);
  const dateCell = (p: number) => `${columnLetter(periodCol(p))}$${HEADER_ROW + 1}`;
  const periods = serials.map((_, p) => p);
  const N = PHASING_NAMES;

  cells.push({
    row: rows.actualTitle,
    col: countedCol(0, count),
    content: text(phasingLabels(input.lang).countedTitle),
  });
  periods.forEach((p) =>
    put(rows.actualHeader, countedCol(p, count), formula(`=${dateCell(p)}`, serials[p]), dateFormat),
  );
  // Without an Actuals table, the typed figure alone: one formula for the block, =N(H50) from the cell.
  const typedFill = fill`=N(${{ colOffset: periodCol(0) - countedCol(0, count), rowOffset: 0 }})`;
  rows.actuals.forEach((row, r) => {
    periods.forEach((p) => {
      if (!spend) {
        cells.push(new FilledCell(typedFill, row, countedCol(p, count), counted[r]?.[p] ?? ZERO, MONEY_FORMAT));
        return;
      }
      const typed = `N(${a1({ row, col: periodCol(p) })})`;
      const inPeriod = (fn: "SUMIFS" | "COUNTIFS") =>
        tableInPeriod(fn, spend.tableLang, input.items[r], "paid", { p, count, start: dateCell });
      const value = `=IF(${inPeriod("COUNTIFS")}>0,${inPeriod("SUMIFS")},${typed})`;
      put(row, countedCol(p, count), formula(value, counted[r]?.[p] ?? ZERO), MONEY_FORMAT);
    });
  });

  const totals = periods.map(() => ZERO);
  rows.actuals.forEach((_, r) =>
    periods.forEach((p) => {
      const actual = counted[r]?.[p];
      if (actual && !actual.isZero()) totals[p] = totals[p].plus(actual);
    }),
  );
  let running = ZERO;
  const cumulative = totals.map((amount) => (running = running.plus(amount)));
  periods.forEach((p) => {
    const column = rangeA1(
      { row: rows.actuals[0], col: countedCol(p, count) },
      { row: rows.actuals[rowCount - 1], col: countedCol(p, count) },
    );
    put(rows.actualTotal, periodCol(p), formula(`=SUM(${column})`, totals[p]), MONEY_FORMAT);
    const col = periodCol(p);
    const previous = (row: number) => a1({ row, col: col - 1 });
    const own = (row: number) => a1({ row, col });
    const f = p === 0 ? `=${own(rows.actualTotal)}` : `=${previous(rows.actualCumulative)}+${own(rows.actualTotal)}`;
    put(rows.actualCumulative, col, formula(f, cumulative[p]), MONEY_FORMAT);
  });
  put(rows.actualTotal, totalCol, formula(`=SUM(${across(rows.actualTotal)})`, cumulative[count - 1]), MONEY_FORMAT);

  const current = input.currentPeriod;
  const planToDate = sum(input.planTotals.slice(0, current));
  const actualToDate = cumulative[current - 1] ?? ZERO;
  const setting = (key: Setting) => ({ row: settingRow(key), col: BUDGET_COL });
  const toDate = `=SUMIF(${across(INDEX_ROW, true)},"<="&${N.currentPeriod},${across(rows.actualTotal, true)})`;
  put(setting("actualToDate").row, BUDGET_COL, formula(toDate, actualToDate), MONEY_FORMAT);
  put(
    setting("executionRate").row,
    BUDGET_COL,
    formula(
      `=IF(${N.planToDate}=0,"",${N.actualToDate}/${N.planToDate})`,
      optional(planToDate.isZero() ? null : actualToDate.dividedBy(planToDate)),
    ),
    PERCENT_FORMAT,
  );
  return cells;
}

/**
 * The phasing sheet: each budget line (and the contingency reserve) spread over the periods by its
 * span and profile, in native formulas only, so a changed quantity, span, profile or weight re-phases
 * by recalculation alone. Every period is floored to the fen and the missing fen go to the largest
 * remainders (ties to the earlier period), exactly as phaseBudget: a line's periods add up to its
 * Budget and Budget_PhasedTotal to the budget's total, to the fen. Below the plan: per-period and
 * per-category totals, the cumulative plan, typed actuals and execution to date, the custom weights,
 * the seasonal calendar (editable) and the working grids the rounding needs. Results are the model's.
 */
export function buildPhasingPlan(
  input: Budget,
  phasing: Phasing,
  budgetPlan: SheetPlan,
  options: PhasingPlanOptions,
): PlainSheetPlan {
  const { lang } = options;
  const labels = phasingLabels(lang);
  const sheetName = options.sheetName ?? labels.sheetName;
  const { budget, phased, spreads, budgetTotal, currentPeriod, actuals, counted, execution, steps } = phasedExecution(
    input,
    phasing,
    options,
  );
  const periods = phased.periods;
  const count = periods.length;
  const rowCount = phased.rows.length;
  const rows = phasingRows(rowCount);
  const spans = [...phasing.lines, phasing.contingency];
  const budgetCell = (ref: CellRef) => onSheet(budgetPlan.sheetName, ref);
  const budgetTotalCell = budgetCell(namedRef(budgetPlan, "Budget_Total"));
  const N = PHASING_NAMES;

  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, content: CellContent, numberFormat?: string) => {
    // A formula is joined from many pieces; reading a character makes it one string now, so the plan
    // holds one string per cell, not every piece (about a hundred thousand cells in a large plan).
    if (content.kind === "formula") content.formula.charCodeAt(0);
    cells.push(numberFormat ? { row, col, content, numberFormat } : { row, col, content });
  };
  /** A cell of a block whose formula is one fill: its text is made when read. */
  const putFill = (row: number, col: number, formulaFill: FormulaFill, result: Decimal | string, format?: string) =>
    cells.push(new FilledCell(formulaFill, row, col, result, format));
  const names: NamePlan[] = [];
  const name = (n: string, row: number, comment: string) =>
    names.push({ name: n, ref: { row, col: BUDGET_COL }, comment });

  const periodCol = (p: number) => FIRST_PERIOD_COL + p;
  const totalCol = periodCol(count);
  const lastPeriodCol = periodCol(count - 1);
  const at = (row: number, col: number) => a1({ row, col });
  /** H$15: a row held, for formulas that read a header. */
  const rowHeld = (row: number, col: number) => `${columnLetter(col)}$${row + 1}`;
  /** $C17: a column held. */
  const colHeld = (row: number, col: number) => `$${columnLetter(col)}${row + 1}`;
  const acrossPeriods = (row: number, absolute = false) =>
    rangeA1({ row, col: periodCol(0) }, { row, col: lastPeriodCol }, absolute);
  const down = (col: number, first: number, last: number, absolute = false) =>
    rangeA1({ row: first, col }, { row: last, col }, absolute);
  const dateFormat = periodDateFormat(phasing.periods.unit);
  const serials = periods.map((period) => new Decimal(periodSerial(period)));
  const indexCell = (p: number) => rowHeld(INDEX_ROW, periodCol(p));
  const dateCell = (p: number) => rowHeld(HEADER_ROW, periodCol(p));
  const calendarRange = down(BUDGET_COL, rows.calendar[0], rows.calendar[11], true);
  const periodLetters = periods.map((_, p) => columnLetter(periodCol(p)));
  const indexCells = periods.map((_, p) => indexCell(p));

  put(TITLE_ROW, 0, text(labels.title));
  put(SUBTITLE_ROW, 0, text(labels.subtitle));

  // Settings and the figures to date.
  const settingLabel = (key: Setting) => put(settingRow(key), CATEGORY_COL, text(labels.settings[key]));
  SETTINGS.forEach(settingLabel);
  const setting = (key: Setting, content: CellContent, format?: string) =>
    put(settingRow(key), BUDGET_COL, content, format);
  setting("firstPeriod", number(serials[0]), dateFormat);
  name(N.firstPeriod, settingRow("firstPeriod"), labels.nameComments.firstPeriod);
  setting("unit", text(labels.units[phasing.periods.unit]));
  name(N.periodUnit, settingRow("unit"), labels.nameComments.periodUnit);
  setting("periodCount", number(new Decimal(count)), GENERAL_FORMAT);
  name(N.periodCount, settingRow("periodCount"), labels.nameComments.periodCount);
  setting("currentPeriod", number(new Decimal(currentPeriod)), GENERAL_FORMAT);
  name(N.currentPeriod, settingRow("currentPeriod"), labels.nameComments.currentPeriod);
  setting("phasedTotal", formula(`=${at(rows.periodTotal, totalCol)}`, phased.total), MONEY_FORMAT);
  name(N.phasedTotal, settingRow("phasedTotal"), labels.nameComments.phasedTotal);
  setting("budgetTotal", formula(`=${budgetTotalCell}`, budgetTotal), MONEY_FORMAT);
  const toDate = (row: number) =>
    `=SUMIF(${acrossPeriods(INDEX_ROW, true)},"<="&${N.currentPeriod},${acrossPeriods(row, true)})`;
  setting("planToDate", formula(toDate(rows.periodTotal), execution.planToDate), MONEY_FORMAT);
  name(N.planToDate, settingRow("planToDate"), labels.nameComments.planToDate);
  name(N.actualToDate, settingRow("actualToDate"), labels.nameComments.actualToDate);
  name(N.executionRate, settingRow("executionRate"), labels.nameComments.executionRate);
  const health = periodHealthLabels(lang);
  const healthValues: Record<HealthSetting, [CellContent, string, string]> = {
    campaignFirst: [number(new Decimal(1)), GENERAL_FORMAT, N.campaignFirst],
    campaignLast: [number(new Decimal(count)), GENERAL_FORMAT, N.campaignLast],
    tolerance: [number(DEFAULT_EXECUTION_TOLERANCE), PERCENT_FORMAT, N.executionTolerance],
  };
  for (const [key, row] of HEALTH_SETTINGS) {
    const [content, format, settingName] = healthValues[key];
    put(row, HEALTH_LABEL_COL, text(health.settings[key]));
    put(row, HEALTH_VALUE_COL, content, format);
    names.push({ name: settingName, ref: healthSetting(key), comment: health.nameComments[key] });
  }

  // The period headers: numbers 1…n (fixed), and each period's first day from the settings.
  put(PLAN_TITLE_ROW, CATEGORY_COL, text(labels.planTitle));
  put(INDEX_ROW, CHECK_COL, text(labels.periodNumber));
  const h = labels.headers;
  [h.category, h.item, h.budget, h.first, h.last, h.profile, h.check].forEach((header, col) =>
    put(HEADER_ROW, col, text(header)),
  );
  put(HEADER_ROW, totalCol, text(h.total));
  periods.forEach((period, p) => {
    const col = periodCol(p);
    put(INDEX_ROW, col, number(new Decimal(period.index)), GENERAL_FORMAT);
    const index = indexCell(p);
    const start =
      `=IF(${index}>${N.periodCount},"",IF(${N.periodUnit}="${labels.units.week}",` +
      `${N.firstPeriod}+7*(${index}-1),DATE(YEAR(${N.firstPeriod}),MONTH(${N.firstPeriod})+${index}-1,1)))`;
    put(HEADER_ROW, col, formula(start, serials[p]), dateFormat);
  });
  /** A header row of a block below: each period's first day, from the plan's header. */
  const blockHeader = (row: number, first: string, third?: string) => {
    put(row, CATEGORY_COL, text(first));
    if (third) put(row, BUDGET_COL, text(third));
    periods.forEach((_, p) => put(row, periodCol(p), formula(`=${dateCell(p)}`, serials[p]), dateFormat));
  };

  const table = budgetPlan.table;
  const lineCount = rowCount - 1;
  const funnel = budget.funnel;
  const fb = funnel ? funnelBlockRows(rows.last + 2, lineCount) : null;
  /** A funnel block's per-line column: the stage each line is bound to. */
  const stageCell = (r: number) => (fb ? colHeld(fb.stages[r], BUDGET_COL) : "");

  const stepLabels = phasingStepLabels(lang);
  put(rows.weightsHeader, PROFILE_COL, text(stepLabels.profileNumber));
  const profileWords = PROFILE_KINDS.map((kind) => labels.profiles[kind]);
  const c = labels.checks;
  const firstRemainderCol = `$${periodLetters[0]}`;

  // A line's rows keep their distance from its row in the plan: each line's formulas are the same fill,
  // written once here, its references relative to the cell (see FormulaFill).
  const toWeights = rows.weights[0] - rows.lines[0];
  const toFloors = rows.floors[0] - rows.lines[0];
  const toRemainders = rows.remainders[0] - rows.lines[0];
  const toCustom = rows.custom[0] - rows.lines[0];
  /** $C17: a column of the row `rowOffset` rows from the cell. */
  const held = (col: number, rowOffset: number): FillRef => ({ col, colDollar: true, rowOffset });
  /** H17: the cell's own column, `rowOffset` rows from it. */
  const rel = (rowOffset: number): FillRef => ({ colOffset: 0, rowOffset });
  /** H$15: the cell's own column in a fixed row. */
  const headerOf = (row: number): FillRef => ({ colOffset: 0, row, rowDollar: true });
  /** $H$17:$AE$17, the periods of the row `rowOffset` rows from the cell. */
  const periodSpan = (rowOffset: number, dollars = true) => {
    const at = (col: number): FillRef => ({ col, colDollar: dollars, rowDollar: dollars, rowOffset });
    return [at(periodCol(0)), at(lastPeriodCol)] as const;
  };
  const periodIndex = headerOf(INDEX_ROW);

  // A line's period: its floor, plus one fen where its remainder ranks within the fen missing (the floors
  // and remainders `floors` and `remainders` rows from the line).
  const byFen = (floors: number, remainders: number) => {
    const [remaindersFrom, remaindersTo] = periodSpan(remainders);
    const remainder = rel(remainders);
    const rank = fill`COUNTIF(${remaindersFrom}:${remaindersTo},">"&${remainder})+COUNTIF(${held(periodCol(0), remainders)}:${remainder},${remainder})`;
    return fill`IF(${held(CHECK_COL, 0)}<>"",NA(),SIGN(${held(BUDGET_COL, 0)})*(${rel(floors)}+IF(${rank}<=${held(BUDGET_COL, remainders)},1,0))/100)`;
  };
  const linePeriodFill = fill`=${byFen(toFloors, toRemainders)}`;
  // A period's weight by the line's profile; seasonal: the calendar's weight of the month the period starts in.
  const spanFirst = held(FIRST_COL, -toWeights);
  const spanLast = held(LAST_COL, -toWeights);
  const season = fill`INDEX(${calendarRange},MONTH(${headerOf(HEADER_ROW)}))`;
  const inSpan = fill`AND(${periodIndex}>=${spanFirst},${periodIndex}<=${spanLast},${periodIndex}<=${N.periodCount})`;
  const custom = rel(toCustom - toWeights);
  const byProfile = fill`CHOOSE(${held(PROFILE_COL, 0)}+1,0,1,${spanLast}-${periodIndex}+1,${periodIndex}-${spanFirst}+1,N(${custom}),${season})`;
  const weightFill = fill`=IF(${inSpan},${byProfile},0)`;
  // The period's share of the line's fen to six places: its floor, and its remainder in millionths.
  const shareFrom = (weightsOffset: number, fenOffset: number) => {
    const weightSum = held(BUDGET_COL, weightsOffset);
    return { weightSum, share: fill`ROUND(${held(BUDGET_COL, fenOffset)}*${rel(weightsOffset)}/${weightSum},6)` };
  };
  const floorFillOf = (weightsOffset: number, fenOffset: number) => {
    const { weightSum, share } = shareFrom(weightsOffset, fenOffset);
    return fill`=IF(${weightSum}>0,INT(${share}),0)`;
  };
  const remainderFillOf = (weightsOffset: number, fenOffset: number, floorOffset: number) => {
    const { weightSum, share } = shareFrom(weightsOffset, fenOffset);
    return fill`=IF(${weightSum}>0,ROUND((${share}-${rel(floorOffset)})*${String(MILLION)},0),0)`;
  };
  const floorFill = floorFillOf(toWeights - toFloors, 0);
  const remainderFill = remainderFillOf(toWeights - toRemainders, toFloors - toRemainders, toFloors - toRemainders);

  /** ='预算'!$B$5: a column of the line's row in the budget sheet's table. */
  const budgetSheet = sheetPrefix(budgetPlan.sheetName);
  const tableRef = (key: TableColumnKey): FillRef => ({
    col: tableCol(budgetPlan, key),
    colDollar: true,
    rowDollar: true,
    rowOffset: table.firstDataRow - rows.lines[0],
  });
  const categoryFill = fill`=${budgetSheet}${tableRef("category")}`;
  const itemFill = fill`=${budgetSheet}${tableRef("item")}`;
  const amountFill = fill`=ROUND(${budgetSheet}${tableRef("budget")},2)`;
  const [rowFrom, rowTo] = periodSpan(0, false);
  /** =SUM(H17:AE17): the periods of the cell's own row. */
  const rowSumFill = fill`=SUM(${rowFrom}:${rowTo})`;
  // The profile once per line, as its place in the list (0 when it is none of them).
  const numberedFill = new FormulaFill([
    "=",
    ...profileWords.flatMap((word, k) => ["IF(", held(PROFILE_COL, -toWeights), `="${word}",${k + 1},`]),
    "0",
    ")".repeat(profileWords.length),
  ]);
  const [weightsFrom, weightsTo] = periodSpan(toWeights);
  const lineFirst = held(FIRST_COL, 0);
  const lineLast = held(LAST_COL, 0);
  const notWhole = fill`OR(NOT(ISNUMBER(${lineFirst})),NOT(ISNUMBER(${lineLast})))`;
  const outside = fill`OR(${lineFirst}<1,${lineLast}>${N.periodCount},${lineFirst}>${lineLast},${lineFirst}<>INT(${lineFirst}),${lineLast}<>INT(${lineLast}))`;
  const negative = fill`COUNTIF(${weightsFrom}:${weightsTo},"<0")>0`;
  const checkFill = fill`=IF(${notWhole},"${c.span}",IF(${outside},"${c.span}",IF(${held(PROFILE_COL, toWeights)}=0,"${c.profile}",IF(${negative},"${c.negative}",IF(${held(BUDGET_COL, toWeights)}<=0,"${c.zero}","")))))`;
  const fenFill = fill`=ROUND(ABS(${held(BUDGET_COL, -toFloors)})*100,0)`;
  const [floorsFrom, floorsTo] = periodSpan(toFloors - toRemainders, false);
  const missingFill = fill`=${held(BUDGET_COL, toFloors - toRemainders)}-SUM(${floorsFrom}:${floorsTo})`;

  // A funnel budget's lines: each line's own spread is kept in the funnel block (the line's formula, read
  // there), and the line follows its stage's volume when it is bound below the top and the volume is not
  // nil, by its shares in fen over it; else it shows its own spread.
  const toFunnel = (block: readonly number[]) => block[0] - rows.lines[0];
  const followFills = fb && {
    ownPeriod: linePeriodFill.readFrom(-toFunnel(fb.own)),
    linePeriod: fill`=IF(AND(${held(FIRST_COL, toFunnel(fb.stages))}=1,${held(BUDGET_COL, toFunnel(fb.volume))}>0),${byFen(toFunnel(fb.followFloors), toFunnel(fb.followRemainders))},${rel(toFunnel(fb.own))})`,
  };

  phased.rows.forEach((row, r) => {
    const line = rows.lines[r];
    const span = spans[r];
    const isReserve = r === lineCount;
    const categoryName = categoryByKey(row.category).name[lang];
    const weightsRow = rows.weights[r];
    const floorsRow = rows.floors[r];
    const remaindersRow = rows.remainders[r];
    const customRow = rows.custom[r];

    // The model's steps over the span; zero outside it.
    const { weights: spanWeights, shares } = spreads[r];
    const ofSpan = (values: readonly Decimal[], p: number) => {
      const index = periods[p].index;
      return index >= span.first && index <= span.last ? values[index - span.first] : ZERO;
    };

    if (isReserve) {
      put(line, CATEGORY_COL, text(categoryName));
      put(line, ITEM_COL, text(categoryName));
      const lines = lineCount > 0 ? `-SUM(${down(BUDGET_COL, rows.lines[0], rows.lines[lineCount - 1])})` : "";
      put(line, BUDGET_COL, formula(`=ROUND(${budgetTotalCell},2)${lines}`, row.amount), MONEY_FORMAT);
    } else {
      putFill(line, CATEGORY_COL, categoryFill, categoryName);
      putFill(line, ITEM_COL, itemFill, row.item);
      putFill(line, BUDGET_COL, amountFill, row.amount, MONEY_FORMAT);
    }
    put(line, FIRST_COL, number(wholeDecimal(span.first)), GENERAL_FORMAT);
    put(line, LAST_COL, number(wholeDecimal(span.last)), GENERAL_FORMAT);
    put(line, PROFILE_COL, text(labels.profiles[span.profile.kind]));
    const kindNumber = wholeDecimal(PROFILE_KINDS.indexOf(span.profile.kind) + 1);
    putFill(weightsRow, PROFILE_COL, numberedFill, kindNumber, GENERAL_FORMAT);
    putFill(line, CHECK_COL, checkFill, "");

    for (let p = 0; p < count; p++) {
      const col = periodCol(p);
      if (fb && followFills && !isReserve) {
        // A funnel budget's line: its own spread kept in the funnel block, the line follows its stage when it can.
        putFill(fb.own[r], col, followFills.ownPeriod, spreads[r].periods[p], MONEY_FORMAT);
        putFill(line, col, followFills.linePeriod, row.periods[p], MONEY_FORMAT);
      } else {
        putFill(line, col, linePeriodFill, row.periods[p], MONEY_FORMAT);
      }
      putFill(weightsRow, col, weightFill, ofSpan(spanWeights, p), WEIGHT_FORMAT);
      putFill(floorsRow, col, floorFill, ofSpan(shares.floors, p), FEN_FORMAT);
      putFill(remaindersRow, col, remainderFill, ofSpan(shares.remainders, p), FEN_FORMAT);
    }
    putFill(line, totalCol, rowSumFill, row.amount, MONEY_FORMAT);

    const itemRef = formula(`=${colHeld(line, ITEM_COL)}`, isReserve ? categoryName : row.item);
    for (const workingRow of [weightsRow, floorsRow, remaindersRow]) put(workingRow, ITEM_COL, itemRef);
    putFill(weightsRow, BUDGET_COL, rowSumFill, shares.weightSum, WEIGHT_FORMAT);
    putFill(floorsRow, BUDGET_COL, fenFill, shares.fen, FEN_FORMAT);
    putFill(remaindersRow, BUDGET_COL, missingFill, wholeDecimal(shares.missing), FEN_FORMAT);

    // Actuals and custom weights: typed per period, next to the row's category and item.
    const categoryRef = formula(`=${colHeld(line, CATEGORY_COL)}`, categoryName);
    for (const blockRow of [rows.actuals[r], customRow]) {
      put(blockRow, CATEGORY_COL, categoryRef);
      put(blockRow, ITEM_COL, itemRef);
    }
    const rowActuals = actuals[r];
    let actualSum = ZERO;
    if (rowActuals) {
      for (let p = 0; p < count; p++) {
        const actual = rowActuals[p];
        if (!actual) continue;
        put(rows.actuals[r], periodCol(p), number(actual), MONEY_FORMAT);
        actualSum = actualSum.plus(actual);
      }
    }
    putFill(rows.actuals[r], totalCol, rowSumFill, actualSum, MONEY_FORMAT);
    if (span.profile.kind === "custom") {
      span.profile.weights.forEach((w, i) => put(customRow, periodCol(span.first - 1 + i), number(w), WEIGHT_FORMAT));
    }
  });

  // Totals per period and per category, the cumulative plan.
  const firstLine = rows.lines[0];
  const lastLine = rows.lines[rowCount - 1];
  put(rows.periodTotal, CATEGORY_COL, text(labels.periodTotal));
  const total = phased.total;
  for (const [col, result] of [[BUDGET_COL, total] as const, [totalCol, total] as const]) {
    put(rows.periodTotal, col, formula(`=SUM(${down(col, firstLine, lastLine)})`, result), MONEY_FORMAT);
  }
  periods.forEach((_, p) => {
    const col = periodCol(p);
    put(
      rows.periodTotal,
      col,
      formula(`=SUM(${down(col, firstLine, lastLine)})`, phased.periodTotals[p]),
      MONEY_FORMAT,
    );
  });
  const categoryColumn = down(CATEGORY_COL, firstLine, lastLine, true);
  CATEGORIES.forEach((category, index) => {
    const row = rows.categories[index];
    put(row, CATEGORY_COL, text(category.name[lang]));
    const byCategory = (col: number, result: Decimal) =>
      put(
        row,
        col,
        formula(
          `=SUMIF(${categoryColumn},${colHeld(row, CATEGORY_COL)},${rowHeld(firstLine, col)}:${rowHeld(lastLine, col)})`,
          result,
        ),
        MONEY_FORMAT,
      );
    const amounts = phased.categoryTotals[category.key];
    const categoryTotal = amounts.reduce((a, b) => a.plus(b), ZERO);
    byCategory(BUDGET_COL, categoryTotal);
    amounts.forEach((amount, p) => byCategory(periodCol(p), amount));
    byCategory(totalCol, categoryTotal);
  });
  const cumulativeRow = (row: number, of: number, label: string, values: readonly Decimal[]) => {
    put(row, CATEGORY_COL, text(label));
    values.forEach((value, p) => {
      const col = periodCol(p);
      const f = p === 0 ? `=${at(of, col)}` : `=${at(row, col - 1)}+${at(of, col)}`;
      put(row, col, formula(f, value), MONEY_FORMAT);
    });
  };
  cumulativeRow(rows.cumulative, rows.periodTotal, labels.cumulativePlan, phased.cumulative);

  // Actual spend.
  put(rows.actualTitle, CATEGORY_COL, text(labels.actualTitle));
  blockHeader(rows.actualHeader, h.category, undefined);
  put(rows.actualHeader, ITEM_COL, text(h.item));
  put(rows.actualHeader, totalCol, text(h.total));
  put(rows.actualTotal, CATEGORY_COL, text(labels.actualTotal));
  put(rows.actualCumulative, CATEGORY_COL, text(labels.cumulativeActual));
  const countedCells = countedActualsCells({
    lang,
    rowCount,
    serials,
    dateFormat,
    items: phased.rows.map((row, r) => options.spend?.lineItems[r] ?? row.item),
    counted,
    planTotals: phased.periodTotals,
    currentPeriod,
    ...(options.spend ? { spend: options.spend } : {}),
  });
  for (let i = 0; i < countedCells.length; i++) {
    const cell = countedCells[i];
    if (cell instanceof FilledCell) cells.push(cell);
    else put(cell.row, cell.col, cell.content, cell.numberFormat);
  }

  // Custom weights and the seasonal calendar: inputs.
  put(rows.customTitle, CATEGORY_COL, text(labels.customTitle));
  blockHeader(rows.customHeader, h.category);
  put(rows.customHeader, ITEM_COL, text(h.item));
  put(rows.calendarTitle, CATEGORY_COL, text(labels.calendarTitle + phasing.calendar.name[lang]));
  put(rows.calendarHeader, CATEGORY_COL, text(labels.calendarHeaders.month));
  put(rows.calendarHeader, BUDGET_COL, text(labels.calendarHeaders.weight));
  rows.calendar.forEach((row, m) => {
    put(row, CATEGORY_COL, text(labels.months[m]));
    put(row, BUDGET_COL, number(phasing.calendar.weights[m]), WEIGHT_FORMAT);
  });

  // The working grids.
  put(rows.workingTitle, CATEGORY_COL, text(labels.workingTitle));
  put(rows.workingNote, CATEGORY_COL, text(labels.workingNote));
  blockHeader(rows.weightsHeader, labels.weightsTitle, labels.weightSum);
  blockHeader(rows.floorsHeader, labels.floorsTitle, labels.fen);
  blockHeader(rows.remaindersHeader, labels.remaindersTitle, labels.missingFen);

  // Funnel over time (a funnel budget only): expected deals and cost per deal per period, below the
  // working grids. The rule is phaseFunnel's: the target deals spread like the spend of the lines bound
  // to the earliest stage, moved later by Budget_StageLag, in whole deals by the largest remainder.
  // Then, per line, its own spread, the stage volume it follows (funnelVolumes) and its shares in fen: a
  // line bound below the top of the funnel shows those shares (see the lines above), never read back here.
  const funnelStyles: RangeStyle[] = [];
  const funnelValidations: ValidationPlan[] = [];
  if (funnel && fb) {
    const f = funnelPhasingLabels(lang);
    const plan = phaseFunnel(budget, phased);
    const volumes = steps.funnel!;
    const { titleRow, noteRow, lagRow, targetRow, headerRow, spendRow, dealsRow, costRow, stageHeader } = fb;
    const { topStageRow, workHeader, topSpendRow, followedRow, shiftedRow, floorsRow, remaindersRow } = fb;
    const stageRows = fb.stages;
    put(titleRow, CATEGORY_COL, text(f.title));
    put(noteRow, CATEGORY_COL, text(f.note));
    put(lagRow, CATEGORY_COL, text(f.stageLag));
    put(lagRow, BUDGET_COL, number(new Decimal(plan.stageLag)), GENERAL_FORMAT);
    name(N.stageLag, lagRow, f.stageLagComment);
    const lag = N.stageLag;
    const lagCheck = a1({ row: lagRow, col: CHECK_COL }, true);
    put(
      lagRow,
      CHECK_COL,
      formula(
        `=IF(OR(NOT(ISNUMBER(${lag})),${lag}<0,${lag}>=${N.periodCount},${lag}<>INT(${lag})),"${f.badLag}","")`,
        "",
      ),
    );
    put(targetRow, CATEGORY_COL, text(f.targetDeals));
    const targetDeals = budgetCell(namedRef(budgetPlan, "Budget_TargetDeals"));
    put(targetRow, BUDGET_COL, formula(`=${targetDeals}`, plan.targetDeals), GENERAL_FORMAT);
    const target = a1({ row: targetRow, col: BUDGET_COL }, true);

    blockHeader(headerRow, f.title);
    put(headerRow, totalCol, text(h.total));

    // The stage each line is bound to, by its Driver on the budget sheet: 0 the pool, blank for none.
    put(stageHeader, CATEGORY_COL, text(h.item));
    put(stageHeader, BUDGET_COL, text(f.stage));
    const driverCol = table.firstCol + linesTableColumns(true).indexOf(DRIVER);
    const namesFirst = namedRef(budgetPlan, stageNameName(0));
    const namesLast = namedRef(budgetPlan, stageNameName(funnel.stages.length));
    const stageNames = `${sheetPrefix(budgetPlan.sheetName)}${rangeA1(namesFirst, namesLast, true)}`;
    stageRows.forEach((row, r) => {
      put(row, ITEM_COL, formula(`=${colHeld(rows.lines[r], ITEM_COL)}`, phased.rows[r].item));
      const driver = budgetCell({ row: table.firstDataRow + r, col: driverCol });
      const stage = plan.lineStages[r];
      put(
        row,
        BUDGET_COL,
        formula(
          `=IF(${driver}="","",IFERROR(MATCH(${driver},${stageNames},0)-1,""))`,
          stage < 0 ? "" : wholeDecimal(stage),
        ),
        GENERAL_FORMAT,
      );
    });
    const stageColumn = down(BUDGET_COL, stageRows[0], stageRows[lineCount - 1], true);
    const followsColumn = down(FIRST_COL, stageRows[0], stageRows[lineCount - 1], true);
    const top = a1({ row: topStageRow, col: BUDGET_COL }, true);
    put(stageHeader, FIRST_COL, text(f.follows));
    stageRows.forEach((row, r) => {
      const stage = stageCell(r);
      const follows = volumes.top >= 0 && volumes.lineStages[r] > volumes.top;
      put(
        row,
        FIRST_COL,
        formula(`=IF(${stage}="",0,IF(${stage}>${top},1,0))`, wholeDecimal(follows ? 1 : 0)),
        GENERAL_FORMAT,
      );
    });
    put(topStageRow, CATEGORY_COL, text(f.topStage));
    const topStage = plan.topStage === null ? "" : new Decimal(Math.min(...plan.lineStages.filter((x) => x >= 0)));
    put(
      topStageRow,
      BUDGET_COL,
      formula(`=IF(COUNT(${stageColumn})=0,"",MIN(${stageColumn}))`, topStage),
      GENERAL_FORMAT,
    );

    blockHeader(workHeader, labels.workingTitle);
    const rowLabels: [number, string][] = [
      [spendRow, f.spend],
      [dealsRow, f.deals],
      [costRow, f.costPerDeal],
      [topSpendRow, f.topSpend],
      [followedRow, f.followed],
      [shiftedRow, f.shifted],
      [floorsRow, f.floors],
      [remaindersRow, f.remainders],
    ];
    for (const [row, label] of rowLabels) put(row, CATEGORY_COL, text(label));
    put(remaindersRow, ITEM_COL, text(f.missing));

    const weightSum = sum(plan.weights);
    const shares = weightSum.isZero() ? null : fenShares(plan.targetDeals.dividedBy(100), plan.weights);
    const W = a1({ row: shiftedRow, col: BUDGET_COL }, true);
    const missing = a1({ row: remaindersRow, col: BUDGET_COL }, true);
    const topSpendRange = acrossPeriods(topSpendRow, true);
    const followedRange = acrossPeriods(followedRow, true);
    const remainderRange = acrossPeriods(remaindersRow, true);
    periods.forEach((_, p) => {
      const col = periodCol(p);
      const letter = periodLetters[p];
      const index = indexCells[p];
      const cell = (row: number) => `${letter}${row + 1}`;
      put(spendRow, col, formula(`=${cell(rows.periodTotal)}`, plan.spend[p]), MONEY_FORMAT);
      // The own spreads, never the lines themselves: a line that follows its stage depends on these.
      const ownOfPeriod = `${rowHeld(fb.own[0], col)}:${rowHeld(fb.own[lineCount - 1], col)}`;
      put(
        topSpendRow,
        col,
        formula(`=IF(${top}="",0,SUMIF(${stageColumn},${top},${ownOfPeriod}))`, plan.topSpend[p]),
        MONEY_FORMAT,
      );
      const unbound = `SUMIF(${followsColumn},0,${ownOfPeriod})+${cell(rows.lines[lineCount])}`;
      put(
        followedRow,
        col,
        formula(`=ABS(IF(COUNTIF(${topSpendRange},"<>0")>0,${cell(topSpendRow)},${unbound}))`, plan.followed[p]),
        MONEY_FORMAT,
      );
      const shifted =
        `=IF(${lagCheck}<>"",NA(),IF(${index}>${N.periodCount},0,IF(${index}=${N.periodCount},` +
        `SUMIF(${acrossPeriods(INDEX_ROW, true)},">="&(${index}-${lag}),${followedRange}),` +
        `IF(${index}-${lag}>=1,INDEX(${followedRange},1,${index}-${lag}),0))))`;
      put(shiftedRow, col, formula(shifted, plan.weights[p]), MONEY_FORMAT);
      const share = `ROUND(${target}*${cell(shiftedRow)}/${W},6)`;
      put(floorsRow, col, formula(`=IF(${W}>0,INT(${share}),0)`, shares ? shares.floors[p] : ZERO), GENERAL_FORMAT);
      put(
        remaindersRow,
        col,
        formula(
          `=IF(${W}>0,ROUND((${share}-${cell(floorsRow)})*${MILLION},0),0)`,
          shares ? shares.remainders[p] : ZERO,
        ),
        GENERAL_FORMAT,
      );
      const remainder = cell(remaindersRow);
      const rank = `COUNTIF(${remainderRange},">"&${remainder})+COUNTIF(${firstRemainderCol}${remaindersRow + 1}:${remainder},${remainder})`;
      const deals =
        `=IF(${lagCheck}<>"",NA(),IF(${target}=0,0,IF(${W}<=0,NA(),` +
        `${cell(floorsRow)}+IF(${rank}<=${missing},1,0))))`;
      put(dealsRow, col, formula(deals, plan.deals[p]), GENERAL_FORMAT);
      const cost = plan.costPerDeal[p];
      put(
        costRow,
        col,
        formula(`=IF(${cell(dealsRow)}=0,"",${cell(spendRow)}/${cell(dealsRow)})`, cost === null ? "" : cost),
        MONEY_FORMAT,
      );
    });
    put(shiftedRow, BUDGET_COL, formula(`=SUM(${acrossPeriods(shiftedRow)})`, weightSum), MONEY_FORMAT);
    put(
      remaindersRow,
      BUDGET_COL,
      formula(`=IF(${W}>0,${target}-SUM(${acrossPeriods(floorsRow)}),0)`, wholeDecimal(shares ? shares.missing : 0)),
      GENERAL_FORMAT,
    );
    put(spendRow, totalCol, formula(`=SUM(${acrossPeriods(spendRow)})`, phased.total), MONEY_FORMAT);
    put(dealsRow, totalCol, formula(`=SUM(${acrossPeriods(dealsRow)})`, sum(plan.deals)), GENERAL_FORMAT);
    const totalCost = plan.totalCostPerDeal;
    put(
      costRow,
      totalCol,
      formula(`=IF(${target}=0,"",${N.phasedTotal}/${target})`, totalCost === null ? "" : totalCost),
      MONEY_FORMAT,
    );

    // The lines' grids: each line's own spread, the stage volume it follows, and its shares of it in fen.
    const dealsStage = `ROWS(${stageNames})-1`;
    blockHeader(fb.ownHeader, f.ownSpread);
    blockHeader(fb.volumeHeader, f.volume, labels.weightSum);
    blockHeader(fb.followFloorsHeader, f.followFloors, labels.fen);
    blockHeader(fb.followRemaindersHeader, f.followRemainders, labels.missingFen);
    // Each grid's formula is one fill over its lines, its references relative to the cell.
    const [volume0, floors0, remainders0] = [fb.volume[0], fb.followFloors[0], fb.followRemainders[0]];
    const fromVolume = fb.stages[0] - volume0;
    const periodOf = (row: number): FillRef => ({ colOffset: 0, row });
    const volumeFill = fill`=IF(${held(FIRST_COL, fromVolume)}=1,IF(${held(BUDGET_COL, fromVolume)}=${dealsStage},${periodOf(dealsRow)},${periodOf(shiftedRow)}),0)`;
    const followFloorFill = floorFillOf(volume0 - floors0, rows.floors[0] - floors0);
    const followRemainderFill = remainderFillOf(
      volume0 - remainders0,
      rows.floors[0] - remainders0,
      floors0 - remainders0,
    );
    const followFenFill = fill`=${held(BUDGET_COL, rows.floors[0] - floors0)}`;
    const [followFloorsFrom, followFloorsTo] = periodSpan(floors0 - remainders0, false);
    const followMissingFill = fill`=IF(${held(BUDGET_COL, volume0 - remainders0)}>0,${held(BUDGET_COL, rows.floors[0] - remainders0)}-SUM(${followFloorsFrom}:${followFloorsTo}),0)`;
    for (let r = 0; r < lineCount; r++) {
      const itemRef = formula(`=${colHeld(rows.lines[r], ITEM_COL)}`, phased.rows[r].item);
      const volumeRow = fb.volume[r];
      const floorsOf = fb.followFloors[r];
      const remaindersOf = fb.followRemainders[r];
      for (const gridRow of [fb.own[r], volumeRow, floorsOf, remaindersOf]) put(gridRow, ITEM_COL, itemRef);
      const follows = volumes.top >= 0 && volumes.lineStages[r] > volumes.top;
      const volume = follows
        ? volumes.lineStages[r] === volumes.dealsStage
          ? volumes.deals
          : volumes.weights
        : periods.map(() => ZERO);
      const shares = steps.following[r];
      for (let p = 0; p < count; p++) {
        const col = periodCol(p);
        putFill(volumeRow, col, volumeFill, volume[p], GENERAL_FORMAT);
        putFill(floorsOf, col, followFloorFill, shares ? shares.floors[p] : ZERO, FEN_FORMAT);
        putFill(remaindersOf, col, followRemainderFill, shares ? shares.remainders[p] : ZERO, FEN_FORMAT);
      }
      putFill(volumeRow, BUDGET_COL, rowSumFill, sum(volume), GENERAL_FORMAT);
      putFill(floorsOf, BUDGET_COL, followFenFill, spreads[r].shares.fen, FEN_FORMAT);
      putFill(remaindersOf, BUDGET_COL, followMissingFill, wholeDecimal(shares ? shares.missing : 0), FEN_FORMAT);
    }

    funnelStyles.push(
      { range: a1({ row: titleRow, col: 0 }), bold: true, fontSize: 12 },
      { range: a1({ row: noteRow, col: 0 }), italic: true, fontColor: COLORS.muted },
      { range: a1({ row: lagRow, col: BUDGET_COL }), fill: COLORS.input },
      ...[
        headerRow,
        stageHeader,
        workHeader,
        fb.ownHeader,
        fb.volumeHeader,
        fb.followFloorsHeader,
        fb.followRemaindersHeader,
      ].map((row) => ({
        range: rangeA1({ row, col: 0 }, { row, col: totalCol }),
        bold: true,
        fill: COLORS.header,
      })),
      { range: rangeA1({ row: dealsRow, col: 0 }, { row: costRow, col: totalCol }), bold: true },
    );
    funnelValidations.push({
      kind: "decimal",
      range: a1({ row: lagRow, col: BUDGET_COL }),
      min: 0,
      max: count - 1,
      ...f.stageLagValidation,
    });
  }

  const across = (row: number) => rangeA1({ row, col: 0 }, { row, col: totalCol });
  const inputs = (firstRow: number, lastRow: number, firstCol: number, lastCol: number) =>
    rangeA1({ row: firstRow, col: firstCol }, { row: lastRow, col: lastCol });
  const periodInputs = (block: readonly number[]) =>
    inputs(block[0], block[block.length - 1], periodCol(0), lastPeriodCol);
  const inputFill = { fill: COLORS.input };
  const spanInputs = inputs(firstLine, lastLine, FIRST_COL, LAST_COL);
  const profileInputs = down(PROFILE_COL, firstLine, lastLine);
  const calendarWeights = down(BUDGET_COL, rows.calendar[0], rows.calendar[11]);
  const settingsInputs = down(BUDGET_COL, settingRow("firstPeriod"), settingRow("currentPeriod"));
  const checkColumn = down(CHECK_COL, firstLine, lastLine);
  const headerRows = [
    HEADER_ROW,
    rows.actualHeader,
    rows.customHeader,
    rows.weightsHeader,
    rows.floorsHeader,
    rows.remaindersHeader,
  ];
  const titles = [PLAN_TITLE_ROW, rows.actualTitle, rows.customTitle, rows.calendarTitle, rows.workingTitle];
  const styles: RangeStyle[] = [
    { range: a1({ row: TITLE_ROW, col: 0 }), bold: true, fontSize: 14 },
    { range: a1({ row: SUBTITLE_ROW, col: 0 }), italic: true, fontColor: COLORS.muted },
    ...titles.map((row) => ({ range: a1({ row, col: 0 }), bold: true, fontSize: 12 })),
    ...headerRows.map((row) => ({ range: across(row), bold: true, fill: COLORS.header })),
    {
      range: rangeA1({ row: rows.calendarHeader, col: 0 }, { row: rows.calendarHeader, col: BUDGET_COL }),
      bold: true,
      fill: COLORS.header,
    },
    ...[rows.periodTotal, rows.actualTotal].map((row) => ({ range: across(row), bold: true, fill: COLORS.header })),
    ...[rows.cumulative, rows.actualCumulative].map((row) => ({ range: across(row), bold: true })),
    { range: settingsInputs, ...inputFill },
    ...HEALTH_SETTINGS.map(([key]) => ({ range: a1(healthSetting(key)), ...inputFill })),
    { range: spanInputs, ...inputFill },
    { range: profileInputs, ...inputFill },
    { range: periodInputs(rows.actuals), ...inputFill },
    { range: a1({ row: rows.actualTitle, col: countedCol(0, count) }), bold: true },
    {
      range: rangeA1(
        { row: rows.actualHeader, col: countedCol(0, count) },
        { row: rows.actualHeader, col: countedCol(count - 1, count) },
      ),
      bold: true,
      fill: COLORS.header,
    },
    { range: periodInputs(rows.custom), ...inputFill },
    { range: calendarWeights, ...inputFill },
    { range: a1({ row: rows.workingNote, col: 0 }), italic: true, fontColor: COLORS.muted },
    {
      range: rangeA1({ row: settingRow("phasedTotal"), col: 0 }, { row: settingRow("phasedTotal"), col: BUDGET_COL }),
      bold: true,
    },
    ...funnelStyles,
  ];

  return {
    sheetName,
    lang,
    cells,
    styles,
    columnWidths: [
      { col: CATEGORY_COL, chars: 18 },
      { col: ITEM_COL, chars: 22 },
      { col: BUDGET_COL, chars: 15 },
      { col: FIRST_COL, chars: 6 },
      { col: LAST_COL, chars: 6 },
      { col: PROFILE_COL, chars: 12 },
      { col: CHECK_COL, chars: 10 },
      ...periods.map((_, p) => ({ col: periodCol(p), chars: 14 })),
      { col: totalCol, chars: 15 },
      ...periods.map((_, p) => ({ col: countedCol(p, count), chars: 14 })),
    ],
    names,
    conditionalFormats: [
      {
        range: checkColumn,
        formula: `=LEN(${at(firstLine, CHECK_COL)})>0`,
        fill: COLORS.highFill,
        fontColor: COLORS.highFont,
      },
    ],
    validations: [
      {
        kind: "list",
        range: profileInputs,
        values: PROFILE_KINDS.map((kind) => labels.profiles[kind]),
        ...labels.validations.profile,
      },
      {
        kind: "list",
        range: a1({ row: settingRow("unit"), col: BUDGET_COL }),
        values: [labels.units.month, labels.units.week],
        ...labels.validations.unit,
      },
      { kind: "decimal", range: spanInputs, min: 1, max: count, ...labels.validations.period },
      {
        kind: "decimal",
        range: rangeA1(
          { row: settingRow("periodCount"), col: BUDGET_COL },
          { row: settingRow("currentPeriod"), col: BUDGET_COL },
        ),
        min: 1,
        max: count,
        ...labels.validations.period,
      },
      { kind: "decimal", range: periodInputs(rows.custom), min: 0, max: LARGEST_WEIGHT, ...labels.validations.weight },
      { kind: "decimal", range: calendarWeights, min: 0, max: LARGEST_WEIGHT, ...labels.validations.weight },
      ...funnelValidations,
    ],
    freezeRows: SUBTITLE_ROW + 1,
    printArea: rangeA1({ row: 0, col: 0 }, { row: rows.cumulative, col: totalCol }),
  };
}
