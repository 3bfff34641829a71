import type { Page } from "playwright-core";
import { expect } from "vitest";
import { presetById, type PresetId } from "../../../src/model";
import { paneStrings, previewStrings, type Lang } from "../../../src/i18n";

/** Clicks a template's Insert button and waits for the pane to say it was inserted. */
export async function insertTemplate(page: Page, lang: Lang, preset: PresetId): Promise<void> {
  const card = page.getByRole("article", { name: presetById(preset).name[lang], exact: true });
  await card.getByRole("button", { name: paneStrings(lang).insertButton }).click();
  await card.getByText(paneStrings(lang).insertedTitle, { exact: true }).waitFor();
}

export async function openView(page: Page, lang: Lang, view: "templates" | "health"): Promise<void> {
  const name = view === "templates" ? paneStrings(lang).tabTemplates : paneStrings(lang).tabHealth;
  await page.getByRole("tab", { name, exact: true }).click();
}

/** Polls until the value passes; the pane re-checks a moment after the last edit, and a busy machine is slow. */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000, interval: 100 });

export const cellOf = (page: Page, address: string) => page.locator(`[role="gridcell"][data-address="${address}"]`);

/** What a cell of the active sheet shows. */
export async function cellText(page: Page, address: string): Promise<string> {
  return (await cellOf(page, address).textContent()) ?? "";
}

/** Goes to a cell through the name box, as a planner would, and types into the formula bar. */
export async function typeIntoCell(page: Page, lang: Lang, address: string, typed: string): Promise<void> {
  const strings = previewStrings(lang);
  const nameBox = page.getByRole("textbox", { name: strings.nameBox });
  await nameBox.fill(address);
  await nameBox.press("Enter");
  await eventually(() => cellOf(page, address).getAttribute("aria-selected")).toBe("true");
  const formulaBar = page.getByRole("textbox", { name: strings.formulaBar });
  await formulaBar.fill(typed);
  await formulaBar.press("Enter");
}

export async function activateSheet(page: Page, lang: Lang, sheetName: string): Promise<void> {
  await page
    .getByRole("tablist", { name: previewStrings(lang).sheets })
    .getByRole("tab", { name: sheetName, exact: true })
    .click();
  await page.getByRole("grid", { name: sheetName }).waitFor();
}
