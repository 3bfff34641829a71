import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeWorkbookToXlsx } from "../../src/cli/xlsx/writePlanToXlsx";
import { dec, presetBudget, timelinePreset, type LineSpan, type Phasing } from "../../src/model";
import { a1 } from "../../src/sheet/address";
import { buildPhasingPlan } from "../../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import { LibreOfficeRecalculator, findSoffice } from "../helpers/libreoffice";
import { expectPlanResults, readBack } from "../helpers/recalculated";
import { setCellNumber } from "../helpers/xlsxEdits";

const LIBREOFFICE_TIMEOUT = 240_000;

const soffice = findSoffice();

/** campaign-funnel over three months: the worked example's spans, SMS 1 : 3 over months 1–2, push even. */
function funnelPhasing(): Phasing {
  const { phasing } = timelinePreset("campaign-timeline", "en");
  const lines: LineSpan[] = [...phasing.lines];
  lines[3] = { first: 1, last: 2, profile: { kind: "custom", weights: [dec(1), dec(3)] } };
  lines[4] = { first: 1, last: 3, profile: { kind: "even" } };
  return { ...phasing, lines, stageLag: 1 };
}

if (!soffice) {
  it.skip("LibreOffice recalculation of the funnel over time: skipped because soffice is not installed", () => {});
} else {
  describe("campaign-funnel's phasing sheet recalculated by LibreOffice", () => {
    const workDir = mkdtempSync(join(tmpdir(), "budget-libreoffice-funnel-phasing-"));
    const libreOffice = new LibreOfficeRecalculator(soffice, workDir);
    afterAll(() => rmSync(workDir, { recursive: true, force: true }));

    it(
      "gives the driven lines the model's periods with a lag of 1, and re-phases them for 1,000 deals",
      async () => {
        const budget = presetBudget("campaign-funnel", "en");
        const budgetPlan = buildSheetPlan(budget, { lang: "en" });
        const plan = buildPhasingPlan(budget, funnelPhasing(), budgetPlan, { lang: "en" });
        const bytes = await writeWorkbookToXlsx(budgetPlan, [plan]);
        const path = join(workDir, "funnel.xlsx");
        writeFileSync(path, bytes);
        const result = await readBack(await libreOffice.recalculate(path));
        expect(expectPlanResults(result, plan)).toBeGreaterThan(400);
        expect(result.named("Budget_StageLag", 1)).toBe(1);

        const target = budgetPlan.names.find((n) => n.name === "Budget_TargetDeals")!.ref;
        const changedPath = join(workDir, "funnel-changed.xlsx");
        writeFileSync(changedPath, await setCellNumber(bytes, a1(target), 1000));
        const changed = await readBack(await libreOffice.recalculate(changedPath));
        const fewer = { ...budget, funnel: { ...budget.funnel!, targetDeals: dec(1000) } };
        expect(expectPlanResults(changed, buildPhasingPlan(fewer, funnelPhasing(), budgetPlan, { lang: "en" }))).toBe(
          expectPlanResults(result, plan),
        );
      },
      LIBREOFFICE_TIMEOUT,
    );
  });
}
