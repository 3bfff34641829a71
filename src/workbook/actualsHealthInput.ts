import type { Lang } from "../i18n";
import type { Forecast } from "../model/actuals/forecast";
import type { ExistingActual } from "../model/actuals/importActuals";
import type { ActualsRule } from "../model/actualsHealth";
import { Decimal, ZERO, sum } from "../model/decimal";
import type { CheckedBudget } from "../model/health";
import type { OverTime } from "../model/overTimeHealth";
import { budgetTotals } from "../model/totals";
import { actualsCells, actualsForecast, type ActualsLine, type ActualsTableRow } from "../sheet/buildActualsPlan";
import type { PhasingSheet } from "../sheet/phasingSheet";
import { readBudgetSheet } from "../sheet/readBudgetSheet";
import type { CellValue, SheetSnapshot } from "../sheet/snapshot";
import { actualsLines, actualsTableRows, type ActualsTableState } from "./actualsTable";
import { phasingOfRead, type PhasingSheetRead } from "./phasingSheetRead";
import { BASELINE_NAMES, companionReads, companionSheets, sheetLang, type CompanionReads } from "./timeline";

/**
 * The approved baseline's total and its cell (Budget_BaselineTotal on the budget sheet), when the
 * budget has been approved; undefined before the first approval.
 */
export function approvedBaseline(snapshot: SheetSnapshot): { total: Decimal; cell: string } | undefined {
  const named = snapshot.names[BASELINE_NAMES.baselineTotal];
  return named && typeof named.value === "number" && Number.isFinite(named.value)
    ? { total: new Decimal(named.value), cell: named.address }
    : undefined;
}

/** A cell on a sheet, 'Actuals'!E12. */
const onSheet = (sheet: string, cell: string) => `'${sheet.replace(/'/g, "''")}'!${cell}`;

/**
 * What the actuals health rules read from the Actuals sheet: the forecast, the rows without a line and
 * the latest date among the rows. A line's finding points at its Committed figure on the sheet (its
 * Plan when it has none) when `linesInPlace` (the sheet still lists the budget's lines in their order),
 * the totals' findings at their cells.
 */
export function actualsHealthFrom(input: {
  sheetName: string;
  rows: readonly ExistingActual[];
  forecast: Forecast;
  baselineApproved: boolean;
  linesInPlace: boolean;
  today: string;
  staleAfterDays: number;
}): NonNullable<OverTime["actuals"]> {
  const { sheetName, rows, forecast } = input;
  const rowCells = forecast.rows.map((row, index) =>
    input.linesInPlace
      ? onSheet(sheetName, actualsCells.line(index, row.plan.isZero() ? "plan" : "committed"))
      : undefined,
  );
  const unassigned = rows.filter((row) => row.line.trim() === "");
  const days = rows.flatMap((row) => (row.day ? [row.day] : [])).sort();
  const totalCells: Partial<Record<ActualsRule, string>> = {
    "forecast-over-baseline": onSheet(sheetName, actualsCells.total("variance")),
    "forecast-over-cap": onSheet(sheetName, actualsCells.total("forecast")),
    "unmatched-actuals": onSheet(sheetName, actualsCells.total("unmatched")),
  };
  return {
    input: {
      forecast,
      baselineApproved: input.baselineApproved,
      rowCells,
      unmatched: { rows: unassigned.length, amount: sum(unassigned.map((row) => row.amount ?? ZERO)) },
      latestDay: days.at(-1) ?? null,
      today: input.today,
      staleAfterDays: input.staleAfterDays,
    },
    totalCells,
  };
}

/**
 * What is read for the health rules alone (ActualsState.health), when an Actuals table is there: the
 * budget's phasing sheet (found as the timeline finds it, its values from A1; null when none) and the
 * values of the Actuals sheet's line cells (actualsLineCells of the budget's lines and reserve).
 */
export interface ActualsHealthState {
  phasingSheet: PhasingSheetRead | null;
  lineItems: CellValue[];
}

/** What the actuals health rules read from a workbook with an Actuals sheet, as a reader found it. */
export interface ActualsSheetRead {
  snapshot: SheetSnapshot;
  checked: CheckedBudget;
  lang: Lang;
  /** The Actuals sheet's name, and its table's rows as they are. */
  sheetName: string;
  rows: ActualsTableRow[];
  existing: ExistingActual[];
  /** The phasing sheet of the budget's lines; null when the workbook has none that phases them. */
  phasing: PhasingSheet | null;
}

/**
 * The forecast the Actuals sheet's rows give, computed from the rows as they are, the budget's lines,
 * the phasing sheet's periods (each line one period without it) and the approved baseline.
 */
