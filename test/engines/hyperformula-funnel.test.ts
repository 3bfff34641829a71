import { DetailedCellError, HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  DEFAULT_SCENARIO_DRIFTS,
  Decimal,
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
  type ScenarioDrift,
} from "../../src/model";
import { addPlanToHyperFormula, cellValue } from "../../src/preview/spreadsheet/loadPlan";

import { a1, parseA1, type CellRef } from "../../src/sheet/address";
import { buildCompanionPlans } from "../../src/sheet/buildCompanionPlans";
import { buildScenarioPlan } from "../../src/sheet/buildScenarioPlan";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import type { PlainSheetPlan, SheetPlan } from "../../src/sheet/plan";
import { expectClose as expectCloseTo, ENGINE_TOLERANCE } from "../helpers/expectClose";
import type { Lang } from "../../src/i18n";

const expectClose = (actual: unknown, expected: Decimal, label: string) =>
  expectCloseTo(actual, expected, label, ENGINE_TOLERANCE);

interface Workbook {
  hf: HyperFormula;
  budgetPlan: SheetPlan;
  sheets: { plan: PlainSheetPlan; id: number }[];
}

/** The budget sheet, its scenarios and (with plans) the plans sheet, in one HyperFormula workbook. */
function evaluate(budget: Budget, lang: Lang, withPlans = true): Workbook {
  const budgetPlan = buildSheetPlan(budget, { lang });
  const plans = withPlans ? presetPlans("campaign-funnel", lang) : [];
  const companions = buildCompanionPlans(budget, budgetPlan, plans, { lang });
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheets = [{ plan: budgetPlan as PlainSheetPlan, id: addPlanToHyperFormula(hf, budgetPlan) }];
  for (const plan of companions) sheets.push({ plan, id: addPlanToHyperFormula(hf, plan) });
  return { hf, budgetPlan, sheets };
}

/** Every formula cell of `expected` (a plan for the same layout) shows its model result on sheet `id`. */
function expectModelResults(hf: HyperFormula, id: number, expected: PlainSheetPlan): number {
  let formulas = 0;
  for (const cell of expected.cells) {
    if (cell.content.kind !== "formula") continue;
    formulas++;
    const value = cellValue(hf, id, cell);
    const label = `${expected.sheetName}!${a1(cell)} ${cell.content.formula}`;
    if (typeof cell.content.result === "string") expect(value, label).toBe(cell.content.result);
    else expectClose(value, cell.content.result, label);
  }
  return formulas;
}

function named(workbook: Workbook, sheet: number, name: string): unknown {
  const { plan, id } = workbook.sheets[sheet];
  const ref = plan.names.find((n) => n.name === name)?.ref;
  if (!ref) throw new Error(`${plan.sheetName} has no name ${name}`);
  return cellValue(workbook.hf, id, ref);
}

function setNamed(workbook: Workbook, sheet: number, name: string, value: number | string): void {
  const { plan, id } = workbook.sheets[sheet];
  const ref = plan.names.find((n) => n.name === name)!.ref;
  workbook.hf.setCellContents({ sheet: id, ...ref }, value);
}

function expectModelFigures(workbook: Workbook, budget: Budget): void {
  const applied = applyFunnel(budget);
  const totals = budgetTotals(applied);
  const outcome = budgetOutcome(applied);
  expectClose(named(workbook, 0, "Budget_Total"), totals.total, "Budget_Total");
  for (const category of CATEGORIES) {
    const suffix = category.nameSuffix;
    expectClose(named(workbook, 0, `Budget_Subtotal_${suffix}`), totals.subtotals[category.key], category.key);
    expectClose(named(workbook, 0, `Budget_Share_${suffix}`), totals.shares[category.key], `${category.key} share`);
  }
  expectClose(named(workbook, 0, "Budget_Revenue"), applied.goals.revenue!, "revenue");
  expectClose(named(workbook, 0, "Budget_ROI"), outcome.roi!, "ROI");
  expectClose(named(workbook, 0, "Budget_Breakeven"), outcome.breakEvenRevenue!, "break-even");
}

