import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  budgetTotals,
  categoryByKey,
  dec,
  timelinePreset,
  type Decimal,
  type PeriodActuals,
} from "../../src/model";
import { addPlanToHyperFormula, cellValue } from "../../src/preview/spreadsheet/loadPlan";
import { a1, type CellRef } from "../../src/sheet/address";
import { buildExecutionReportPlan } from "../../src/sheet/buildExecutionReportPlan";
import { buildPhasingPlan, phasingLayout } from "../../src/sheet/buildPhasingPlan";
import type { PlainSheetPlan } from "../../src/sheet/plan";
import { planInsertion } from "../../src/workbook/insertionPlan";
import { executionReportLabels, type Lang } from "../../src/i18n";
import { ENGINE_TOLERANCE, expectClose } from "../helpers/expectClose";

const NOTHING_TAKEN = { sheets: [], tables: [], definedNames: [] };

/** The campaign-timeline as the product inserts it, loaded into HyperFormula. */
function inserted(lang: Lang) {
  const { budget, phasing } = timelinePreset("campaign-timeline", lang);
  const insertion = planInsertion(budget, [], lang, NOTHING_TAKEN, phasing);
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const budgetId = addPlanToHyperFormula(hf, insertion.budget);
  const [phasingPlan, reportPlan] = insertion.companions;
  const phasingId = addPlanToHyperFormula(hf, phasingPlan);
  const reportId = addPlanToHyperFormula(hf, reportPlan);
  return { budget, phasing, insertion, hf, budgetId, phasingPlan, phasingId, reportPlan, reportId };
}

/** Every formula cell of `expected` shows its model result on the engine's sheet. */
function expectModelResults(hf: HyperFormula, sheet: number, expected: PlainSheetPlan): number {
  let formulas = 0;
  for (const cell of expected.cells) {
    if (cell.content.kind !== "formula") continue;
    formulas++;
    const value = cellValue(hf, sheet, cell);
    const label = `${expected.sheetName}!${a1(cell)} ${cell.content.formula}`;
    if (typeof cell.content.result === "string") expect(value, label).toBe(cell.content.result);
    else expectClose(value, cell.content.result, label, ENGINE_TOLERANCE);
  }
  return formulas;
}

const nameRef = (plan: PlainSheetPlan, name: string): CellRef => {
  const ref = plan.names.find((n) => n.name === name)?.ref;
  if (!ref) throw new Error(`no name ${name}`);
  return ref;
};

/** Posters (line 8) and the H5 page (line 10) paid in May, H5's tail and 300,000 of fulfillment (line 16) in June. */
function typedActuals(lineCount: number): PeriodActuals {
  const rows: (Decimal | null)[][] = Array.from({ length: lineCount + 1 }, () => [null, null, null]);
  rows[7] = [dec(7200), null, null];
  rows[9] = [dec(9500), dec(500), null];
  rows[15] = [null, dec(300000), null];
  return rows;
}

