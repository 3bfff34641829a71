/**
 * `npm run rollup -- A.xlsx B.xlsx … --out PORTFOLIO.xlsx [--force] [--json] [--lang zh|en]`: many
 * campaign workbooks in one portfolio sheet, one row per file, the unreadable ones listed with why.
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { forecastAtCompletion, type Forecast } from "../model/actuals/forecast";
import { Decimal, sum } from "../model/decimal";
import { budgetOutcome } from "../model/outcome";
import { budgetTotals } from "../model/totals";
import { actualsForecast, ACTUALS_TABLE } from "../sheet/buildActualsPlan";
import { MONEY_FORMAT, RATIO_FORMAT } from "../sheet/formats";
import { isBudgetTable } from "../sheet/readBudgetSheet";
import { sheetHealth } from "../sheet/sheetHealth";
import { mapTableColumns } from "../sheet/tableColumns";
import { actualsLines, existingRows } from "./actualsCommand";
import type { CommandOutput } from "./exportCommand";
import { OutputPathError, checkOutputPath, writeOutputFile } from "./outputFile";
import { resolveUserPath } from "./userPath";
import { UnreadableWorkbookError, readWorkbookSheets } from "./xlsx/readSnapshot";
import type { Lang } from "../i18n";

export const ROLLUP_USAGE = [
  "Usage: npm run rollup -- <a.xlsx> <b.xlsx> … --out <portfolio.xlsx> [--force] [--json] [--lang <zh|en>]",
  "",
  "One portfolio sheet of many campaign workbooks: per campaign its total, actual, committed, forecast at",
  "completion, ROI on gross profit and open error findings; the totals; the files that cannot be read, with why.",
  "Actual and committed spend come from a workbook's Actuals sheet (npm run actuals), else from its Actual column.",
].join("\n");

export interface CampaignRow {
  file: string;
  title: string;
  total: string;
  actual: string;
  committed: string;
  forecast: string;
  roi: string | null;
  errors: number;
}

export interface Rollup {
  campaigns: CampaignRow[];
  totals: { total: string; actual: string; committed: string; forecast: string };
  unreadable: { file: string; why: string }[];
}

interface Figures {
  title: string;
  total: Decimal;
  forecast: Forecast;
  roi: Decimal | null;
  errors: number;
}

/** A campaign workbook's figures, from its inputs (the model), not from results it was saved with. */
async function campaignFigures(bytes: Buffer): Promise<Figures> {
  const sheets = await readWorkbookSheets(bytes);
  const budgetSheet = sheets.find((s) => s.table !== null && isBudgetTable(s.table));
  if (!budgetSheet)
    throw new UnreadableWorkbookError({
      zh: "没有预算表（BudgetLines 表格）",
      en: "no budget (no BudgetLines table with Category and Budget columns)",
    });
  const { snapshot } = await budgetSheet.read();
  const health = sheetHealth(snapshot);
  const checked = health.checked;
  const sheetLang = mapTableColumns(snapshot.table.headers).lang;
  const totals = budgetTotals(checked.budget);
  const lines = actualsLines(checked, sheetLang);
  const actualsSheet = sheets.find((s) => s.table?.name.toLowerCase() === ACTUALS_TABLE.toLowerCase());
  const base = {
    lang: sheetLang,
    sheetName: "",
    budgetSheetName: "",
    lines,
    total: totals.total,
    cap: checked.budget.goals.cap,
  };
  const forecast = actualsSheet
    ? actualsForecast({ ...base, rows: (await existingRows(actualsSheet, sheetLang)).rows })
    : forecastAtCompletion(
        lines.map((line) => ({ category: line.category, item: line.item, plan: [line.plan] })),
        checked.budget.lines.flatMap((line, row) =>
          line.actual ? [{ row, period: 0, amount: line.actual, status: "paid" as const }] : [],
        ),
        { currentPeriod: 0, baseline: totals.total, cap: checked.budget.goals.cap },
      );
  return {
    title: budgetSheet.name,
    total: totals.total,
    forecast,
    roi: budgetOutcome(checked.budget, totals).roi,
    errors: health.findings.filter((f) => f.severity === "error").length,
  };
}

const HEADERS: Record<Lang, string[]> = {
  zh: ["文件", "预算表", "预算合计", "实际", "占用", "完工预测", "毛利 ROI", "错误项"],
  en: ["File", "Budget sheet", "Total", "Actual", "Committed", "Forecast", "ROI on gross profit", "Errors"],
};

