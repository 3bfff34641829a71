import { LANGS, timelineMessages, type Lang, type Text, type TimelineMessages } from "../i18n";
import { BudgetInputError } from "./errors";

/** A budget-over-time text in both languages, from the language tables' timeline section. */
export function timelineText(say: (words: TimelineMessages, lang: Lang) => string): Text {
  return Object.fromEntries(LANGS.map((lang) => [lang, say(timelineMessages(lang), lang)])) as Text;
}

/** Fails with a budget-over-time input error in both languages. */
export function failTimeline(say: (words: TimelineMessages, lang: Lang) => string): never {
  throw new BudgetInputError("value", timelineText(say));
}
