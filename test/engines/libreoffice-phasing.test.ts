import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeWorkbookToXlsx } from "../../src/cli/xlsx/writePlanToXlsx";
import { dec, timelinePreset } from "../../src/model";
import { a1 } from "../../src/sheet/address";
import { buildPhasingPlan } from "../../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import { LibreOfficeRecalculator, findSoffice } from "../helpers/libreoffice";
import { expectPlanResults, readBack } from "../helpers/recalculated";
import { setCellNumber } from "../helpers/xlsxEdits";

const LIBREOFFICE_TIMEOUT = 240_000;

const soffice = findSoffice();

if (!soffice) {
  it.skip("LibreOffice recalculation of the phasing sheet: skipped because soffice is not installed", () => {});
} else {
  describe("the campaign-timeline phasing sheet recalculated by LibreOffice", () => {
    const workDir = mkdtempSync(join(tmpdir(), "budget-libreoffice-phasing-"));
    const libreOffice = new LibreOfficeRecalculator(soffice, workDir);
    afterAll(() => rmSync(workDir, { recursive: true, force: true }));

    it(
      "gives every formula the model's result, and follows a changed quantity: travel 10 → 11 trips",
      async () => {
        const { budget, phasing } = timelinePreset("campaign-timeline", "zh");
        const budgetPlan = buildSheetPlan(budget, { lang: "zh" });
        const plan = buildPhasingPlan(budget, phasing, budgetPlan, { lang: "zh" });
        const bytes = await writeWorkbookToXlsx(budgetPlan, [plan]);
        const path = join(workDir, "timeline.xlsx");
        writeFileSync(path, bytes);
        const result = await readBack(await libreOffice.recalculate(path));
        expect(expectPlanResults(result, plan)).toBeGreaterThan(20 * 3 * 4);
        expect(result.named("Budget_PhasedTotal", 1)).toBe(1294596);
        expect(result.named("Budget_Plan_ToDate", 1)).toBe(101132.01);

        const travel = budget.lines.findIndex((line) => line.item === "差旅");
        const quantity = a1({ row: budgetPlan.table.firstDataRow + travel, col: 3 });
        const changedPath = join(workDir, "timeline-changed.xlsx");
        writeFileSync(changedPath, await setCellNumber(bytes, quantity, 11));
        const changed = await readBack(await libreOffice.recalculate(changedPath));
        budget.lines[travel] = { ...budget.lines[travel], quantity: dec(11) };
        expectPlanResults(changed, buildPhasingPlan(budget, phasing, budgetPlan, { lang: "zh" }));
        expect(changed.named("Budget_PhasedTotal", 1)).toBe(1296756);
      },
      LIBREOFFICE_TIMEOUT,
    );
  });
}