export function actualsSheetForecast(read: ActualsSheetRead): {
  lines: ActualsLine[];
  forecast: Forecast;
  baselineApproved: boolean;
} {
  const { snapshot, checked, lang, phasing } = read;
  const lines = actualsLines(checked, lang);
  const baseline = approvedBaseline(snapshot);
  const forecast = actualsForecast({
    ...(baseline ? { baseline } : {}),
    ...(phasing ? { phasing } : {}),
    lang,
    sheetName: read.sheetName,
    budgetSheetName: snapshot.sheetName,
    lines,
    total: budgetTotals(checked.budget).total,
    cap: checked.budget.goals.cap,
    rows: read.rows,
  });
  return { lines, forecast, baselineApproved: baseline !== undefined };
}

/** The cells of the Actuals sheet's by-line block that name each line, the reserve last (A1 addresses). */
export const actualsLineCells = (lineCount: number): string[] =>
  Array.from({ length: lineCount }, (_, index) => actualsCells.line(index, "line"));

/** What an adapter reads for the health rules (see ActualsState.health), in the sync that reads the Actuals table's rows. */
export interface ActualsHealthReads {
  /** On each sheet named like a phasing sheet: the cell telling whose it is, and the values from A1. */
  phasing: CompanionReads | null;
  /** The Actuals sheet's line cells, one range (A1:B2). */
  lineCells: string;
}

/** The cells an adapter reads for the health rules of this budget sheet. */
export function actualsHealthReads(snapshot: SheetSnapshot): ActualsHealthReads {
  const cells = actualsLineCells(readBudgetSheet(snapshot).budget.lines.length + 1);
  return { phasing: companionReads(snapshot), lineCells: `${cells[0]}:${cells[cells.length - 1]}` };
}

/** What the health rules read, from the cells an adapter read (blank as null): the phasing sheet found as the timeline finds it. */
export function actualsHealthRead(
  reads: ActualsHealthReads,
  candidates: readonly { sheetName: string; probeFormula: string; values: CellValue[][] }[],
  lineCells: readonly (readonly CellValue[])[],
): ActualsHealthState {
  const found = companionSheets(
    reads.phasing,
    candidates.map((c, position) => ({ ...c, position, typedCells: [] })),
    [],
  );
  return {
    phasingSheet:
      found.phasingSheet && found.phasingValues
        ? { sheetName: found.phasingSheet.sheetName, values: found.phasingValues }
        : null,
    lineItems: lineCells.map((row) => row[0] ?? null),
  };
}

/**
 * What the actuals health rules read, from what a reader found: the forecast (with the phasing sheet's
 * periods), the rows without a line, the latest date among the rows; a line's finding points at its
 * cell on the Actuals sheet when `lineItems` (the values of actualsLineCells there) are still the
 * budget's lines in their order. The same for `npm run health` and the pane.
 */
export function actualsHealthOfRead(
  read: ActualsSheetRead & { lineItems: readonly CellValue[] },
  options: { today: string; staleAfterDays: number },
): NonNullable<OverTime["actuals"]> {
  const { lines, forecast, baselineApproved } = actualsSheetForecast(read);
  return actualsHealthFrom({
    sheetName: read.sheetName,
    rows: read.existing,
    forecast,
    baselineApproved,
    linesInPlace: lines.every((line, index) => read.lineItems[index] === line.item),
    ...options,
  });
}

/**
 * The actuals health rules' input from what the health read found: the Actuals table's rows as they
 * are, the budget sheet's lines, total, cap and approved baseline, the phasing sheet and the Actuals
 * sheet's line cells; null when the workbook has no Actuals table yet (or the budget cannot be read).
 */
export function actualsHealthOf(
  state: { snapshot: SheetSnapshot; table: ActualsTableState | null; health?: ActualsHealthState },
  options: { today: string; staleAfterDays: number },
): NonNullable<OverTime["actuals"]> | null {
  if (!state.table) return null;
  const checked = readBudgetSheet(state.snapshot);
  if (checked.issues.length > 0) return null;
  const lang = sheetLang(state.snapshot);
  const lines = actualsLines(checked, lang);
  return actualsHealthOfRead(
    {
      snapshot: state.snapshot,
      checked,
      lang,
      sheetName: state.table.sheetName,
      ...actualsTableRows(state.table.headers, state.table.rows, lang),
      phasing: phasingOfRead(lines, state.health?.phasingSheet ?? null),
      lineItems: state.health?.lineItems ?? [],
    },
    options,
  );
}