async function portfolioWorkbook(rollup: Rollup, figures: Figures[], lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(lang === "zh" ? "项目汇总" : "Portfolio");
  sheet.addRow(HEADERS[lang]).font = { bold: true };
  rollup.campaigns.forEach((campaign, i) => {
    const f = figures[i];
    sheet.addRow([
      campaign.file,
      campaign.title,
      f.total.toNumber(),
      f.forecast.total.actual.toNumber(),
      f.forecast.total.committed.toNumber(),
      f.forecast.total.forecast.toNumber(),
      f.roi?.toNumber() ?? null,
      campaign.errors,
    ]);
  });
  const last = rollup.campaigns.length + 1;
  const totalRow = sheet.addRow([lang === "zh" ? "合计" : "Total", ""]);
  totalRow.font = { bold: true };
  (["C", "D", "E", "F"] as const).forEach((col, i) => {
    const key = (["total", "actual", "committed", "forecast"] as const)[i];
    totalRow.getCell(col).value = {
      formula: `SUM(${col}2:${col}${Math.max(last, 2)})`,
      result: Number(rollup.totals[key]),
    };
  });
  for (const col of ["C", "D", "E", "F"]) sheet.getColumn(col).numFmt = MONEY_FORMAT;
  sheet.getColumn("G").numFmt = RATIO_FORMAT;
  if (rollup.unreadable.length > 0) {
    sheet.addRow([]);
    sheet.addRow([lang === "zh" ? "无法读取的文件" : "Files that cannot be read"]).font = { bold: true };
    for (const { file, why } of rollup.unreadable) sheet.addRow([file, why]);
  }
  sheet.columns.forEach((column, i) => (column.width = [28, 18, 16, 16, 16, 16, 12, 8][i] ?? 12));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function runRollup(argv: readonly string[], output: CommandOutput): Promise<number> {
  const files: string[] = [];
  let out: string | undefined;
  let force = false;
  let json = false;
  let lang: Lang = "zh";
  try {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i];
      if (arg === "--help" || arg === "-h") {
        output.out(ROLLUP_USAGE);
        return 0;
      }
      if (arg === "--force") force = true;
      else if (arg === "--json") json = true;
      else if (arg === "--out" || arg === "--lang") {
        const value = argv[++i];
        if (value === undefined || value.startsWith("--")) throw new Error(`option ${arg} needs a value (see --help)`);
        if (arg === "--out") out = value;
        else if (value === "zh" || value === "en") lang = value;
        else throw new Error(`unknown language "${value}"; languages are zh, en (see --help)`);
      } else if (arg.startsWith("-"))
        throw new Error(`unknown option ${arg}; options are --out, --force, --json, --lang, --help`);
      else files.push(arg);
    }
    if (out === undefined) throw new Error("missing --out <portfolio.xlsx>, the workbook to write (see --help)");
    if (files.length === 0)
      throw new Error("no campaign workbooks given, e.g. npm run rollup -- a.xlsx b.xlsx --out portfolio.xlsx");
    const outPath = await checkOutputPath(out, { force, extension: ".xlsx" });
    if (files.some((file) => resolveUserPath(file) === outPath))
      throw new Error(`--out must not be one of the campaign workbooks (${outPath})`);

    const campaigns: CampaignRow[] = [];
    const figures: Figures[] = [];
    const unreadable: Rollup["unreadable"] = [];
    for (const file of files) {
      const path = resolveUserPath(file);
      try {
        const f = await campaignFigures(await readFile(path));
        figures.push(f);
        campaigns.push({
          file: basename(path),
          title: f.title,
          total: f.total.toFixed(2),
          actual: f.forecast.total.actual.toFixed(2),
          committed: f.forecast.total.committed.toFixed(2),
          forecast: f.forecast.total.forecast.toFixed(2),
          roi: f.roi?.toDecimalPlaces(4).toString() ?? null,
          errors: f.errors,
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          error instanceof UnreadableWorkbookError
            ? error.text[lang]
            : code === "ENOENT"
              ? lang === "zh"
                ? "文件不存在"
                : "no such file"
              : String((error as Error).message ?? error);
        unreadable.push({ file: path, why: why.split("\n")[0] });
      }
    }
    const add = (key: "total" | "actual" | "committed" | "forecast") =>
      sum(campaigns.map((c) => new Decimal(c[key]))).toFixed(2);
    const rollup: Rollup = {
      campaigns,
      totals: { total: add("total"), actual: add("actual"), committed: add("committed"), forecast: add("forecast") },
      unreadable,
    };
    if (campaigns.length === 0)
      throw new Error(`no campaign workbook could be read: ${unreadable.map((u) => `${u.file}: ${u.why}`).join("; ")}`);
    const written = await writeOutputFile(out, await portfolioWorkbook(rollup, figures, lang), {
      force,
      extension: ".xlsx",
    });
    if (json) output.out(JSON.stringify(rollup, null, 2));
    else {
      for (const c of campaigns)
        output.out(
          `${c.file}: total ${c.total}, actual ${c.actual}, committed ${c.committed}, forecast ${c.forecast}, ROI ${c.roi ?? "—"}, ${c.errors} error findings`,
        );
      output.out(
        `total ${rollup.totals.total}, actual ${rollup.totals.actual}, committed ${rollup.totals.committed}, forecast ${rollup.totals.forecast}`,
      );
      for (const u of unreadable) output.out(`cannot read ${u.file}: ${u.why}`);
      output.out(`Wrote ${written}`);
    }
    return 0;
  } catch (error) {
    const message = error instanceof OutputPathError ? error.text[lang] : String((error as Error)?.message ?? error);
    output.err(`rollup: ${message.split("\n")[0]}`);
    return 2;
  }
}
