import type { Baseline, BaselineRow } from "../model/baseline";
import { categoryByKey, categoryFromLabel, type CategoryKey } from "../model/categories";
import { Decimal, ZERO } from "../model/decimal";
import type { PeriodUnit } from "../model/periods";
import { timelineStrings, type Lang } from "../i18n";
import { a1, rangeA1 } from "./address";
import { text } from "./cellContent";
import { isUnreadable, readNumberCell } from "./cellNumber";
import { COLORS } from "./formats";
import type { PlainSheetPlan, PlannedCell } from "./plan";
import type { CellValue } from "./snapshot";

/**
 * The approved baselines of a budget, kept as plain values in a table on a sheet of the add-in's own
 * (预算基线 / Baselines). Each approval appends its rows; earlier versions are never rewritten. One row
 * per item, every row of a version carrying its number:
 *
 * | Field            | Text                  | Value             | Category | Row | Period |
 * |------------------|-----------------------|-------------------|----------|-----|--------|
 * | source           | the budget table      |                   |          |     |        |
 * | approver, date, note, title, unit, first | the text |    |          |     |        |
 * | count            |                       | periods           |          |     |        |
 * | contingencyRate, revenue, grossMargin, cap, total | | the figure (blank: none) | | |    |
 * | period           | its label (2026-05)   |                   |          |     | 1…n    |
 * | line             | the item              | its amount        | name     | 1…m |        |
 * | amount           |                       | the amount        |          | 1…m | 1…n    |
 *
 * Amounts are whole fen; an amount row is left out for a period of zero. Dates and labels are text.
 */

export const BASELINE_STORE_TABLE_NAME = "BudgetBaselines";
export const BASELINE_STORE_COLUMNS = ["version", "field", "text", "value", "category", "row", "period"] as const;
export type BaselineStoreColumn = (typeof BASELINE_STORE_COLUMNS)[number];

/** The header row of the table on the baselines sheet (0-based); the title and the note are above. */
export const BASELINE_STORE_HEADER_ROW = 3;

export type StoreCell = string | Decimal | null;
type StoreRow = Partial<Record<BaselineStoreColumn, StoreCell>>;

const FIELDS = {
  source: "source",
  approver: "approver",
  date: "date",
  note: "note",
  title: "title",
  unit: "unit",
  first: "first",
  count: "count",
  contingencyRate: "contingencyRate",
  revenue: "revenue",
  grossMargin: "grossMargin",
  cap: "cap",
  total: "total",
  period: "period",
  line: "line",
  amount: "amount",
} as const;

const n = (value: number) => new Decimal(value);

/** One version's rows, in column order, to append to the table; category names in `lang`. */
export function baselineStoreRows(budgetTable: string, baseline: Baseline, lang: Lang): StoreCell[][] {
  const g = baseline.goals;
  const rows: StoreRow[] = [
    { field: FIELDS.source, text: budgetTable },
    { field: FIELDS.approver, text: baseline.approver },
    { field: FIELDS.date, text: baseline.date },
    { field: FIELDS.note, text: baseline.note },
    { field: FIELDS.title, text: baseline.title },
    { field: FIELDS.unit, text: baseline.periods.unit },
    { field: FIELDS.first, text: baseline.periods.first },
    { field: FIELDS.count, value: n(baseline.periods.count) },
    { field: FIELDS.contingencyRate, value: baseline.contingencyRate },
    { field: FIELDS.revenue, value: g.revenue },
    { field: FIELDS.grossMargin, value: g.grossMargin },
    { field: FIELDS.cap, value: g.cap },
    { field: FIELDS.total, value: baseline.total },
    ...baseline.periodLabels.map((label, p) => ({ field: FIELDS.period, text: label, period: n(p + 1) })),
  ];
  baseline.rows.forEach((row, r) => {
    rows.push({
      field: FIELDS.line,
      text: row.item,
      value: row.amount,
      category: categoryByKey(row.category).name[lang],
      row: n(r + 1),
    });
    row.periods.forEach((amount, p) => {
      if (!amount.isZero()) rows.push({ field: FIELDS.amount, value: amount, row: n(r + 1), period: n(p + 1) });
    });
  });
  const version = n(baseline.version);
  // Blank text stays blank, so nothing reads it back as a value.
  return rows.map((row) =>
    BASELINE_STORE_COLUMNS.map((column) => {
      const cell = column === "version" ? version : row[column];
      return cell === "" || cell === undefined ? null : cell;
    }),
  );
}

export interface StoredBaselines {
  /** The budget table the baselines were approved from (the first version's source). */
  budgetTable: string;
  /** Oldest first. */
  history: Baseline[];
}

const at = (row: readonly CellValue[], column: BaselineStoreColumn): CellValue =>
  row[BASELINE_STORE_COLUMNS.indexOf(column)] ?? null;
