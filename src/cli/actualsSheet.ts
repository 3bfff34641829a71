import type { Forecast } from "../model/actuals/forecast";
import type { ExistingActual } from "../model/actuals/importActuals";
import type { CheckedBudget } from "../model/health";
import type { OverTime } from "../model/overTimeHealth";
import { budgetTotals } from "../model/totals";
import { parseA1 } from "../sheet/address";
import { ACTUALS_TABLE, actualsCells, actualsForecast, type ActualsLine } from "../sheet/buildActualsPlan";
import type { SheetSnapshot } from "../sheet/snapshot";
import { mapTableColumns } from "../sheet/tableColumns";
import { actualsHealthFrom } from "../workbook/actuals";
import { actualsLines, approvedBaseline, existingRows } from "./actualsCommand";
import { readPhasingSheet } from "./phasingSheet";
import type { WorkbookSheet } from "./xlsx/readSnapshot";

/** The workbook's Actuals sheet, read back as the import wrote it. */
export interface WorkbookActuals {
  sheet: WorkbookSheet;
  /** The budget's lines and its reserve, as the sheet sums them. */
  lines: ActualsLine[];
  /** The rows of its table, as de-duplication and the health rules read them. */
  rows: ExistingActual[];
  /** What its rows give: with the Phasing sheet's periods, against the approved baseline when there is one. */
  forecast: Forecast;
  baselineApproved: boolean;
}

/**
 * The workbook's Actuals sheet (the sheet whose table is named Actuals) with the forecast its rows give,
 * computed from the rows as they are (what the planner edited or deleted counts), the budget's lines,
 * the Phasing sheet and the approved baseline; null when the workbook has no Actuals sheet.
 */
export async function readActualsSheet(
  sheets: readonly WorkbookSheet[],
  snapshot: SheetSnapshot,
  checked: CheckedBudget,
): Promise<WorkbookActuals | null> {
  const sheet = sheets.find((s) => s.table?.name.toLowerCase() === ACTUALS_TABLE.toLowerCase());
  if (!sheet) return null;
  const lang = mapTableColumns(snapshot.table.headers).lang;
  const lines = actualsLines(checked, lang);
  const baseline = approvedBaseline(snapshot);
  const phasing = await readPhasingSheet(sheets, lines);
  const { rows, existing } = await existingRows(sheet, lang);
  const forecast = actualsForecast({
    ...(baseline ? { baseline } : {}),
    ...(phasing ? { phasing } : {}),
    lang,
    sheetName: sheet.name,
    budgetSheetName: snapshot.sheetName,
    lines,
    total: budgetTotals(checked.budget).total,
    cap: checked.budget.goals.cap,
    rows,
  });
  return { sheet, lines, rows: existing, forecast, baselineApproved: baseline !== undefined };
}

/**
 * What the actuals health rules read from the Actuals sheet: the forecast, the rows without a line and
 * the latest date among the rows; a line's finding points at its Committed figure on the sheet (its
 * Plan when it has none), where the sheet still lists the budget's lines in their order.
 */
export async function actualsHealthInput(
  actuals: WorkbookActuals,
  options: { today: string; staleAfterDays: number },
): Promise<NonNullable<OverTime["actuals"]>> {
  const { sheet, lines, rows, forecast } = actuals;
  const lineCells = lines.map((_, index) => parseA1(actualsCells.line(index, "line")));
  const value = await sheet.cells((row, col) => lineCells.some((cell) => cell.row === row && cell.col === col));
  const linesInPlace = lines.every((line, index) => value(lineCells[index].row, lineCells[index].col) === line.item);
  return actualsHealthFrom({
    sheetName: sheet.name,
    rows,
    forecast,
    baselineApproved: actuals.baselineApproved,
    linesInPlace,
    ...options,
  });
}
