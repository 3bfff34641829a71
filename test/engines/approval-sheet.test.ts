import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { DetailedCellError, HyperFormula } from "hyperformula";
import { afterAll, describe, expect, it } from "vitest";
import { writeWorkbookToXlsx } from "../../src/cli/xlsx/writePlanToXlsx";
import { approve } from "../../src/model/baseline";
import { Decimal } from "../../src/model/decimal";
import { healthCheck, checkedFromModel } from "../../src/model/health";
import { timelinePreset } from "../../src/model/timelinePresets";
import { addPlanToHyperFormula, cellValue } from "../../src/preview/spreadsheet/loadPlan";
import { a1 } from "../../src/sheet/address";
import { buildApprovalPlan } from "../../src/sheet/buildApprovalPlan";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import { ENGINE_TOLERANCE, expectClose } from "../helpers/expectClose";
import { findSoffice } from "../helpers/libreoffice";
import type { Lang } from "../../src/i18n";

const run = promisify(execFile);

function approvalFor(lang: Lang) {
  const { budget, phasing } = timelinePreset("campaign-timeline", lang);
  const [baseline] = approve(
    budget,
    phasing,
    lang === "zh" ? "王经理" : "Wang",
    "2026-04-20",
    lang === "zh" ? "立项版" : "First approval",
  );
  const budgetPlan = buildSheetPlan(budget, { lang });
  const total = budgetPlan.names.find((name) => name.name === "Budget_Total")!.ref;
  const findings = healthCheck(checkedFromModel(budget));
  const plan = buildApprovalPlan(budget, baseline, {
    lang,
    budgetSheet: { sheetName: budgetPlan.sheetName, totalAddress: a1(total) },
    findings,
  });
  return { budget, baseline, budgetPlan, plan, findings };
}

describe("the approval sheet recalculated by HyperFormula", () => {
  for (const lang of ["zh", "en"] as const) {
    it(`gives every formula the model's result (${lang}): shares, gross profit, ROI and the live variance`, () => {
      const { budgetPlan, plan, baseline } = approvalFor(lang);
      const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
      addPlanToHyperFormula(hf, budgetPlan);
      const sheet = addPlanToHyperFormula(hf, plan);
      let formulas = 0;
      for (const cell of plan.cells) {
        if (cell.content.kind !== "formula") continue;
        formulas++;
        const value = cellValue(hf, sheet, cell);
        expect(value, a1(cell)).not.toBeInstanceOf(DetailedCellError);
        const expected = cell.content.result;
        if (typeof expected === "string") expect([null, expected], a1(cell)).toContain(value ?? null);
        else expectClose(value, expected, `${a1(cell)} ${cell.content.formula}`, ENGINE_TOLERANCE);
      }
      expect(formulas).toBeGreaterThan(10);
      const roi = plan.cells.find(
        (c) =>
          c.content.kind === "formula" && /\/\$?[A-Z]+\$?\d+\)$/.test(c.content.formula) && c.numberFormat === "0.00",
      );
      // ROI on gross profit of the worked example: 0.22.
      expect(new Decimal(cellValue(hf, sheet, roi!) as number).toDecimalPlaces(2).toString()).toBe("0.22");
      expect(baseline.total.toFixed(2)).toBe("1294596.00");
    });
  }
});

const soffice = findSoffice();
const PDF_TIMEOUT = 240_000;

/** The pages of a PDF, by its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

(soffice ? describe : describe.skip)("the approval sheet printed by LibreOffice", () => {
  const workDir = mkdtempSync(join(tmpdir(), "budget-approval-pdf-"));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it(
    "fills exactly one A4 page in either language",
    async () => {
      const profile = join(workDir, "profile");
      mkdirSync(profile, { recursive: true });
      for (const lang of ["zh", "en"] as const) {
        const { budgetPlan, plan } = approvalFor(lang);
        // The budget sheet the live rows refer to prints as one page (its print area one cell).
        const bytes = await writeWorkbookToXlsx({ ...budgetPlan, printArea: "A1:A1" }, [plan]);
        const path = join(workDir, `approval-${lang}.xlsx`);
        writeFileSync(path, bytes);
        const outDir = join(workDir, lang);
        await run(
          soffice!,
          [
            "--headless",
            "--norestore",
            `-env:UserInstallation=${pathToFileURL(profile).href}`,
            "--convert-to",
            "pdf",
            "--outdir",
            outDir,
            path,
          ],
          { timeout: PDF_TIMEOUT },
        );
        const pdf = readFileSync(join(outDir, readdirSync(outDir)[0]));
        // The budget sheet's print area is one cell (one page); the approval sheet must add exactly one more.
        expect(pageCount(pdf), lang).toBe(2);
        const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/g)];
        // One page is A4 portrait (595 × 842 points): the approval sheet's.
        const sizes = boxes.map((box) => `${Math.round(Number(box[1]))}x${Math.round(Number(box[2]))}`);
        expect(
          sizes.filter((size) => size === "595x842"),
          lang,
        ).toHaveLength(1);
      }
    },
    PDF_TIMEOUT * 2,
  );
});
