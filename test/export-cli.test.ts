import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWriteError } from "../src/cli/outputFile";
import { cellResult, loadWorkbook, namedCell, readDefinedNames } from "../src/cli/xlsx/readXlsx";
import { writePlanToXlsx } from "../src/cli/xlsx/writePlanToXlsx";
import {
  CATEGORIES,
  PRESET_IDS,
  budgetOutcome,
  budgetTotals,
  presetBudget,
  type Decimal,
  type PresetId,
} from "../src/model";
import { formatMoney } from "../src/model/format";
import { a1 } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { expectClose as expectCloseTo, CACHED_TOLERANCE } from "./helpers/expectClose";

const REPO = resolve(__dirname, "..");
const EXPORT_ENTRY = join(REPO, "src/cli/export.ts");
const LANGS = ["zh", "en"] as const;
const CASES = PRESET_IDS.flatMap((preset) => LANGS.map((lang) => [preset, lang] as const));

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runExportCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", EXPORT_ENTRY, ...args],
      { cwd: REPO, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const expectClose = (actual: unknown, expected: Decimal, label: string) =>
  expectCloseTo(actual, expected, label, CACHED_TOLERANCE, CACHED_TOLERANCE);

let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), "budget-export-"));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

// Six exports start at once; a loaded machine may take a while over them.
describe("npm run export", { timeout: 120_000 }, () => {
  const runs = new Map<string, Promise<CliRun>>();
  const outPath = (preset: PresetId, lang: string) => join(workDir, `${preset}-${lang}.xlsx`);
  const exported = (preset: PresetId, lang: string) => {
    const key = `${preset}-${lang}`;
    if (!runs.has(key))
      runs.set(key, runExportCli(["--preset", preset, "--lang", lang, "--out", outPath(preset, lang)]));
    return runs.get(key)!;
  };
  beforeAll(() => {
    for (const [preset, lang] of CASES) void exported(preset, lang);
  });

  describe.each(CASES)("--preset %s --lang %s", (preset, lang) => {
    const budget = presetBudget(preset, lang);
    const plan = buildSheetPlan(budget, { lang });
    const totals = budgetTotals(budget);

    it("exits 0 and names the file, the sheet and the total on one line", async () => {
      const run = await exported(preset, lang);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const lines = run.stdout.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(outPath(preset, lang));
      expect(lines[0]).toContain(`"${plan.sheetName}"`);
      expect(lines[0]).toContain(formatMoney(totals.total, 2));
      expect(existsSync(outPath(preset, lang))).toBe(true);
    });

    it("caches the model's figures at the sheet-scoped names", async () => {
      await exported(preset, lang);
      const bytes = readFileSync(outPath(preset, lang));
      const workbook = await loadWorkbook(bytes);
      const names = await readDefinedNames(bytes);
      for (const name of plan.names) {
        const written = names.find((n) => n.name === name.name);
        expect(written, name.name).toBeDefined();
        expect(written!.localSheetId, name.name).toBe(0);
        expect(written!.formula.endsWith(`!${a1(name.ref, true)}`), written!.formula).toBe(true);
      }
      const named = (name: string) => cellResult(namedCell(workbook, names, name));
      expectClose(named("Budget_Total"), totals.total, "Budget_Total");
      for (const category of CATEGORIES) {
        expectClose(named(`Budget_Subtotal_${category.nameSuffix}`), totals.subtotals[category.key], category.key);
        expectClose(named(`Budget_Share_${category.nameSuffix}`), totals.shares[category.key], `${category.key} share`);
      }
      const outcome = budgetOutcome(budget);
      expectClose(named("Budget_ContingencyRate"), budget.contingencyRate, "rate");
      expectClose(named("Budget_ROI"), outcome.roi!, "ROI");
      expectClose(named("Budget_Breakeven"), outcome.breakEvenRevenue!, "break-even");
    });

    it("writes every cell of the plan: formulas with their results, text as text, formats", async () => {
      await exported(preset, lang);
      const workbook = await loadWorkbook(readFileSync(outPath(preset, lang)));
      const sheet = workbook.getWorksheet(plan.sheetName)!;
      expect(sheet).toBeDefined();
      for (const planned of plan.cells) {
        const cell = sheet.getCell(planned.row + 1, planned.col + 1);
        const label = `${a1(planned)} ${JSON.stringify(planned.content)}`;
        const content = planned.content;
        if (content.kind === "formula") {
          expect(cell.formula, label).toBe(content.formula.slice(1));
          // ExcelJS's cell.value leaves out a cached result of 0 (it copies truthy fields only); the file holds <v>0</v>.
          const result = cellResult(cell) ?? (typeof content.result !== "string" && content.result.isZero() ? 0 : null);
          if (typeof content.result !== "string") expectClose(result, content.result, label);
          else if (content.result === "") expect([null, ""], label).toContain(result);
          else expect(result, label).toBe(content.result);
        } else if (content.kind === "number") {
          expectClose(cell.value, content.value, label);
        } else {
          expect(cell.value, label).toBe(content.text === "" ? null : content.text);
        }
        if (planned.numberFormat && planned.numberFormat !== "General")
          expect(cell.numFmt, label).toBe(planned.numberFormat);
      }
    });

    it("holds the lines as the Excel table BudgetLines over the planned range", async () => {
      await exported(preset, lang);
      const bytes = readFileSync(outPath(preset, lang));
      const sheet = (await loadWorkbook(bytes)).getWorksheet(plan.sheetName)!;
      const table = sheet.getTable("BudgetLines") as unknown as {
        table: { name: string; tableRef: string; columns: { name: string }[] };
      };
      expect(table.table.name).toBe("BudgetLines");
      expect(table.table.columns.map((c) => c.name)).toEqual(plan.table.columns);
      const lastCol = plan.table.firstCol + plan.table.columns.length - 1;
      const ref = `${a1({ row: plan.table.headerRow, col: plan.table.firstCol })}:${a1({ row: plan.table.lastDataRow, col: lastCol })}`;
      expect(table.table.tableRef).toBe(ref);
      plan.table.columns.forEach((name, offset) =>
        expect(sheet.getCell(plan.table.headerRow + 1, plan.table.firstCol + offset + 1).value).toBe(name),
      );
      const tableXml = await (await JSZip.loadAsync(bytes)).file("xl/tables/table1.xml")!.async("string");
      expect(tableXml).toContain(`ref="${ref}"`);
      expect(tableXml).toContain(`<autoFilter ref="${ref}"/>`);
      expect(tableXml).not.toMatch(/totalsRow(Label|Function)/);
    });

    it("keeps the view, print setup, conditional formats and validations", async () => {
      await exported(preset, lang);
      const zip = await JSZip.loadAsync(readFileSync(outPath(preset, lang)));
      const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      expect(sheetXml).toMatch(new RegExp(`<pane ySplit="${plan.freezeRows}"[^>]*state="frozen"`));
      expect(sheetXml).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(sheetXml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
      expect(sheetXml.match(/<cfRule type="expression"/g)).toHaveLength(plan.conditionalFormats.length);
      const sqrefs = [...sheetXml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(sqrefs).toEqual(plan.validations.map((v) => v.range).sort());
      const names = await readDefinedNames(await zip.generateAsync({ type: "nodebuffer" }));
      const printArea = names.find((n) => n.name === "_xlnm.Print_Area");
      expect(printArea?.localSheetId).toBe(0);
      expect(printArea?.formula).toMatch(new RegExp(`!\\$A\\$1:\\$[A-Z]+\\$\\d+$`));
    });
  });

  it("sets the planned column widths and styles", async () => {
    await exported("campaign", "en");
    const plan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
    const sheet = (await loadWorkbook(readFileSync(outPath("campaign", "en")))).getWorksheet("Budget")!;
    for (const { col, chars } of plan.columnWidths)
      expect(sheet.getColumn(col + 1).width, `column ${col + 1}`).toBe(chars);
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    const quantity = sheet.getCell(
      plan.table.firstDataRow + 1,
      plan.table.firstCol + plan.table.columns.indexOf("Quantity") + 1,
    );
    expect(quantity.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
  });

  it("--lang en gives the table the contract's English headers", async () => {
    await exported("campaign", "en");
    const sheet = (await loadWorkbook(readFileSync(outPath("campaign", "en")))).getWorksheet("Budget")!;
    const table = sheet.getTable("BudgetLines") as unknown as { table: { columns: { name: string }[] } };
    expect(table.table.columns.map((c) => c.name)).toEqual([
      "Category",
      "Item",
      "Basis",
      "Quantity",
      "Unit cost",
      "Times",
      "Budget",
      "Share",
      "Actual",
      "Variance",
      "Owner",
      "Note",
    ]);
  });

  it("the campaign caches the worked example's figures", async () => {
    await exported("campaign", "en");
    const bytes = readFileSync(outPath("campaign", "en"));
    const workbook = await loadWorkbook(bytes);
    const names = await readDefinedNames(bytes);
    const named = (name: string) => cellResult(namedCell(workbook, names, name));
    expect(named("Budget_Total")).toBe(1294596);
    const subtotals = CATEGORIES.map((c) => named(`Budget_Subtotal_${c.nameSuffix}`));
    expect(subtotals).toEqual([352500, 61600, 18000, 231600, 500000, 35000, 95896]);
  });
});

describe("text that looks like a formula", () => {
  it("stays a text cell in the written workbook", async () => {
    const budget = presetBudget("campaign", "en");
    budget.lines[0] = { ...budget.lines[0], item: "=1+1", note: "=SUM(A1:A2)" };
    const plan = buildSheetPlan(budget, { lang: "en" });
    const bytes = await writePlanToXlsx(plan);
    const sheet = (await loadWorkbook(bytes)).getWorksheet("Budget")!;
    const row = plan.table.firstDataRow + 1;
    expect(sheet.getCell(row, 2).value).toBe("=1+1");
    expect(sheet.getCell(row, 12).value).toBe("=SUM(A1:A2)");
    const sheetXml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toContain("<f>1+1</f>");
    expect(sheetXml).toMatch(new RegExp(`<c r="B${row}"[^>]*t="s"`));
  });
});

describe("npm run export with arguments it cannot use", () => {
  const expectUsageFailure = (run: CliRun, ...mentions: string[]) => {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines, run.stderr).toHaveLength(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    for (const mention of mentions) expect(lines[0]).toContain(mention);
  };

  it.each([
    ["an unknown preset", ["--preset", "wedding", "--out", "x.xlsx"], ["wedding", "campaign, community, event"]],
    ["an unknown language", ["--lang", "fr", "--out", "x.xlsx"], ['"fr"', "zh, en"]],
    ["an unknown option", ["--format", "csv", "--out", "x.xlsx"], ["--format", "--preset, --lang, --out, --help"]],
    ["no --out", ["--preset", "campaign"], ["--out"]],
    ["--out without a value", ["--out"], ["--out", "needs a value"]],
    ["a stray argument", ["budget.xlsx"], ['"budget.xlsx"', "--out"]],
  ])("refuses %s", async (_, args, mentions) => {
    expectUsageFailure(await runExportCli(args), ...mentions);
  });

  it("refuses a path whose folder does not exist", async () => {
    const path = join(workDir, "missing-folder", "budget.xlsx");
    expectUsageFailure(await runExportCli(["--out", path]), path, "does not exist");
  });

  it("refuses a path that is a folder", async () => {
    expectUsageFailure(await runExportCli(["--out", workDir]), workDir, "is a folder");
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)("refuses a folder it may not write to (skipped as root, who may write anywhere)", async () => {
    const locked = join(workDir, "locked");
    mkdirSync(locked, { mode: 0o500 });
    expectUsageFailure(await runExportCli(["--out", join(locked, "budget.xlsx")]), "permission denied");
  });

  it("explains a denied write in one line", () => {
    for (const code of ["EACCES", "EPERM"]) {
      const error = Object.assign(new Error(`${code}: permission denied, open 'x'`), { code });
      expect(describeWriteError(error, "/srv/budget.xlsx")).toBe(
        'cannot write "/srv/budget.xlsx": permission denied; choose a folder you may write to',
      );
    }
  });

  it("prints the usage for --help and exits 0", async () => {
    const run = await runExportCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--preset");
    expect(run.stdout).toContain("campaign | community | event");
  });
});
