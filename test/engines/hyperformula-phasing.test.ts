import { DetailedCellError, HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  budgetTotals,
  dec,
  timelinePreset,
  type Budget,
  type PeriodActuals,
  type Phasing,
} from "../../src/model";
import { addPlanToHyperFormula, cellValue } from "../../src/preview/spreadsheet/loadPlan";

import { a1, type CellRef } from "../../src/sheet/address";
import { buildPhasingPlan, type PhasingPlanOptions } from "../../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import type { PlainSheetPlan, SheetPlan } from "../../src/sheet/plan";
import { ENGINE_TOLERANCE, expectClose as expectCloseTo } from "../helpers/expectClose";
import { phasingLabels, type Lang } from "../../src/i18n";

const expectClose = (actual: unknown, expected: Decimal, label: string) =>
  expectCloseTo(actual, expected, label, ENGINE_TOLERANCE);

interface Workbook {
  hf: HyperFormula;
  budgetPlan: SheetPlan;
  budgetId: number;
  plan: PlainSheetPlan;
  id: number;
}

function evaluate(budget: Budget, phasing: Phasing, options: PhasingPlanOptions): Workbook {
  const budgetPlan = buildSheetPlan(budget, { lang: options.lang });
  const plan = buildPhasingPlan(budget, phasing, budgetPlan, options);
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const budgetId = addPlanToHyperFormula(hf, budgetPlan);
  const id = addPlanToHyperFormula(hf, plan);
  return { hf, budgetPlan, budgetId, plan, id };
}

/** Every formula cell of `expected` (a plan of the same layout) shows its model result. */
function expectModelResults(workbook: Workbook, expected: PlainSheetPlan): number {
  let formulas = 0;
  for (const cell of expected.cells) {
    if (cell.content.kind !== "formula") continue;
    formulas++;
    const value = cellValue(workbook.hf, workbook.id, cell);
    const label = `${expected.sheetName}!${a1(cell)} ${cell.content.formula}`;
    if (typeof cell.content.result === "string") expect(value, label).toBe(cell.content.result);
    else expectClose(value, cell.content.result, label);
  }
  return formulas;
}

function ref(plan: PlainSheetPlan, name: string): CellRef {
  const found = plan.names.find((n) => n.name === name)?.ref;
  if (!found) throw new Error(`no name ${name}`);
  return found;
}

const named = (workbook: Workbook, name: string) => cellValue(workbook.hf, workbook.id, ref(workbook.plan, name));

/** The phasing sheet cell of a plan row (0-based line index) and column. */
function lineCell(plan: PlainSheetPlan, item: string, col: number): CellRef {
  const cell = plan.cells.find((c) => c.col === 1 && c.content.kind === "formula" && c.content.result === item);
  if (!cell) throw new Error(`no line ${item}`);
  return { row: cell.row, col };
}

const FIRST = 3;
const LAST = 4;
const PROFILE = 5;
const CHECK = 6;
const PERIOD = 7;

describe.each(["zh", "en"] as const)("the campaign-timeline phasing sheet (%s) in HyperFormula", (lang: Lang) => {
  const { budget, phasing } = timelinePreset("campaign-timeline", lang);
  const workbook = evaluate(budget, phasing, { lang });

  it("gives every formula cell the model's result", () => {
    expect(expectModelResults(workbook, workbook.plan)).toBeGreaterThan(20 * 3 * 4);
  });

  it("phases 1,294,596 into 101,132.01, 995,832.00 and 197,631.99, exactly the budget's total", () => {
    const totalRow = workbook.plan.cells.find(
      (c) => c.col === 0 && c.content.kind === "text" && c.content.text === phasingLabels(lang).periodTotal,
    )!.row;
    const months = [0, 1, 2].map((p) => cellValue(workbook.hf, workbook.id, { row: totalRow, col: PERIOD + p }));
    expect(months).toEqual([101132.01, 995832, 197631.99]);
    expect(named(workbook, "Budget_PhasedTotal")).toBe(1294596);
    expect(named(workbook, "Budget_PeriodCount")).toBe(3);
    expect(named(workbook, "Budget_Plan_ToDate")).toBe(101132.01);
    expect(named(workbook, "Budget_Actual_ToDate")).toBe(0);
    expect(named(workbook, "Budget_ExecutionRate")).toBe(0);
  });
});

