import { actualsStrings, phasingLabels, type Lang } from "../i18n";
import { parseAmount } from "../model/actuals/amount";
import { isoDayToSerial, parseDay } from "../model/actuals/date";
import {
  headRecords,
  importActuals,
  importActualsInChunks,
  rowPeriod,
  type ActualsImport,
  type ActualsInput,
  type ImportProgress,
  type ExistingActual,
  type ImportedRow,
} from "../model/actuals/importActuals";
import { columnIndexes, type ColumnMapping } from "../model/actuals/mapping";
import { categoryByKey } from "../model/categories";
import { Decimal, ZERO, sum } from "../model/decimal";
import type { CheckedBudget } from "../model/health";
import { budgetTotals, lineAmount } from "../model/totals";
import {
  ACTUALS_COLUMNS,
  ACTUALS_TABLE,
  actualsCells,
  actualsForecast,
  actualsEntries,
  buildActualsPlan,
  type ActualsColumn,
  type ActualsLine,
  type ActualsSheetPlan,
  type ActualsTableRow,
} from "../sheet/buildActualsPlan";
import type { ReportSpend } from "../sheet/buildExecutionReportPlan";
import { number, text } from "../sheet/cellContent";
import type { CellContent, PlannedCell } from "../sheet/plan";
import { countedActualsCells, periodDateFormat, phasingLayout } from "../sheet/buildPhasingPlan";
import { a1, parseA1, rangeA1 } from "../sheet/address";
import { MAX_PERIODS, type PeriodUnit } from "../model/periods";
import { readBudgetSheet } from "../sheet/readBudgetSheet";
import type { CellValue, SheetSnapshot } from "../sheet/snapshot";
import { freeSheetName } from "./freeNames";
import { hostErrorReason } from "./hostError";
import { inSession } from "./inSession";
import type { Session } from "./insertBudget";
import type { TakenNames } from "./insertionPlan";
import { unreadableBudget } from "./messages";
import { BASELINE_NAMES, companionReads, companionSheets, sheetLang, type CompanionReads } from "./timeline";
import { today as todayByClock } from "./today";
import type { Forecast } from "../model/actuals/forecast";
import { phasingSheetValues, writtenPhasingCells, type PhasingSheet } from "../sheet/phasingSheet";
import { DEFAULT_STALE_DAYS, type ActualsRule } from "../model/actualsHealth";
import type { OverTime } from "../model/overTimeHealth";
import { WorkbookError } from "./workbookError";

/** The workbook-level name that keeps the saved column mappings, as one JSON text constant. */
export const MAPPINGS_NAME = "Actuals_Mappings";
/** Excel's longest text constant in a formula: older mappings give way to the one just used. */
export const MAPPINGS_TEXT_LIMIT = 255;

const asText = (value: CellValue | undefined) =>
  value === null || value === undefined || typeof value === "object" ? "" : String(value);

/** The saved mappings from the name's formula (="{…}"); none when it is absent or not ours. */
export function parseMappings(formula: string | null | undefined): Record<string, ColumnMapping> {
  if (!formula) return {};
  try {
    const parsed: unknown = JSON.parse(formula.replace(/^=?"|"$/g, "").replace(/""/g, '"'));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, ColumnMapping>)
      : {};
  } catch {
    return {};
  }
}

/**
 * The mappings as the name's text constant, the one just used first and the others while they fit
 * in Excel's 255 characters; the formula the name is given (="…", quotes doubled).
 */
export function mappingsFormula(mappings: Record<string, ColumnMapping>, used: string): string {
  const kept: Record<string, ColumnMapping> = { [used]: mappings[used] };
  const formulaOf = (value: Record<string, ColumnMapping>) => `="${JSON.stringify(value).replace(/"/g, '""')}"`;
  for (const [name, mapping] of Object.entries(mappings)) {
    if (name === used) continue;
    const next = { ...kept, [name]: mapping };
    if (JSON.stringify(next).length <= MAPPINGS_TEXT_LIMIT) kept[name] = mapping;
  }
  return formulaOf(kept);
}

