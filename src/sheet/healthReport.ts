import { categoryByKey, type CategoryKey } from "../model/categories";
import { Decimal } from "../model/decimal";
import { formatMoney, formatPercent } from "../model/format";
import { incompleteTotal, type HealthRule, type Severity } from "../model/health";
import type { CategoryStatus } from "../model/totals";
import type { SheetHealth } from "./sheetHealth";
import { cliTexts, sheetLabels, type Lang } from "../i18n";

/**
 * The machine-readable report. Figures are decimal strings ("1294596", "0.272286"), never JSON
 * numbers: they stay exact whatever number type the reader's JSON parser has, as every figure of
 * the product is a decimal. Amounts are rounded to the fen, shares to six places; ranges are as typed.
 */
export interface HealthJson {
  sheet: string;
  total: string;
  /**
   * False when the sheet cannot total (a line's Budget is an error, or its total cell shows one): the
   * total, amounts and shares then leave out `excludedLines` lines and are not figures the sheet shows.
   */
  totalComplete: boolean;
  excludedLines: number;
  categories: { key: CategoryKey; amount: string; share: string; min: string; max: string; status: CategoryStatus }[];
  findings: {
    rule: HealthRule;
    severity: Severity;
    category: CategoryKey | null;
    cell: string | null;
    /** The amount the finding is about, to the fen (days for out-of-date actuals); null when it has none. */
    amount: string | null;
    message: string;
  }[];
}

const amountText = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
const shareText = (value: Decimal) => value.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed();

export function healthJson(health: SheetHealth, lang: Lang): HealthJson {
  const incomplete = incompleteTotal(health.checked);
  return {
    sheet: health.sheetName,
    total: amountText(health.total),
    totalComplete: incomplete === null,
    excludedLines: incomplete?.excludedLines ?? 0,
    categories: health.categories.map((c) => ({
      key: c.key,
      amount: amountText(c.amount),
      share: shareText(c.share),
      min: c.range.min.toFixed(),
      max: c.range.max.toFixed(),
      status: c.status,
    })),
    findings: health.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      category: f.category ?? null,
      cell: f.cell ?? null,
      amount: f.amount ? amountText(f.amount) : null,
      message: f.message[lang],
    })),
  };
}

/** Terminal columns a text takes: CJK and full-width characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

function table(rows: string[][], rightAligned: readonly boolean[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ""))));
  return rows.map((row) =>
    row
      .map((cell, c) => {
        const pad = " ".repeat(widths[c] - displayWidth(cell));
        return rightAligned[c] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}

/** The report for people: the figures by category, then the findings with their cells. */
export function healthText(health: SheetHealth, lang: Lang, otherBudgetSheets: readonly string[] = []): string[] {
  const labels = sheetLabels(lang);
  const words = cliTexts(lang).report;
  const incomplete = incompleteTotal(health.checked);
  const total = formatMoney(health.total) + (incomplete ? words.excluding(incomplete.excludedLines) : "");
  const lines = [words.heading(health.sheetName, health.tableName, total)];
  if (otherBudgetSheets.length > 0) lines.push(words.others(otherBudgetSheets.join(words.sheetSeparator)));
  lines.push("");
  const header = [
    labels.summaryHeaders.category,
    labels.summaryHeaders.subtotal,
    labels.summaryHeaders.share,
    words.range,
    labels.summaryHeaders.status,
  ];
  const rows = health.categories.map((c) => [
    categoryByKey(c.key).name[lang],
    formatMoney(c.amount),
    formatPercent(c.share),
    `${formatPercent(c.range.min, 0)}–${formatPercent(c.range.max, 0)}`,
    labels.status[c.status],
  ]);
  lines.push(
    ...table(
      [
        header,
        ...rows,
        [labels.total, formatMoney(health.total), "", "", incomplete ? words.short(incomplete.excludedLines) : ""],
      ],
      [false, true, true, false, false],
    ),
  );
  lines.push("");
  if (health.findings.length === 0) {
    lines.push(words.none);
    return lines;
  }
  const counts = (["error", "warning", "info"] as const)
    .map((severity) => [severity, health.findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => words.severityCount(severity, n))
    .join(words.separator);
  lines.push(words.count(counts, health.findings.length));
  lines.push(
    ...table(
      health.findings.map((f) => [words.severity[f.severity], f.cell ?? "", f.message[lang]]),
      [false, false, false],
    ),
  );
  return lines;
}
