import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CATEGORIES, presetBudget } from "../../src/model";
import { a1 } from "../../src/sheet/address";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import { describeInBrowser } from "./support/browserSuite";
import { errorsOf, openPreview } from "./support/previewPage";
import {
  activateSheet,
  cellOf,
  cellText,
  eventually,
  insertTemplate,
  openView,
  typeIntoCell,
} from "./support/previewActions";
import { healthStrings, previewStrings } from "../../src/i18n";

/*
 * A planner's way through the preview: insert the campaign template, check it, go to a finding's
 * cell, and use BUDGET.FUNNEL in the grid; every figure computed by the in-memory workbook.
 */

const plan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
const nameAddress = (name: string) => {
  const ref = plan.names.find((candidate) => candidate.name === name)?.ref;
  if (!ref) throw new Error(`the campaign sheet has no name ${name}`);
  return a1(ref);
};
const LOW = ["benefit", "promotion", "system", "admin"];
const HIGH = ["labor", "fulfillment"];
const health = healthStrings("en");

describeInBrowser("the campaign budget in the preview", (session) => {
  let page: Page;

  it("inserts the campaign template: the grid shows its total, 1,294,596", async () => {
    page = await openPreview(session(), { lang: "en", theme: "light" });
    await insertTemplate(page, "en", "campaign");
    await page.getByRole("grid", { name: plan.sheetName }).waitFor();
    await eventually(() => cellText(page, nameAddress("Budget_Total"))).toMatch(/1,294,596/);
  });

  it("checks it: the six shares outside their ranges, each with a finding at its subtotal", async () => {
    await openView(page, "en", "health");
    const bars = page.getByRole("img");
    await bars.first().waitFor();
    for (const category of CATEGORIES) {
      const status = LOW.includes(category.key) ? "low" : HIGH.includes(category.key) ? "high" : "ok";
      const label = (await bars.filter({ hasText: category.name.en }).first().getAttribute("aria-label")) ?? "";
      expect(label, category.key).toMatch(new RegExp(`, ${status === "ok" ? "OK" : status}$`));
    }
    for (const key of [...LOW, ...HIGH]) {
      const suffix = CATEGORIES.find((category) => category.key === key)!.nameSuffix;
      const button = page.getByRole("button", { name: health.goToCell(nameAddress(`Budget_Subtotal_${suffix}`)) });
      expect(await button.count(), key).toBe(1);
    }
  });

  it("goes to a finding's cell: the grid selects it and the name box shows it", async () => {
    const promotion = nameAddress("Budget_Subtotal_Promotion");
    expect(promotion).toBe("O6");
    await page.getByRole("button", { name: health.goToCell(promotion) }).click();
    await eventually(() => cellOf(page, promotion).getAttribute("aria-selected")).toBe("true");
    const nameBox = page.getByRole("textbox", { name: previewStrings("en").nameBox });
    expect(await nameBox.inputValue()).toBe("O6");
  });

  it("re-checks when the sheet changes: a 10% reserve makes the total 1,318,570", async () => {
    await typeIntoCell(page, "en", nameAddress("Budget_ContingencyRate"), "10%");
    await eventually(() => cellText(page, nameAddress("Budget_Total"))).toMatch(/1,318,570/);
    await eventually(() => page.getByText(health.sheetTotal(plan.sheetName, "¥1,318,570")).count()).toBe(1);
  });

  it("spills =BUDGET.FUNNEL(2000, …) from five rates typed into the grid, and recalculates", async () => {
    await activateSheet(page, "en", "Sheet1");
    // The rates typed straight into the grid, Enter going down a row; the formula in the formula bar.
    await cellOf(page, "B2").click();
    for (const rate of ["0.85", "0.12", "0.28", "0.65", "0.9"]) {
      await page.keyboard.type(rate);
      await page.keyboard.press("Enter");
    }
    expect(await Promise.all(["B2", "B6"].map((address) => cellText(page, address)))).toEqual(["0.85", "0.9"]);
    await typeIntoCell(page, "en", "D2", "=BUDGET.FUNNEL(2000, B2:B6)");
    const spill = () => Promise.all(["D2", "D3", "D4", "D5", "D6", "D7"].map((address) => cellText(page, address)));
    await eventually(spill).toEqual(["119756", "101792", "12215", "3420", "2223", "2000"]);
    await typeIntoCell(page, "en", "B6", "1");
    await eventually(spill).toEqual(["107746", "91584", "10990", "3077", "2000", "2000"]);
    expect(errorsOf(page)).toEqual([]);
  });
});
