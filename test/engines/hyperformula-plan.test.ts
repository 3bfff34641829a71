import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { CATEGORIES, PRESET_IDS, budgetOutcome, budgetTotals, presetBudget, type Decimal } from "../../src/model";
import { addPlanToHyperFormula, cellValue } from "../../src/preview/spreadsheet/loadPlan";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import type { SheetPlan } from "../../src/sheet/plan";
import { expectClose as expectCloseTo, ENGINE_TOLERANCE } from "../helpers/expectClose";

function evaluate(plan: SheetPlan) {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheetId = addPlanToHyperFormula(hf, plan);
  const named = (name: string) => {
    const ref = plan.names.find((n) => n.name === name)?.ref;
    if (!ref) throw new Error(`plan has no name ${name}`);
    return cellValue(hf, sheetId, ref);
  };
  return { hf, sheetId, named };
}

const expectClose = (actual: unknown, expected: Decimal, label: string) =>
  expectCloseTo(actual, expected, label, ENGINE_TOLERANCE);

describe.each(PRESET_IDS.flatMap((id) => (["zh", "en"] as const).map((lang) => [id, lang] as const)))(
  "the %s sheet plan (%s) recalculated by HyperFormula",
  (id, lang) => {
    const budget = presetBudget(id, lang);
    const plan = buildSheetPlan(budget, { lang });
    const { hf, sheetId, named } = evaluate(plan);

    it("gives every formula cell the result the model computed for it", () => {
      let formulas = 0;
      for (const cell of plan.cells) {
        if (cell.content.kind !== "formula") continue;
        formulas++;
        const value = cellValue(hf, sheetId, cell);
        const label = `${plan.sheetName}!R${cell.row + 1}C${cell.col + 1} ${cell.content.formula}`;
        if (typeof cell.content.result === "string") expect(value, label).toBe(cell.content.result);
        else expectClose(value, cell.content.result, label);
      }
      expect(formulas).toBeGreaterThan(budget.lines.length * 3);
    });

    it("gives the model's figures at the named cells", () => {
      const totals = budgetTotals(budget);
      const outcome = budgetOutcome(budget);
      expectClose(named("Budget_Total"), totals.total, "Budget_Total");
      for (const category of CATEGORIES) {
        expectClose(named(`Budget_Subtotal_${category.nameSuffix}`), totals.subtotals[category.key], category.key);
        expectClose(named(`Budget_Share_${category.nameSuffix}`), totals.shares[category.key], `${category.key} share`);
      }
      expectClose(named("Budget_ContingencyRate"), budget.contingencyRate, "rate");
      expectClose(named("Budget_ROI"), outcome.roi!, "ROI");
      expectClose(named("Budget_Breakeven"), outcome.breakEvenRevenue!, "break-even");
      expectClose(named("Budget_GapToCap"), outcome.gapToCap!, "gap");
    });
  },
);

describe("the campaign sheet in HyperFormula", () => {
  const plan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });

  it("totals 1,294,596 with the shares and statuses of the worked example", () => {
    const { hf, sheetId, named } = evaluate(plan);
    expect(named("Budget_Total")).toBe(1294596);
    expect((named("Budget_Share_Promotion") as number).toFixed(4)).toBe("0.0476");
    const statusCol = plan.layout.summaryFirstCol + 5;
    const statuses = CATEGORIES.map((_, i) =>
      cellValue(hf, sheetId, { row: plan.layout.summaryHeaderRow + 1 + i, col: statusCol }),
    );
    expect(statuses).toEqual(["Low", "Low", "Low", "High", "High", "Low", "OK"]);
  });

  it("follows the formulas when a quantity and the contingency rate change", () => {
    const { hf, sheetId, named } = evaluate(plan);
    const table = plan.table;
    const quantityCol = table.firstCol + table.columns.indexOf("Quantity");
    const fulfillmentRow = plan.cells.find(
      (c) => c.content.kind === "text" && c.content.text === "Maintenance service delivered",
    )!.row;
    hf.setCellContents({ sheet: sheetId, row: fulfillmentRow, col: quantityCol }, 2600);
    // fulfillment +600 × 250 = 150,000; contingency grows by 8% of it.
    expect(named("Budget_Subtotal_Fulfillment")).toBe(650000);
    expect(named("Budget_Total")).toBeCloseTo(1294596 + 150000 * 1.08, 6);
    const rateRef = plan.names.find((n) => n.name === "Budget_ContingencyRate")!.ref;
    hf.setCellContents({ sheet: sheetId, ...rateRef }, 0.1);
    expect(named("Budget_Subtotal_Contingency")).toBeCloseTo(134870, 6);
  });

  it("keeps a user's text that looks like a formula as text", () => {
    const budget = presetBudget("campaign", "en");
    budget.lines[0] = { ...budget.lines[0], item: "=1+1", note: "@mention" };
    const { hf, sheetId } = evaluate(buildSheetPlan(budget, { lang: "en" }));
    expect(cellValue(hf, sheetId, { row: plan.table.firstDataRow, col: 1 })).toBe("=1+1");
  });
});
