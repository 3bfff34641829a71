import { langFromLocale, type Lang } from "../i18n";

export interface PageMessage {
  text: string;
  lang: Lang;
  /**
   * What the message is about: "failed" (the default), the command did nothing; "inserted", the sheet
   * was inserted and the text says what of it is missing.
   */
  kind?: "failed" | "inserted";
}

/** The same page with the message in its query: commands.html?lang=zh&message=… (&kind=inserted). */
export function messagePageUrl(pageUrl: string, message: PageMessage): string {
  const url = new URL(pageUrl);
  url.search = new URLSearchParams({
    lang: message.lang,
    message: message.text,
    ...(message.kind === "inserted" ? { kind: "inserted" } : {}),
  }).toString();
  url.hash = "";
  return url.toString();
}

/** The message a page was opened to show; undefined when it was opened as the command file. */
export function messageFromQuery(search: string): PageMessage | undefined {
  const params = new URLSearchParams(search);
  const text = params.get("message");
  if (!text) return undefined;
  const lang = langFromLocale(params.get("lang"));
  return params.get("kind") === "inserted" ? { text, lang, kind: "inserted" } : { text, lang };
}