/** Whether a table's headers are the Actuals table's, in either language: one the import wrote. */
export function isActualsTable(headers: readonly string[]): boolean {
  return actualsTableLang(headers) !== null;
}

/** Each Actuals column's position among a table's headers (in the sheet's language or the other); -1 when absent. */
export function actualsColumnOffsets(headers: readonly string[], lang: Lang): Record<ActualsColumn, number> {
  const labels = [actualsStrings(lang).sheet.headers, actualsStrings(lang === "zh" ? "en" : "zh").sheet.headers];
  return Object.fromEntries(
    ACTUALS_COLUMNS.map((key) => [key, labels.map((l) => headers.indexOf(l[key])).find((i) => i >= 0) ?? -1]),
  ) as Record<ActualsColumn, number>;
}

/** A cell of the Actuals table as the sheet plan writes it back: numbers as numbers, the rest as text. */
function contentOf(value: CellValue): CellContent {
  if (typeof value === "number") return number(new Decimal(value));
  if (value === null) return text("");
  if (typeof value === "object") return text(value.error);
  return text(String(value));
}

/** The Actuals table's rows as they are (blank rows left out), and what de-duplication needs from each. */
export function actualsTableRows(
  headers: readonly string[],
  values: readonly (readonly CellValue[])[],
  lang: Lang,
): { rows: ActualsTableRow[]; existing: ExistingActual[] } {
  const offset = actualsColumnOffsets(headers, lang);
  const rows: ActualsTableRow[] = [];
  const existing: ExistingActual[] = [];
  for (const row of values) {
    const at = (key: ActualsColumn): CellValue => (offset[key] < 0 ? null : (row[offset[key]] ?? null));
    if (ACTUALS_COLUMNS.every((key) => asText(at(key)).trim() === "")) continue;
    rows.push(Object.fromEntries(ACTUALS_COLUMNS.map((key) => [key, contentOf(at(key))])) as ActualsTableRow);
    const date = at("date");
    const amount = at("amount");
    const reading = typeof amount === "number" ? null : parseAmount(asText(amount));
    existing.push({
      day: typeof date === "number" ? parseDay(date) : parseDay(asText(date)),
      dateText: asText(date),
      amount: typeof amount === "number" ? new Decimal(amount) : reading?.ok ? reading.value : null,
      amountText: asText(amount),
      description: asText(at("description")),
      reference: asText(at("reference")),
      line: asText(at("line")),
    });
  }
  return { rows, existing };
}

/** The budget's lines and its reserve as the Actuals sheet sums them, each with its Budget cell. */
export function actualsLines(checked: CheckedBudget, lang: Lang): ActualsLine[] {
  const { budget } = checked;
  const totals = budgetTotals(budget);
  return [
    ...budget.lines.map((line, i) => ({
      category: line.category,
      item: line.item,
      plan: lineAmount(line),
      ...(checked.lineCells[i]?.budget ? { planCell: checked.lineCells[i].budget } : {}),
    })),
    {
      category: "contingency" as const,
      item: categoryByKey("contingency").name[lang],
      plan: totals.contingency,
      ...(checked.cells.subtotal?.contingency ? { planCell: checked.cells.subtotal.contingency } : {}),
    },
  ];
}

/** An imported row as the Actuals table holds it: the date as a date, the amount as a number, typed text as text. */
export function actualsTableRow(row: ImportedRow, lineItem: string, lang: Lang): ActualsTableRow {
  const words = actualsStrings(lang);
  return {
    date: row.day ? number(new Decimal(isoDayToSerial(row.day))) : text(row.dateText),
    period: text(rowPeriod(row)),
    line: text(lineItem),
    amount: row.amount ? number(row.amount) : text(row.amountText),
    status: text(words.statuses[row.status]),
    source: text(row.source),
    reference: text(row.reference),
    description: text(row.description),
    owner: text(row.owner),
  };
}