describe.each(["zh", "en"] as const)("the campaign-funnel workbook (%s) in HyperFormula", (lang) => {
  const budget = presetBudget("campaign-funnel", lang);
  const workbook = evaluate(budget, lang);

  it("gives every formula cell of the three sheets the model's result", () => {
    const counts = workbook.sheets.map(({ plan, id }) => expectModelResults(workbook.hf, id, plan));
    expect(counts[0]).toBeGreaterThan(100);
    // per scenario 5 rates, 6 stages' people and driven cost, 8 figures; 17 stage labels
    expect(counts[1]).toBe(3 * 25 + 17);
    expect(counts[2]).toBe(4 * 13);
  });

  it("gives the model's figures at the named cells, the funnel's included", () => {
    expectModelFigures(workbook, budget);
    expect(named(workbook, 0, "Budget_TargetDeals")).toBe(2000);
    expect(named(workbook, 0, "Budget_PoolRequired")).toBe(119756);
    expect([1, 2, 3, 4, 5].map((n) => named(workbook, 0, `Budget_Stage${n}`))).toEqual([
      101792, 12215, 3420, 2223, 2000,
    ]);
    expect(named(workbook, 0, "Budget_Total")).toBeCloseTo(1411667.1792, 6);
  });

  it("gives the model's scenario figures on the scenarios sheet", () => {
    for (const outcome of scenarioOutcomes(budget)) {
      const key = outcome.key.charAt(0).toUpperCase() + outcome.key.slice(1);
      expect(named(workbook, 1, `Scenario_${key}_Deals`)).toBe(outcome.deals.toNumber());
      expectClose(named(workbook, 1, `Scenario_${key}_Total`), outcome.total, `${key} total`);
      expectClose(named(workbook, 1, `Scenario_${key}_Revenue`), outcome.revenue, `${key} revenue`);
      expectClose(named(workbook, 1, `Scenario_${key}_ROI`), outcome.roi!, `${key} ROI`);
    }
    expect(named(workbook, 1, "Scenario_Conservative_Deals")).toBe(1279);
    expect(named(workbook, 1, "Scenario_Optimistic_Total")).toBeCloseTo(1934419.5792, 6);
  });
});

