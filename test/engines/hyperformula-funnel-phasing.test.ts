import { DetailedCellError, HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
  applyFunnel,
  dec,
  phaseBudget,
  presetBudget,
  timelinePreset,
  type Budget,
  type LineSpan,
  type Phasing,
} from "../../src/model";
import { addPlanToHyperFormula, cellValue } from "../../src/preview/spreadsheet/loadPlan";
import { a1, type CellRef } from "../../src/sheet/address";
import { buildPhasingPlan, phasingLayout } from "../../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import type { PlainSheetPlan } from "../../src/sheet/plan";
import { ENGINE_TOLERANCE, expectClose } from "../helpers/expectClose";
import { funnelPhasingLabels, type Lang } from "../../src/i18n";

const PERIOD = 7;

/** campaign-funnel over three months: the worked example's spans, SMS 1 : 3 over months 1–2, push even. */
function funnelPhasing(lang: Lang): Phasing {
  const { phasing } = timelinePreset("campaign-timeline", lang);
  const lines: LineSpan[] = [...phasing.lines];
  lines[3] = { first: 1, last: 2, profile: { kind: "custom", weights: [dec(1), dec(3)] } };
  lines[4] = { first: 1, last: 3, profile: { kind: "even" } };
  return { ...phasing, lines };
}

function evaluate(lang: Lang, stageLag?: number) {
  const budget = presetBudget("campaign-funnel", lang);
  const budgetPlan = buildSheetPlan(budget, { lang });
  const plan = buildPhasingPlan(budget, funnelPhasing(lang), budgetPlan, { lang, stageLag });
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const budgetId = addPlanToHyperFormula(hf, budgetPlan);
  const id = addPlanToHyperFormula(hf, plan);
  const rowOf = (label: string) => {
    const cell = plan.cells.find((c) => c.col === 0 && c.content.kind === "text" && c.content.text === label);
    if (!cell) throw new Error(`no row ${label}`);
    return cell.row;
  };
  const periodsOf = (label: string) =>
    [0, 1, 2, 3].map((p) => cellValue(hf, id, { row: rowOf(label), col: PERIOD + p }));
  const lagCell = plan.names.find((n) => n.name === "Budget_StageLag")!.ref;
  return { hf, id, budgetId, budgetPlan, plan, periodsOf, lagCell };
}

function expectModelResults(hf: HyperFormula, id: number, plan: PlainSheetPlan): number {
  let formulas = 0;
  for (const cell of plan.cells) {
    if (cell.content.kind !== "formula") continue;
    formulas++;
    const value = cellValue(hf, id, cell);
    const label = `${plan.sheetName}!${a1(cell)} ${cell.content.formula}`;
    if (typeof cell.content.result === "string") expect(value, label).toBe(cell.content.result);
    else expectClose(value, cell.content.result, label, ENGINE_TOLERANCE);
  }
  return formulas;
}

describe.each(["zh", "en"] as const)("the funnel block of campaign-funnel's phasing sheet (%s)", (lang) => {
  const f = funnelPhasingLabels(lang);

  it("gives every formula cell the model's result, with a lag of 0 and of 1", () => {
    for (const lag of [0, 1]) {
      const { hf, id, plan } = evaluate(lang, lag);
      expect(expectModelResults(hf, id, plan)).toBeGreaterThan(300);
    }
  });

  it("shows spend, expected deals and cost per deal per period, the deals summing to the target", () => {
    const { periodsOf } = evaluate(lang);
    // Periods, then the total column.
    // The Visited and Deals lines follow their stage, so every month holds some of them.
    expect(periodsOf(f.spend)).toEqual([393090.73, 933881.15, 84695.3, 1411667.18]);
    expect(periodsOf(f.deals)).toEqual([515, 1424, 61, 2000]);
    const costs = periodsOf(f.costPerDeal) as number[];
    expect(costs.map((c) => c.toFixed(2))).toEqual(["763.28", "655.82", "1388.45", "705.83"]);
  });

  it("moves the deals by recalculation alone when the lag, a span or the target changes", () => {
    const { hf, id, budgetId, budgetPlan, periodsOf, lagCell, plan } = evaluate(lang);
    hf.setCellContents({ sheet: id, ...lagCell }, 1);
    expect(periodsOf(f.deals)).toEqual([0, 515, 1485, 2000]);
    hf.setCellContents({ sheet: id, ...lagCell }, 2);
    expect(periodsOf(f.deals)).toEqual([0, 0, 2000, 2000]);
    hf.setCellContents({ sheet: id, ...lagCell }, 0);
    // App push only in month 3 (span 3–3): the Reached spend is 5,089.60 / 15,268.80 / 2,035.84.
    const pushRow = plan.cells.find(
      (c) =>
        c.col === 1 && c.content.kind === "formula" && c.content.result === (lang === "zh" ? "App 推送" : "App push"),
    )!.row;
    hf.setCellContents({ sheet: id, row: pushRow, col: 3 }, 3);
    // 2,000 × 5,089.60 / 22,394.24 = 454.54…, × 15,268.80 = 1,363.63…, × 2,035.84 = 181.81…: 454, 1,364, 182 (the two largest remainders).
    expect(periodsOf(f.deals)).toEqual([454, 1364, 182, 2000]);
    const target = budgetPlan.names.find((n) => n.name === "Budget_TargetDeals")!.ref;
    hf.setCellContents({ sheet: budgetId, ...target }, 1000);
    expect((periodsOf(f.deals) as number[])[3]).toBe(1000);
  });

  it("shows #N/A in the deals and says why when the lag is not a whole number of periods", () => {
    const { hf, id, periodsOf, lagCell } = evaluate(lang);
    for (const lag of [1.5, 3]) {
      hf.setCellContents({ sheet: id, ...lagCell }, lag);
      const deals = periodsOf(f.deals);
      expect(deals[0]).toBeInstanceOf(DetailedCellError);
      expect(cellValue(hf, id, { row: lagCell.row, col: 6 } as CellRef)).toBe(f.badLag);
    }
  });
});