/** The language of an Actuals table's headers (and so of its statuses); null when they are not the import's. */
export function actualsTableLang(headers: readonly string[]): Lang | null {
  return (
    (["zh", "en"] as const).find((l) =>
      ACTUALS_COLUMNS.every((key) => headers.includes(actualsStrings(l).sheet.headers[key])),
    ) ?? null
  );
}

/**
 * The workbook's imported spend as the phasing sheet and the execution report read it: the Actuals
 * table's rows on the budget's lines (named as the import names them, in the budget sheet's language),
 * each in the period its date falls in of the periods starting on `periodStarts` (date serials).
 */
export function importedSpend(
  table: Pick<ActualsTableState, "headers" | "rows">,
  checked: CheckedBudget,
  lang: Lang,
  periodStarts: readonly number[],
): ReportSpend {
  const tableLang = actualsTableLang(table.headers) ?? lang;
  const lines = actualsLines(checked, lang);
  const { rows } = actualsTableRows(table.headers, table.rows, tableLang);
  return {
    tableLang,
    lineItems: lines.map((line) => line.item),
    entries: actualsEntries({ lang: tableLang, lines, rows, phasing: { periodStarts } }),
  };
}

// —— the port's actuals: read, import, write ——

/** The Actuals table found in the workbook. */
export interface ActualsTableState {
  sheetName: string;
  tableName: string;
  headers: string[];
  rows: CellValue[][];
}

/** This budget's phasing sheet, as an import finds it: its actuals-counted cells then read the Actuals table. */
export interface ActualsPhasingTarget {
  sheetName: string;
  periodCount: number;
  unit: PeriodUnit;
}

/** The settings column of a phasing sheet, where an adapter reads (formulas and values) whose sheet it is. */
export function phasingSettingsRange(): string {
  const layout = phasingLayout(1);
  return rangeA1(layout.periodUnit, layout.executionRate);
}

/**
 * This budget's phasing sheet among the sheets named like one, from their settings column as read
 * (phasingSettingsRange, as formulas and as values): the one whose budget-total cell refers to this
 * budget and whose phased total reads the per-period total of as many rows as the budget has lines
 * (and the reserve); null when none is.
 */
export function findPhasingTarget(
  snapshot: SheetSnapshot,
  candidates: readonly { sheetName: string; formulas: CellValue[][]; values: CellValue[][] }[],
): ActualsPhasingTarget | null {
  const probe = companionReads(snapshot)?.probe;
  if (!probe) return null;
  const rowCount = actualsLines(readBudgetSheet(snapshot), sheetLang(snapshot)).length;
  const layout = phasingLayout(rowCount);
  const top = layout.periodUnit.row;
  const at = (grid: CellValue[][], ref: { row: number }) => grid[ref.row - top]?.[0] ?? null;
  for (const candidate of candidates) {
    if (at(candidate.formulas, parseA1(probe.address)) !== probe.formula) continue;
    const count = at(candidate.values, layout.periodCount);
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > MAX_PERIODS) continue;
    const phasedTotal = `=${a1({ row: layout.periodTotalRow, col: layout.periodCol(count) })}`;
    if (String(at(candidate.formulas, layout.phasedTotal)).toUpperCase() !== phasedTotal) continue;
    const unitText = at(candidate.values, layout.periodUnit);
    const weekly = (["zh", "en"] as const).some((l) => phasingLabels(l).units.week === unitText);
    return { sheetName: candidate.sheetName, periodCount: count, unit: weekly ? "week" : "month" };
  }
  return null;
}

/** The phasing sheet's actuals-counted cells, reading the Actuals table (see countedActualsCells): the formulas, results to come. */
function phasingWrite(target: ActualsPhasingTarget, context: ActualsContext, tableLang: Lang) {
  const count = target.periodCount;
  const items = context.lines.map((line) => line.item);
  const zeros = Array.from({ length: count }, () => ZERO);
  return {
    sheetName: target.sheetName,
    cells: countedActualsCells({
      lang: context.lang,
      rowCount: context.lines.length,
      serials: zeros,
      dateFormat: periodDateFormat(target.unit),
      items,
      counted: [],
      planTotals: zeros,
      currentPeriod: 1,
      spend: { tableLang, lineItems: items, entries: [] },
    }),
  };
}

