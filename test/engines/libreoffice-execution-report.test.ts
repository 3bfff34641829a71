import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeWorkbookToXlsx } from "../../src/cli/xlsx/writePlanToXlsx";
import { dec, timelinePreset, type Budget, type Decimal, type PeriodActuals, type Phasing } from "../../src/model";
import { a1 } from "../../src/sheet/address";
import { buildExecutionReportPlan } from "../../src/sheet/buildExecutionReportPlan";
import { buildPhasingPlan } from "../../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import type { PlainSheetPlan, SheetPlan } from "../../src/sheet/plan";
import { LibreOfficeRecalculator, findSoffice } from "../helpers/libreoffice";
import { expectPlanResults, readBack } from "../helpers/recalculated";
import { setCellNumber } from "../helpers/xlsxEdits";

const LIBREOFFICE_TIMEOUT = 300_000;
const LANG = "en";
const LAST_COL = 4;
const FIRST_PERIOD_COL = 7;

/** The phasing sheet and the execution report as the model has them, actuals typed to June. */
function sheets(budget: Budget, phasing: Phasing, budgetPlan: SheetPlan, actuals: PeriodActuals) {
  const options = { lang: LANG, actuals, currentPeriod: 2 } as const;
  const phasingPlan = buildPhasingPlan(budget, phasing, budgetPlan, options);
  const report = buildExecutionReportPlan(budget, phasing, { ...options, phasingSheetName: phasingPlan.sheetName });
  return { phasingPlan, report };
}

/** The row of a line's item on the phasing sheet: its plan row first, then actual, custom weights, working rows. */
function itemRows(plan: PlainSheetPlan, item: string): number[] {
  return plan.cells
    .filter((c) => c.col === 1 && c.content.kind === "formula" && c.content.result === item)
    .map((c) => c.row)
    .sort((a, b) => a - b);
}

const soffice = findSoffice();

if (!soffice) {
  it.skip("LibreOffice recalculation of the execution report: skipped because soffice is not installed", () => {});
} else {
  describe("the campaign-timeline's phasing sheet and execution report recalculated by LibreOffice", () => {
    const workDir = mkdtempSync(join(tmpdir(), "budget-libreoffice-execution-"));
    const libreOffice = new LibreOfficeRecalculator(soffice, workDir);
    afterAll(() => rmSync(workDir, { recursive: true, force: true }));

    it(
      "equal the model with typed actuals, and re-phase after a changed quantity, span and custom weight",
      async () => {
        const { budget, phasing } = timelinePreset("campaign-timeline", LANG);
        const actuals: (Decimal | null)[][] = Array.from({ length: budget.lines.length + 1 }, () => [null, null, null]);
        actuals[7] = [dec(7200), null, null];
        actuals[9] = [dec("9500.5"), dec("499.5"), null];
        actuals[15] = [null, dec(300000), dec(1000)];
        const budgetPlan = buildSheetPlan(budget, { lang: LANG });
        const { phasingPlan, report } = sheets(budget, phasing, budgetPlan, actuals);
        const bytes = await writeWorkbookToXlsx(budgetPlan, [phasingPlan, report]);
        const path = join(workDir, "timeline.xlsx");
        writeFileSync(path, bytes);
        const result = await readBack(await libreOffice.recalculate(path));
        expect(expectPlanResults(result, phasingPlan)).toBeGreaterThan(20 * 3 * 4);
        expect(expectPlanResults(result, report)).toBe(6 + 3 * 8 * 8);
        expect(result.named("Budget_PhasedTotal", 1)).toBe(1294596);
        expect(result.named("Budget_Plan_ToDate", 1)).toBe(1096964.01);
        expect(result.named("Budget_Actual_ToDate", 1)).toBe(317200);

        // Travel 10 → 11 trips on the budget sheet, its span May–June only, fulfillment 6 : 3 instead of 7 : 3.
        const index = (item: string) => budget.lines.findIndex((line) => line.item === item);
        const travel = index("Travel");
        const fulfillment = index("Maintenance service delivered");
        let changedBytes = await setCellNumber(bytes, a1({ row: budgetPlan.table.firstDataRow + travel, col: 3 }), 11);
        changedBytes = await setCellNumber(
          changedBytes,
          a1({ row: itemRows(phasingPlan, "Travel")[0], col: LAST_COL }),
          2,
          2,
        );
        const customRow = itemRows(phasingPlan, "Maintenance service delivered")[2];
        changedBytes = await setCellNumber(changedBytes, a1({ row: customRow, col: FIRST_PERIOD_COL + 1 }), 6, 2);
        const changedPath = join(workDir, "timeline-changed.xlsx");
        writeFileSync(changedPath, changedBytes);
        const changed = await readBack(await libreOffice.recalculate(changedPath));

        budget.lines[travel] = { ...budget.lines[travel], quantity: dec(11) };
        const lines = [...phasing.lines];
        lines[travel] = { first: 1, last: 2, profile: { kind: "even" } };
        lines[fulfillment] = { first: 2, last: 3, profile: { kind: "custom", weights: [dec(6), dec(3)] } };
        const expected = sheets(budget, { ...phasing, lines }, budgetPlan, actuals);
        expectPlanResults(changed, expected.phasingPlan);
        expectPlanResults(changed, expected.report);
        // ExcelJS reads a saved 0 as no value.
        const periodsOf = (item: string) =>
          [0, 1, 2].map(
            (p) => changed.at(phasingPlan.sheetName, itemRows(phasingPlan, item)[0], FIRST_PERIOD_COL + p) ?? 0,
          );
        expect(periodsOf("Travel")).toEqual([11000, 11000, 0]);
        expect(periodsOf("Maintenance service delivered")).toEqual([0, 333333.33, 166666.67]);
        expect(changed.named("Budget_PhasedTotal", 1)).toBe(1296756);
      },
      LIBREOFFICE_TIMEOUT,
    );
  });
}
