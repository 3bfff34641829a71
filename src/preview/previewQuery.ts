import { langFromLocale, type Lang } from "../i18n";

/** How the preview opens: ?lang=en|zh (Office's display language), ?theme=light|dark, ?layout=pane. */
export interface PreviewQuery {
  lang: Lang | undefined;
  dark: boolean | undefined;
  /** "pane" shows the task pane alone, as Office hosts it, at the window's width. */
  layout: "workbook" | "pane";
}

export function readPreviewQuery(search: string): PreviewQuery {
  const params = new URLSearchParams(search);
  const lang = params.get("lang");
  const theme = params.get("theme");
  return {
    lang: lang ? langFromLocale(lang) : undefined,
    dark: theme === "dark" ? true : theme === "light" ? false : undefined,
    layout: params.get("layout") === "pane" ? "pane" : "workbook",
  };
}

/** The same address with the language and theme chosen, so that a reload keeps them. */
export function previewSearch(search: string, lang: Lang, dark: boolean): string {
  const params = new URLSearchParams(search);
  params.set("lang", lang);
  params.set("theme", dark ? "dark" : "light");
  return `?${params.toString()}`;
}
