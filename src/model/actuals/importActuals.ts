import type { CategoryKey } from "../categories";
import { type Decimal, ZERO, sum } from "../decimal";
import { BudgetInputError } from "../errors";
import { actualsStrings, type UnmatchedReason } from "../../i18n";
import { parseAmount, type AmountReading } from "./amount";
import { parseCsv, type CsvTable } from "./csv";
import { monthOf, parseDay } from "./date";
import { decodeText, type TextEncodingName } from "./decodeText";
import type { SheetRows } from "./xlsxSheet";
import {
  columnIndexes,
  normalise as normaliseText,
  readStatus,
  recogniseColumns,
  type ActualField,
  type ActualStatus,
  type ColumnMapping,
} from "./mapping";

/** A budget line rows are matched to: its item as the budget writes it, and a code when it has one. */
export interface LineTarget {
  category: CategoryKey;
  item: string;
  code?: string;
}

/** A row already in the workbook's actuals table: what its identity is computed from, and its line. */
export interface ExistingActual {
  day: string | null;
  dateText: string;
  amount: Decimal | null;
  amountText: string;
  description: string;
  reference: string;
  /** The budget line the row is assigned to, as the table shows it; "" when unassigned. */
  line: string;
}

/** How a row is told apart from the rows already imported. */
export type IdentityKind = "reference" | "content";

export type { UnmatchedReason } from "../../i18n";

export interface ImportedRow {
  source: string;
  /** The line of the file the row starts on. */
  sourceLine: number;
  day: string | null;
  dateText: string;
  amount: Decimal | null;
  amountText: string;
  amountProblem?: Exclude<AmountReading, { ok: true }>["reason"];
  /** The item or description the file gives. */
  description: string;
  reference: string;
  owner: string;
  status: ActualStatus;
  statusText: string;
  identity: IdentityKind;
  /** The index of the matched line in the targets; null when unmatched. */
  line: number | null;
  matchedBy?: "code" | "name" | "remembered";
  unmatched?: UnmatchedReason;
}

export interface ActualsImport {
  encoding: TextEncodingName;
  delimiter: "," | "\t";
  /** The sheet the rows come from, for an .xlsx file. */
  sheet?: string;
  mapping: ColumnMapping;
  /** Data rows read from the file (blank lines not counted). */
  read: number;
  matched: ImportedRow[];
  unmatched: ImportedRow[];
  duplicates: ImportedRow[];
  /** The matched rows' amounts together, paid and committed. */
  amount: Decimal;
  paid: Decimal;
  committed: Decimal;
  /** How many rows (of all read) were identified by their reference, and how many by date + amount + description. */
  identities: Record<IdentityKind, number>;
}

export interface ImportOptions {
  /** The file's name, written in each row's source column. */
  source: string;
  targets: readonly LineTarget[];
  /** The rows already imported, for de-duplication and remembered matches. */
  existing?: readonly ExistingActual[];
  /** A saved mapping; without one, the headers are recognised. */
  mapping?: ColumnMapping;
}

/** How far down a file its header row is looked for (bank exports put account lines above it). */
const HEADER_SEARCH_ROWS = 20;

const fail = (say: Parameters<typeof actualsStrings.both>[0]): never => {
  throw new BudgetInputError("value", actualsStrings.both(say));
};

/** The identity of a row: its reference, or its date, amount and description when it has none. */
export function rowIdentity(
  row: Omit<ExistingActual, "line">,
  normalise: (text: string) => string = normaliseText,
): { kind: IdentityKind; key: string } {
  const reference = normalise(row.reference);
  if (reference !== "") return { kind: "reference", key: `r\u0000${reference}` };
  const day = row.day ?? normalise(row.dateText);
  const amount = row.amount ? row.amount.toFixed(2) : normalise(row.amountText);
  return { kind: "content", key: `c\u0000${day}\u0000${amount}\u0000${normalise(row.description)}` };
}

/** Finds the header row and the mapping: the saved one, or the one the headers name. */
function headerAndMapping(table: CsvTable, saved: ColumnMapping | undefined) {
  const rows = table.records.slice(0, HEADER_SEARCH_ROWS);
  for (const [index, headers] of rows.entries()) {
    if (saved) {
      try {
        return { index, mapping: saved, columns: columnIndexes(headers, saved) };
      } catch (error) {
        if (index === rows.length - 1) throw error;
        continue;
      }
    }
    const mapping = recogniseColumns(headers);
    if (mapping) return { index, mapping, columns: columnIndexes(headers, mapping) };
  }
  return fail((s) => s.errors.noHeader);
}

