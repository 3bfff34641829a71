import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { cellResult, loadWorkbook, namedCell, readDefinedNames } from "../../src/cli/xlsx/readXlsx";
import { writeBudgetWorkbook } from "../../src/cli/xlsx/writeBudgetWorkbook";
import {
  applyFunnel,
  budgetOutcome,
  budgetTotals,
  dec,
  defaultRanges,
  presetBudget,
  presetPlans,
  scenarioOutcomes,
  withTargetDeals,
  type Budget,
  type BudgetPlan,
  type Decimal,
} from "../../src/model";
import { a1 } from "../../src/sheet/address";
import { buildCompanionPlans } from "../../src/sheet/buildCompanionPlans";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import type { PlainSheetPlan } from "../../src/sheet/plan";
import { describeWithLibreOffice } from "../helpers/libreoffice";
import { setCellNumber } from "../helpers/xlsxEdits";
import { expectClose as expectCloseTo, LIBREOFFICE_TOLERANCE } from "../helpers/expectClose";

// LibreOffice starts in seconds, but a cold first start on a slow machine can take far longer.
const LIBREOFFICE_TIMEOUT = 240_000;

const expectClose = (actual: unknown, expected: Decimal, label: string) =>
  expectCloseTo(actual, expected, label, LIBREOFFICE_TOLERANCE);

type ReadBack = Awaited<ReturnType<typeof readBack>>;

async function readBack(bytes: Buffer) {
  const workbook = await loadWorkbook(bytes);
  const names = await readDefinedNames(bytes);
  return {
    names,
    named: (name: string) => cellResult(namedCell(workbook, names, name)),
    at: (sheetName: string, row: number, col: number) => {
      const sheet = workbook.getWorksheet(sheetName);
      if (!sheet) throw new Error(`no sheet ${sheetName}`);
      return cellResult(sheet.getCell(row + 1, col + 1));
    },
  };
}

/** Every formula cell of the plan shows the result the model computed for it. */
function expectPlanResults(result: ReadBack, plan: PlainSheetPlan): number {
  let formulas = 0;
  for (const cell of plan.cells) {
    if (cell.content.kind !== "formula") continue;
    formulas++;
    const label = `${plan.sheetName}!${a1(cell)} ${cell.content.formula}`;
    const expected = cell.content.result;
    const value = result.at(plan.sheetName, cell.row, cell.col);
    if (typeof expected === "string") {
      if (expected === "") expect([null, ""], label).toContain(value);
      else expect(value, label).toBe(expected);
    } else {
      // ExcelJS's cell.value leaves out a cached result of 0 (it copies truthy fields only).
      expectClose(value ?? (expected.isZero() ? 0 : value), expected, label);
    }
  }
  return formulas;
}

function expectModelFigures(result: ReadBack, budget: Budget): void {
  const applied = applyFunnel(budget);
  const totals = budgetTotals(applied);
  const outcome = budgetOutcome(applied);
  expectClose(result.named("Budget_Total"), totals.total, "Budget_Total");
  expectClose(result.named("Budget_Subtotal_Benefit"), totals.subtotals.benefit, "benefit");
  expectClose(result.named("Budget_Share_Fulfillment"), totals.shares.fulfillment, "fulfillment share");
  expectClose(result.named("Budget_Revenue"), applied.goals.revenue!, "revenue");
  expectClose(result.named("Budget_ROI"), outcome.roi!, "ROI");
  for (const scenario of scenarioOutcomes(applied)) {
    const key = scenario.key.charAt(0).toUpperCase() + scenario.key.slice(1);
    expectClose(result.named(`Scenario_${key}_Deals`), scenario.deals, `${key} deals`);
    expectClose(result.named(`Scenario_${key}_Total`), scenario.total, `${key} total`);
    expectClose(result.named(`Scenario_${key}_ROI`), scenario.roi!, `${key} ROI`);
  }
}