/** What an import starts from, as an adapter reads it. */
export interface ActualsState {
  snapshot: SheetSnapshot;
  sheetId: string;
  /** The table named Actuals when the import wrote it; null when there is none yet. */
  table: ActualsTableState | null;
  /** A table named Actuals (or a name of that spelling) the import did not write: never written over. */
  foreign: { sheetName: string } | null;
  /** The formula of the saved-mappings name; null without one. */
  mappingsFormula: string | null;
  /** This budget's phasing sheet; null when it has none (see findPhasingTarget). */
  phasing: ActualsPhasingTarget | null;
  taken: TakenNames;
  structureProtected: boolean;
  /**
   * Read for the health rules alone, when an Actuals table is there: the budget's phasing sheet (found
   * as the timeline finds it, its values from A1; null when none) and the values of the Actuals sheet's
   * line cells (actualsLineCells of the budget's lines and reserve).
   */
  health?: { phasingSheet: PhasingSheetRead | null; lineItems: CellValue[] };
}

/** What an adapter writes: a new Actuals sheet, or rows added to its table; and the saved mappings. */
export interface ActualsWrite {
  /** The sheet to add, its table holding the first rows; absent: the rows are added to the existing table. */
  newSheet?: ActualsSheetPlan;
  /** The rows to add under the table's last row (all of them for a new sheet), in the table's column order. */
  rows: CellContent[][];
  /** The columns (0-based, in the table) holding dates and amounts, for their number formats. */
  dateColumn: number;
  amountColumn: number;
  tableName: string;
  /** The saved-mappings name's new formula; `exists` when the name is there to be changed. */
  mappings: { formula: string; exists: boolean } | null;
  /**
   * The phasing sheet's actuals-counted cells (their formulas and formats), written with the new
   * Actuals sheet once its table is there: its figures to date then count the table's paid rows. Every
   * other cell of it stays.
   */
  phasing?: { sheetName: string; cells: PlannedCell[] };
}

export interface ActualsTarget {
  /**
   * The budget sheet (by id or name, else the active sheet) and everything an import needs, in one read;
   * with `health`, what the health rules read too (ActualsState.health), within the same syncs.
   */
  read(budgetSheet?: string, options?: { health?: boolean }): Promise<ActualsState>;
  /** Writes the import; returns how many syncs it took. */
  write(state: ActualsState, write: ActualsWrite): Promise<number>;
}

/** What the pane shows before anything is written. */
export interface ActualsContext {
  /** The budget sheet's id and name. */
  sheetId: string;
  sheetName: string;
  lang: Lang;
  /** The lines rows are matched to, the reserve last. */
  lines: ActualsLine[];
  existing: ExistingActual[];
  mappings: Record<string, ColumnMapping>;
  /** The Actuals sheet already there; null before the first import. */
  actualsSheet: string | null;
}

export interface ActualsImportRequest {
  /** The file's name, written in each row's Source file column. */
  fileName: string;
  /** A CSV file's bytes, or the rows read from an .xlsx sheet. */
  bytes: ActualsInput;
  /** The columns chosen; without them, a saved mapping that fits the file, else the headers recognised. */
  mapping?: ColumnMapping;
  /** Unmatched rows the planner assigned: by the row's line in the file, the index of the budget line. */
  assignments?: Readonly<Record<number, number>>;
}

export interface ActualsImportResult {
  sheetName: string;
  read: number;
  matched: number;
  /** Of the matched rows, those the planner assigned. */
  assigned: number;
  unmatched: number;
  duplicates: number;
  /** The matched rows' amounts together, as a decimal string. */
  amount: string;
  /** The rows written (matched and unmatched). */
  written: number;
  syncs: number;
}

