import { expect, it } from "vitest";
import { isDarkColor } from "../../src/excel/officeEnvironment";
import { seriousViolations } from "./support/accessibility";
import { describeInBrowser } from "./support/browserSuite";
import { paneTextInPageLanguage, wordsOfTheOtherLanguage } from "./support/paneText";
import { errorsOf, openPreview } from "./support/previewPage";
import { insertTemplate, openView } from "./support/previewActions";
import { saveScreenshot } from "./support/screenshots";
import { healthStrings, localeTag, type Lang } from "../../src/i18n";

/*
 * Every view of the pane, alone at a task pane's width as Office hosts it, in both languages and both
 * themes: no serious or critical accessibility violation (axe), nothing written in the other language,
 * and a screenshot of each.
 */

const COMBINATIONS = (["zh", "en"] as const).flatMap((lang) =>
  (["light", "dark"] as const).map((theme) => ({ lang, theme })),
);

/** The page background as an #RRGGBB colour. */
const backgroundHex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((channel) => Number(channel).toString(16).padStart(2, "0"))
    .join("")}`;

describeInBrowser("the pane's views", (session) => {
  it.each(COMBINATIONS)("in $lang, $theme: accessible, in its own language, and pictured", async ({ lang, theme }) => {
    const page = await openPreview(session(), { lang: lang as Lang, theme, layout: "pane", width: 360 });
    const findings: Record<string, string[]> = {};
    /** Scans the view shown and pictures it. */
    const inspect = async (view: string, file: string) => {
      const otherLanguage = wordsOfTheOtherLanguage(await paneTextInPageLanguage(page), lang);
      findings[view] = [...(await seriousViolations(page)), ...otherLanguage.map((word) => `not in ${lang}: ${word}`)];
      await saveScreenshot(page, `${file}-${localeTag(lang)}-${theme}`);
    };

    expect(await page.evaluate(() => document.documentElement.lang)).toBe(localeTag(lang));
    const background = await page
      .locator("main")
      .evaluate((main) => getComputedStyle(main.parentElement!).backgroundColor);
    expect(isDarkColor(backgroundHex(background)), background).toBe(theme === "dark");

    await inspect("templates", "templates");

    await openView(page, lang, "health");
    await page.getByText(healthStrings(lang).notABudgetTitle).waitFor();
    await inspect("health, not a budget", "health-not-a-budget");

    await openView(page, lang, "templates");
    await insertTemplate(page, lang, "campaign");
    await inspect("templates, inserted", "templates-inserted");

    await openView(page, lang, "health");
    await page.getByRole("heading", { name: healthStrings(lang).findingsHeading }).waitFor();
    await inspect("health, checked", "health");

    expect(findings).toEqual({
      templates: [],
      "health, not a budget": [],
      "templates, inserted": [],
      "health, checked": [],
    });
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it("the preview, grid and pane together, is accessible too", async () => {
    const lang = "zh";
    const page = await openPreview(session(), { lang, theme: "light" });
    await insertTemplate(page, lang, "campaign");
    await openView(page, lang, "health");
    await page.getByRole("heading", { name: healthStrings(lang).findingsHeading }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, `preview-${localeTag(lang)}`);
    await page.close();
  });
});
