import { afterEach, describe, expect, it, vi } from "vitest";
import { displayLang, prefersDarkTheme, watchOfficeTheme } from "../src/excel/officeEnvironment";

/** Office as office.js shows it to the pane: its context, and the event types it knows. */
function stubOffice(context: Partial<Office.Context>): void {
  vi.stubGlobal("Office", { context, EventType: { OfficeThemeChanged: "officeThemeChanged" } });
}

const theme = (fields: Partial<Office.OfficeTheme>) => fields as Office.OfficeTheme;

afterEach(() => vi.unstubAllGlobals());

describe("the pane in Office", () => {
  it("speaks Office's display language", () => {
    stubOffice({ displayLanguage: "zh-CN" });
    expect(displayLang()).toBe("zh");
    stubOffice({ displayLanguage: "en-GB" });
    expect(displayLang()).toBe("en");
  });

  it("is dark when Office's theme is: as Office says, else by its background", () => {
    stubOffice({ officeTheme: theme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }) });
    expect(prefersDarkTheme()).toBe(true);
    stubOffice({ officeTheme: theme({ isDarkTheme: false, bodyBackgroundColor: "#262626" }) });
    expect(prefersDarkTheme()).toBe(false);
    stubOffice({ officeTheme: theme({ bodyBackgroundColor: "#262626" }) });
    expect(prefersDarkTheme()).toBe(true);
    stubOffice({ officeTheme: theme({ bodyBackgroundColor: "#F3F3F3" }) });
    expect(prefersDarkTheme()).toBe(false);
  });

  it("follows theme changes where the host raises them (Outlook's mailbox), and nothing elsewhere", () => {
    let handler: ((event: { officeTheme: Office.OfficeTheme }) => void) | undefined;
    const mailbox = {
      addHandlerAsync: vi.fn((_type: string, added: typeof handler) => (handler = added)),
      removeHandlerAsync: vi.fn(),
    };
    stubOffice({ mailbox: mailbox as unknown as Office.Mailbox });
    const onChange = vi.fn();
    const stop = watchOfficeTheme(onChange);
    handler?.({ officeTheme: theme({ bodyBackgroundColor: "#1F1F1F" }) });
    expect(onChange).toHaveBeenCalledWith(true);
    stop();
    expect(mailbox.removeHandlerAsync).toHaveBeenCalledWith("officeThemeChanged");

    stubOffice({ displayLanguage: "en-US" });
    expect(() => watchOfficeTheme(onChange)()).not.toThrow();
  });
});