/** The lines each normalised item and code names: more than one is ambiguous. */
function lineIndex(targets: readonly LineTarget[], normalise: (text: string) => string) {
  const byName = new Map<string, number[]>();
  const byCode = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, index: number) => {
    if (key === "") return;
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };
  targets.forEach((target, index) => {
    add(byName, normalise(target.item), index);
    if (target.code) add(byCode, normalise(target.code), index);
  });
  return { byName, byCode };
}

/** What an import reads: a CSV file's bytes, or the rows of an .xlsx sheet read as text. */
export type ActualsInput = Uint8Array | SheetRows;

/** The first records of an input (the CSV's first lines parsed, or the sheet's first rows), for its header row. */
export function headRecords(input: ActualsInput, rows: number): string[][] {
  if (!(input instanceof Uint8Array)) return input.records.slice(0, rows);
  return parseCsv(
    decodeText(input)
      .text.split(/\r\n|\n|\r/, rows)
      .join("\n"),
  ).records;
}

/** How a chunked import reports: rows processed so far, of the rows read. */
export type ImportProgress = (done: number, total: number) => void;

/** An import under way: its rows matched a chunk at a time, the result once all are. */
interface ImportRun {
  total: number;
  done: number;
  advance(rows: number): void;
  result(): ActualsImport;
}

/** The records of the input: the CSV text decoded and parsed, or the sheet's rows as they are. */
function tableOf(input: ActualsInput): { table: CsvTable; encoding: TextEncodingName; sheet?: string } {
  if (input instanceof Uint8Array) {
    const { text, encoding } = decodeText(input);
    return { table: parseCsv(text), encoding };
  }
  return {
    table: { delimiter: ",", records: input.records, lines: input.lines },
    encoding: "utf-8",
    sheet: input.sheet,
  };
}

function startImport(input: ActualsInput, options: ImportOptions): ImportRun {
  const { table, encoding, sheet } = tableOf(input);
  if (table.records.length === 0) fail((s) => s.errors.empty);
  const { index: headerIndex, mapping, columns } = headerAndMapping(table, options.mapping);
  // Exports repeat their items and dates: each distinct text is normalised once.
  const normalised = new Map<string, string>();
  const normalise = (text: string) => {
    let value = normalised.get(text);
    if (value === undefined) normalised.set(text, (value = normaliseText(text)));
    return value;
  };
  const lines = lineIndex(options.targets, normalise);

  // What is already in the workbook: identities (a multiset) and the matches the planner made.
  const seen = new Map<string, number>();
  const remembered = new Map<string, number | null>();
  for (const row of options.existing ?? []) {
    const { key } = rowIdentity(row, normalise);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    const line = normalise(row.line);
    const description = normalise(row.description);
    if (line === "" || description === "" || description === line) continue;
    const target = lines.byName.get(line);
    if (target?.length !== 1) continue;
    // A description assigned to two different lines is remembered as neither.
    const before = remembered.get(description);
    remembered.set(description, before === undefined || before === target[0] ? target[0] : null);
  }

  const cell = (record: string[], field: ActualField) => {
    const index = columns[field];
    return index === undefined ? "" : (record[index] ?? "").trim();
  };
  const matched: ImportedRow[] = [];
  const unmatched: ImportedRow[] = [];
  const duplicates: ImportedRow[] = [];
  const identities: Record<IdentityKind, number> = { reference: 0, content: 0 };
  const readRow = (r: number) => {
    const record = table.records[r];
    const dateText = cell(record, "date");
    const amountText = cell(record, "amount");
    const statusText = cell(record, "status");
    const reading = parseAmount(amountText);
    const status = readStatus(statusText);
    let amount = reading.ok ? reading.value : null;
    if (amount && status?.refund && amount.isPositive() && !amount.isZero()) amount = amount.negated();
    const row: ImportedRow = {
      source: options.source,
      sourceLine: table.lines[r],
      day: parseDay(dateText),
      dateText,
      amount,
      amountText,
      description: cell(record, "item"),
      reference: cell(record, "reference"),
      owner: cell(record, "owner"),
      status: status?.status ?? "paid",
      statusText,
      identity: "content",
      line: null,
    };
    if (!reading.ok) row.amountProblem = reading.reason;
    const identity = rowIdentity(row, normalise);
    row.identity = identity.kind;
    identities[identity.kind]++;
    const already = seen.get(identity.key) ?? 0;
    if (already > 0) {
      seen.set(identity.key, already - 1);
      duplicates.push(row);
      return;
    }
    const reason = unmatchedReason(normalise(row.description), row, status === null, lines, remembered);
    if (typeof reason === "string") {
      row.unmatched = reason;
      unmatched.push(row);
    } else {
      row.line = reason.line;
      row.matchedBy = reason.by;
      matched.push(row);
    }
  };
  const run: ImportRun = {
    total: table.records.length - headerIndex - 1,
    done: 0,
    advance(rows) {
      const to = Math.min(run.total, run.done + Math.max(1, rows));
      for (let done = run.done; done < to; done++) readRow(headerIndex + 1 + done);
      run.done = to;
    },
    result() {
      const amountOf = (rows: ImportedRow[]) => sum(rows.map((row) => row.amount ?? ZERO));
      return {
        encoding,
        delimiter: table.delimiter,
        ...(sheet !== undefined ? { sheet } : {}),
        mapping,
        read: run.total,
        matched,
        unmatched,
        duplicates,
        amount: amountOf(matched),
        paid: amountOf(matched.filter((row) => row.status === "paid")),
        committed: amountOf(matched.filter((row) => row.status === "committed")),
        identities,
      };
    },
  };
  return run;
}

