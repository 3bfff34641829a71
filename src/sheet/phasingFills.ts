import { fill, type FillRef } from "./formulaFill";
import { BUDGET_COL, CHECK_COL, FIRST_PERIOD_COL, MILLION } from "./phasingLayout";

/**
 * The references and formulas a phasing sheet of `count` periods writes once per block (see FormulaFill):
 * a line's rows keep their distance from its row in the plan, so each block's formulas are one fill, its
 * references relative to the cell.
 */
export function phasingFills(count: number) {
  const lastPeriodCol = FIRST_PERIOD_COL + count - 1;
  /** $C17: a column of the row `rowOffset` rows from the cell. */
  const held = (col: number, rowOffset: number): FillRef => ({ col, colDollar: true, rowOffset });
  /** H17: the cell's own column, `rowOffset` rows from it. */
  const rel = (rowOffset: number): FillRef => ({ colOffset: 0, rowOffset });
  /** H$15: the cell's own column in a fixed row. */
  const headerOf = (row: number): FillRef => ({ colOffset: 0, row, rowDollar: true });
  /** $H$17:$AE$17, the periods of the row `rowOffset` rows from the cell. */
  const periodSpan = (rowOffset: number, dollars = true) => {
    const at = (col: number): FillRef => ({ col, colDollar: dollars, rowDollar: dollars, rowOffset });
    return [at(FIRST_PERIOD_COL), at(lastPeriodCol)] as const;
  };

  // A line's period: its floor, plus one fen where its remainder ranks within the fen missing (the floors
  // and remainders `floors` and `remainders` rows from the line).
  const byFen = (floors: number, remainders: number) => {
    const [remaindersFrom, remaindersTo] = periodSpan(remainders);
    const remainder = rel(remainders);
    const rank = fill`COUNTIF(${remaindersFrom}:${remaindersTo},">"&${remainder})+COUNTIF(${held(FIRST_PERIOD_COL, remainders)}:${remainder},${remainder})`;
    return fill`IF(${held(CHECK_COL, 0)}<>"",NA(),SIGN(${held(BUDGET_COL, 0)})*(${rel(floors)}+IF(${rank}<=${held(BUDGET_COL, remainders)},1,0))/100)`;
  };
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
  const [rowFrom, rowTo] = periodSpan(0, false);
  /** =SUM(H17:AE17): the periods of the cell's own row. */
  const rowSumFill = fill`=SUM(${rowFrom}:${rowTo})`;
  return { held, rel, headerOf, periodSpan, byFen, floorFillOf, remainderFillOf, rowSumFill };
}

/** What phasingFills makes for a sheet. */
export type PhasingFills = ReturnType<typeof phasingFills>;
