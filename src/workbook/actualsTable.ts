import { actualsStrings, type Lang } from "../i18n";
import { parseAmount } from "../model/actuals/amount";
import { isoDayToSerial, parseDay } from "../model/actuals/date";
import { rowPeriod, type ExistingActual, type ImportedRow } from "../model/actuals/importActuals";
import { categoryByKey } from "../model/categories";
import { Decimal } from "../model/decimal";
import type { CheckedBudget } from "../model/health";
import { budgetTotals, lineAmount } from "../model/totals";
import {
  ACTUALS_COLUMNS,
  actualsEntries,
  type ActualsColumn,
  type ActualsLine,
  type ActualsTableRow,
} from "../sheet/buildActualsPlan";
import type { ReportSpend } from "../sheet/buildExecutionReportPlan";
import { number, text } from "../sheet/cellContent";
import type { CellContent } from "../sheet/plan";
import type { CellValue } from "../sheet/snapshot";

const asText = (value: CellValue | undefined) =>
  value === null || value === undefined || typeof value === "object" ? "" : String(value);

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

/** The Actuals table found in the workbook. */
export interface ActualsTableState {
  sheetName: string;
  tableName: string;
  headers: string[];
  rows: CellValue[][];
}