describe.each(["zh", "en"] as const)("driven lines on campaign-funnel's phasing sheet (%s)", (lang) => {
  /** Each line's periods on the sheet (the lines, then the reserve), as numbers to the fen. */
  function lineCells(hf: HyperFormula, id: number, count: number) {
    const first = phasingLayout(count).lines.first;
    return Array.from({ length: count }, (_, r) =>
      [0, 1, 2].map((p) => Number((cellValue(hf, id, { row: first + r, col: PERIOD + p }) as number).toFixed(2))),
    );
  }
  const modelRows = (budget: Budget, phasing: Phasing) =>
    phaseBudget(applyFunnel(budget), phasing).rows.map((row) => row.periods.map((v) => v.toNumber()));

  it("spread the discount and fulfillment like the expected deals, to the fen, each summing to its Budget", () => {
    const { hf, id } = evaluate(lang);
    const cells = lineCells(hf, id, 20);
    // 515, 1,424 and 61 deals × 150 and × 250.
    expect(cells[0]).toEqual([77250, 213600, 9150]);
    expect(cells[15]).toEqual([128750, 356000, 15250]);
    // Store-visit gifts follow the Reached spend (5,768.22 / 15,947.41 / 678.61): 44,460 in all.
    expect(cells[1]).toEqual([11451.83, 31660.9, 1347.27]);
    expect(cells).toEqual(modelRows(presetBudget("campaign-funnel", lang), funnelPhasing(lang)));
    expect(cells[1].reduce((a, b) => a + b, 0)).toBeCloseTo(44460, 6);
  });

  it("re-phase by recalculation alone when the target deals, a top-of-funnel span or the lag change", () => {
    const { hf, id, budgetId, budgetPlan, plan, lagCell } = evaluate(lang);
    const budget = presetBudget("campaign-funnel", lang);
    const target = budgetPlan.names.find((n) => n.name === "Budget_TargetDeals")!.ref;
    hf.setCellContents({ sheet: budgetId, ...target }, 1000);
    const fewer = { ...budget, funnel: { ...budget.funnel!, targetDeals: dec(1000) } };
    const cells = lineCells(hf, id, 20);
    // 1,000 deals: 258, 712, 30 (the largest remainders); the discount is 150 × each.
    expect(cells[0]).toEqual([38700, 106800, 4500]);
    expect(cells).toEqual(modelRows(fewer, funnelPhasing(lang)));

    // App push only in month 3: the Reached spend moves, the Visited and Deals lines with it.
    const pushRow = plan.cells.find(
      (c) =>
        c.col === 1 && c.content.kind === "formula" && c.content.result === (lang === "zh" ? "App 推送" : "App push"),
    )!.row;
    hf.setCellContents({ sheet: id, row: pushRow, col: 3 }, 3);
    const pushLate = funnelPhasing(lang);
    const lines = [...pushLate.lines];
    lines[4] = { first: 3, last: 3, profile: { kind: "even" } };
    expect(lineCells(hf, id, 20)).toEqual(modelRows(fewer, { ...pushLate, lines }));

    hf.setCellContents({ sheet: id, ...lagCell }, 1);
    const moved = lineCells(hf, id, 20);
    expect(moved).toEqual(modelRows(fewer, { ...pushLate, lines, stageLag: 1 }));
    expect(moved[0][0]).toBe(0);
  });
});

describe("a phasing sheet without a funnel", () => {
  it("has no funnel block", () => {
    const { budget, phasing } = timelinePreset("campaign-timeline", "en");
    const plan = buildPhasingPlan(budget, phasing, buildSheetPlan(budget, { lang: "en" }), { lang: "en" });
    expect(plan.names.some((n) => n.name === "Budget_StageLag")).toBe(false);
  });
});
