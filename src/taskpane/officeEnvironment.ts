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

/** Whether an Office theme is dark: Office says so where it can, else its background colour tells. */
function isDarkOfficeTheme(theme: Office.OfficeTheme): boolean | undefined {
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  return theme.bodyBackgroundColor ? isDarkColor(theme.bodyBackgroundColor) : undefined;
}

/** Whether Office shows a dark theme; the system preference where Office does not say. */
export function prefersDarkTheme(): boolean {
  const theme = officeContext()?.officeTheme;
  const dark = theme ? isDarkOfficeTheme(theme) : undefined;
  return dark ?? globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

/**
 * Calls `onChange` when Office's theme changes, where the host says so: only Outlook raises
 * Office.EventType.OfficeThemeChanged (Mailbox 1.14); Excel does not, so there the pane keeps the theme
 * it opened with. Returns the function that stops listening.
 */
export function watchOfficeTheme(onChange: (dark: boolean) => void): () => void {
  const mailbox = officeContext()?.mailbox;
  if (!mailbox?.addHandlerAsync || !Office.EventType?.OfficeThemeChanged) return () => {};
  const eventType = Office.EventType.OfficeThemeChanged;
  mailbox.addHandlerAsync(eventType, (event: Office.OfficeThemeChangedEventArgs) => {
    const dark = isDarkOfficeTheme(event.officeTheme);
    if (dark !== undefined) onChange(dark);
  });
  return () => mailbox.removeHandlerAsync(eventType);
}
