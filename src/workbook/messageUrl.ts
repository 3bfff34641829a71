import { langFromLocale, type Lang } from "../i18n";

export interface PageMessage {
  text: string;
  lang: Lang;
}

/** The same page with the message in its query: commands.html?lang=zh&message=… */
export function messagePageUrl(pageUrl: string, message: PageMessage): string {
  const url = new URL(pageUrl);
  url.search = new URLSearchParams({ lang: message.lang, message: message.text }).toString();
  url.hash = "";
  return url.toString();
}

/** The message a page was opened to show; undefined when it was opened as the command file. */
export function messageFromQuery(search: string): PageMessage | undefined {
  const params = new URLSearchParams(search);
  const text = params.get("message");
  if (!text) return undefined;
  return { text, lang: langFromLocale(params.get("lang")) };
}
