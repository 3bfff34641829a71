import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { seriousViolations } from "./support/accessibility";
import { describeInBrowser } from "./support/browserSuite";
import { errorsOf, openPreview } from "./support/previewPage";
import { activateSheet, eventually, insertTemplate } from "./support/previewActions";
import { saveScreenshot } from "./support/screenshots";
import { actualsStrings, localeTag, paneStrings, type Lang } from "../../src/i18n";
import { presetBudget } from "../../src/model/presets";

/*
 * The Actuals view in the preview: a CSV chosen through the file chooser, its rows previewed with their
 * amounts and counted before anything is written, an unmatched row assigned, then written to the
 * Actuals sheet; accessible and pictured in both languages, and nothing sideways at 320 px.
 */

function exportFile(lang: Lang): string {
  const items = presetBudget("campaign", lang).lines.map((line) => line.item);
  const header = lang === "zh" ? "日期,金额,明细项,单号" : "Date,Amount,Item,Reference";
  return [
    header,
    `2026-05-03,"¥12,345.67",${items[1]},BX-001`,
    `2026-05-04,(1000.01),${items[1]},BX-002`,
    `2026-05-05,3210.05,Billboard,BX-003`,
    `2026-05-06,abc,${items[18]},BX-004`,
  ].join("\r\n");
}

/** The document's width beyond the window's: a horizontal scroll bar. */
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describeInBrowser("importing actuals in the pane", (session) => {
  it.each([
    { lang: "zh" as const, width: 360 },
    { lang: "en" as const, width: 320 },
  ])("in $lang at $width px: chosen, previewed, assigned and written", async ({ lang, width }) => {
    const say = actualsStrings(lang).pane;
    const page = await openPreview(session(), { lang, theme: "light", layout: "pane", width });
    await insertTemplate(page, lang, "campaign");
    await page.getByRole("tab", { name: paneStrings(lang).tabActuals, exact: true }).click();
    await page.getByRole("heading", { name: say.heading }).waitFor();

    await page.locator('input[type="file"]').setInputFiles({
      name: "expenses.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(exportFile(lang), "utf-8"),
    });
    // Counted before anything is written: two matched, two unmatched, nothing imported yet.
    const counts = page.getByRole("definition");
    await eventually(() => counts.allTextContents()).toEqual(["2", "2", "0", "¥11,345.66"]);
    await expect.poll(() => page.getByText("¥12,345.67").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText("-¥1,000.01").count()).toBeGreaterThan(0);

    // Assign the billboard row (file line 4) to a budget line.
    const poster = presetBudget("campaign", lang).lines[7].item;
    await page.getByRole("combobox", { name: say.assignLabel(4, "Billboard") }).click();
    await page.getByRole("option", { name: poster, exact: true }).click();
    await eventually(() => counts.allTextContents()).toEqual(["3", "1", "0", "¥14,555.71"]);

    expect(await seriousViolations(page)).toEqual([]);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, `actuals-preview-${localeTag(lang)}-${width}`);

    await page.getByRole("button", { name: say.write(4) }).click();
    const sheetName = actualsStrings(lang).sheet.sheetName;
    await page.getByText(say.written(4, sheetName, 1)).waitFor();
    // Importing it again would add nothing: every row is now known.
    await eventually(() => counts.allTextContents()).toEqual(["0", "0", "4", "¥0.00"]);
    expect(await page.getByRole("button", { name: say.write(0) }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, `actuals-written-${localeTag(lang)}-${width}`);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it("writes the rows onto the Actuals sheet of the grid, the assigned row on its line", async () => {
    const lang = "en";
    const say = actualsStrings(lang).pane;
    const page = await openPreview(session(), { lang, theme: "light" });
    await insertTemplate(page, lang, "campaign");
    await page.getByRole("tab", { name: paneStrings(lang).tabActuals, exact: true }).click();
    await page.locator('input[type="file"]').setInputFiles({
      name: "expenses.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(exportFile(lang), "utf-8"),
    });
    const poster = presetBudget("campaign", lang).lines[7].item;
    await page.getByRole("combobox", { name: say.assignLabel(4, "Billboard") }).click();
    await page.getByRole("option", { name: poster, exact: true }).click();
    await page.getByRole("button", { name: say.write(4) }).click();
    await page.getByText(say.written(4, "Actuals", 1)).waitFor();
    await activateSheet(page, lang, "Actuals");
    const grid = page.getByRole("grid", { name: "Actuals" });
    await eventually(() => grid.getByText(poster, { exact: true }).count()).toBeGreaterThan(0);
    await eventually(() => grid.getByText("Billboard", { exact: true }).count()).toBe(1);
    await page.close();
  });
});