describe("changing the campaign-funnel workbook in HyperFormula", () => {
  const budget = presetBudget("campaign-funnel", "en");

  it("moves driven lines, subtotals, shares, statuses and ROI with the target: 2,000 → 2,600", () => {
    const workbook = evaluate(budget, "en");
    setNamed(workbook, 0, "Budget_TargetDeals", 2600);
    const aimed = withTargetDeals(budget, dec(2600));
    const aimedPlan = buildSheetPlan(aimed, { lang: "en" });
    expectModelResults(workbook.hf, workbook.sheets[0].id, aimedPlan);
    expectModelResults(workbook.hf, workbook.sheets[1].id, buildScenarioPlan(aimed, aimedPlan, { lang: "en" }));
    expectModelFigures(workbook, aimed);
    const staff = aimedPlan.table.firstDataRow + budget.lines.findIndex((line) => line.item === "Store staff");
    expect(cellValue(workbook.hf, workbook.sheets[0].id, { row: staff, col: 3 })).toBe(2889);
    expect(named(workbook, 0, "Budget_Stage2")).toBe(15875);
    expect(named(workbook, 0, "Budget_Total")).toBeCloseTo(1775216.7792, 6);
    expect((named(workbook, 0, "Budget_ROI") as number).toFixed(4)).toBe("0.2050");
    expect(named(workbook, 1, "Scenario_Base_Deals")).toBe(2600);
  });

  it("follows a changed rate on the budget sheet and changed drifts on the scenarios sheet", () => {
    const workbook = evaluate(budget, "en");
    setNamed(workbook, 0, "Budget_Rate3", 0.35);
    setNamed(workbook, 1, "Scenario_Conservative_Participation", -0.3);
    setNamed(workbook, 1, "Scenario_Optimistic_Conversion", 0.5);
    const funnel = budget.funnel!;
    const changed = applyFunnel({
      ...budget,
      funnel: { ...funnel, stages: funnel.stages.map((s, i) => (i === 2 ? { ...s, rate: dec("0.35") } : s)) },
    });
    const drifts: ScenarioDrift[] = [
      { ...DEFAULT_SCENARIO_DRIFTS[0], participation: dec("-0.3") },
      DEFAULT_SCENARIO_DRIFTS[1],
      { ...DEFAULT_SCENARIO_DRIFTS[2], conversion: dec("0.5") },
    ];
    const changedPlan = buildSheetPlan(changed, { lang: "en" });
    expectModelResults(workbook.hf, workbook.sheets[0].id, changedPlan);
    expectModelResults(
      workbook.hf,
      workbook.sheets[1].id,
      buildScenarioPlan(changed, changedPlan, { lang: "en", drifts }),
    );
    // 3,420 booked need 3,420 ÷ 0.35 = 9,771.4 → 9,772 opened, not 12,215
    expect(named(workbook, 0, "Budget_Stage2")).toBe(9772);
  });

  it("finds a renamed stage once its lines name it too; until then their quantities show #N/A", () => {
    const workbook = evaluate(budget, "en", false);
    const { hf, budgetPlan } = workbook;
    const id = workbook.sheets[0].id;
    const visited = budgetPlan.layout.funnel!.firstStageRow + 4;
    hf.setCellContents({ sheet: id, row: visited, col: budgetPlan.layout.funnel!.nameCol }, "Store visits");
    const driverCol = budgetPlan.table.columns.indexOf("Driver");
    const drivenRows = budget.lines.flatMap((line, i) =>
      line.driver === "Visited" ? [budgetPlan.table.firstDataRow + i] : [],
    );
    expect(drivenRows).toHaveLength(3);
    for (const row of drivenRows) expect(cellValue(hf, id, { row, col: 3 })).toBeInstanceOf(DetailedCellError);
    for (const row of drivenRows) hf.setCellContents({ sheet: id, row, col: driverCol }, "store VISITS");
    for (const row of drivenRows) expect(cellValue(hf, id, { row, col: 3 })).toBe(2223);
    expect(named(workbook, 0, "Budget_Total")).toBeCloseTo(1411667.1792, 6);
  });
});

describe("typed quantities in the campaign-funnel workbook in HyperFormula", () => {
  const budget = presetBudget("campaign-funnel", "en");
  const column = (plan: SheetPlan, header: string) => plan.table.firstCol + plan.table.columns.indexOf(header);
  const rowOf = (plan: SheetPlan, item: string) =>
    plan.table.firstDataRow + budget.lines.findIndex((line) => line.item === item);

  it("keeps a quantity typed on a line no stage drives: WeCom outreach 250 → 300 hours, its Budget follows", () => {
    const workbook = evaluate(budget, "en", false);
    const { hf, budgetPlan } = workbook;
    const id = workbook.sheets[0].id;
    const row = rowOf(budgetPlan, "WeCom outreach");
    expect(cellValue(hf, id, { row, col: column(budgetPlan, "Quantity") })).toBe(250);
    hf.setCellContents({ sheet: id, row, col: column(budgetPlan, "Own quantity") }, 300);
    expect(cellValue(hf, id, { row, col: column(budgetPlan, "Quantity") })).toBe(300);
    expect(cellValue(hf, id, { row, col: column(budgetPlan, "Budget") })).toBe(15000);
    const typed = {
      ...budget,
      lines: budget.lines.map((line) => (line.item === "WeCom outreach" ? { ...line, quantity: dec(300) } : line)),
    };
    expectModelResults(hf, id, buildSheetPlan(typed, { lang: "en" }));
    expectModelFigures(workbook, typed);
    // 2,500 more, and 8% contingency on it.
    expect(named(workbook, 0, "Budget_Total")).toBeCloseTo(1414367.1792, 6);
  });

  it("gives a line its typed quantity once its Driver is cleared: store staff back to the source's 1,500 visits", () => {
    const workbook = evaluate(budget, "en", false);
    const { hf, budgetPlan } = workbook;
    const id = workbook.sheets[0].id;
    const row = rowOf(budgetPlan, "Store staff");
    expect(cellValue(hf, id, { row, col: column(budgetPlan, "Budget") })).toBe(222300);
    hf.setCellContents({ sheet: id, row, col: column(budgetPlan, "Driver") }, null);
    hf.setCellContents({ sheet: id, row, col: column(budgetPlan, "Own quantity") }, 1500);
    expect(cellValue(hf, id, { row, col: column(budgetPlan, "Quantity") })).toBe(1500);
    // 1,500 visits × 2 h × 50 per hour, the source's own figure
    expect(cellValue(hf, id, { row, col: column(budgetPlan, "Budget") })).toBe(150000);
    const typed = {
      ...budget,
      lines: budget.lines.map((line) => {
        if (line.item !== "Store staff") return line;
        const { driver: _driver, ...rest } = line;
        return { ...rest, quantity: dec(1500) };
      }),
    };
    expectModelResults(hf, id, buildSheetPlan(typed, { lang: "en" }));
    expectModelFigures(workbook, typed);
    // 72,300 less, and its contingency: 1,411,667.1792 − 78,084.
    expect(named(workbook, 0, "Budget_Total")).toBeCloseTo(1333583.1792, 6);
  });
});

