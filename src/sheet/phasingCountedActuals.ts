import { ZERO, sum, type Decimal } from "../model/decimal";
import { a1, columnLetter, rangeA1 } from "./address";
import { tableInPeriod } from "./buildActualsPlan";
import type { ReportSpend } from "./buildExecutionReportPlan";
import { formula, optional, text } from "./cellContent";
import { FilledCell, fill } from "./formulaFill";
import { MONEY_FORMAT, PERCENT_FORMAT } from "./formats";
import {
  BUDGET_COL,
  FIRST_PERIOD_COL,
  HEADER_ROW,
  INDEX_ROW,
  PHASING_NAMES,
  countedCol,
  phasingRows,
  settingRow,
  type Setting,
} from "./phasingLayout";
import type { CellContent, PlannedCell } from "./plan";
import { phasingLabels, type Lang } from "../i18n";

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
