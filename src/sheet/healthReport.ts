import { categoryByKey, type CategoryKey } from "../model/categories";
import { Decimal } from "../model/decimal";
import { formatMoney, formatPercent } from "../model/format";
import { incompleteTotal, type HealthRule, type Severity } from "../model/health";
import type { CategoryStatus } from "../model/totals";
import type { SheetHealth } from "./sheetHealth";
import { sheetLabels, type Lang, type Text } from "../i18n";

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
      message: f.message[lang],
    })),
  };
}

const SEVERITY_WORDS: Record<Severity, Text> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

const WORDS = {
  heading: (sheet: string, table: string, total: string): Text => ({
    zh: `工作表「${sheet}」（表格 ${table}）：合计 ${total}`,
    en: `Budget sheet "${sheet}" (table ${table}): total ${total}`,
  }),
  /** After the total the sheet itself cannot give. */
  excluding: (lines: number): Text =>
    lines === 0
      ? { zh: "（表格自己的合计是错误值）", en: " (the sheet's own total is an error)" }
      : {
          zh: `（不含 ${lines} 行，表格无法合计）`,
          en: ` (excluding ${lines} line${lines === 1 ? "" : "s"} the sheet cannot total)`,
        },
  others: (sheets: string): Text => ({
    zh: `工作簿中还有预算表：${sheets}。用 --sheet 指定要检查的表。`,
    en: `The workbook has other budget sheets: ${sheets}. Choose one with --sheet.`,
  }),
  /** In the total row's status column: the figures above leave lines out. */
  short: (lines: number): Text =>
    lines === 0
      ? { zh: "表格合计为错误值", en: "the sheet's total is an error" }
      : { zh: `不含 ${lines} 行`, en: `excluding ${lines} line${lines === 1 ? "" : "s"}` },
  range: { zh: "建议区间", en: "Range" } as Text,
  none: { zh: "没有发现问题。", en: "No findings." } as Text,
  count: (counts: string, n: number): Text => ({
    zh: `发现 ${n} 项：${counts}`,
    en: `${n} finding${n === 1 ? "" : "s"}: ${counts}`,
  }),
};

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
  const incomplete = incompleteTotal(health.checked);
  const total = formatMoney(health.total) + (incomplete ? WORDS.excluding(incomplete.excludedLines)[lang] : "");
  const lines = [WORDS.heading(health.sheetName, health.tableName, total)[lang]];
  if (otherBudgetSheets.length > 0) lines.push(WORDS.others(otherBudgetSheets.join(lang === "zh" ? "、" : ", "))[lang]);
  lines.push("");
  const header = [
    labels.summaryHeaders.category,
    labels.summaryHeaders.subtotal,
    labels.summaryHeaders.share,
    WORDS.range[lang],
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
        [
          labels.total,
          formatMoney(health.total),
          "",
          "",
          incomplete ? WORDS.short(incomplete.excludedLines)[lang] : "",
        ],
      ],
      [false, true, true, false, false],
    ),
  );
  lines.push("");
  if (health.findings.length === 0) {
    lines.push(WORDS.none[lang]);
    return lines;
  }
  const counts = (["error", "warning", "info"] as const)
    .map((severity) => [severity, health.findings.filter((f) => f.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) =>
      lang === "zh"
        ? `${SEVERITY_WORDS[severity].zh} ${n}`
        : `${n} ${SEVERITY_WORDS[severity].en}${n === 1 ? "" : "s"}`,
    )
    .join(lang === "zh" ? "，" : ", ");
  lines.push(WORDS.count(counts, health.findings.length)[lang]);
  lines.push(
    ...table(
      health.findings.map((f) => [SEVERITY_WORDS[f.severity][lang], f.cell ?? "", f.message[lang]]),
      [false, false, false],
    ),
  );
  return lines;
}
