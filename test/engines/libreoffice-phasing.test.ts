import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cellResult, loadWorkbook, namedCell, readDefinedNames } from "../../src/cli/xlsx/readXlsx";
import { writeWorkbookToXlsx } from "../../src/cli/xlsx/writePlanToXlsx";
import { dec, timelinePreset, type Decimal } from "../../src/model";
import { a1 } from "../../src/sheet/address";
import { buildPhasingPlan } from "../../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import type { PlainSheetPlan } from "../../src/sheet/plan";
import { expectClose as expectCloseTo, LIBREOFFICE_TOLERANCE } from "../helpers/expectClose";
import { LibreOfficeRecalculator, findSoffice } from "../helpers/libreoffice";
import { dateSerial } from "../helpers/dateSerial";
import { setCellNumber } from "../helpers/xlsxEdits";

const LIBREOFFICE_TIMEOUT = 240_000;

async function readBack(bytes: Buffer) {
  const workbook = await loadWorkbook(bytes);
  const names = await readDefinedNames(bytes);
  return {
    names,
    named: (name: string, sheet: number) =>
      cellResult(
        namedCell(
          workbook,
          names.filter((n) => n.localSheetId === sheet),
          name,
        ),
      ),
    at: (sheetName: string, row: number, col: number) =>
      dateSerial(cellResult(workbook.getWorksheet(sheetName)!.getCell(row + 1, col + 1))),
  };
}

/**
 * Every formula cell shows the model's result. Money is compared to the fen exactly: LibreOffice's
 * saved doubles of whole fen round to them.
 */
function expectPlanResults(result: Awaited<ReturnType<typeof readBack>>, plan: PlainSheetPlan): number {
  let formulas = 0;
  for (const cell of plan.cells) {
    if (cell.content.kind !== "formula") continue;
    formulas++;
    const label = `${plan.sheetName}!${a1(cell)} ${cell.content.formula}`;
    const expected: Decimal | string = cell.content.result;
    const value = result.at(plan.sheetName, cell.row, cell.col);
    if (typeof expected === "string") {
      if (expected === "") expect([null, ""], label).toContain(value);
      else expect(value, label).toBe(expected);
    } else {
      // ExcelJS's cell.value leaves out a cached result of 0.
      expectCloseTo(value ?? (expected.isZero() ? 0 : value), expected, label, LIBREOFFICE_TOLERANCE);
    }
  }
  return formulas;
}

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
