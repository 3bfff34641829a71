import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { describeInBrowser } from "./support/browserSuite";
import { openPreview } from "./support/previewPage";
import { insertTemplate, openView } from "./support/previewActions";
import { saveScreenshot } from "./support/screenshots";
import { healthStrings, localeTag, paneStrings } from "../../src/i18n";

/** The narrowest task pane Office shows. */
const NARROWEST_PANE = 320;

/** How wide the page's content is: wider than the window means a horizontal scroll bar. */
const contentWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);

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

  it("switches language in the pane", async () => {
    const page = await openPreview(session(), { lang: "zh", theme: "light", layout: "pane", width: NARROWEST_PANE });
    expect(await page.locator("main h1").textContent()).toBe(paneStrings("zh").appTitle);
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.locator("main h1").textContent()).toBe(paneStrings("en").appTitle);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-US");
    expect(await contentWidth(page)).toBeLessThanOrEqual(NARROWEST_PANE);
    await page.close();
  });
});