/** The saved mapping whose columns the file's header row has (among its first rows); null when none fits. */
function fittingMapping(input: ActualsInput, mappings: Record<string, ColumnMapping>) {
  const entries = Object.entries(mappings);
  if (entries.length === 0) return null;
  let head: string[][];
  try {
    head = headRecords(input, HEAD_LINES);
  } catch {
    return null;
  }
  for (const [key, mapping] of entries) {
    for (const headers of head) {
      try {
        columnIndexes(headers, mapping);
        return { key, mapping };
      } catch {
        continue;
      }
    }
  }
  return null;
}

/** How many lines of a file are looked at for its header row when choosing a saved mapping. */
const HEAD_LINES = 20;

/** A file read against the workbook, before anything is written. */
export interface ActualsPreview {
  result: ActualsImport;
  mapping: ColumnMapping;
  /** The name the mapping is saved under: the saved one that fits, else the file's name. */
  mappingKey: string;
  /** Of the matched rows, those the planner assigned. */
  assigned: number;
}

/** The key a mapping is saved under: the saved one it replaces, else the file's name without its extension. */
const mappingKey = (fileName: string) => fileName.replace(/\.[^.]*$/, "").trim() || "default";

/**
 * Reads the file against the workbook's context, nothing written: every row matched, unmatched or a
 * duplicate, with the planner's assignments applied (an assigned row counts as matched, remembered).
 */
export function previewImport(context: ActualsContext, request: ActualsImportRequest): ActualsPreview {
  const { input, saved, options } = importRequest(context, request);
  return withAssignments(context, request, saved, importActuals(input, options));
}

/**
 * The same preview as previewImport, the file's rows matched a chunk at a time so the pane stays
 * responsive; `progress` hears the rows done of the rows read.
 */
export async function previewImportInChunks(
  context: ActualsContext,
  request: ActualsImportRequest,
  progress?: ImportProgress,
  chunks?: Parameters<typeof importActualsInChunks>[3],
): Promise<ActualsPreview> {
  const { input, saved, options } = importRequest(context, request);
  return withAssignments(context, request, saved, await importActualsInChunks(input, options, progress, chunks));
}

function importRequest(context: ActualsContext, request: ActualsImportRequest) {
  const saved = request.mapping ? null : fittingMapping(request.bytes, context.mappings);
  const mapping = request.mapping ?? saved?.mapping;
  return {
    input: request.bytes,
    saved,
    options: {
      source: request.fileName,
      targets: context.lines.map((line) => ({ category: line.category, item: line.item })),
      existing: context.existing,
      ...(mapping ? { mapping } : {}),
    },
  };
}

function withAssignments(
  context: ActualsContext,
  request: ActualsImportRequest,
  saved: { key: string } | null,
  result: ActualsImport,
): ActualsPreview {
  const assignments = request.assignments ?? {};
  const stillUnmatched: ImportedRow[] = [];
  let assigned = 0;
  const matched = [...result.matched];
  for (const row of result.unmatched) {
    const line = assignments[row.sourceLine];
    // Only a row whose amount and date were read can be assigned: the sheet cannot count the others.
    if (line !== undefined && line >= 0 && line < context.lines.length && row.amount && row.day) {
      const assignedRow: ImportedRow = { ...row, line, matchedBy: "remembered" };
      delete assignedRow.unmatched;
      matched.push(assignedRow);
      assigned++;
    } else stillUnmatched.push(row);
  }
  const sumOf = (rows: ImportedRow[]) => sum(rows.map((row) => row.amount ?? ZERO));
  const key = saved?.key ?? mappingKey(request.fileName);
  return {
    result: {
      ...result,
      matched,
      unmatched: stillUnmatched,
      amount: sumOf(matched),
      paid: sumOf(matched.filter((row) => row.status === "paid")),
      committed: sumOf(matched.filter((row) => row.status === "committed")),
    },
    mapping: result.mapping,
    mappingKey: key,
    assigned,
  };
}

