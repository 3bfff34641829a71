import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * Every user-facing word lives in the one language table, src/i18n/. A text written in place, as
 * { zh: "…", en: "…" }, is one the table does not know of: its wording escapes the checks on the table
 * (sentence case, American spelling) and a missing translation is no type error.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Where such literals may stay: the preset budgets' content (line items, owners, descriptions) is data a
 * planner starts from, not the product's words; the others move into the table with their own changes.
 */
const ALLOWED: readonly string[] = [
  "src/i18n/",
  "src/model/presets.ts",
  // Phasing, baselines and actuals, whose words move with their own changes.
  "src/model/phasing.ts",
  "src/model/periods.ts",
  "src/model/seasonalCalendar.ts",
  "src/model/baseline.ts",
  "src/model/execution.ts",
  "src/model/timelinePresets.ts",
  "src/sheet/buildPhasingPlan.ts",
  "src/sheet/phasingLabels.ts",
  "src/excel/",
  "src/preview/",
];

/** A zh or en property (the key bare or quoted) whose value is a string or template literal. */
const INLINE_TEXT = /(?:^|[{,])\s*(["']?)(?:zh|en)\1\s*:\s*["'`]/gm;

/** The lines of `source` holding an inline text, as "line: text". */
function inlineTexts(source: string): string[] {
  const lineOf = (index: number) => source.slice(0, index).split("\n").length;
  return [...source.matchAll(INLINE_TEXT)].map((match) => {
    const at = match.index + match[0].search(/[^\s{,]/);
    const line = lineOf(at);
    return `${line}: ${source.split("\n")[line - 1].trim()}`;
  });
}

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

describe("the scan for inline texts", () => {
  it("finds a text in both languages however it is written", () => {
    expect(inlineTexts('const a = { zh: "预算", en: "Budget" };')).toEqual([
      '1: const a = { zh: "预算", en: "Budget" };',
      '1: const a = { zh: "预算", en: "Budget" };',
    ]);
    expect(inlineTexts("throw new E({\n  en: `no plan ${id}`,\n  zh: `没有方案 ${id}`,\n});")).toEqual([
      "2: en: `no plan ${id}`,",
      "3: zh: `没有方案 ${id}`,",
    ]);
    expect(inlineTexts("const b = { 'zh': '保守', \"en\": \"Conservative\" };")).toHaveLength(2);
  });

  it("passes texts from the table, language tests and maps keyed by language", () => {
    const fine = [
      'const a = { zh: say("zh"), en: say("en") };',
      'return lang === "zh" ? "en" : "zh";',
      "const votes: Record<Lang, number> = { zh: 0, en: 0 };",
      "const t = inputMessages.both((words) => words.planNameBlank);",
      'const note = `${value}${lang === "zh" ? "。" : "."}`;',
    ];
    expect(fine.flatMap(inlineTexts)).toEqual([]);
  });
});

describe("the product's words", () => {
  it("are in src/i18n/, not written in place", () => {
    const found = sources(join(ROOT, "src"))
      .map((path) => relative(ROOT, path).split("\\").join("/"))
      .filter(
        (path) => !ALLOWED.some((allowed) => (allowed.endsWith("/") ? path.startsWith(allowed) : path === allowed)),
      )
      .flatMap((path) => inlineTexts(readFileSync(join(ROOT, path), "utf8")).map((text) => `${path}:${text}`));
    expect(found).toEqual([]);
  });
});