const textAt = (row: readonly CellValue[], column: BaselineStoreColumn): string => {
  const value = at(row, column);
  return value === null || typeof value === "object" ? "" : String(value);
};
const numberAt = (row: readonly CellValue[], column: BaselineStoreColumn): Decimal | null => {
  const read = readNumberCell(at(row, column));
  return isUnreadable(read) ? null : read;
};
const indexAt = (row: readonly CellValue[], column: BaselineStoreColumn): number =>
  numberAt(row, column)?.toNumber() ?? 0;

interface Draft {
  texts: Partial<Record<string, string>>;
  figures: Partial<Record<string, Decimal | null>>;
  labels: string[];
  lines: { category: CategoryKey; item: string; amount: Decimal }[];
  amounts: { row: number; period: number; value: Decimal }[];
}

function baselineOf(version: number, draft: Draft): Baseline {
  const count = draft.figures.count?.toNumber() ?? draft.labels.length;
  const rows: BaselineRow[] = draft.lines.map((line) => ({
    ...line,
    periods: Array.from({ length: count }, () => ZERO),
  }));
  for (const { row, period, value } of draft.amounts) {
    const target = rows[row - 1];
    if (target && period >= 1 && period <= count) (target.periods as Decimal[])[period - 1] = value;
  }
  const t = draft.texts;
  const f = draft.figures;
  return Object.freeze({
    version,
    approver: t.approver ?? "",
    date: t.date ?? "",
    note: t.note ?? "",
    title: t.title ?? "",
    periods: { unit: (t.unit === "week" ? "week" : "month") as PeriodUnit, first: t.first ?? "", count },
    periodLabels: Array.from({ length: count }, (_, p) => draft.labels[p] ?? ""),
    rows,
    goals: { revenue: f.revenue ?? null, grossMargin: f.grossMargin ?? null, cap: f.cap ?? null },
    contingencyRate: f.contingencyRate ?? ZERO,
    total: f.total ?? ZERO,
  });
}

/** The baselines of the table's data rows (in column order), oldest version first; unknown rows are passed over. */
export function readBaselineStore(rows: readonly (readonly CellValue[])[]): StoredBaselines {
  let budgetTable = "";
  const drafts = new Map<number, Draft>();
  for (const row of rows) {
    const version = indexAt(row, "version");
    if (!Number.isInteger(version) || version < 1) continue;
    let draft = drafts.get(version);
    if (!draft) {
      draft = { texts: {}, figures: {}, labels: [], lines: [], amounts: [] };
      drafts.set(version, draft);
    }
    const field = textAt(row, "field").trim();
    if (field === FIELDS.source) {
      if (budgetTable === "") budgetTable = textAt(row, "text").trim();
    } else if (field === FIELDS.period) draft.labels[indexAt(row, "period") - 1] = textAt(row, "text");
    else if (field === FIELDS.line) {
      const category = categoryFromLabel(textAt(row, "category").trim());
      if (category === undefined) continue;
      draft.lines[indexAt(row, "row") - 1] = {
        category,
        item: textAt(row, "text"),
        amount: numberAt(row, "value") ?? ZERO,
      };
    } else if (field === FIELDS.amount) {
      const value = numberAt(row, "value");
      if (value) draft.amounts.push({ row: indexAt(row, "row"), period: indexAt(row, "period"), value });
    } else if (
      [FIELDS.approver, FIELDS.date, FIELDS.note, FIELDS.title, FIELDS.unit, FIELDS.first].includes(field as "date")
    )
      draft.texts[field] = textAt(row, "text");
    else draft.figures[field] = numberAt(row, "value");
  }
  const history = [...drafts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([version, draft]) => baselineOf(version, { ...draft, lines: draft.lines.filter(Boolean) }));
  return { budgetTable, history };
}

/** The baselines sheet above its table: a title and what the table is. The table is the adapter's. */
export function buildBaselineSheetPlan(lang: Lang, sheetName: string): PlainSheetPlan {
  const labels = timelineStrings(lang).store;
  const cells: PlannedCell[] = [
    { row: 0, col: 0, content: text(labels.title) },
    { row: 1, col: 0, content: text(labels.note) },
  ];
  const lastCol = BASELINE_STORE_COLUMNS.length - 1;
  return {
    sheetName,
    lang,
    cells,
    styles: [
      { range: a1({ row: 0, col: 0 }), bold: true, fontSize: 14 },
      { range: a1({ row: 1, col: 0 }), italic: true, fontColor: COLORS.muted },
    ],
    columnWidths: [
      { col: 0, chars: 8 },
      { col: 1, chars: 16 },
      { col: 2, chars: 30 },
      { col: 3, chars: 16 },
      { col: 4, chars: 16 },
      { col: 5, chars: 6 },
      { col: 6, chars: 6 },
    ],
    names: [],
    conditionalFormats: [],
    validations: [],
    freezeRows: BASELINE_STORE_HEADER_ROW + 1,
    printArea: rangeA1({ row: 0, col: 0 }, { row: BASELINE_STORE_HEADER_ROW, col: lastCol }),
  };
}

/** The table's header cells, in the sheet's language. */
export function baselineStoreHeaders(lang: Lang): string[] {
  const headers = timelineStrings(lang).store.headers;
  return BASELINE_STORE_COLUMNS.map((column) => headers[column]);
}
