import type { Forecast } from "../model/actuals/forecast";
import type { ExistingActual } from "../model/actuals/importActuals";
import type { CheckedBudget } from "../model/health";
import type { OverTime } from "../model/overTimeHealth";
import { parseA1 } from "../sheet/address";
import { ACTUALS_TABLE, type ActualsLine } from "../sheet/buildActualsPlan";
import type { SheetSnapshot } from "../sheet/snapshot";
import { mapTableColumns } from "../sheet/tableColumns";
import {
  actualsHealthOfRead,
  actualsLineCells,
  actualsSheetForecast,
  type ActualsSheetRead,
} from "../workbook/actualsHealthInput";
import { actualsLines, existingRows } from "./actualsCommand";
import { readPhasingSheet } from "./phasingSheet";
import type { WorkbookSheet } from "./xlsx/readSnapshot";

/** The workbook's Actuals sheet, read back as the import wrote it. */
export interface WorkbookActuals {
  sheet: WorkbookSheet;
  /** What the health rules read of it, the budget sheet and the Phasing sheet (see actualsHealthOfRead). */
  read: ActualsSheetRead;
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
  const phasing = await readPhasingSheet(sheets, actualsLines(checked, lang));
  const { rows, existing } = await existingRows(sheet, lang);
  const read: ActualsSheetRead = { snapshot, checked, lang, sheetName: sheet.name, rows, existing, phasing };
  const { lines, forecast, baselineApproved } = actualsSheetForecast(read);
  return { sheet, read, lines, rows: existing, forecast, baselineApproved };
}

/**
 * What the actuals health rules read from the Actuals sheet, as the pane reads them (see
 * actualsHealthOfRead): the Actuals sheet's line cells are read here.
 */
export async function actualsHealthInput(
  actuals: WorkbookActuals,
  options: { today: string; staleAfterDays: number },
): Promise<NonNullable<OverTime["actuals"]>> {
  const lineCells = actualsLineCells(actuals.lines.length).map(parseA1);
  const value = await actuals.sheet.cells((row, col) => lineCells.some((cell) => cell.row === row && cell.col === col));
  const lineItems = lineCells.map((cell) => value(cell.row, cell.col));
  return actualsHealthOfRead({ ...actuals.read, lineItems }, options);
}
