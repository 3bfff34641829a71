import type { Lang, Text } from "./lang";

/** One section's accessor: the zh or the en table, and a text in both languages built from either. */
export function section<T>(zh: T, en: T) {
  const of = (lang: Lang): T => (lang === "zh" ? zh : en);
  const both = (say: (words: T, lang: Lang) => string): Text => ({ zh: say(zh, "zh"), en: say(en, "en") });
  return Object.assign(of, { both });
}
