import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  breakEvenAverageOrderValue,
  budgetTotals,
  dec,
  formatCount,
  formatMoney,
  presetBudget,
  presetById,
  scenarioOutcomes,
  withTargetDeals,
} from "../../src/model";
import { a1 } from "../../src/sheet/address";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import { seriousViolations } from "./support/accessibility";
import { describeInBrowser } from "./support/browserSuite";
import { paneTextInPageLanguage, wordsOfTheOtherLanguage } from "./support/paneText";
import { errorsOf, openPreview } from "./support/previewPage";
import { cellText, eventually, insertTemplate, openView } from "./support/previewActions";
import { saveScreenshot } from "./support/screenshots";
import { funnelStrings, healthStrings, localeTag, paneStrings, type Lang } from "../../src/i18n";

/*
 * The funnel and scenarios view in the preview: work back from a target, compare the scenarios, find
 * the break-even, and write the figures to the sheet; every figure checked against the model.
 */

const funnelBudget = presetBudget("campaign-funnel", "en");
const plan = buildSheetPlan(funnelBudget, { lang: "en" });
const nameAddress = (name: string) => {
  const ref = plan.names.find((candidate) => candidate.name === name)?.ref;
  if (!ref) throw new Error(`the funnel sheet has no name ${name}`);
  return a1(ref);
};
const atTarget2600 = withTargetDeals(funnelBudget, dec(2600));
const scenariosAt2600 = scenarioOutcomes(atTarget2600);
const strings = funnelStrings("en");

async function openFunnelView(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("tab", { name: paneStrings(lang).tabFunnel, exact: true }).click();
}

const funnelList = (page: Page, lang: Lang) => page.getByRole("list", { name: funnelStrings(lang).funnelListLabel });
const topOfFunnel = (page: Page, lang: Lang) => funnelList(page, lang).getByRole("listitem").first().textContent();
const scenarioCell = (page: Page, scenario: string, row: string) =>
  page.locator(`[data-scenario="${scenario}"][data-row="${row}"]`).textContent();
const paneText = (page: Page) => page.locator("main").textContent();