/**
 * Reads an actuals file (a CSV file's bytes, or an .xlsx sheet's rows) and matches its rows to
 * budget lines; nothing is written. Each data row is
 * either matched (to a line by its code, by its item's name — trimmed, full-width to half-width, any
 * case — or by a match the planner made before, remembered from the existing rows), unmatched (with
 * why), or a duplicate of a row already imported. A row's identity
 * is its reference, or its date + amount + description when it has none; rows of equal identity count
 * as many times as they appear, so an export with two identical rows keeps both, and importing it
 * again adds neither. matched + unmatched + duplicates = read, always.
 */
export function importActuals(input: ActualsInput, options: ImportOptions): ActualsImport {
  const run = startImport(input, options);
  run.advance(run.total);
  return run.result();
}

/** The rows a chunked import matches between two pauses. */
export const IMPORT_CHUNK_ROWS = 2_000;

/** Lets the event loop run (a pane repaints its progress) before the next chunk. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The same import as importActuals, its rows matched a chunk at a time with a pause between chunks,
 * so a pane stays responsive on a large file; `progress` hears the rows done after each chunk,
 * rising to the rows read. The result is the one importActuals gives.
 */
export async function importActualsInChunks(
  input: ActualsInput,
  options: ImportOptions,
  progress?: ImportProgress,
  { chunkRows = IMPORT_CHUNK_ROWS, pause = nextTask }: { chunkRows?: number; pause?: () => Promise<void> } = {},
): Promise<ActualsImport> {
  const run = startImport(input, options);
  progress?.(0, run.total);
  while (run.done < run.total) {
    await pause();
    run.advance(chunkRows);
    progress?.(run.done, run.total);
  }
  return run.result();
}

function unmatchedReason(
  key: string,
  row: ImportedRow,
  unknownStatus: boolean,
  lines: ReturnType<typeof lineIndex>,
  remembered: ReadonlyMap<string, number | null>,
): UnmatchedReason | { line: number; by: NonNullable<ImportedRow["matchedBy"]> } {
  if (row.amount === null) return "badAmount";
  if (row.day === null) return "badDate";
  if (unknownStatus) return "unknownStatus";
  const byCode = lines.byCode.get(key);
  if (byCode?.length === 1) return { line: byCode[0], by: "code" };
  const byName = lines.byName.get(key);
  if (byName?.length === 1) return { line: byName[0], by: "name" };
  if (byName && byName.length > 1) return "ambiguousLine";
  const before = remembered.get(key);
  if (before !== undefined && before !== null) return { line: before, by: "remembered" };
  return "noLine";
}

/** The month label of a row's day (2026-05), or "" when its date could not be read. */
export function rowPeriod(row: { day: string | null }): string {
  return row.day ? monthOf(row.day) : "";
}