/** A funnel of its own: the given stages (top first) to `target` deals, one line per stage. */
function trickyBudget(stages: [string, string][], target: number): Budget {
  return applyFunnel({
    title: "tricky",
    lines: stages.map(([name]) => ({
      category: "fulfillment",
      item: `Per ${name}`,
      basis: "per person",
      quantity: null,
      unitCost: dec(10),
      times: dec(1),
      actual: null,
      owner: "",
      note: "",
      driver: name,
    })),
    contingencyRate: dec("0.08"),
    ranges: defaultRanges(),
    goals: { revenue: null, grossMargin: dec("0.4"), cap: null },
    funnel: {
      poolName: "Pool",
      stages: stages.map(([name, rate]) => ({ name, rate: dec(rate) })),
      targetDeals: dec(target),
      averageOrderValue: dec(100),
      participationStage: 1,
      conversionStage: stages.length,
    },
  });
}

function refOf(plan: PlainSheetPlan, name: string): CellRef {
  return plan.names.find((n) => n.name === name)!.ref;
}

describe("whole people in doubles", () => {
  it("needs 100 people for 69 deals at 69%, where ROUNDUP alone says 101", () => {
    const budget = trickyBudget([["Deals", "0.69"]], 69);
    const workbook = evaluate(budget, "en", false);
    const { hf } = workbook;
    const id = workbook.sheets[0].id;
    expectModelResults(hf, id, workbook.budgetPlan);
    expect(named(workbook, 0, "Budget_PoolRequired")).toBe(100);
    const pool = refOf(workbook.budgetPlan, "Budget_PoolRequired");
    const scratch = { sheet: id, ...parseA1("A40") };
    hf.setCellContents(scratch, `=ROUNDUP(Budget_Stage1/Budget_Rate1,0)`);
    expect(hf.getCellValue(scratch)).toBe(101);
    expect(cellValue(hf, id, pool)).toBe(100);
  });

  it("rounds 57 deals at 57% after 69% up to 100 and 145, and the base scenario back down to 100 and 57", () => {
    // 57 ÷ 0.57 is 100.00000000000001 in doubles; forward, 100 × 0.57 is 56.99999999999999.
    const budget = trickyBudget(
      [
        ["Visited", "0.69"],
        ["Deals", "0.57"],
      ],
      57,
    );
    const workbook = evaluate(budget, "en", false);
    const { hf } = workbook;
    for (const { plan, id } of workbook.sheets) expectModelResults(hf, id, plan);
    expect([0, 1, 2].map((n) => named(workbook, 0, n === 0 ? "Budget_PoolRequired" : `Budget_Stage${n}`))).toEqual([
      145, 100, 57,
    ]);
    expect(named(workbook, 1, "Scenario_Base_Deals")).toBe(57);
    const scratch = { sheet: workbook.sheets[1].id, ...parseA1("H40") };
    hf.setCellContents(scratch, "=ROUNDDOWN(100*0.57,0)");
    expect(hf.getCellValue(scratch)).toBe(56);
  });
});
