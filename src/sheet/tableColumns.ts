import { TABLE_COLUMN_KEYS, type TableColumnKey } from "./labels";
import { sheetLabels, type Lang } from "../i18n";

/** Where each known column sits, as an offset from the table's first column. */
export type ColumnOffsets = Partial<Record<TableColumnKey, number>>;

export interface TableColumns {
  offsets: ColumnOffsets;
  /** The language most of the recognized headers are in; Chinese when undecided. */
  lang: Lang;
}

const LANGS: readonly Lang[] = ["zh", "en"];

export function normaliseHeader(header: string): string {
  return header.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

const HEADER_KEYS = new Map<string, { key: TableColumnKey; lang: Lang }>();
for (const lang of LANGS) {
  for (const key of TABLE_COLUMN_KEYS) HEADER_KEYS.set(normaliseHeader(sheetLabels(lang).headers[key]), { key, lang });
}

/** A funnel budget's columns after Note, found by their headers in either language (see linesTable). */
export interface FunnelColumnOffsets {
  driver?: number;
  ownQuantity?: number;
}

const FUNNEL_HEADERS = new Map<string, keyof FunnelColumnOffsets>();
for (const lang of LANGS) {
  FUNNEL_HEADERS.set(normaliseHeader(sheetLabels(lang).driverHeader), "driver");
  FUNNEL_HEADERS.set(normaliseHeader(sheetLabels(lang).ownQuantityHeader), "ownQuantity");
}

export function funnelColumnOffsets(headers: readonly string[]): FunnelColumnOffsets {
  const offsets: FunnelColumnOffsets = {};
  headers.forEach((header, offset) => {
    const key = FUNNEL_HEADERS.get(normaliseHeader(header));
    if (key !== undefined) offsets[key] ??= offset;
  });
  return offsets;
}

/** The column a header names in either language (trimmed, any case); undefined when none. */
export function columnKeyOfHeader(header: string): TableColumnKey | undefined {
  return HEADER_KEYS.get(normaliseHeader(header))?.key;
}

/**
 * Maps columns by their headers, so inserted, removed and re-ordered columns are found. A header the
 * product does not know (a renamed "Unit cost" → "Unit price") keeps the meaning of its standard
 * position, unless another header already names that column: then the unknown column is left out,
 * since an inserted column has moved the others and its position says nothing.
 */
export function mapTableColumns(headers: readonly string[]): TableColumns {
  const offsets: ColumnOffsets = {};
  const votes: Record<Lang, number> = { zh: 0, en: 0 };
  const unknown: number[] = [];
  headers.forEach((header, offset) => {
    const known = HEADER_KEYS.get(normaliseHeader(header));
    if (!known) {
      unknown.push(offset);
      return;
    }
    votes[known.lang]++;
    offsets[known.key] ??= offset; // Excel keeps table headers unique; the first wins if not
  });
  for (const offset of unknown) {
    const standard = TABLE_COLUMN_KEYS[offset];
    if (standard !== undefined && offsets[standard] === undefined) offsets[standard] = offset;
  }
  return { offsets, lang: votes.en > votes.zh ? "en" : "zh" };
}

/** A budget table names its Category and Budget columns outright (类别 / 预算); position is not enough. */
export function namesBudgetColumns(headers: readonly string[]): boolean {
  const keys = new Set(headers.map(columnKeyOfHeader));
  return keys.has("category") && keys.has("budget");
}
