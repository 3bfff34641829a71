import { expect, it } from "vitest";
import { describeInBrowser } from "./support/browserSuite";
import { errorsOf, openPreview } from "./support/previewPage";
import { eventually, insertTemplate } from "./support/previewActions";
import { overflow } from "./support/overflow";
import { actualsFileStrings, actualsStrings, paneStrings } from "../../src/i18n";
import { presetBudget } from "../../src/model/presets";
import { xlsxBytes, type XlsxCell } from "../helpers/actualsXlsx";

/*
 * The Actuals view with an .xlsx export: its reader loaded when the file is chosen, the first sheet
 * holding rows read (serial dates, numeric amounts), another sheet picked; and a large CSV read with
 * its progress shown.
 */

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describeInBrowser("importing actuals from an .xlsx in the pane", (session) => {
  it.each(["en", "zh"] as const)(
    "in %s at 320 px: reads the first sheet holding rows, then the sheet picked, the amounts to the fen",
    async (lang) => {
      const say = actualsStrings(lang).pane;
      const page = await openPreview(session(), { lang, theme: "light", layout: "pane", width: 320 });
      await insertTemplate(page, lang, "campaign");
      await page.getByRole("tab", { name: paneStrings(lang).tabActuals, exact: true }).click();
      await page.getByRole("heading", { name: say.heading }).waitFor();

      const items = presetBudget("campaign", lang).lines.map((line) => line.item);
      const date = (serial: string): XlsxCell => ({ number: serial, date: "builtIn" });
      // The usual headers of either language are recognised.
      const header = lang === "zh" ? ["日期", "金额", "明细项", "单号"] : ["Date", "Amount", "Item", "Reference"];
      const bytes = await xlsxBytes([
        { name: "Cover", rows: [] },
        {
          name: "May",
          rows: [
            header,
            [date("46145"), { number: "12345.670000000001" }, items[1], "BX-001"],
            ["2026-05-04", "(1000.01)", items[1], "BX-002"],
            [date("46147"), { number: "3210.05" }, "Billboard", "BX-003"],
          ],
        },
        { name: "June", rows: [header, [date("46174"), { number: "0.1" }, items[3], "BX-100"]] },
      ]);
      await page.locator('input[type="file"]').setInputFiles({
        name: "expenses.xlsx",
        mimeType: XLSX_TYPE,
        buffer: Buffer.from(bytes),
      });
      const counts = page.getByRole("definition");
      await eventually(() => counts.allTextContents()).toEqual(["2", "1", "0", "¥11,345.66"]);
      await page.getByText(actualsFileStrings(lang).pane.sheetRead("expenses.xlsx", "May", 3)).waitFor();

      await page.getByRole("combobox", { name: actualsFileStrings(lang).pane.sheetLabel }).click();
      await page.getByRole("option", { name: "June", exact: true }).click();
      await eventually(() => counts.allTextContents()).toEqual(["1", "0", "0", "¥0.10"]);
      const { scrollWidth, clientWidth, culprit } = await overflow(page);
      expect(scrollWidth, culprit).toBeLessThanOrEqual(clientWidth);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    },
  );

  it("shows the rows read of a large file as they are matched", async () => {
    const lang = "en";
    const page = await openPreview(session(), { lang, theme: "light", layout: "pane", width: 360 });
    await insertTemplate(page, lang, "campaign");
    await page.getByRole("tab", { name: paneStrings(lang).tabActuals, exact: true }).click();
    const items = presetBudget("campaign", lang).lines.map((line) => line.item);
    const rows = ["Date,Amount,Item,Reference"];
    for (let i = 0; i < 50_000; i++) rows.push(`2026-05-03,1.00,${items[i % items.length]},R-${i}`);
    await page.locator('input[type="file"]').setInputFiles({
      name: "large.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(rows.join("\n"), "utf-8"),
    });
    const bar = page.getByRole("progressbar");
    await bar.waitFor();
    await expect
      .poll(async () => (await bar.getAttribute("aria-label")) ?? "")
      .toMatch(/^Reading rows: [\d,]+ of 50,000$/);
    const counts = page.getByRole("definition");
    await expect
      .poll(() => counts.allTextContents(), { timeout: 60_000, interval: 200 })
      .toEqual(["50000", "0", "0", "¥50,000.00"]);
    expect(await bar.count()).toBe(0);
    await page.close();
  });
});
