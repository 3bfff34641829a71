import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowser } from "./support/browserSuite";
import { failedRequestsOf, openPreview } from "./support/previewPage";
import { insertTemplate, openView } from "./support/previewActions";
import { overflow } from "./support/overflow";
import { saveScreenshot } from "./support/screenshots";
import { funnelStrings, healthStrings, localeTag, paneStrings, type Lang } from "../../src/i18n";
import { VIEWS } from "../../src/taskpane/viewRegistry";
import { eventually } from "./support/previewActions";

/** The narrowest task pane Office shows. */
const NARROWEST_PANE = 320;

/** How wide the page's content is: wider than the window means a horizontal scroll bar. */
const contentWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);

/** A 300-character name without a space, the longest a planner is likely to paste. */
const LONG_NAME = "Q3-launch-".repeat(30);

/**
 * Shows every view of the pane's registry, in turn, in the state the workbook is in, and checks that
 * nothing scrolls sideways: the document is no wider than the 320 px window.
 */
async function everyViewFits(page: Page, lang: Lang, state: string): Promise<void> {
  const strings = paneStrings(lang);
  for (const view of VIEWS) {
    await page.getByRole("tab", { name: view.label(strings), exact: true }).click();
    await eventually(() => page.getByText(strings.loadingView).count()).toBe(0);
    // The views read the workbook a moment after they show: measure once they have settled.
    await page.waitForTimeout(300);
    const { scrollWidth, clientWidth, culprit } = await overflow(page);
    expect(scrollWidth, `${view.id} view, ${state}, ${lang}: ${culprit}`).toBeLessThanOrEqual(clientWidth);
    await saveScreenshot(page, `narrow-${state}-${view.id}-${localeTag(lang)}`);
  }
}

describeInBrowser("the pane at its narrowest, 320 px", (session) => {
  it.each(["zh", "en"] as const)("in %s: nothing scrolls sideways and every Insert button is in view", async (lang) => {
    const page = await openPreview(session(), { lang, theme: "light", layout: "pane", width: NARROWEST_PANE });
    const strings = paneStrings(lang);

    const insertButtons = page.getByRole("button", { name: strings.insertButton });
    expect(await insertButtons.count()).toBeGreaterThan(0);
    for (const button of await insertButtons.all()) {
      expect(await button.isVisible()).toBe(true);
      expect(await button.isEnabled()).toBe(true);
      const box = await button.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= NARROWEST_PANE, `Insert at ${JSON.stringify(box)}`).toBe(true);
    }
    expect(await contentWidth(page)).toBeLessThanOrEqual(NARROWEST_PANE);
    await saveScreenshot(page, `narrow-templates-${localeTag(lang)}`);

    await insertTemplate(page, lang, "campaign");
    await openView(page, lang, "health");
    await page.getByRole("heading", { name: healthStrings(lang).findingsHeading }).waitFor();
    expect(await contentWidth(page)).toBeLessThanOrEqual(NARROWEST_PANE);
    await saveScreenshot(page, `narrow-health-${localeTag(lang)}`);
    await page.close();
  });

  it.each(["zh", "en"] as const)(
    "in %s: every view fits in every state: empty, not a budget, with errors, with long text",
    async (lang) => {
      const page = await openPreview(session(), { lang, theme: "light", layout: "pane", width: NARROWEST_PANE });
      // Empty: the workbook's one blank sheet, which is also not a budget sheet.
      await everyViewFits(page, lang, "empty");

      // With errors: the source's budget, whose health check finds errors, and no funnel.
      await page.getByRole("tab", { name: paneStrings(lang).tabTemplates, exact: true }).click();
      await insertTemplate(page, lang, "campaign");
      await everyViewFits(page, lang, "errors");

      // Long text: a funnel budget with a plan saved under a 300-character name.
      await page.getByRole("tab", { name: paneStrings(lang).tabTemplates, exact: true }).click();
      await insertTemplate(page, lang, "campaign-funnel");
      await page.getByRole("tab", { name: paneStrings(lang).tabFunnel, exact: true }).click();
      const funnel = funnelStrings(lang);
      const plans = page.getByRole("list", { name: funnel.plansListLabel });
      await eventually(() => plans.getByRole("listitem").count()).toBe(4);
      await page.getByRole("textbox", { name: funnel.planName }).fill(LONG_NAME);
      await page.getByRole("button", { name: funnel.saveAsPlan }).click();
      await eventually(() => plans.getByRole("listitem").count()).toBe(5);
      await everyViewFits(page, lang, "long-text");
      await page.close();
    },
  );

  it("switches language in the pane", async () => {
    const page = await openPreview(session(), { lang: "zh", theme: "light", layout: "pane", width: NARROWEST_PANE });
    expect(await page.locator("main h1").textContent()).toBe(paneStrings("zh").appTitle);
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.locator("main h1").textContent()).toBe(paneStrings("en").appTitle);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-US");
    expect(await contentWidth(page)).toBeLessThanOrEqual(NARROWEST_PANE);
    // Nothing the page asked for on load was missing: no 404 for /favicon.ico or anything else.
    expect(failedRequestsOf(page)).toEqual([]);
    await page.close();
  });
});
