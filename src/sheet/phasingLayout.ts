import { CATEGORIES } from "../model/categories";
import type { Decimal } from "../model/decimal";
import type { Period, PeriodUnit } from "../model/periods";
import { a1, columnLetter, rangeA1, type CellRef } from "./address";
import type { FormulaFill } from "./formulaFill";
import type { CellContent } from "./plan";

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

export const CATEGORY_COL = 0;
export const ITEM_COL = 1;
/** The settings' values, each row's budget and the working grids' per-row figure. */
export const BUDGET_COL = 2;
export const FIRST_COL = 3;
export const LAST_COL = 4;
export const PROFILE_COL = 5;
export const CHECK_COL = 6;
export const FIRST_PERIOD_COL = 7;

export const TITLE_ROW = 0;
export const SUBTITLE_ROW = 1;
export const SETTINGS = [
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
export type Setting = (typeof SETTINGS)[number];
const SETTINGS_ROW = 3;
export const settingRow = (key: Setting) => SETTINGS_ROW + SETTINGS.indexOf(key);
/**
 * What the health rules over time read beside the settings: the campaign's periods (spend outside them
 * is flagged) and the tolerance of execution to date. A label two columns wide, then the input.
 */
export const HEALTH_SETTINGS = [
  ["campaignFirst", settingRow("periodCount")],
  ["campaignLast", settingRow("currentPeriod")],
  ["tolerance", settingRow("executionRate")],
] as const;
export type HealthSetting = (typeof HEALTH_SETTINGS)[number][0];
export const HEALTH_LABEL_COL = PROFILE_COL;
export const HEALTH_VALUE_COL = FIRST_PERIOD_COL;
export const healthSetting = (key: HealthSetting): CellRef => ({
  row: HEALTH_SETTINGS.find(([k]) => k === key)![1],
  col: HEALTH_VALUE_COL,
});
export const PLAN_TITLE_ROW = settingRow("executionRate") + 2;
export const INDEX_ROW = PLAN_TITLE_ROW + 1;
export const HEADER_ROW = INDEX_ROW + 1;
const MONTH_FORMAT = "yyyy-mm";
const DAY_FORMAT = "yyyy-mm-dd";
export const FEN_FORMAT = "0";
/** How a period's first day shows: 2026-05 for a month, 2026-05-04 for a week. */
export const periodDateFormat = (unit: PeriodUnit): string => (unit === "month" ? MONTH_FORMAT : DAY_FORMAT);
export const WEIGHT_FORMAT = "0.####";
export const LARGEST_WEIGHT = 1_000_000;
/** Remainders are kept in whole millionths of a fen; see SHARE_PLACES in the model. */
export const MILLION = 1_000_000;

/** The rows of the sheet for `rows` phased rows (the lines and the reserve). */
export function phasingRows(rows: number) {
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
export function funnelBlockRows(start: number, lineCount: number) {
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
export const countedCol = (p: number, count: number) => FIRST_PERIOD_COL + count + 2 + p;

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

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** The spreadsheet date serial of a period's first day. */
export function periodSerial(period: Period): number {
  return (Date.UTC(period.year, period.month - 1, period.day) - SERIAL_EPOCH) / DAY_MS;
}

/** The A1 references a phasing sheet of `count` periods writes its formulas with. */
export function phasingRefs(count: number) {
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
  return { periodCol, totalCol, lastPeriodCol, at, rowHeld, colHeld, acrossPeriods, down };
}

/** What phasingRefs makes for a sheet. */
export type PhasingRefs = ReturnType<typeof phasingRefs>;

/** The rows of a phasing sheet, as phasingRows places them. */
export type PhasingRows = ReturnType<typeof phasingRows>;
/** The rows of a funnel budget's block, as funnelBlockRows places them. */
export type FunnelBlockRows = ReturnType<typeof funnelBlockRows>;

/** How the phasing sheet's builder writes its cells and names, for the blocks it composes. */
export interface PhasingSheetWriter {
  put: (row: number, col: number, content: CellContent, numberFormat?: string) => void;
  /** A cell of a block whose formula is one fill: its text is made when read. */
  putFill: (row: number, col: number, formulaFill: FormulaFill, result: Decimal | string, format?: string) => void;
  /** A sheet-scoped name of the cell in `row`, in the settings' value column unless `col` says. */
  name: (n: string, row: number, comment: string, col?: number) => void;
  /** A header row of a block below: each period's first day, from the plan's header. */
  blockHeader: (row: number, first: string, third?: string) => void;
}