describeInBrowser("the funnel and scenarios view", (session) => {
  let page: Page;

  it("offers the funnel template on a budget without a funnel", async () => {
    page = await openPreview(session(), { lang: "en", theme: "light" });
    await insertTemplate(page, "en", "campaign");
    await openFunnelView(page, "en");
    await page.getByText(strings.noFunnelTitle).waitFor();
    const template = presetById("campaign-funnel").name.en;
    expect(await paneText(page)).toContain(strings.noFunnel("Budget", template));
    expect(await page.getByRole("button", { name: strings.insertFunnelBudget }).isEnabled()).toBe(true);
  });

  it("inserts the funnel budget from there and works back from 2,000 deals to a pool of 119,756", async () => {
    await page.getByRole("button", { name: strings.insertFunnelBudget }).click();
    await funnelList(page, "en").waitFor();
    await eventually(() => topOfFunnel(page, "en")).toContain("119,756");
    expect(await page.getByRole("textbox", { name: strings.targetDeals }).inputValue()).toBe("2000");
  });

  it("follows a target of 2,600 as it is typed: a pool of 155,638 and new scenarios", async () => {
    await page.getByRole("textbox", { name: strings.targetDeals }).fill("2600");
    await eventually(() => topOfFunnel(page, "en")).toContain("155,638");
    for (const scenario of scenariosAt2600) {
      expect(await scenarioCell(page, scenario.key, "deals"), scenario.key).toBe(formatCount(scenario.deals));
      expect(await scenarioCell(page, scenario.key, "total"), scenario.key).toBe(formatMoney(scenario.total));
    }
    expect(await scenarioCell(page, "conservative", "deals")).toBe("1,663");
    expect(await paneText(page)).toContain(strings.budgetAtTarget("¥1,775,216.78"));
  });

  it("says what is wrong with a rate of 150% and keeps the last valid figures", async () => {
    const booked = page.getByRole("textbox", { name: strings.rateLabel("Booked") });
    await booked.fill("150%");
    await page.getByText("This rate is 150%: a rate cannot exceed 100%.").waitFor();
    expect(await topOfFunnel(page, "en")).toContain("155,638");
    expect(await paneText(page)).not.toMatch(/NaN|Infinity/);
    expect(await page.getByRole("button", { name: strings.writeToSheet }).isDisabled()).toBe(true);
    await booked.fill("abc");
    await page.getByText(strings.rateProblems.number).waitFor();
    await booked.fill("28");
    await page.getByText("This rate is 28: a rate is a fraction of 1, so write 28% or 0.28.").waitFor();
    await booked.fill("28%");
    await eventually(() => page.getByText(/This rate is/).count()).toBe(0);
  });

  it("solves for the break-even order value, and says when no rate breaks even", async () => {
    const orderValue = breakEvenAverageOrderValue(atTarget2600);
    await eventually(() => paneText(page)).toContain(
      strings.breakEvenOrderValue(formatMoney(orderValue, 2), formatMoney(350, 2)),
    );
    const solveFor = page.getByRole("combobox", { name: strings.solveFor });
    await solveFor.selectOption({ label: strings.rateOption("Booked") });
    await eventually(() => paneText(page)).toContain("No Booked rate up to 100% breaks even");
    await solveFor.selectOption({ label: strings.orderValueOption });
  });

  it("lists the preset's four plans, saves one of the planner's beside them, and deletes one after a confirmation", async () => {
    const plans = page.getByRole("list", { name: strings.plansListLabel });
    await eventually(() => plans.getByRole("listitem").count()).toBe(4);
    const save = page.getByRole("button", { name: strings.saveAsPlan });
    // The preset's four leave room for the planner's first save.
    expect(await save.isDisabled()).toBe(false);
    await page.getByRole("textbox", { name: strings.planName }).fill("Spring push");
    await save.click();
    await eventually(() => plans.getByRole("listitem").count()).toBe(5);
    expect(await plans.getByRole("listitem").last().textContent()).toContain("Spring push");
    expect(await save.isDisabled()).toBe(true);
    expect(await paneText(page)).toContain(strings.plansFull(5));

    await page.getByRole("button", { name: strings.deletePlanLabel("Optimized") }).click();
    await page.getByText(strings.confirmDelete("Optimized")).waitFor();
    await page.getByRole("button", { name: strings.confirmDeleteButton, exact: true }).click();
    await eventually(() => plans.getByRole("listitem").count()).toBe(4);
  });

  it("says why a rename is refused at the rename box, which stays open with the focus", async () => {
    await page.getByRole("button", { name: strings.renamePlanLabel("Spring push") }).click();
    const box = page.getByRole("textbox", { name: strings.newPlanName("Spring push") });
    await box.fill("standard");
    await page.getByRole("button", { name: strings.saveName }).click();
    const message = page.getByText('there is already a plan named "standard"');
    await message.waitFor();
    // The message belongs to the box (its description), sits right under it, and the box keeps the focus.
    const describedBy = (await box.getAttribute("aria-describedby")) ?? "";
    expect(await message.getAttribute("id")).not.toBeNull();
    expect(describedBy.split(" ")).toContain(await message.getAttribute("id"));
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    const [boxAt, messageAt] = [await box.boundingBox(), await message.boundingBox()];
    expect(messageAt!.y - (boxAt!.y + boxAt!.height)).toBeLessThan(40);
    expect(await page.getByText(strings.planChangeFailedTitle).count()).toBe(0);

    await box.fill("Spring push 2");
    await page.getByRole("button", { name: strings.saveName }).click();
    const plans = page.getByRole("list", { name: strings.plansListLabel });
    await eventually(() => plans.getByRole("listitem").last().textContent()).toContain("Spring push 2");
    expect(await message.count()).toBe(0);
  });

  it("writes the figures to the sheet: Budget_TargetDeals becomes 2600 and the total 1,775,216.78", async () => {
    const total = budgetTotals(atTarget2600).total;
    expect(formatMoney(total, 2)).toBe("¥1,775,216.78");
    await page.getByRole("button", { name: strings.writeToSheet }).click();
    await page.getByText(strings.writtenTitle, { exact: true }).waitFor();
    await eventually(() => cellText(page, nameAddress("Budget_TargetDeals"))).toBe("2600");
    await eventually(() => cellText(page, nameAddress("Budget_Total"))).toMatch(/1,775,216\.78/);
    await eventually(() => cellText(page, nameAddress("Budget_PoolRequired"))).toMatch(/155,?638/);
    // Read again from the sheet, the view shows what was written.
    expect(await page.getByRole("textbox", { name: strings.targetDeals }).inputValue()).toBe("2600");

    await openView(page, "en", "health");
    const checkedTotal = healthStrings("en").sheetTotal("Budget (2)", formatMoney(total));
    await eventually(() => page.getByText(checkedTotal).count()).toBe(1);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});

const COMBINATIONS = (["zh", "en"] as const).flatMap((lang) =>
  (["light", "dark"] as const).map((theme) => ({ lang, theme })),
);

/** How wide the page's content is: wider than the window means a horizontal scroll bar. */
const contentWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);

describeInBrowser("the funnel view, in each language and theme", (session) => {
  it.each(COMBINATIONS)("in $lang, $theme: accessible, in its own language, and pictured", async ({ lang, theme }) => {
    const page = await openPreview(session(), { lang, theme, layout: "pane", width: 360 });
    const findings: Record<string, string[]> = {};
    const inspect = async (view: string, file: string) => {
      const otherLanguage = wordsOfTheOtherLanguage(await paneTextInPageLanguage(page), lang);
      findings[view] = [...(await seriousViolations(page)), ...otherLanguage.map((word) => `not in ${lang}: ${word}`)];
      await saveScreenshot(page, `${file}-${localeTag(lang)}-${theme}`);
    };

    await openFunnelView(page, lang);
    await page.getByText(funnelStrings(lang).notABudgetTitle).waitFor();
    await inspect("funnel, not a budget", "funnel-not-a-budget");

    await page.getByRole("button", { name: funnelStrings(lang).insertFunnelBudget }).click();
    await eventually(() => topOfFunnel(page, lang)).toContain("119,756");
    await inspect("funnel", "funnel");

    await page.getByRole("textbox", { name: funnelStrings(lang).targetDeals }).fill("-5");
    await page.getByText(funnelStrings(lang).targetProblems.negative!).waitFor();
    await inspect("funnel, invalid target", "funnel-invalid");

    expect(findings).toEqual({ "funnel, not a budget": [], funnel: [], "funnel, invalid target": [] });
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it.each(["zh", "en"] as const)("in %s at 320 px: nothing scrolls sideways", async (lang) => {
    const page = await openPreview(session(), { lang, theme: "light", layout: "pane", width: 320 });
    await insertTemplate(page, lang, "campaign-funnel");
    await openFunnelView(page, lang);
    await eventually(() => topOfFunnel(page, lang)).toContain("119,756");
    await saveScreenshot(page, `narrow-funnel-${localeTag(lang)}`);
    expect(await contentWidth(page)).toBeLessThanOrEqual(320);
    const write = page.getByRole("button", { name: funnelStrings(lang).writeToSheet });
    const box = await write.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320, `Write at ${JSON.stringify(box)}`).toBe(true);
    await page.close();
  });
});
