import { actualsStrings } from "../i18n";
import { columnLetter, rangeA1 } from "../sheet/address";
import { ACTUALS_TABLE, DATE_FORMAT } from "../sheet/buildActualsPlan";
import { MONEY_FORMAT } from "../sheet/formats";
import { cellInput, literalText } from "../sheet/grid/cellGrid";
import type { CellValue, SheetSnapshot } from "../sheet/snapshot";
import type { PlannedCell } from "../sheet/plan";
import { budgetActuals, type ActualsState, type ActualsTarget, type ActualsWrite } from "../workbook/actuals";
import { BAND_BYTES, rowBands } from "../workbook/actualsBands";
import { actualsHealthRead, actualsHealthReads } from "../workbook/actualsHealthInput";
import { MAPPINGS_NAME } from "../workbook/actualsMappings";
import { findPhasingTarget, phasingSettingsRange } from "../workbook/actualsPhasing";
import { isActualsTable } from "../workbook/actualsTable";
import { phasingCandidates } from "../workbook/timeline";
import { WorkbookError } from "../workbook/workbookError";
import { queueSheetRead } from "./readBudgetSheet";
import { syncAbout, takenNames } from "./readWorkbook";
import { excelDrawsFunnelCharts, excelWriteSupport } from "./requirements";
import { writeSheetContents } from "./sheetContents";
import { decorateSheet } from "./sheetDecorations";

/** The most rows of the Actuals table read in one sync: a response well under Excel on the web's 5 MB. */
export const READ_BAND_ROWS = 5_000;

const cellValue = (value: unknown): CellValue =>
  value === "" || value === undefined || value === null ? null : (value as CellValue);

/** "'实际支出'!A21:I30" → its first row (0-based); -1 when the address says none. */
const firstRowOf = (address: string): number => {
  const match = /!\$?[A-Z]+\$?(\d+)/.exec(address);
  return match ? Number(match[1]) - 1 : -1;
};

/** Where each open table's data body starts, by the table's name, as read: later bands are added under it. */
type BodyStarts = Map<string, { firstRow: number; rowCount: number }>;

/**
 * The read: one sync for the budget sheet, the sheets, tables (their headers and row counts), names,
 * the saved mappings and the protection; then the Actuals table's rows, READ_BAND_ROWS a sync. For the
 * health rules, the first band's sync reads as well, on each sheet named like a phasing sheet, the cell
 * that tells whose it is and the values the rules read, and the Actuals sheet's line cells.
 */
async function readActuals(
  context: Excel.RequestContext,
  key: string | undefined,
  starts: BodyStarts,
  options: { health?: boolean } = {},
) {
  const workbook = context.workbook;
  const sheetRead = queueSheetRead(context, key);
  const worksheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name,items/worksheet/name,items/columns/items/name,items/rows/count");
  const names = workbook.names.load("items/name");
  const mappings = workbook.names.getItemOrNullObject(MAPPINGS_NAME).load("formula");
  const protection = workbook.protection.load("protected");
  await syncAbout(context, key ?? "");
  const read = sheetRead();
  if (read.kind === "not-a-budget") throw new WorkbookError("refused", read.error.text, { cause: read.error });

  // The settings of the sheets named like a phasing sheet, read with the table's first band (or alone).
  const settings = phasingCandidates(worksheets.items.map((s) => s.name)).map((sheetName) => ({
    sheetName,
    range: workbook.worksheets.getItem(sheetName).getRange(phasingSettingsRange()).load("formulas,values"),
  }));
  const found = tables.items.find((t) => t.name.toUpperCase() === ACTUALS_TABLE.toUpperCase());
  const headers = found ? found.columns.items.map((c) => c.name) : [];
  const ours = found !== undefined && isActualsTable(headers);
  const rows: CellValue[][] = [];
  const health =
    found && ours && options.health ? queueHealthRead(read.snapshot, found.worksheet.name, worksheets) : null;
  if (found && ours) {
    // Each band is its own response: Excel on the web refuses one over 5 MB. A range is got anew in
    // each batch, as a path does not outlive its batch.
    const body = () => workbook.tables.getItem(found.name).getDataBodyRange();
    const where = body().load("address");
    const count = found.rows.count;
    const bands: Excel.Range[] = [];
    for (let from = 0; from < Math.max(count, 1); from += READ_BAND_ROWS) {
      const size = Math.min(READ_BAND_ROWS, count - from);
      if (count <= READ_BAND_ROWS) bands.push(body().load("values"));
      else
        bands.push(
          body()
            .getCell(from, 0)
            .getResizedRange(size - 1, headers.length - 1)
            .load("values"),
        );
      await syncAbout(context, found.worksheet.name);
    }
    for (const band of bands) rows.push(...band.values.map((row) => row.map(cellValue)));
    starts.set(found.name.toUpperCase(), { firstRow: firstRowOf(where.address), rowCount: count });
  }
  if (settings.length > 0 && !(found && ours)) await syncAbout(context, key ?? "");
  const state: ActualsState = {
    snapshot: read.snapshot,
    sheetId: read.sheetId,
    table: found && ours ? { sheetName: found.worksheet.name, tableName: found.name, headers, rows } : null,
    foreign: found && !ours ? { sheetName: found.worksheet.name } : null,
    mappingsFormula: mappings.isNullObject ? null : String(mappings.formula),
    phasing: findPhasingTarget(
      read.snapshot,
      settings.map(({ sheetName, range }) => ({
        sheetName,
        formulas: range.formulas.map((row) => row.map(cellValue)),
        values: range.values.map((row) => row.map(cellValue)),
      })),
    ),
    taken: takenNames(worksheets, tables, names),
    structureProtected: protection.protected,
    ...(health ? { health: health() } : {}),
  };
  return state;
}