function contextOf(state: ActualsState): ActualsContext {
  const checked = readBudgetSheet(state.snapshot);
  if (checked.issues.length > 0)
    throw new WorkbookError("refused", unreadableBudget(state.snapshot.sheetName, checked.issues));
  const lang = sheetLang(state.snapshot);
  const existing = state.table ? actualsTableRows(state.table.headers, state.table.rows, lang).existing : [];
  return {
    sheetId: state.sheetId,
    sheetName: state.snapshot.sheetName,
    lang,
    lines: actualsLines(checked, lang),
    existing,
    mappings: parseMappings(state.mappingsFormula),
    actualsSheet: state.table?.sheetName ?? null,
  };
}

/** The import's writes: the rows in the table's column order, the new sheet when there is none, the mapping saved. */
export function planActualsWrite(
  state: ActualsState,
  context: ActualsContext,
  preview: ActualsPreview,
): ActualsWrite & { sheetName: string; written: number } {
  if (state.foreign)
    throw new WorkbookError(
      "refused",
      actualsStrings.both((w) => w.pane.foreignTable(state.foreign!.sheetName, ACTUALS_TABLE)),
    );
  const { result } = preview;
  const lang = context.lang;
  const added = [...result.matched, ...result.unmatched].sort((a, b) => a.sourceLine - b.sourceLine);
  const tableRows = added.map((row) =>
    actualsTableRow(row, row.line === null ? "" : context.lines[row.line].item, lang),
  );
  const mappings = { ...context.mappings, [preview.mappingKey]: preview.mapping };
  const mappingsWrite = {
    formula: mappingsFormula(mappings, preview.mappingKey),
    exists: state.mappingsFormula !== null,
  };
  // With the table's first rows, the phasing sheet's actuals-counted cells turn to it (later imports
  // only add rows, which those formulas take in; a phasing written since reads the table already).
  const phasing = state.phasing && !state.table ? { phasing: phasingWrite(state.phasing, context, lang) } : {};
  if (state.table) {
    const offset = actualsColumnOffsets(state.table.headers, lang);
    const width = state.table.headers.length;
    const rows = tableRows.map((row) => {
      const cells: CellContent[] = Array.from({ length: width }, () => text(""));
      for (const key of ACTUALS_COLUMNS) if (offset[key] >= 0) cells[offset[key]] = row[key];
      return cells;
    });
    return {
      rows,
      dateColumn: offset.date,
      amountColumn: offset.amount,
      tableName: state.table.tableName,
      mappings: mappingsWrite,
      ...phasing,
      sheetName: state.table.sheetName,
      written: rows.length,
    };
  }
  if (state.structureProtected)
    throw new WorkbookError(
      "protected",
      actualsStrings.both((w) => w.pane.protectedWorkbook),
    );
  const checked = readBudgetSheet(state.snapshot);
  const totals = budgetTotals(checked.budget);
  const sheetName = freeSheetName(actualsStrings(lang).sheet.sheetName, state.taken.sheets);
  const plan = buildActualsPlan({
    lang,
    sheetName,
    budgetSheetName: state.snapshot.sheetName,
    lines: context.lines,
    total: totals.total,
    ...(checked.cells.total ? { totalCell: checked.cells.total } : {}),
    cap: checked.budget.goals.cap,
    ...(checked.cells.cap ? { capCell: checked.cells.cap } : {}),
    rows: tableRows,
  });
  return {
    newSheet: plan,
    rows: tableRows.map((row) => ACTUALS_COLUMNS.map((key) => row[key])),
    dateColumn: ACTUALS_COLUMNS.indexOf("date"),
    amountColumn: ACTUALS_COLUMNS.indexOf("amount"),
    tableName: ACTUALS_TABLE,
    mappings: mappingsWrite,
    ...phasing,
    sheetName,
    written: tableRows.length,
  };
}

/** The largest request a band of rows makes: well under Excel on the web's 5 MB. */
export const BAND_BYTES = 2 * 1024 * 1024;

/** A row's size in the request, in UTF-8 bytes of its JSON, with its two number formats. */
function rowBytes(row: readonly (string | number)[]): number {
  let bytes = 2 + 40;
  for (const cell of row) {
    if (typeof cell === "number") bytes += String(cell).length + 1;
    else {
      bytes += 3;
      for (let i = 0; i < cell.length; i++) {
        const code = cell.charCodeAt(i);
        bytes += code < 0x20 || code === 0x22 || code === 0x5c ? 6 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
      }
    }
  }
  return bytes;
}

