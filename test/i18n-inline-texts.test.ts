import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LANGS, presetCardTexts, timelineMessages, type Lang } from "../src/i18n";
import { PRESET_IDS, presetById } from "../src/model/presets";

/*
 * Every user-facing word lives in the one language table, src/i18n/. A text written in place, as
 * { zh: "…", en: "…" }, is one the table does not know of: its wording escapes the checks on the table
 * (sentence case, American spelling) and a missing translation is no type error.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Where such literals may stay: the preset budgets' content (line items, owners, descriptions) is data a
 * planner starts from, not the product's words.
 */
const ALLOWED: readonly string[] = ["src/i18n/", "src/model/presets.ts"];

/** A zh or en property (the key bare or quoted) whose value is a string or template literal. */
const INLINE_TEXT = /(?:^|[{,])\s*(["']?)(?:zh|en)\1\s*:\s*["'`]/gm;

/**
 * A call whose first two arguments are string or template literals, each on one line, as fail("…", "…"):
 * a text in both languages written in place when one is in Chinese and the other in English.
 */
const LITERAL_PAIR = /[\w$]\(\s*(["'`])((?:(?!\1)[^\\\n]|\\.)*)\1\s*,\s*(["'`])((?:(?!\3)[^\\\n]|\\.)*)\3/g;
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const english = (text: string) => /[A-Za-z]/.test(text) && !CHINESE.test(text);
const inBothLanguages = (first: string, second: string) =>
  (CHINESE.test(first) && english(second)) || (english(first) && CHINESE.test(second));

/** The lines of `source` holding an inline text, as "line: text". */
function inlineTexts(source: string): string[] {
  const lineOf = (index: number) => source.slice(0, index).split("\n").length;
  const at = (index: number) => {
    const line = lineOf(index);
    return { index, text: `${line}: ${source.split("\n")[line - 1].trim()}` };
  };
  const keyed = [...source.matchAll(INLINE_TEXT)].map((match) => at(match.index + match[0].search(/[^\s{,]/)));
  const paired = [...source.matchAll(LITERAL_PAIR)]
    .filter((match) => inBothLanguages(match[2], match[4]))
    .map((match) => at(match.index + match[0].search(/["'`]/)));
  return [...keyed, ...paired].sort((a, b) => a.index - b.index).map((found) => found.text);
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

  it("finds a text in both languages passed to a helper as two literals", () => {
    expect(
      inlineTexts('if (weights.length === 0) fail("没有可分摊的期间。", "There are no periods to spread over.");'),
    ).toEqual(['1: if (weights.length === 0) fail("没有可分摊的期间。", "There are no periods to spread over.");']);
    expect(inlineTexts("const head = text(\n  `第 ${n} 期`,\n  `Period ${n}`,\n);")).toEqual(["2: `第 ${n} 期`,"]);
    expect(inlineTexts("say('Total', '合计')")).toEqual(["1: say('Total', '合计')"]);
  });

  it("passes texts from the table, language tests and maps keyed by language", () => {
    const fine = [
      'const a = { zh: say("zh"), en: say("en") };',
      'return lang === "zh" ? "en" : "zh";',
      "const votes: Record<Lang, number> = { zh: 0, en: 0 };",
      "const t = inputMessages.both((words) => words.planNameBlank);",
      'const note = `${value}${lang === "zh" ? "。" : "."}`;',
      'const separator = pick("、", ", ");',
      'const cell = onSheet("预算表", address);',
      '/** The button names that language in itself ("English", "中文"). */',
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

describe("the preset cards", () => {
  /** Every text of the language table's sections for the preset cards, in one language. */
  const tableTexts = (lang: Lang): string[] => [
    ...Object.values(presetCardTexts(lang)).flatMap((card): string[] => Object.values(card)),
    ...Object.values(timelineMessages(lang).campaignTimeline),
  ];

  it("show a name, a description and a note from the language table, not the preset's data", () => {
    for (const lang of LANGS) {
      const known = tableTexts(lang);
      for (const id of PRESET_IDS) {
        const { name, description, intendedFindings } = presetById(id);
        const shown = [name[lang], description[lang], ...(intendedFindings ? [intendedFindings.note[lang]] : [])];
        expect(
          shown.filter((text) => !known.includes(text)),
          `${id} (${lang})`,
        ).toEqual([]);
      }
    }
  });

  it("name the worked example as before in both languages", () => {
    expect(presetById("campaign").name).toEqual({
      zh: "营销活动预算（汽车保养）",
      en: "Campaign budget (car maintenance)",
    });
    expect(presetById("event").description.en).toBe(
      "A 300-guest launch event: creative, media placement, venue and staffing.",
    );
  });
});
