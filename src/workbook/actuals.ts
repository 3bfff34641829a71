import { actualsStrings, type Lang } from "../i18n";
import {
  importActuals,
  importActualsInChunks,
  type ActualsImport,
  type ActualsInput,
  type ImportProgress,
  type ExistingActual,
  type ImportedRow,
} from "../model/actuals/importActuals";
import type { ColumnMapping } from "../model/actuals/mapping";
import { DEFAULT_STALE_DAYS } from "../model/actualsHealth";
import { ZERO, sum } from "../model/decimal";
import type { OverTime } from "../model/overTimeHealth";
import { budgetTotals } from "../model/totals";
import {
  ACTUALS_COLUMNS,
  ACTUALS_TABLE,
  buildActualsPlan,
  type ActualsLine,
  type ActualsSheetPlan,
} from "../sheet/buildActualsPlan";
import { text } from "../sheet/cellContent";
import type { CellContent, PlannedCell } from "../sheet/plan";
import { readBudgetSheet } from "../sheet/readBudgetSheet";
import type { SheetSnapshot } from "../sheet/snapshot";
import { actualsHealthOf, type ActualsHealthState } from "./actualsHealthInput";
import { fittingMapping, mappingKey, mappingsFormula, parseMappings } from "./actualsMappings";
import { phasingWrite, type ActualsPhasingTarget } from "./actualsPhasing";
import {
  actualsColumnOffsets,
  actualsLines,
  actualsTableRow,
  actualsTableRows,
  type ActualsTableState,
} from "./actualsTable";
import { freeSheetName } from "./freeNames";
import { hostErrorReason } from "./hostError";
import { inSession } from "./inSession";
import type { Session } from "./insertBudget";
import type { TakenNames } from "./insertionPlan";
import { unreadableBudget } from "./messages";
import { sheetLang } from "./timeline";
import { today as todayByClock } from "./today";
import { WorkbookError } from "./workbookError";

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
  /** Read for the health rules alone, when an Actuals table is there (see ActualsHealthState). */
  health?: ActualsHealthState;
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

/** A file read against the workbook, before anything is written. */
export interface ActualsPreview {
  result: ActualsImport;
  mapping: ColumnMapping;
  /** The name the mapping is saved under: the saved one that fits, else the file's name. */
  mappingKey: string;
  /** Of the matched rows, those the planner assigned. */
  assigned: number;
}

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