/** The rows in bands, each within `limit` bytes of request: one sync each. */
export function rowBands<T extends readonly (string | number)[]>(rows: readonly T[], limit = BAND_BYTES): T[][] {
  const bands: T[][] = [];
  let band: T[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = rowBytes(row);
    if (band.length > 0 && size + bytes > limit) {
      bands.push(band);
      band = [];
      size = 0;
    }
    band.push(row);
    size += bytes;
  }
  if (band.length > 0) bands.push(band);
  return bands;
}

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

/** A budget's phasing sheet as the pane reads it: its name and its values from A1 (see phasingSheetArea). */
export interface PhasingSheetRead {
  sheetName: string;
  values: readonly (readonly CellValue[])[];
}

/**
 * The phasing sheet of these lines from the values the pane read of it, the cells as this version
 * writes them; null when there is none, or one that does not phase these lines.
 */
export function phasingOfRead(lines: readonly ActualsLine[], read: PhasingSheetRead | null): PhasingSheet | null {
  return read
    ? phasingSheetValues(
        read.sheetName,
        lines,
        writtenPhasingCells(lines.length),
        (row, col) => read.values[row]?.[col] ?? null,
      )
    : null;
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
): NonNullable<ActualsState["health"]> {
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
function actualsHealthOf(
  state: ActualsState,
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

/** The port's actuals, written once for every adapter: the context read, and an import written. */
export function budgetActuals(session: Session<ActualsTarget>) {
  return {
    /**
     * What the actuals health rules read for the budget sheet (by id or name): its Actuals table's rows,
     * measured to today; null when the workbook has no Actuals table.
     */
    health: (
      sheetKey: string,
      options: { today?: string; staleAfterDays?: number } = {},
    ): Promise<NonNullable<OverTime["actuals"]> | null> =>
      inSession(
        session,
        async (target) =>
          actualsHealthOf(await target.read(sheetKey, { health: true }), {
            today: options.today ?? todayByClock(),
            staleAfterDays: options.staleAfterDays ?? DEFAULT_STALE_DAYS,
          }),
        (error) => actualsStrings.both((w, lang) => w.pane.readFailed(hostErrorReason(error)[lang])),
      ),
    /** What an import of the budget sheet (by id or name, else the active one) is matched and checked against. */
    read: (sheetKey?: string): Promise<ActualsContext> =>
      inSession(
        session,
        async (target) => contextOf(await target.read(sheetKey)),
        (error) => actualsStrings.both((w, lang) => w.pane.readFailed(hostErrorReason(error)[lang])),
      ),
    /**
     * Reads the workbook again and writes the file's new rows: the Actuals sheet added with its table
     * (and the names Budget_Actual, Budget_Committed, Budget_Forecast, Budget_ForecastVariance) or the
     * rows added to its table; rows already there are skipped, whatever was read before.
     */
    write: (sheetKey: string, request: ActualsImportRequest): Promise<ActualsImportResult> =>
      inSession(
        session,
        async (target) => {
          const state = await target.read(sheetKey);
          const context = contextOf(state);
          const preview = previewImport(context, request);
          const { result } = preview;
          const summary = {
            read: result.read,
            matched: result.matched.length,
            assigned: preview.assigned,
            unmatched: result.unmatched.length,
            duplicates: result.duplicates.length,
            amount: result.amount.toFixed(2),
          };
          if (result.matched.length + result.unmatched.length === 0)
            return { ...summary, sheetName: context.actualsSheet ?? "", written: 0, syncs: 0 };
          const { sheetName, written, ...write } = planActualsWrite(state, context, preview);
          const syncs = await target.write(state, write);
          return { ...summary, sheetName, written, syncs };
        },
        (error) => actualsStrings.both((w, lang) => w.pane.writeFailed(hostErrorReason(error)[lang])),
      ),
  };
}

export type BudgetActuals = ReturnType<typeof budgetActuals>;
