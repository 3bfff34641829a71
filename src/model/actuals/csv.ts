import { BudgetInputError } from "../errors";
import { actualsStrings } from "../../i18n";

export type Delimiter = "," | "\t";

export interface CsvTable {
  delimiter: Delimiter;
  /** Every record, the header first; a record's fields as written, quotes removed. */
  records: string[][];
  /** The 1-based line each record starts on, for messages. */
  lines: number[];
}

/**
 * The delimiter of a CSV text: a tab when its first record (outside quotes) has at least as many tabs
 * as commas and at least one, else a comma.
 */
export function detectDelimiter(text: string): Delimiter {
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c === "\t") tabs++;
    else if (!quoted && c === ",") commas++;
  }
  return tabs > 0 && tabs >= commas ? "\t" : ",";
}

/**
 * Reads a CSV text by RFC 4180: fields separated by the delimiter, records by CRLF, LF or CR; a quoted
 * field may hold the delimiter, line breaks and "" for a quote. A byte-order mark is dropped, blank
 * records are skipped. A quote never closed is an error naming the line it opens on.
 */
export function parseCsv(
  input: string,
  delimiter: Delimiter = detectDelimiter(input.replace(/^\uFEFF/, "")),
): CsvTable {
  const text = input.replace(/^\uFEFF/, "");
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    field = "";
    if (record.length > 1 || record[0].trim() !== "") {
      records.push(record);
      lines.push(recordLine);
    }
    record = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field.trim() === "") {
      // A quoted field: up to the closing quote, "" standing for a quote.
      const opened = line;
      let parts = "";
      let from = i + 1;
      let closed = false;
      for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', from)) {
        if (text[q + 1] === '"') {
          parts += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        parts += text.slice(from, q);
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) {
        throw new BudgetInputError(
          "value",
          actualsStrings.both((s) => s.errors.unclosedQuote(opened)),
        );
      }
      line += countBreaks(parts);
      field = parts;
      // Anything after the closing quote up to the delimiter is kept, as spreadsheets do.
      const rest = fieldEnd(text, i, delimiter);
      field += text.slice(i, rest);
      i = rest;
      continue;
    }
    if (c === delimiter) {
      record.push(field);
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // An unquoted stretch, up to the next delimiter or line break, in one slice.
      const end = fieldEnd(text, i, delimiter);
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== "" || record.length > 0) endRecord();
  return { delimiter, records, lines };
}

/** Where a field's unquoted text ends: at the delimiter, a line break or the end of the text. */
function fieldEnd(text: string, from: number, delimiter: Delimiter): number {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || text[i] === delimiter) break;
    i++;
  }
  return i;
}

/** The line breaks in a quoted field: CRLF, LF or CR each count once. */
function countBreaks(text: string): number {
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) breaks++;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) breaks++;
  }
  return breaks;
}