/**
 * Queues what the health rules read beyond the import's read (see ActualsState.health): on each sheet
 * named like a phasing sheet its probe cell's formula and its values from A1, and the Actuals sheet's
 * line cells; returns what was read once synced.
 */
function queueHealthRead(snapshot: SheetSnapshot, actualsSheet: string, worksheets: Excel.WorksheetCollection) {
  const reads = actualsHealthReads(snapshot);
  const phasing = reads.phasing;
  const candidates = phasing
    ? phasingCandidates(worksheets.items.map((s) => s.name)).map((name) => ({
        name,
        probe: worksheets.getItem(name).getRange(phasing.probe.address).load("formulas"),
        values: worksheets.getItem(name).getRange(phasing.values).load("values"),
      }))
    : [];
  const lines = worksheets.getItem(actualsSheet).getRange(reads.lineCells).load("values");
  return () =>
    actualsHealthRead(
      reads,
      candidates.map((c) => ({
        sheetName: c.name,
        probeFormula: String(c.probe.formulas[0][0] ?? ""),
        values: c.values.values.map((row) => row.map(cellValue)),
      })),
      lines.values.map((row) => row.map(cellValue)),
    );
}

/** The date and amount columns' number formats for rows firstRow… of a band. */
function formatBand(sheet: Excel.Worksheet, write: ActualsWrite, firstRow: number, rows: number, firstCol: number) {
  for (const [col, format] of [
    [write.dateColumn, DATE_FORMAT],
    [write.amountColumn, MONEY_FORMAT],
  ] as const) {
    if (col < 0) continue;
    const letter = columnLetter(firstCol + col);
    sheet.getRange(`${letter}${firstRow + 1}:${letter}${firstRow + rows}`).numberFormat = Array.from(
      { length: rows },
      () => [format],
    );
  }
}

/**
 * The write: the first sync adds the Actuals sheet (its table holding the first band of rows, its
 * cells, names and layout) or the first band of rows to its table, and saves the mapping; each
 * further band of rows (a request kept under 2 MB) is one more sync. Returns the syncs made.
 */
