import type { Lang } from "../model";
import { langFromLocale } from "./language";
import { isDarkColor } from "./theme";

/** Office's context, or undefined outside Office (office.js absent, or a plain browser). */
function officeContext(): Office.Context | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context;
  } catch {
    return undefined;
  }
}

/** Office's display language; the browser's outside Office. */
export function displayLang(): Lang {
  return langFromLocale(officeContext()?.displayLanguage ?? globalThis.navigator?.language);
}

/** Whether Office shows a dark theme; the system preference where Office does not say. */
export function prefersDarkTheme(): boolean {
  const background = officeContext()?.officeTheme?.bodyBackgroundColor;
  if (background) return isDarkColor(background);
  return globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}