describe.each(["zh", "en"] as const)("the campaign-timeline's execution report (%s) in HyperFormula", (lang) => {
  it("equals the model cell by cell with actuals typed on the phasing sheet and the current period moved to June", () => {
    const workbook = inserted(lang);
    const { hf, budget, phasing, phasingPlan, reportPlan } = workbook;
    const actuals = typedActuals(budget.lines.length);
    const layout = phasingLayout(budget.lines.length + 1);
    // The planner types the actuals and sets the current period on the phasing sheet.
    actuals.forEach((row, r) =>
      row?.forEach((value, p) => {
        if (value)
          hf.setCellContents(
            { sheet: workbook.phasingId, row: layout.actuals.first + r, col: layout.periodCol(p) },
            value.toNumber(),
          );
      }),
    );
    hf.setCellContents({ sheet: workbook.phasingId, ...layout.currentPeriod }, 2);

    const options = { lang, actuals, currentPeriod: 2 };
    const expectedPhasing = buildPhasingPlan(budget, phasing, workbook.insertion.budget, {
      ...options,
      sheetName: phasingPlan.sheetName,
    });
    const expectedReport = buildExecutionReportPlan(budget, phasing, {
      ...options,
      phasingSheetName: phasingPlan.sheetName,
    });
    expect(expectModelResults(hf, workbook.phasingId, expectedPhasing)).toBeGreaterThan(20 * 3 * 4);
    expect(expectModelResults(hf, workbook.reportId, expectedReport)).toBe(6 + 3 * (CATEGORIES.length + 1) * 8);

    // June's rows: fulfillment planned 350,000 (7 of 10 of 500,000), paid 300,000; the month's total.
    /** The row of a category (or the total) in the nth period, 0-based. */
    const row = (period: number, label: string) =>
      reportPlan.cells.filter((c) => c.col === 1 && c.content.kind === "text" && c.content.text === label)[period];
    const figures = (period: number, label: string) =>
      [2, 3, 4, 5, 6, 7, 8].map((col) => cellValue(hf, workbook.reportId, { row: row(period, label)!.row, col }));
    const fulfillment = figures(1, categoryByKey("fulfillment").name[lang]);
    expect(fulfillment.slice(0, 3)).toEqual([350000, 300000, -50000]);
    expect(fulfillment.slice(3, 6)).toEqual([350000, 300000, -50000]);
    expect((fulfillment[6] as number).toFixed(6)).toBe("0.857143");
    const june = figures(1, executionReportLabels(lang).periodTotal);
    expect(june.slice(0, 6)).toEqual([995832, 300500, -695332, 1096964.01, 317200, -779764.01]);
    expect((june[6] as number).toFixed(6)).toBe("0.289162");

    // The figures to date follow the phasing sheet's current period.
    const summary = reportPlan.cells.filter((c) => c.col === 2 && c.row < 12 && c.content.kind === "formula");
    expect(summary.map((c) => cellValue(hf, workbook.reportId, c)).slice(2, 5)).toEqual([
      1096964.01, 317200, -779764.01,
    ]);
  });

  it("gives the contract names the model's figures: the phased total is the budget total exactly", () => {
    const workbook = inserted(lang);
    const { hf, budget, phasingPlan } = workbook;
    const named = (name: string) => cellValue(hf, workbook.phasingId, nameRef(phasingPlan, name));
    const budgetTotal = cellValue(hf, workbook.budgetId, nameRef(workbook.insertion.budget, "Budget_Total"));
    expect(budgetTotal).toBe(1294596);
    expect(named("Budget_PhasedTotal")).toBe(budgetTotal);
    expect(String(named("Budget_PhasedTotal"))).toBe(budgetTotals(budget).total.toString());
    expect(named("Budget_PeriodCount")).toBe(3);
    // 2026-05-01 as a date serial.
    expect(named("Budget_FirstPeriod")).toBe(46143);
    expect(named("Budget_Plan_ToDate")).toBe(101132.01);
    expect(named("Budget_Actual_ToDate")).toBe(0);
    expect(named("Budget_ExecutionRate")).toBe(0);
  });
});

describe("the execution report's categories", () => {
  it("lists every category once per period, the reserve included, and their plans add up to the phased total", () => {
    const workbook = inserted("en");
    const { hf, reportPlan } = workbook;
    const names = new Set(CATEGORIES.map((c) => c.name.en));
    const planCells = reportPlan.cells.filter(
      (c) => c.col === 1 && c.content.kind === "text" && names.has(c.content.text),
    );
    expect(planCells).toHaveLength(3 * CATEGORIES.length);
    const plans = planCells.map((c) => cellValue(hf, workbook.reportId, { row: c.row, col: 2 }) as number);
    expect(plans.reduce((a, b) => dec(a).plus(b).toNumber(), 0)).toBe(1294596);
  });
});
