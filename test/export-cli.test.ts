import { execFile } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutputPathError, describeWriteError, writeOutputFile } from "../src/cli/outputFile";
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
import { timelinePreset } from "../src/model/timelinePresets";
import { buildCompanionPlans } from "../src/sheet/buildCompanionPlans";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";
import type { PlainSheetPlan } from "../src/sheet/plan";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { dateSerial } from "./helpers/dateSerial";
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

/** Runs the export from the project's root, as `npm run` does; `env` adds to (or, undefined, removes from) the environment. */
function runExportCli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", EXPORT_ENTRY, ...args],
      { cwd: REPO, timeout: 60_000, env: { ...process.env, ...env } },
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

  /** Every formula of the plans written with the model's result cached. */
  const expectCachedPlans = (workbook: Awaited<ReturnType<typeof loadWorkbook>>, plans: readonly PlainSheetPlan[]) => {
    for (const plan of plans) {
      const sheet = workbook.getWorksheet(plan.sheetName)!;
      let formulas = 0;
      for (const planned of plan.cells) {
        if (planned.content.kind !== "formula") continue;
        formulas++;
        const cell = sheet.getCell(planned.row + 1, planned.col + 1);
        const label = `${plan.sheetName}!${a1(planned)}`;
        expect(cell.formula, label).toBe(planned.content.formula.slice(1));
        const { result } = planned.content;
        if (result === "") expect([null, ""], label).toContain(cellResult(cell));
        else if (typeof result === "string") expect(cellResult(cell), label).toBe(result);
        else expectClose(dateSerial(cellResult(cell)) ?? (result.isZero() ? 0 : null), result, label);
      }
      expect(formulas, plan.sheetName).toBeGreaterThan(150);
    }
  };

  it("--stage-lag spreads campaign-funnel over the worked example's months, its deals and driven lines that much later", async () => {
    const path = join(workDir, "funnel-lag.xlsx");
    const run = await runExportCli(["--preset", "campaign-funnel", "--lang", "en", "--stage-lag", "1", "--out", path]);
    expect(run.code, run.stderr).toBe(0);
    const bytes = readFileSync(path);
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Budget",
      "Scenarios",
      "Plans",
      "Phasing",
      "Execution report",
    ]);
    const budget = presetBudget("campaign-funnel", "en");
    const { phasing } = timelinePreset("campaign-timeline", "en");
    const budgetPlan = buildSheetPlan(budget, { lang: "en" });
    const companions = buildCompanionPlans(budget, budgetPlan, [], {
      lang: "en",
      phasing: { ...phasing, stageLag: 1 },
    });
    // The phasing sheet and its report (the scenarios are the preset's own, checked elsewhere).
    expectCachedPlans(workbook, companions.slice(-2));
    const names = await readDefinedNames(bytes);
    const onPhasing = names.filter((n) => n.localSheetId === 3);
    expect(cellResult(namedCell(workbook, onPhasing, "Budget_StageLag"))).toBe(1);
    // The people are reached in June, the campaign month (SMS, app push): with a lag of 1 the 2,000 deals come in
    // July, and the discount (deals × 150) with them.
    const phasingSheet = workbook.getWorksheet("Phasing")!;
    const discountRow = phasingLayout(20).lines.first + 1;
    expect([8, 9, 10].map((col) => cellResult(phasingSheet.getCell(discountRow, col)) ?? 0)).toEqual([0, 0, 300000]);
  });

  it("the campaign-timeline adds its phasing sheet and execution report: the model's figures, the names, printable", async () => {
    const run = await exported("campaign-timeline", "zh");
    expect(run.code).toBe(0);
    const bytes = readFileSync(outPath("campaign-timeline", "zh"));
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["预算表", "分期计划", "月度执行报告"]);
    const { budget, phasing } = timelinePreset("campaign-timeline", "zh");
    const budgetPlan = buildSheetPlan(budget, { lang: "zh" });
    const companions = buildCompanionPlans(budget, budgetPlan, [], { lang: "zh", phasing });
    expectCachedPlans(workbook, companions);
    const names = await readDefinedNames(bytes);
    const onPhasing = names.filter((n) => n.localSheetId === 1);
    const named = (name: string) => cellResult(namedCell(workbook, onPhasing, name));
    expect(named("Budget_PhasedTotal")).toBe(1294596);
    expect(named("Budget_PeriodCount")).toBe(3);
    expect(named("Budget_Plan_ToDate")).toBe(101132.01);
    expect(named("Budget_Actual_ToDate") ?? 0).toBe(0);
    // The report prints whole, landscape, one page wide.
    const report = companions[1];
    const printArea = names.find((n) => n.name === "_xlnm.Print_Area" && n.localSheetId === 2);
    expect(printArea?.formula).toBe(`'月度执行报告'!$A$1:$J$${Number(report.printArea.split(/[A-Z]+/).pop())}`);
    const zip = await JSZip.loadAsync(bytes);
    const reportXml = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    expect(reportXml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
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
    [
      "an unknown option",
      ["--format", "csv", "--out", "x.xlsx"],
      ["--format", "--preset, --lang, --out, --stage-lag, --force, --help"],
    ],
    [
      "a stage lag as long as the phasing",
      ["--preset", "campaign-funnel", "--stage-lag", "3", "--out", "x.xlsx"],
      ['the stage lag must be a whole number of periods from 0 to 2, not "3"'],
    ],
    [
      "a stage lag that is not whole",
      ["--preset", "campaign-funnel", "--stage-lag=1.5", "--out", "x.xlsx"],
      ['not "1.5"'],
    ],
    ["a negative stage lag", ["--preset", "campaign-funnel", "--stage-lag", "-1", "--out", "x.xlsx"], ['not "-1"']],
    [
      "a stage lag for a budget without a funnel",
      ["--preset", "campaign-timeline", "--stage-lag", "1", "--out", "x.xlsx"],
      ["campaign-timeline has no funnel", "campaign-funnel"],
    ],
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

describe("npm run export never loses a file", { timeout: 120_000 }, () => {
  const NOTES = "notes the planner keeps here\n";
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(workDir, "keep-"));
  });
  const expectRefused = (run: CliRun, ...mentions: string[]) => {
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines, run.stderr).toHaveLength(1);
    for (const mention of mentions) expect(lines[0]).toContain(mention);
  };
  const budgetTotalOf = async (path: string) => {
    const bytes = readFileSync(path);
    return cellResult(namedCell(await loadWorkbook(bytes), await readDefinedNames(bytes), "Budget_Total"));
  };

  it("keeps an existing file unless --force is given, then replaces it with the workbook", async () => {
    const path = join(dir, "existing.xlsx");
    writeFileSync(path, NOTES);
    expectRefused(await runExportCli(["--out", path]), path, "already exists", "--force");
    expect(readFileSync(path, "utf8")).toBe(NOTES);

    const forced = await runExportCli(["--out", path, "--force", "--lang", "en"]);
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    expect(await budgetTotalOf(path)).toBe(1294596);
    expect(readdirSync(dir)).toEqual(["existing.xlsx"]);
  });

  it("takes a relative --out from the folder npm was run in (INIT_CWD), and names that path", async () => {
    const caller = mkdtempSync(join(dir, "caller-"));
    const name = `relative-${process.pid}.xlsx`;
    try {
      const run = await runExportCli(["--out", name, "--lang", "en"], { INIT_CWD: caller });
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Wrote ${join(caller, name)}:`);
      expect(await budgetTotalOf(join(caller, name))).toBe(1294596);
      expect(existsSync(join(REPO, name))).toBe(false);
    } finally {
      rmSync(join(REPO, name), { force: true });
    }
  });

  it("refuses an --out that does not end in .xlsx, and writes nothing", async () => {
    const path = join(dir, "budget.csv");
    expectRefused(await runExportCli(["--out", path]), path, "does not end in .xlsx", join(dir, "budget.xlsx"));
    expect(existsSync(path)).toBe(false);
  });

  it("never writes through a symbolic link, not even with --force", async () => {
    const target = join(dir, "kept-target.xlsx");
    writeFileSync(target, NOTES);
    const link = join(dir, "link.xlsx");
    symlinkSync(target, link);
    for (const force of [[], ["--force"]]) {
      expectRefused(await runExportCli(["--out", link, ...force]), link, "symbolic link", target);
      expect(readFileSync(target, "utf8")).toBe(NOTES);
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
    }

    const missing = join(dir, "nowhere", "..", "missing-target.xlsx");
    const dangling = join(dir, "dangling.xlsx");
    symlinkSync(missing, dangling);
    expectRefused(await runExportCli(["--out", dangling, "--force"]), dangling, "symbolic link");
    expect(existsSync(join(dir, "missing-target.xlsx"))).toBe(false);
    expect(readlinkSync(dangling)).toBe(missing);
  });
});

describe("writeOutputFile", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(workDir, "atomic-"));
  });
  const xlsx = { extension: ".xlsx" };
  /** Content whose producer fails half-way, as a workbook writer that throws after its first part. */
  async function* failingHalfWay(): AsyncGenerator<Uint8Array> {
    yield new TextEncoder().encode("PK first half of a workbook");
    throw new Error("the workbook writer failed");
  }

  it("leaves an existing file and its folder as they were when the write fails half-way, even with force", async () => {
    const path = join(dir, "budget.xlsx");
    writeFileSync(path, "the planner's workbook");
    await expect(writeOutputFile(path, failingHalfWay(), { ...xlsx, force: true })).rejects.toThrow(
      "the workbook writer failed",
    );
    expect(readFileSync(path, "utf8")).toBe("the planner's workbook");
    expect(readdirSync(dir)).toEqual(["budget.xlsx"]);
  });

  it("creates no file when the write of a new one fails half-way", async () => {
    const path = join(dir, "new.xlsx");
    await expect(writeOutputFile(path, failingHalfWay(), { ...xlsx, force: false })).rejects.toThrow();
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual(["budget.xlsx"]);
  });

  it("refuses an existing file without force, and replaces it whole with force", async () => {
    const path = join(dir, "budget.xlsx");
    const bytes = new TextEncoder().encode("the new workbook");
    await expect(writeOutputFile(path, bytes, { ...xlsx, force: false })).rejects.toBeInstanceOf(OutputPathError);
    expect(readFileSync(path, "utf8")).toBe("the planner's workbook");
    expect(await writeOutputFile(path, bytes, { ...xlsx, force: true })).toBe(path);
    expect(readFileSync(path, "utf8")).toBe("the new workbook");
    expect(readdirSync(dir)).toEqual(["budget.xlsx"]);
  });
});
