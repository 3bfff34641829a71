import { describe, expect, it } from "vitest";
import { budgetTotals, dec, presetBudget, withTargetDeals } from "../src/model";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { a1 } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { readFunnelSheet } from "../src/taskpane/funnelSheetRead";
import { WorkbookError } from "../src/workbook/workbookError";

const plan = buildSheetPlan(presetBudget("campaign-funnel", "en"), { lang: "en" });
const addressOf = (name: string) => a1(plan.names.find((candidate) => candidate.name === name)!.ref);
const TARGET_2600 = {
  targetDeals: dec(2600),
  averageOrderValue: dec(350),
  rates: ["0.85", "0.12", "0.28", "0.65", "0.9"].map(dec),
};

async function funnelWorkbook() {
  const workbook = new MemoryWorkbook();
  await workbook.insert({ preset: "campaign-funnel", lang: "en" });
  return workbook;
}

async function namedValues(workbook: MemoryWorkbook) {
  const read = await workbook.read();
  if (read.sheet.kind !== "budget") throw new Error("not a budget sheet");
  return { snapshot: read.sheet.snapshot, names: read.sheet.snapshot.names };
}

describe("the in-memory workbook's funnel inputs", () => {
  it("holds the funnel budget as inserted: 2,000 deals, a pool of 119,756, total 1,411,667.18", async () => {
    const { snapshot, names } = await namedValues(await funnelWorkbook());
    expect(names.Budget_TargetDeals).toEqual({ address: addressOf("Budget_TargetDeals"), value: 2000 });
    expect(names.Budget_PoolRequired.value).toBe(119756);
    expect(budgetTotals(readBudgetSheet(snapshot).budget).total.toFixed(2)).toBe("1411667.18");
  });

  it("writes target, order value and rates into the named cells, and the sheet recalculates", async () => {
    const workbook = await funnelWorkbook();
    const sheetId = (await workbook.list()).activeSheet.id;
    const changes: string[] = [];
    await new Promise((resolve) => setTimeout(resolve, 0)); // the insertion's own events
    await workbook.watch((change) => changes.push(`${change.kind} ${change.sheetId}`));
    await workbook.writeFunnelInputs(sheetId, TARGET_2600);

    const { snapshot, names } = await namedValues(workbook);
    expect(names.Budget_TargetDeals.value).toBe(2600);
    expect(names.Budget_AOV.value).toBe(350);
    expect(names.Budget_Rate3.value).toBe(0.28);
    expect(names.Budget_PoolRequired.value).toBe(155638);
    const model = budgetTotals(withTargetDeals(presetBudget("campaign-funnel", "en"), dec(2600))).total;
    expect(model.toFixed(2)).toBe("1775216.78");
    expect(Number(names.Budget_Total.value)).toBeCloseTo(model.toNumber(), 6);
    expect(budgetTotals(readBudgetSheet(snapshot).budget).total.toFixed(2)).toBe("1775216.78");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes).toEqual([`changed ${sheetId}`]);
  });

  it("reads back through the pane's reader what it wrote", async () => {
    const workbook = await funnelWorkbook();
    await workbook.writeFunnelInputs("Budget", TARGET_2600);
    const sheet = await readFunnelSheet(workbook);
    expect(sheet.kind).toBe("funnel");
    if (sheet.kind === "funnel") expect(sheet.inputs.targetDeals.value).toBe(2600);
  });

  it("writes nothing when a name is missing, and says which", async () => {
    const workbook = await funnelWorkbook();
    const sixStages = { ...TARGET_2600, rates: [...TARGET_2600.rates, dec("0.5")] };
    const error = await workbook.writeFunnelInputs("Budget", sixStages).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).text.en).toContain("Budget_Rate6");
    expect((await namedValues(workbook)).names.Budget_TargetDeals.value).toBe(2000);
  });

  it("says the sheet is missing when it is gone", async () => {
    const workbook = await funnelWorkbook();
    const error = await workbook.writeFunnelInputs("Nowhere", TARGET_2600).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "missing-sheet" });
  });
});
