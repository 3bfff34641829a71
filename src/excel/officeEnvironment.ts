import { langFromLocale, type Lang } from "../i18n";

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

/** Parses #RGB or #RRGGBB; undefined for anything else. */
function parseHexColor(color: string): [number, number, number] | undefined {
  const hex = color.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (digit) => digit + digit) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as [number, number, number];
}

/** True when a background colour is dark enough to need light text (WCAG relative luminance below 0.5). */
export function isDarkColor(color: string): boolean {
  const rgb = parseHexColor(color);
  if (!rgb) return false;
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
