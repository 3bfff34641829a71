import { DetailedCellError, HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { dec, presetBudget, timelinePreset, type LineSpan, type Phasing } from "../../src/model";
import { addPlanToHyperFormula, cellValue } from "../../src/preview/spreadsheet/loadPlan";
import { a1, type CellRef } from "../../src/sheet/address";
import { buildPhasingPlan } from "../../src/sheet/buildPhasingPlan";
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
    expect(periodsOf(f.spend)).toEqual([109790.87, 1100675.06, 201201.25, 1411667.18]);
    expect(periodsOf(f.deals)).toEqual([515, 1424, 61, 2000]);
    const costs = periodsOf(f.costPerDeal) as number[];
    expect(costs.map((c) => c.toFixed(2))).toEqual(["213.19", "772.95", "3298.38", "705.83"]);
  });

  it("moves the deals by recalculation alone when the lag, a span or the target changes", () => {
    const { hf, id, budgetId, budgetPlan, periodsOf, lagCell, plan } = evaluate(lang);
    hf.setCellContents({ sheet: id, ...lagCell }, 1);
    expect(periodsOf(f.deals)).toEqual([0, 515, 1485, 2000]);
    hf.setCellContents({ sheet: id, ...lagCell }, 5);
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
    hf.setCellContents({ sheet: id, ...lagCell }, 1.5);
    const deals = periodsOf(f.deals);
    expect(deals[0]).toBeInstanceOf(DetailedCellError);
    expect(cellValue(hf, id, { row: lagCell.row, col: 6 } as CellRef)).toBe(f.badLag);
  });
});

describe("a phasing sheet without a funnel", () => {
  it("has no funnel block", () => {
    const { budget, phasing } = timelinePreset("campaign-timeline", "en");
    const plan = buildPhasingPlan(budget, phasing, buildSheetPlan(budget, { lang: "en" }), { lang: "en" });
    expect(plan.names.some((n) => n.name === "Budget_StageLag")).toBe(false);
  });
});
