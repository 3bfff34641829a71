/** The two languages of the product: every label, message and description exists in both. */
export type Lang = "zh" | "en";

export const LANGS: readonly Lang[] = ["zh", "en"];

/** A text in both languages, for what is shown in whichever language the reader picks later (errors). */
export type Text = Record<Lang, string>;

/** Chinese for any "zh" locale tag (zh-CN, zh-TW, zh-Hans…), English otherwise. */
export function langFromLocale(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().startsWith("zh") ? "zh" : "en";
}

export function localeTag(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en-US";
}

/** Each language named in itself, as a language switch shows it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { zh: "中文", en: "English" };
