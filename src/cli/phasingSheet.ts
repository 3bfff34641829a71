import { Decimal } from "../model/decimal";
import { a1, parseA1 } from "../sheet/address";
import type { ActualsLine, ActualsPhasing } from "../sheet/buildActualsPlan";
import { PHASING_NAMES, phasingLayout } from "../sheet/buildPhasingPlan";
import type { PhasingHealthValues } from "../sheet/phasingHealth";
import type { WorkbookSheet } from "./xlsx/readSnapshot";

/** The Phasing sheet read back: what the Actuals sheet follows, and the settings the health rules over time read. */
export interface PhasingSheet extends ActualsPhasing {
  settings: PhasingHealthValues["settings"];
}

const HEALTH_SETTINGS = ["campaignFirst", "campaignLast", "executionTolerance"] as const;

/** The figure a cell shows, or null when it is not a finite number. */
const figure = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/**
 * The workbook's Phasing sheet as the Actuals sheet and the health rules over time read it: each period's
 * first day, each line's plan per period, the current period and the health settings, from the values
 * the sheet was saved with. Null when the workbook
 * has no Phasing sheet, or one that does not phase these lines (another row count, other items, a
 * figure that is not a number): the Actuals sheet then counts each line as one period.
 */
export async function readPhasingSheet(
  sheets: readonly WorkbookSheet[],
  lines: readonly ActualsLine[],
): Promise<PhasingSheet | null> {
  const layout = phasingLayout(lines.length);
  const sheet = sheets.find(
    (s) =>
      s.localNames[PHASING_NAMES.currentPeriod] === a1(layout.currentPeriod) && s.localNames[PHASING_NAMES.periodCount],
  );
  if (!sheet) return null;
  const countCell = parseA1(sheet.localNames[PHASING_NAMES.periodCount]);
  // The health settings where the sheet names them (a sheet written before them has none).
  const settingCells = HEALTH_SETTINGS.flatMap((key) => {
    const address = sheet.localNames[PHASING_NAMES[key]];
    return address ? [{ key, ...parseA1(address) }] : [];
  });
  const itemCol = layout.categoryCol + 1;
  const value = await sheet.cells(
    (row, col) =>
      (row === countCell.row && col === countCell.col) ||
      (row === layout.currentPeriod.row && col === layout.currentPeriod.col) ||
      settingCells.some((cell) => cell.row === row && cell.col === col) ||
      (row >= layout.headerRow && row <= layout.lines.last && (col === itemCol || col >= layout.periodCol(0))) ||
      (row >= layout.actuals.first && row <= layout.actuals.last && col >= layout.periodCol(0)),
  );
  const count = figure(value(countCell.row, countCell.col));
  const current = figure(value(layout.currentPeriod.row, layout.currentPeriod.col));
  if (count === null || !Number.isInteger(count) || count < 1) return null;
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
    sheetName: sheet.name,
    periodStarts: periodStarts as number[],
    plan: plan.map((row) => row.map((v) => new Decimal(v!))),
    currentPeriod: current,
    typed,
    settings: Object.fromEntries(settingCells.map((cell) => [cell.key, value(cell.row, cell.col)])),
  };
}
