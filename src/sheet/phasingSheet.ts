import { Decimal } from "../model/decimal";
import type { OverTime } from "../model/overTimeHealth";
import { MAX_PERIODS } from "../model/periods";
import type { CellRef } from "./address";
import type { ActualsLine, ActualsPhasing } from "./buildActualsPlan";
import { phasingLayout } from "./buildPhasingPlan";
import { phasingOverTime, type PhasingHealthValues } from "./phasingHealth";
import type { CellValue } from "./snapshot";

/** The Phasing sheet read back: what the Actuals sheet follows, and the settings the health rules over time read. */
export interface PhasingSheet extends ActualsPhasing {
  settings: PhasingHealthValues["settings"];
}

export const PHASING_HEALTH_SETTINGS = ["campaignFirst", "campaignLast", "executionTolerance"] as const;
type HealthSetting = (typeof PHASING_HEALTH_SETTINGS)[number];

/** Where a phasing sheet keeps its period count and the health settings it has (a sheet written before them has none). */
export interface PhasingSheetCells {
  periodCount: CellRef;
  settings: readonly { key: HealthSetting; row: number; col: number }[];
}

/** The cells of a phasing sheet as this version writes it: its period count and all three health settings. */
export function writtenPhasingCells(lineCount: number): PhasingSheetCells {
  const layout = phasingLayout(lineCount);
  return {
    periodCount: layout.periodCount,
    settings: PHASING_HEALTH_SETTINGS.map((key) => ({ key, ...layout[key] })),
  };
}

/**
 * The block of a phasing sheet of `lineCount` lines (the reserve last) that holds everything
 * `phasingSheetValues` reads, from A1 to the last actual row's last possible period.
 */
export function phasingSheetArea(lineCount: number): { from: CellRef; to: CellRef } {
  const layout = phasingLayout(lineCount);
  return { from: { row: 0, col: 0 }, to: { row: layout.actuals.last, col: layout.periodCol(MAX_PERIODS - 1) } };
}

/** Whether `phasingSheetValues` reads the cell: a reader asks for these cells alone. */
export function phasingSheetWanted(lineCount: number, cells: PhasingSheetCells) {
  const layout = phasingLayout(lineCount);
  const itemCol = layout.categoryCol + 1;
  return (row: number, col: number): boolean =>
    (row === cells.periodCount.row && col === cells.periodCount.col) ||
    (row === layout.currentPeriod.row && col === layout.currentPeriod.col) ||
    cells.settings.some((cell) => cell.row === row && cell.col === col) ||
    (row >= layout.headerRow && row <= layout.lines.last && (col === itemCol || col >= layout.periodCol(0))) ||
    (row >= layout.actuals.first && row <= layout.actuals.last && col >= layout.periodCol(0));
}

/** The figure a cell shows, or null when it is not a finite number. */
const figure = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/**
 * A phasing sheet of these lines as the Actuals sheet and the health rules over time read it, from the
 * values its cells show: each period's first day, each line's plan per period, the current period, the
 * actuals typed and the health settings. Null when it does not phase these lines (another row count,
 * other items, a figure that is not a number).
 */
export function phasingSheetValues(
  sheetName: string,
  lines: readonly ActualsLine[],
  cells: PhasingSheetCells,
  value: (row: number, col: number) => CellValue,
): PhasingSheet | null {
  const layout = phasingLayout(lines.length);
  const itemCol = layout.categoryCol + 1;
  const count = figure(value(cells.periodCount.row, cells.periodCount.col));
  const current = figure(value(layout.currentPeriod.row, layout.currentPeriod.col));
  if (count === null || !Number.isInteger(count) || count < 1 || count > MAX_PERIODS) return null;
  if (current === null || !Number.isInteger(current) || current < 0 || current > count) return null;
  const periods = Array.from({ length: count }, (_, p) => p);
  const periodStarts = periods.map((p) => figure(value(layout.headerRow, layout.periodCol(p))));
  // The reserve's label is the sheet's own; the lines must be these lines, in this order.
  const sameLines = lines.slice(0, -1).every((line, index) => value(layout.lines.first + index, itemCol) === line.item);
  const plan = lines.map((_, index) =>
    periods.map((p) => figure(value(layout.lines.first + index, layout.periodCol(p)))),
  );
  if (!sameLines || periodStarts.some((s) => s === null) || plan.some((row) => row.some((v) => v === null)))
    return null;
  // What the planner typed on the actual rows; text or a blank adds nothing, as the sheet's SUMIF.
  const typed = lines.map((_, index) =>
    periods.map((p) => {
      const amount = figure(value(layout.actuals.first + index, layout.periodCol(p)));
      return amount === null ? null : new Decimal(amount);
    }),
  );
  return {
    sheetName,
    periodStarts: periodStarts as number[],
    plan: plan.map((row) => row.map((v) => new Decimal(v!))),
    currentPeriod: current,
    typed,
    settings: Object.fromEntries(cells.settings.map((cell) => [cell.key, value(cell.row, cell.col)])),
  };
}

/** What the health rules over time read of a phasing sheet of these lines; see phasingOverTime. */
export function phasingSheetOverTime(
  lines: readonly ActualsLine[],
  phasing: PhasingSheet,
): NonNullable<OverTime["phasing"]> {
  return phasingOverTime({
    sheetName: phasing.sheetName,
    rows: lines.map((line, r) => ({ category: line.category, item: line.item, plan: phasing.plan[r] })),
    periodStarts: phasing.periodStarts,
    currentPeriod: phasing.currentPeriod,
    actuals: phasing.typed ?? [],
    settings: phasing.settings,
  });
}
