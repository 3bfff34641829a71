import { describe, expect, it } from "vitest";
import * as i18n from "../src/i18n";
import type { Lang } from "../src/i18n";

/** Every accessor of a section: a function of the language with a `both`. */
const sections = (Object.entries(i18n) as [string, unknown][]).filter(
  (entry): entry is [string, ((lang: Lang) => unknown) & { both: unknown }] =>
    typeof entry[1] === "function" && "both" in entry[1],
);

/**
 * One value for any parameter a text takes: "Sample" where it is written out, a list of one "Sample"
 * where it is a list, 2 for any count it holds.
 */
const SAMPLE: unknown = new Proxy(["Sample"], {
  get: (target, key) => (key === Symbol.toPrimitive ? () => "Sample" : key in target ? Reflect.get(target, key) : 2),
});

/** Every en text of a table, by its path; a function entry is called with sample values. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const shown = (value as (...args: unknown[]) => unknown)(...Array.from({ length: 6 }, () => SAMPLE));
    return typeof shown === "string" ? [[path, shown]] : [];
  }
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, entry]) => texts(entry, `${path}.${key}`));
  return [];
}

const all = sections.flatMap(([name, accessor]) => texts(accessor("en"), name));

/**
 * Texts that are built into a sentence, never shown alone: Excel's reasons follow "could not …: ", a
 * command's errors follow "health: budget.xlsx: ", and so they start in lower case. The health report's
 * severities and its total's note sit in table columns beside other words in lower case.
 */
const FRAGMENTS = [
  /^workbookMessages\.reasons\./,
  /^workbookMessages\.(excelSaid|sheetList|unreadableCells)$/,
  /^insertionStrings\.(chart|pageLayout|frozenRows)$/,
  /^actualsStrings\.(errors|fields|reasons|command)\./,
  /^actualsFileStrings\.errors\./,
  /^findingTexts\.(shareAdvice|lumpSumWhy|rangeAdvice)\./,
  /^cliTexts\.report\.(severity\.|short$)/,
  /^cliTexts\.(health|output|unreadable)\./,
  /^cliTexts\.damagedPart$/,
];

describe("the English table", () => {
  it("has every section's texts", () => {
    expect(sections.map(([name]) => name)).toEqual(
      expect.arrayContaining(["paneStrings", "inputMessages", "functionMessages", "workbookMessages"]),
    );
    expect(all.length).toBeGreaterThan(300);
  });

  it("starts each text with a capital letter, a digit or a symbol", () => {
    const lower = all.filter(([path, text]) => !FRAGMENTS.some((f) => f.test(path)) && /^\p{Ll}/u.test(text));
    expect(lower).toEqual([]);
  });

  it("spells American English", () => {
    const british =
      /\b(labour\w*|optimis(e|ed|es|ing|ation)|fulfilment|colour\w*|organis(e|ed|es|ing|ation)|analys(e|ed|es|ing)|behaviour\w*|centre|cheque)\b/i;
    expect(all.filter(([, text]) => british.test(text))).toEqual([]);
  });
});
