import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { presetBudget } from "../../src/model";
import { a1, parseA1, type CellRef } from "../../src/sheet/address";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import { COLORS } from "../../src/sheet/formats";
import { previewGridStrings, previewStrings, sheetLabels } from "../../src/i18n";
import { describeInBrowser } from "./support/browserSuite";
import { errorsOf, openPreview } from "./support/previewPage";
import { cellOf, cellText, eventually, insertTemplate, typeIntoCell } from "./support/previewActions";

/*
 * The preview's grid behaves as Excel does where a planner would notice: the page fits the window, the
 * sheet's fills and status colors show, data validation refuses what Excel refuses, Ctrl+Z undoes, and the
 * name box goes to a defined name.
 */

const plan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
const named = (name: string): CellRef => plan.names.find((candidate) => candidate.name === name)!.ref;
const address = (name: string) => a1(named(name));
const grid = previewGridStrings("en");
const strings = previewStrings("en");

/** "#FFF2CC" as the browser reports a computed color. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(", ")})`;
const fillOf = (page: Page, cell: string) =>
  cellOf(page, cell).evaluate((element) => getComputedStyle(element).backgroundColor);

describeInBrowser("the preview's grid, as Excel", (session) => {
  let page: Page;

  it("fits the window: the grid and the pane scroll inside their own boxes, the page never", async () => {
    page = await openPreview(session(), { lang: "en", theme: "light", width: 1280, height: 900 });
    await insertTemplate(page, "en", "campaign");
    await page.getByRole("grid", { name: plan.sheetName }).waitFor();
    const sizes = await page.evaluate(() => ({
      document: document.scrollingElement?.scrollHeight ?? Infinity,
      window: window.innerHeight,
    }));
    expect(sizes.document).toBeLessThanOrEqual(sizes.window);
  });

  it("shows input cells yellow and each category's status in its color, which follows the values", async () => {
    expect(await fillOf(page, address("Budget_ContingencyRate"))).toBe(rgb(COLORS.input));
    const statusLow = sheetLabels("en").status.low;
    // The status column is the range of the category rules.
    const statusRule = plan.conditionalFormats.find((rule) => rule.fill === COLORS.lowFill)!;
    const statusCol = parseA1(statusRule.range.split(":")[0]).col;
    const promotionStatus = a1({ row: named("Budget_Min_Promotion").row, col: statusCol });
    expect(await cellText(page, promotionStatus)).toBe(statusLow);
    expect(await fillOf(page, promotionStatus)).toBe(rgb(COLORS.lowFill));
    await typeIntoCell(page, "en", address("Budget_Min_Promotion"), "0%");
    await eventually(() => fillOf(page, promotionStatus)).toBe(rgb(COLORS.okFill));
  });

  it("refuses a 150% rate with Excel's message and the rule's, and keeps the rate", async () => {
    const rate = address("Budget_ContingencyRate");
    const before = await cellText(page, rate);
    await typeIntoCell(page, "en", rate, "150%");
    const alert = page.getByRole("alertdialog");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(grid.validationRefused);
    expect(await alert.textContent()).toContain(sheetLabels("en").rateValidation.message);
    await alert.getByRole("button", { name: grid.cancel }).click();
    await eventually(() => alert.count()).toBe(0);
    expect(await cellText(page, rate)).toBe(before);
  });

  it("undoes the last edit with Ctrl+Z and redoes it with Ctrl+Y", async () => {
    const total = address("Budget_Total");
    await typeIntoCell(page, "en", address("Budget_ContingencyRate"), "10%");
    await eventually(() => cellText(page, total)).toMatch(/1,318,570/);
    await page.keyboard.press("Control+z");
    await eventually(() => cellText(page, total)).toMatch(/1,294,596/);
    await page.keyboard.press("Control+y");
    await eventually(() => cellText(page, total)).toMatch(/1,318,570/);
  });

  it("goes to a defined name typed in the name box, and says when there is no such name", async () => {
    const nameBox = page.getByRole("textbox", { name: strings.nameBox });
    await nameBox.fill("Budget_Total");
    await nameBox.press("Enter");
    await eventually(() => cellOf(page, address("Budget_Total")).getAttribute("aria-selected")).toBe("true");
    expect(await nameBox.inputValue()).toBe(address("Budget_Total"));

    await nameBox.fill("Budget_Totl");
    await nameBox.press("Enter");
    const alert = page.getByRole("alertdialog");
    await alert.waitFor();
    expect(await alert.textContent()).toContain(grid.nameNotFound("Budget_Totl"));
    await alert.getByRole("button", { name: grid.ok }).click();
    await eventually(() => alert.count()).toBe(0);
    expect(errorsOf(page)).toEqual([]);
  });
});