async function writeActuals(
  context: Excel.RequestContext,
  state: ActualsState,
  write: ActualsWrite,
  starts: BodyStarts,
): Promise<number> {
  const workbook = context.workbook;
  const inputs = write.rows.map((row) => row.map(cellInput));
  context.application.suspendApiCalculationUntilNextSync();
  let table: Excel.Table;
  let sheet: Excel.Worksheet;
  let sheetName: string;
  let nextRow: number;
  let firstCol = 0;
  let rest = inputs;
  if (write.newSheet) {
    const plan = write.newSheet;
    const t = plan.table;
    sheetName = plan.sheetName;
    sheet = workbook.worksheets.add(sheetName);
    // The table over its header and first row; the other rows are added to it, band by band.
    const address = rangeA1(
      { row: t.headerRow, col: t.firstCol },
      { row: t.headerRow + 1, col: t.firstCol + t.columns.length - 1 },
    );
    sheet.getRange(address).formulas = [t.columns.map(literalText), inputs[0]];
    formatBand(sheet, write, t.headerRow + 1, 1, t.firstCol);
    table = sheet.tables.add(address, true);
    table.name = t.name;
    table.style = t.style;
    // The cells above the table refer to its columns: written once it is there.
    writeSheetContents(sheet, { ...plan, cells: plan.cells.filter((cell) => cell.row < t.headerRow) });
    decorateSheet(sheet, plan, { funnelCharts: excelDrawsFunnelCharts() });
    firstCol = t.firstCol;
    nextRow = t.headerRow + 2;
    rest = inputs.slice(1);
  } else {
    const found = state.table!;
    sheetName = found.sheetName;
    sheet = workbook.worksheets.getItem(sheetName);
    table = workbook.tables.getItem(found.tableName);
    const start = starts.get(found.tableName.toUpperCase());
    nextRow = start && start.firstRow >= 0 ? start.firstRow + start.rowCount : -1;
  }
  // The phasing sheet's cells in bands of runs too: the first with the first rows, the others after them.
  const phasingBands = write.phasing ? runBands(write.phasing.cells) : [];
  const phasingSheet = () => workbook.worksheets.getItem(write.phasing!.sheetName);
  if (phasingBands.length > 0) writeRuns(phasingSheet(), phasingBands[0]);
  const bands = rowBands(rest);
  if (write.mappings) {
    if (write.mappings.exists) workbook.names.getItem(MAPPINGS_NAME).formula = write.mappings.formula;
    else workbook.names.add(MAPPINGS_NAME, write.mappings.formula).visible = false;
  }
  let syncs = 0;
  for (let band = 0; band < bands.length || syncs === 0; band++) {
    const rows = bands[band];
    if (rows) {
      // Objects added in an earlier sync are found again by name: a path does not outlive its batch.
      const into = syncs === 0 ? table : workbook.tables.getItem(write.tableName);
      into.rows.add(undefined, rows);
      if (nextRow >= 0)
        formatBand(syncs === 0 ? sheet : workbook.worksheets.getItem(sheetName), write, nextRow, rows.length, firstCol);
      nextRow += rows.length;
    }
    await syncAbout(context, state.snapshot.sheetName);
    syncs++;
  }
  for (const band of phasingBands.slice(1)) {
    writeRuns(phasingSheet(), band);
    await syncAbout(context, state.snapshot.sheetName);
    syncs++;
  }
  return syncs;
}

/** Neighbouring cells of one row, written as one range. */
type CellRun = readonly PlannedCell[];

/**
 * The cells in runs of neighbours (every cell between the runs left as it is), the runs in bands of
 * at most BAND_BYTES of formulas each: one request each.
 */
function runBands(cells: readonly PlannedCell[]): CellRun[][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const bands: CellRun[][] = [[]];
  let size = 0;
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].row === sorted[i].row && sorted[j].col === sorted[j - 1].col + 1) j++;
    const run = sorted.slice(i, j);
    const bytes = JSON.stringify(run.map((cell) => cellInput(cell.content))).length + 100 * run.length;
    if (size > 0 && size + bytes > BAND_BYTES) {
      bands.push([]);
      size = 0;
    }
    bands[bands.length - 1].push(run);
    size += bytes;
    i = j;
  }
  return bands.filter((band) => band.length > 0);
}

function writeRuns(sheet: Excel.Worksheet, runs: readonly CellRun[]): void {
  for (const run of runs) {
    const range = sheet.getRange(rangeA1(run[0], run[run.length - 1]));
    range.formulas = [run.map((cell) => cellInput(cell.content))];
    if (run.every((cell) => cell.numberFormat)) range.numberFormat = [run.map((cell) => cell.numberFormat!)];
  }
}

function actualsTarget(context: Excel.RequestContext): ActualsTarget {
  const starts: BodyStarts = new Map();
  return {
    read: (budgetSheet, options) => readActuals(context, budgetSheet, starts, options),
    write: (state, write) => writeActuals(context, state, write, starts),
  };
}

/** One Excel.run for an actuals read or write, once this Excel can write sheets (ExcelApi 1.9). */
export function runExcelActuals<T>(work: (target: ActualsTarget) => Promise<T>): Promise<T> {
  if (excelWriteSupport() !== "supported") {
    const text = { zh: actualsStrings("zh").pane.notAvailable, en: actualsStrings("en").pane.notAvailable };
    throw new WorkbookError("not-supported", text);
  }
  return Excel.run((context) => work(actualsTarget(context)));
}

/**
 * Actuals in Excel: the read in one sync (and one more per 5,000 rows already imported; the health
 * rules' read within them), the write in one sync per band of rows (see rowBands).
 */
export const excelActuals = budgetActuals(runExcelActuals);