describe("re-phasing the campaign-timeline by recalculation alone", () => {
  const lang = "en";
  const labels = phasingLabels(lang);

  function fresh() {
    const { budget, phasing } = timelinePreset("campaign-timeline", lang);
    return { budget, phasing, workbook: evaluate(budget, phasing, { lang }) };
  }

  it("follows a changed quantity on the budget sheet: every period and the total move, to the fen", () => {
    const { budget, phasing, workbook } = fresh();
    const travel = budget.lines.findIndex((line) => line.item === "Travel");
    const row = workbook.budgetPlan.table.firstDataRow + travel;
    // 11 trips × 2,000 = 22,000 over three months: 7,333.34, 7,333.33, 7,333.33; the reserve grows by 160.
    workbook.hf.setCellContents({ sheet: workbook.budgetId, row, col: 3 }, 11);
    budget.lines[travel] = { ...budget.lines[travel], quantity: dec(11) };
    const expected = buildPhasingPlan(budget, phasing, buildSheetPlan(budget, { lang }), { lang });
    expectModelResults(workbook, expected);
    const travelRow = lineCell(workbook.plan, "Travel", PERIOD);
    const at = (col: number) => cellValue(workbook.hf, workbook.id, { ...travelRow, col });
    expect([at(PERIOD), at(PERIOD + 1), at(PERIOD + 2)]).toEqual([7333.34, 7333.33, 7333.33]);
    expect(named(workbook, "Budget_PhasedTotal")).toBe(1296756);
    expect(budgetTotals(budget).total.toString()).toBe("1296756");
  });

  it("follows a changed span, a changed custom weight, a profile typed as Seasonal and a calendar weight", () => {
    const { budget, phasing, workbook } = fresh();
    const set = (cell: CellRef, value: number | string) =>
      workbook.hf.setCellContents({ sheet: workbook.id, ...cell }, value);
    const index = (item: string) => budget.lines.findIndex((line) => line.item === item);
    const lines = [...phasing.lines];

    // Travel now May–June only.
    set(lineCell(workbook.plan, "Travel", LAST), 2);
    lines[index("Travel")] = { first: 1, last: 2, profile: { kind: "even" } };
    // Fulfillment 6 : 3 instead of 7 : 3: the custom weights block, June's cell.
    const fulfillment = index("Maintenance service delivered");
    // The line's rows, top down: plan, actual, custom weights, then the working grids.
    const customRow = workbook.plan.cells
      .filter(
        (c) => c.col === 1 && c.content.kind === "formula" && c.content.result === "Maintenance service delivered",
      )
      .map((c) => c.row)
      .sort((a, b) => a - b)[2];
    set({ row: customRow, col: PERIOD + 1 }, 6);
    lines[fulfillment] = { first: 2, last: 3, profile: { kind: "custom", weights: [dec(6), dec(3)] } };
    // App push seasonal over the three months, with June's calendar weight raised from 1.5 to 2.
    set(lineCell(workbook.plan, "App push", FIRST), 1);
    set(lineCell(workbook.plan, "App push", LAST), 3);
    set(lineCell(workbook.plan, "App push", PROFILE), "Seasonal");
    lines[index("App push")] = { first: 1, last: 3, profile: { kind: "seasonal" } };
    const june = workbook.plan.cells.find((c) => c.content.kind === "text" && c.content.text === labels.months[5])!;
    set({ row: june.row, col: 2 }, 2);
    const weights = [...phasing.calendar.weights];
    weights[5] = dec(2);
    const changed: Phasing = { ...phasing, lines, calendar: { ...phasing.calendar, weights } };

    expectModelResults(workbook, buildPhasingPlan(budget, changed, workbook.budgetPlan, { lang }));
    const values = (item: string) => {
      const row = lineCell(workbook.plan, item, PERIOD);
      return [0, 1, 2].map((p) => cellValue(workbook.hf, workbook.id, { ...row, col: PERIOD + p }));
    };
    expect(values("Travel")).toEqual([10000, 10000, 0]);
    // 500,000 by 6 : 3.
    expect(values("Maintenance service delivered")).toEqual([0, 333333.33, 166666.67]);
    // 1,600 by May 1, June 2, July 1.
    expect(values("App push")).toEqual([400, 800, 400]);
    expect(named(workbook, "Budget_PhasedTotal")).toBe(1294596);
  });

  it("shows what is wrong with a span or a profile, and the line's periods as #N/A", () => {
    const { workbook } = fresh();
    const set = (cell: CellRef, value: number | string) =>
      workbook.hf.setCellContents({ sheet: workbook.id, ...cell }, value);
    set(lineCell(workbook.plan, "Kickoff meeting", LAST), 4);
    set(lineCell(workbook.plan, "Dashboard", PROFILE), "Sometimes");
    const check = (item: string) => cellValue(workbook.hf, workbook.id, lineCell(workbook.plan, item, CHECK));
    expect(check("Kickoff meeting")).toBe(labels.checks.span);
    expect(check("Dashboard")).toBe(labels.checks.profile);
    expect(check("Travel")).toBe("");
    const kickoff = cellValue(workbook.hf, workbook.id, lineCell(workbook.plan, "Kickoff meeting", PERIOD));
    expect((kickoff as DetailedCellError).value).toBe("#N/A");
    expect(named(workbook, "Budget_PhasedTotal")).toBeInstanceOf(DetailedCellError);
  });

  it("gives plan and actual to date and the execution rate from typed actuals and the current period", () => {
    const { budget, phasing } = timelinePreset("campaign-timeline", lang);
    const actuals: (Decimal | null)[][] = budget.lines.map(() => [null, null, null]);
    actuals.push([null, null, null]);
    actuals[7] = [dec(7200), null, null];
    actuals[9] = [dec(9500), dec(500), null];
    actuals[15] = [null, dec(300000), null];
    const workbook = evaluate(budget, phasing, { lang, currentPeriod: 2, actuals: actuals as PeriodActuals });
    expectModelResults(workbook, workbook.plan);
    expect(named(workbook, "Budget_Plan_ToDate")).toBe(1096964.01);
    expect(named(workbook, "Budget_Actual_ToDate")).toBe(317200);
    expect((named(workbook, "Budget_ExecutionRate") as number).toFixed(6)).toBe("0.289162");
    // Back to May: 16,700 of 101,132.01.
    workbook.hf.setCellContents({ sheet: workbook.id, ...ref(workbook.plan, "Budget_CurrentPeriod") }, 1);
    expect(named(workbook, "Budget_Plan_ToDate")).toBe(101132.01);
    expect(named(workbook, "Budget_Actual_ToDate")).toBe(16700);
  });
});

