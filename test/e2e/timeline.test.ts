import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CATEGORY_KEYS, categoryByKey } from "../../src/model/categories";
import { formatMoney } from "../../src/model/format";
import { timelinePreset } from "../../src/model/timelinePresets";
import { budgetTotals } from "../../src/model/totals";
import { a1 } from "../../src/sheet/address";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import { TABLE_COLUMN_KEYS } from "../../src/sheet/labels";
import { seriousViolations } from "./support/accessibility";
import { describeInBrowser } from "./support/browserSuite";
import { errorsOf, openPreview } from "./support/previewPage";
import { activateSheet, cellText, eventually, insertTemplate, typeIntoCell } from "./support/previewActions";
import { overflow } from "./support/overflow";
import { saveScreenshot } from "./support/screenshots";
import {
  executionReportLabels,
  localeTag,
  paneStrings,
  phasingLabels,
  stageLagTexts,
  timelineStrings,
  type Lang,
} from "../../src/i18n";

/*
 * Budget over time in the preview: the campaign-timeline preset inserted with its phasing sheet and
 * execution report, a baseline approved in the Timeline view, a line's quantity edited in the grid,
 * and the variance to the baseline shown, by category and in total, as the model computes it.
 */

/** The narrowest task pane Office shows. */
const NARROWEST_PANE = 320;

/** The first line's Quantity cell on the inserted budget sheet, its category, and what one more costs. */
function firstLine(lang: Lang) {
  const { budget } = timelinePreset("campaign-timeline", lang);
  const plan = buildSheetPlan(budget, { lang });
  const line = budget.lines[0];
  const quantity = line.quantity!;
  const edited = { ...budget, lines: [{ ...line, quantity: quantity.plus(1) }, ...budget.lines.slice(1)] };
  const signed = (value: ReturnType<typeof quantity.plus>) => `+${formatMoney(value, 0)}`;
  return {
    sheetName: plan.sheetName,
    quantityCell: a1({
      row: plan.table.firstDataRow,
      col: plan.table.firstCol + TABLE_COLUMN_KEYS.indexOf("quantity"),
    }),
    newQuantity: quantity.plus(1).toString(),
    category: categoryByKey(line.category).name[lang],
    categoryVariance: signed(line.unitCost!.times(line.times ?? 1)),
    totalVariance: signed(budgetTotals(edited).total.minus(budgetTotals(budget).total)),
  };
}

async function openTimeline(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("tab", { name: paneStrings(lang).tabTimeline, exact: true }).click();
  await page.getByRole("heading", { name: timelineStrings(lang).view.heading }).waitFor();
}

/** Approves the budget as it is and waits for the pane to say so. */
async function approveBaseline(page: Page, lang: Lang, approver: string): Promise<void> {
  const words = timelineStrings(lang).view;
  await page.getByRole("textbox", { name: words.approver }).fill(approver);
  await page.getByRole("button", { name: words.approve, exact: true }).click();
  await page.getByRole("table", { name: words.varianceHeading }).waitFor();
}

/** The variance table's rows as shown: the row's name and its variance. */
const varianceRows = (page: Page, lang: Lang) =>
  page
    .getByRole("table", { name: timelineStrings(lang).view.varianceHeading })
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => [row.querySelector("th")?.textContent, row.lastElementChild?.textContent]),
    );

/**
 * The variance table's amount cells that take more than one line: each with the lines its text
 * breaks into and its height against the cell's line height.
 */
const wrappedAmounts = (page: Page, lang: Lang) =>
  page
    .getByRole("table", { name: timelineStrings(lang).view.varianceHeading })
    .locator("td")
    .evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        const height = range.getBoundingClientRect().height;
        const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
        return lines === 1 && height <= lineHeight ? [] : [{ text: cell.textContent, lines, height, lineHeight }];
      }),
    );

describeInBrowser("budget over time in the preview", (session) => {
  it.each(["zh", "en"] as const)(
    "in %s: approves a baseline, a quantity edited in the grid shows as variance to it",
    async (lang) => {
      const line = firstLine(lang);
      const words = timelineStrings(lang).view;
      const page = await openPreview(session(), { lang, theme: "light" });
      await insertTemplate(page, lang, "campaign-timeline");
      await openTimeline(page, lang);
      await approveBaseline(page, lang, lang === "zh" ? "王经理" : "Alex Chen");
      const approvalSheet = `${timelineStrings(lang).approval.sheetName} v1`;
      await page.getByText(words.approved.replace("{version}", "1").replace("{sheet}", approvalSheet)).waitFor();
      // As approved: no variance anywhere.
      await eventually(async () => (await varianceRows(page, lang)).every(([, variance]) => variance === "0")).toBe(
        true,
      );

      await activateSheet(page, lang, line.sheetName);
      await typeIntoCell(page, lang, line.quantityCell, line.newQuantity);
      await eventually(() => cellText(page, line.quantityCell)).toContain(line.newQuantity);
      await eventually(async () => {
        const rows = await varianceRows(page, lang);
        return [rows.find(([name]) => name === line.category)?.[1], rows[rows.length - 1][1]];
      }).toEqual([line.categoryVariance, line.totalVariance]);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `timeline-variance-${localeTag(lang)}`);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    },
    240_000,
  );

  it.each(["zh", "en"] as const)(
    "in %s at 320 px: the Timeline view with a baseline fits, accessible and pictured",
    async (lang) => {
      const page = await openPreview(session(), { lang, theme: "light", layout: "pane", width: NARROWEST_PANE });
      await insertTemplate(page, lang, "campaign-timeline");
      // The insertion names the phasing sheet and execution report it added.
      const named = timelineStrings(lang).insertedOverTime(
        phasingLabels(lang).sheetName,
        executionReportLabels(lang).sheetName,
      );
      await page.getByText(named, { exact: false }).waitFor();
      await openTimeline(page, lang);
      await approveBaseline(page, lang, lang === "zh" ? "王经理" : "Alex Chen");
      await page.waitForTimeout(300);
      const { scrollWidth, clientWidth, culprit } = await overflow(page);
      expect(scrollWidth, culprit).toBeLessThanOrEqual(clientWidth);
      // Every amount of the variance table on one line, however narrow the pane.
      expect(
        await page
          .getByRole("table", { name: timelineStrings(lang).view.varianceHeading })
          .locator("td")
          .count(),
      ).toBe((CATEGORY_KEYS.length + 1) * 3);
      expect(await wrappedAmounts(page, lang)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `narrow-timeline-approved-${localeTag(lang)}`);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    },
    240_000,
  );

  it.each(["zh", "en"] as const)(
    "in %s at 320 px: a funnel budget's stage lag, refused as typed, fits",
    async (lang) => {
      const page = await openPreview(session(), { lang, theme: "light", layout: "pane", width: NARROWEST_PANE });
      await insertTemplate(page, lang, "campaign-funnel");
      await openTimeline(page, lang);
      const lag = page.getByRole("textbox", { name: stageLagTexts(lang).label });
      await lag.fill("1.5");
      await expect.poll(() => lag.getAttribute("aria-invalid")).toBe("true");
      const { scrollWidth, clientWidth, culprit } = await overflow(page);
      expect(scrollWidth, culprit).toBeLessThanOrEqual(clientWidth);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    },
    240_000,
  );
});
