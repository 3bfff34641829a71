import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { cellResult, loadWorkbook, namedCell, readDefinedNames } from "../../src/cli/xlsx/readXlsx";
import { writePlanToXlsx } from "../../src/cli/xlsx/writePlanToXlsx";
import { CATEGORIES, budgetOutcome, budgetTotals, dec, presetBudget, type Budget, type Decimal } from "../../src/model";
import { a1 } from "../../src/sheet/address";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import type { SheetPlan } from "../../src/sheet/plan";
import { describeWithLibreOffice } from "../helpers/libreoffice";
import { expectClose as expectCloseTo, LIBREOFFICE_TOLERANCE } from "../helpers/expectClose";

// LibreOffice starts in seconds, but a cold first start on a slow machine can take far longer.
const LIBREOFFICE_TIMEOUT = 240_000;

const expectClose = (actual: unknown, expected: Decimal, label: string) =>
  expectCloseTo(actual, expected, label, LIBREOFFICE_TOLERANCE);

type ReadBack = Awaited<ReturnType<typeof readBack>>;

async function readBack(bytes: Buffer, plan: SheetPlan) {
  const workbook = await loadWorkbook(bytes);
  const names = await readDefinedNames(bytes);
  const sheet = workbook.getWorksheet(plan.sheetName);
  if (!sheet) throw new Error(`no sheet ${plan.sheetName}`);
  return {
    names,
    named: (name: string) => cellResult(namedCell(workbook, names, name)),
    at: (row: number, col: number) => cellResult(sheet.getCell(row + 1, col + 1)),
  };
}

/** Every formula cell of the plan shows the result the model computed for it. */
function expectPlanResults(result: ReadBack, plan: SheetPlan): void {
  let formulas = 0;
  for (const cell of plan.cells) {
    if (cell.content.kind !== "formula") continue;
    formulas++;
    const value = result.at(cell.row, cell.col);
    const label = `${a1(cell)} ${cell.content.formula}`;
    const expected = cell.content.result;
    if (typeof expected !== "string") expectClose(value, expected, label);
    else if (expected === "") expect([null, ""], label).toContain(value);
    else expect(value, label).toBe(expected);
  }
  expect(formulas).toBeGreaterThan(50);
}

function expectModelFigures(result: ReadBack, budget: Budget): void {
  const totals = budgetTotals(budget);
  const outcome = budgetOutcome(budget);
  expectClose(result.named("Budget_Total"), totals.total, "Budget_Total");
  for (const category of CATEGORIES) {
    expectClose(result.named(`Budget_Subtotal_${category.nameSuffix}`), totals.subtotals[category.key], category.key);
    expectClose(
      result.named(`Budget_Share_${category.nameSuffix}`),
      totals.shares[category.key],
      `${category.key} share`,
    );
  }
  expectClose(result.named("Budget_ROI"), outcome.roi!, "ROI");
  expectClose(result.named("Budget_Breakeven"), outcome.breakEvenRevenue!, "break-even");
  expectClose(result.named("Budget_GapToCap"), outcome.gapToCap!, "gap to cap");
}

describeWithLibreOffice("exported campaign workbooks recalculated by LibreOffice", (session) => {
  const workDir = () => session().workDir;
  const recalculate = (path: string) => session().libreOffice.recalculate(path);

  async function exportAndRecalculate(budget: Budget, lang: "zh" | "en", fileName: string) {
    const plan = buildSheetPlan(budget, { lang });
    const path = join(workDir(), fileName);
    writeFileSync(path, await writePlanToXlsx(plan));
    return { plan, path, result: await readBack(await recalculate(path), plan) };
  }

  it.each(["en", "zh"] as const)(
    "(%s) gives every formula the model's result and keeps the sheet-scoped names",
    async (lang) => {
      const budget = presetBudget("campaign", lang);
      const { plan, result } = await exportAndRecalculate(budget, lang, `campaign-${lang}.xlsx`);
      expectPlanResults(result, plan);
      expectModelFigures(result, budget);
      expect(result.named("Budget_Total")).toBeCloseTo(1294596, 6);
      for (const name of plan.names) {
        expect(result.names.find((n) => n.name === name.name)?.localSheetId, name.name).toBe(0);
      }
    },
    LIBREOFFICE_TIMEOUT,
  );

  it(
    "follows the formulas when a quantity changes in the file",
    async () => {
      const budget = presetBudget("campaign", "en");
      const { plan, path } = await exportAndRecalculate(budget, "en", "campaign-before-change.xlsx");
      const fulfillmentIndex = budget.lines.findIndex((line) => line.category === "fulfillment");
      const quantityCol = plan.table.firstCol + plan.table.columns.indexOf("Quantity");
      const quantityRow = plan.table.firstDataRow + fulfillmentIndex;

      // Edit the exported file as another tool would; its cached results stay those of 2,000.
      const workbook = await loadWorkbook(readFileSync(path));
      const quantityCell = workbook.getWorksheet(plan.sheetName)!.getCell(quantityRow + 1, quantityCol + 1);
      expect(quantityCell.value).toBe(2000);
      quantityCell.value = 2600;
      const changedPath = join(workDir(), "campaign-changed.xlsx");
      const changedBytes = Buffer.from(await workbook.xlsx.writeBuffer());
      writeFileSync(changedPath, changedBytes);
      const stale = await readBack(changedBytes, plan);
      expect(stale.named("Budget_Total")).toBe(1294596);

      const changedBudget: Budget = {
        ...budget,
        lines: budget.lines.map((line, i) => (i === fulfillmentIndex ? { ...line, quantity: dec(2600) } : line)),
      };
      const changedPlan = buildSheetPlan(changedBudget, { lang: "en" });
      const result = await readBack(await recalculate(changedPath), changedPlan);

      expect(result.named("Budget_Total")).not.toBe(stale.named("Budget_Total"));
      expect(result.named("Budget_Subtotal_Fulfillment")).toBeCloseTo(650000, 6);
      expectClose(result.named("Budget_Total"), dec(1294596).plus(dec(150000).times("1.08")), "changed total");
      expectClose(result.named("Budget_Total"), dec(1456596), "changed total");
      expectModelFigures(result, changedBudget);
      expectPlanResults(result, changedPlan);
    },
    LIBREOFFICE_TIMEOUT,
  );
});