describeWithLibreOffice("exported funnel workbooks recalculated by LibreOffice", (session) => {
  const workDir = () => session().workDir;
  const recalculate = (path: string) => session().libreOffice.recalculate(path);

  async function exportWorkbook(budget: Budget, lang: "zh" | "en", plans: readonly BudgetPlan[], fileName: string) {
    const plan = buildSheetPlan(budget, { lang });
    const sheets = [plan, ...buildCompanionPlans(budget, plan, plans, { lang })];
    const path = join(workDir(), fileName);
    const bytes = await writeBudgetWorkbook(budget, plan, plans);
    writeFileSync(path, bytes);
    return { plan, sheets, path, bytes };
  }

  it.each(["en", "zh"] as const)(
    "(%s) gives every formula of the budget, scenarios and plans sheets the model's result",
    async (lang) => {
      const budget = presetBudget("campaign-funnel", lang);
      const { sheets, path } = await exportWorkbook(
        budget,
        lang,
        presetPlans("campaign-funnel", lang),
        `cf-${lang}.xlsx`,
      );
      const result = await readBack(await recalculate(path));
      expect(sheets.map((sheet) => expectPlanResults(result, sheet))).toEqual([119, 92, 52]);
      expectModelFigures(result, budget);
      expect(result.named("Budget_PoolRequired")).toBe(119756);
      expect(result.named("Scenario_Conservative_Deals")).toBe(1279);
      sheets.forEach((sheet, index) => {
        for (const name of sheet.names) {
          expect(result.names.find((n) => n.name === name.name)?.localSheetId, name.name).toBe(index);
        }
      });
    },
    LIBREOFFICE_TIMEOUT,
  );

  it(
    "follows the target when it changes in the file: 2,000 → 2,600 deals",
    async () => {
      const budget = presetBudget("campaign-funnel", "en");
      const plans = presetPlans("campaign-funnel", "en");
      const { plan, bytes } = await exportWorkbook(budget, "en", plans, "cf-before-change.xlsx");
      const target = a1(plan.names.find((n) => n.name === "Budget_TargetDeals")!.ref);
      expect(target).toBe("Q27");

      // Typed into the file as another tool would; its cached results stay those of 2,000.
      const changedBytes = await setCellNumber(bytes, target, 2600);
      const stale = await readBack(changedBytes);
      expect(stale.named("Budget_TargetDeals")).toBe(2600);
      expect(stale.named("Budget_Total")).toBeCloseTo(1411667.1792, 6);
      const changedPath = join(workDir(), "cf-changed.xlsx");
      writeFileSync(changedPath, changedBytes);
      const result = await readBack(await recalculate(changedPath));

      const aimed = withTargetDeals(budget, dec(2600));
      const aimedPlan = buildSheetPlan(aimed, { lang: "en" });
      const [scenarios, plansSheet] = buildCompanionPlans(aimed, aimedPlan, plans, { lang: "en" });
      expectPlanResults(result, aimedPlan);
      expectPlanResults(result, scenarios);
      expectPlanResults(result, plansSheet);
      expectModelFigures(result, aimed);
      expect(result.named("Budget_Total")).toBeCloseTo(1775216.7792, 6);
      expect(result.named("Budget_Stage2")).toBe(15875);
      expect(result.named("Scenario_Base_Deals")).toBe(2600);
      const staff = aimedPlan.table.firstDataRow + budget.lines.findIndex((line) => line.item === "Store staff");
      expect(result.at("Budget", staff, 3)).toBe(2889);
    },
    LIBREOFFICE_TIMEOUT,
  );

  it(
    "keeps a quantity typed on a line no stage drives: WeCom outreach 250 → 300 hours, its Budget follows",
    async () => {
      const budget = presetBudget("campaign-funnel", "en");
      const { plan, bytes } = await exportWorkbook(budget, "en", [], "cf-own-quantity.xlsx");
      const index = budget.lines.findIndex((line) => line.item === "WeCom outreach");
      const row = plan.table.firstDataRow + index;
      const column = (header: string) => plan.table.firstCol + plan.table.columns.indexOf(header);
      const ownQuantity = a1({ row, col: column("Own quantity") });
      expect(ownQuantity).toBe(`N${row + 1}`);

      const changedPath = join(workDir(), "cf-own-quantity-changed.xlsx");
      writeFileSync(changedPath, await setCellNumber(bytes, ownQuantity, 300));
      const result = await readBack(await recalculate(changedPath));

      const lines = budget.lines.map((line, i) => (i === index ? { ...line, quantity: dec(300) } : line));
      const typed = { ...budget, lines };
      expectPlanResults(result, buildSheetPlan(typed, { lang: "en" }));
      expectModelFigures(result, typed);
      expect(result.at("Budget", row, column("Quantity"))).toBe(300);
      expect(result.at("Budget", row, column("Budget"))).toBe(15000);
      // 2,500 more, and 8% contingency on it: 1,411,667.1792 + 2,700.
      expect(result.named("Budget_Total")).toBeCloseTo(1414367.1792, 6);
      expect(result.named("Budget_PoolRequired")).toBe(119756);
    },
    LIBREOFFICE_TIMEOUT,
  );

  it(
    "rounds whole people as the model does where doubles do not: 57 at 57% after 69%",
    async () => {
      const budget = applyFunnel({
        title: "tricky",
        lines: [
          {
            category: "fulfillment",
            item: "Delivery",
            basis: "per deal",
            quantity: null,
            unitCost: dec(10),
            times: dec(1),
            actual: null,
            owner: "",
            note: "",
            driver: "Deals",
          },
        ],
        contingencyRate: dec("0.08"),
        ranges: defaultRanges(),
        goals: { revenue: null, grossMargin: dec("0.4"), cap: null },
        funnel: {
          poolName: "Pool",
          stages: [
            { name: "Visited", rate: dec("0.69") },
            { name: "Deals", rate: dec("0.57") },
          ],
          targetDeals: dec(57),
          averageOrderValue: dec(100),
          participationStage: 1,
          conversionStage: 2,
        },
      });
      const { sheets, path } = await exportWorkbook(budget, "en", [], "tricky.xlsx");
      const result = await readBack(await recalculate(path));
      for (const sheet of sheets) expectPlanResults(result, sheet);
      expect([result.named("Budget_PoolRequired"), result.named("Budget_Stage1")]).toEqual([145, 100]);
      expect(result.named("Scenario_Base_Deals")).toBe(57);
    },
    LIBREOFFICE_TIMEOUT,
  );
});