describe("a phasing by weeks and by the seasonal calendar in HyperFormula", () => {
  it("gives every formula cell the model's result, with even, front, back, custom and seasonal lines and a refund", () => {
    const { budget } = timelinePreset("campaign-timeline", "zh");
    budget.lines.push({
      ...budget.lines[0],
      item: "供应商返利",
      quantity: dec(1),
      unitCost: dec("-1000.01"),
      times: dec(1),
    });
    const kinds = ["even", "front", "back", "seasonal"] as const;
    const lines = budget.lines.map((_, i) => {
      const first = 1 + (i % 5);
      const last = Math.min(9, first + (i % 4) + 1);
      if (i % 5 === 4) {
        const weights = Array.from({ length: last - first + 1 }, (_, k) => dec(((i + k) % 3) + 0.5));
        return { first, last, profile: { kind: "custom" as const, weights } };
      }
      return { first, last, profile: { kind: kinds[i % 4] } };
    });
    const phasing: Phasing = {
      periods: { unit: "week", first: "2026-01-19", count: 9 },
      calendar: timelinePreset("campaign-timeline", "zh").phasing.calendar,
      lines,
      contingency: { first: 1, last: 9, profile: { kind: "seasonal" } },
    };
    const workbook = evaluate(budget, phasing, { lang: "zh", currentPeriod: 5 });
    expect(expectModelResults(workbook, workbook.plan)).toBeGreaterThan(21 * 9 * 4);
    expect(named(workbook, "Budget_PhasedTotal")).toBe(
      budgetTotals(budget).total.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
    );
  });
});

describe("a budget without lines", () => {
  it("phases the reserve alone and totals 0", () => {
    const { budget, phasing } = timelinePreset("campaign-timeline", "en");
    const empty: Budget = { ...budget, lines: [] };
    const workbook = evaluate(empty, { ...phasing, lines: [] }, { lang: "en" });
    expectModelResults(workbook, workbook.plan);
    expect(named(workbook, "Budget_PhasedTotal")).toBe(0);
    expect(named(workbook, "Budget_ExecutionRate")).toBe("");
  });
});
