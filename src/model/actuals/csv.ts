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
      field = "";
      i++;
      let closed = false;
      const start = i;
      let parts = "";
      let from = start;
      while (i < text.length) {
        const q = text.indexOf('"', i);
        if (q < 0) break;
        if (text[q + 1] === '"') {
          parts += text.slice(from, q + 1);
          i = q + 2;
          from = i;
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
      for (const ch of parts) if (ch === "\n") line++;
      line += (parts.match(/\r(?!\n)/g) ?? []).length;
      field = parts;
      // Anything after the closing quote up to the delimiter is kept, as spreadsheets do.
      while (i < text.length && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
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
      field += c;
      i++;
    }
  }
  if (field !== "" || record.length > 0) endRecord();
  return { delimiter, records, lines };
}
