/**
 * `npm run rollup -- A.xlsx B.xlsx … --out PORTFOLIO.xlsx [--force] [--json] [--lang zh|en]`: many
 * campaign workbooks in one portfolio sheet, one row per file, the unreadable ones listed with why.
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { executionRate, forecastAtCompletion, type Forecast } from "../model/actuals/forecast";
import { Decimal, sum } from "../model/decimal";
import { DEFAULT_STALE_DAYS } from "../model/actualsHealth";
import { budgetOutcome } from "../model/outcome";
import { budgetTotals } from "../model/totals";
import { MONEY_FORMAT, RATIO_FORMAT } from "../sheet/formats";
import { isBudgetTable, readBudgetSheet } from "../sheet/readBudgetSheet";
import { sheetHealth } from "../sheet/sheetHealth";
import { mapTableColumns } from "../sheet/tableColumns";
import { actualsLines, approvedBaseline } from "./actualsCommand";
import { readActualsSheet } from "./actualsSheet";
import { workbookOverTime } from "./overTimeSheets";
import { BudgetInputError } from "../model/errors";
import { today } from "../workbook/today";
import type { CommandOutput } from "./exportCommand";
import { OutputPathError, checkOutputPath, writeOutputFile } from "./outputFile";
import { resolveUserPath } from "./userPath";
import { UnreadableWorkbookError, readWorkbookSheets } from "./xlsx/readSnapshot";
import { rollupStrings, type Lang, type Text } from "../i18n";

export const ROLLUP_USAGE = [
  "Usage: npm run rollup -- <a.xlsx> <b.xlsx> … --out <portfolio.xlsx> [--force] [--json] [--lang <zh|en>]",
  "",
  "One portfolio sheet of many campaign workbooks: per campaign its total, approved baseline, actual, committed,",
  "forecast at completion, execution rate, ROI on gross profit and open error findings; the totals; the files",
  "that cannot be read, with why. Actual and committed spend come from a workbook's Actuals sheet (npm run",
  "actuals), else from its Actual column. The baseline shows once the budget is approved; the execution rate",
  "(actual ÷ plan of the periods elapsed) where the workbook has a Phasing sheet.",
].join("\n");

export interface CampaignRow {
  file: string;
  title: string;
  total: string;
  /** The approved baseline's total; null before the first approval. */
  baseline: string | null;
  actual: string;
  committed: string;
  forecast: string;
  /** Actual ÷ plan of the periods elapsed, to 4 places; null without a Phasing sheet. */
  executionRate: string | null;
  roi: string | null;
  errors: number;
}

export interface Rollup {
  campaigns: CampaignRow[];
  /** baseline: the sum of the approved baselines, null when no campaign has one. */
  totals: { total: string; baseline: string | null; actual: string; committed: string; forecast: string };
  unreadable: { file: string; why: string }[];
}

interface Figures {
  title: string;
  total: Decimal;
  baseline: Decimal | null;
  executionRate: Decimal | null;
  forecast: Forecast;
  roi: Decimal | null;
  errors: number;
}

/** A campaign workbook's figures, from its inputs (the model), not from results it was saved with. */
async function campaignFigures(bytes: Buffer): Promise<Figures> {
  const sheets = await readWorkbookSheets(bytes);
  const budgetSheet = sheets.find((s) => s.table !== null && isBudgetTable(s.table));
  if (!budgetSheet) throw new UnreadableWorkbookError(rollupStrings.both((w) => w.noBudget));
  const { snapshot } = await budgetSheet.read();
  const checked = readBudgetSheet(snapshot);
  const actuals = await readActualsSheet(sheets, snapshot, checked);
  // The error findings counted are those `npm run health` reports, the rules over time included.
  const overTime = await workbookOverTime(
    sheets,
    snapshot,
    checked,
    { today: today(), staleAfterDays: DEFAULT_STALE_DAYS },
    { actuals },
  );
  const health = sheetHealth(snapshot, overTime, checked);
  const sheetLang = mapTableColumns(snapshot.table.headers).lang;
  const totals = budgetTotals(checked.budget);
  const lines = actualsLines(checked, sheetLang);
  const baseline = approvedBaseline(snapshot);
  const forecast =
    actuals?.forecast ??
    forecastAtCompletion(
      lines.map((line) => ({ category: line.category, item: line.item, plan: [line.plan] })),
      checked.budget.lines.flatMap((line, row) =>
        line.actual ? [{ row, period: 0, amount: line.actual, status: "paid" as const }] : [],
      ),
      { currentPeriod: 0, baseline: baseline?.total ?? totals.total, cap: checked.budget.goals.cap },
    );
  return {
    title: budgetSheet.name,
    total: totals.total,
    baseline: baseline?.total ?? null,
    executionRate: executionRate(forecast)?.rate ?? null,
    forecast,
    roi: budgetOutcome(checked.budget, totals).roi,
    errors: health.findings.filter((f) => f.severity === "error").length,
  };
}

/** The portfolio sheet's columns, in order; the money columns are totalled. */
const COLUMNS = [
  "file",
  "sheet",
  "total",
  "baseline",
  "actual",
  "committed",
  "forecast",
  "executionRate",
  "roi",
  "errors",
] as const;
const MONEY = ["total", "actual", "committed", "forecast", "baseline"] as const;
const letter = (key: (typeof COLUMNS)[number]) => String.fromCharCode(65 + COLUMNS.indexOf(key));

async function portfolioWorkbook(rollup: Rollup, figures: Figures[], lang: Lang): Promise<Buffer> {
  const words = rollupStrings(lang);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(words.sheetName);
  sheet.addRow(COLUMNS.map((key) => words.headers[key])).font = { bold: true };
  rollup.campaigns.forEach((campaign, i) => {
    const f = figures[i];
    const values: Record<(typeof COLUMNS)[number], string | number | null> = {
      file: campaign.file,
      sheet: campaign.title,
      total: f.total.toNumber(),
      actual: f.forecast.total.actual.toNumber(),
      committed: f.forecast.total.committed.toNumber(),
      forecast: f.forecast.total.forecast.toNumber(),
      roi: f.roi?.toNumber() ?? null,
      errors: campaign.errors,
      baseline: f.baseline?.toNumber() ?? null,
      executionRate: f.executionRate?.toNumber() ?? null,
    };
    sheet.addRow(COLUMNS.map((key) => values[key]));
  });
  const last = rollup.campaigns.length + 1;
  const totalRow = sheet.addRow([words.total, ""]);
  totalRow.font = { bold: true };
  for (const key of MONEY) {
    const col = letter(key);
    const result = rollup.totals[key];
    totalRow.getCell(col).value = {
      formula: `SUM(${col}2:${col}${Math.max(last, 2)})`,
      result: result === null ? 0 : Number(result),
    };
    sheet.getColumn(col).numFmt = MONEY_FORMAT;
  }
  sheet.getColumn(letter("roi")).numFmt = RATIO_FORMAT;
  sheet.getColumn(letter("executionRate")).numFmt = "0.0%";
  if (rollup.unreadable.length > 0) {
    sheet.addRow([]);
    sheet.addRow([words.unreadableTitle]).font = { bold: true };
    for (const { file, why } of rollup.unreadable) sheet.addRow([file, why]);
  }
  sheet.columns.forEach((column, i) => (column.width = [28, 18, 16, 16, 16, 16, 16, 12, 12, 8][i] ?? 12));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A bad argument or a roll-up with nothing to read: one line, in the language asked for. */
class RollupError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}
const fail = (say: Parameters<typeof rollupStrings.both>[0]) => new RollupError(rollupStrings.both(say));

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
        if (value === undefined || value.startsWith("--")) throw fail((w) => w.errors.needsValue(arg));
        if (arg === "--out") out = value;
        else if (value === "zh" || value === "en") lang = value;
        else throw fail((w) => w.errors.unknownLanguage(value));
      } else if (arg.startsWith("-")) throw fail((w) => w.errors.unknownOption(arg));
      else files.push(arg);
    }
    if (out === undefined) throw fail((w) => w.errors.missingOut);
    if (files.length === 0) throw fail((w) => w.errors.noFiles);
    const outPath = await checkOutputPath(out, { force, extension: ".xlsx" });
    if (files.some((file) => resolveUserPath(file) === outPath)) throw fail((w) => w.errors.outIsInput(outPath));
    const words = rollupStrings(lang);

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
          baseline: f.baseline?.toFixed(2) ?? null,
          actual: f.forecast.total.actual.toFixed(2),
          committed: f.forecast.total.committed.toFixed(2),
          forecast: f.forecast.total.forecast.toFixed(2),
          executionRate: f.executionRate?.toDecimalPlaces(4).toString() ?? null,
          roi: f.roi?.toDecimalPlaces(4).toString() ?? null,
          errors: f.errors,
        });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          error instanceof UnreadableWorkbookError || error instanceof BudgetInputError
            ? error.text[lang]
            : code === "ENOENT"
              ? words.noSuchFile
              : String((error as Error).message ?? error);
        unreadable.push({ file: path, why: why.split("\n")[0] });
      }
    }
    const add = (key: "total" | "actual" | "committed" | "forecast") =>
      sum(campaigns.map((c) => new Decimal(c[key]))).toFixed(2);
    const baselines = campaigns.flatMap((c) => (c.baseline === null ? [] : [new Decimal(c.baseline)]));
    const rollup: Rollup = {
      campaigns,
      totals: {
        total: add("total"),
        baseline: baselines.length > 0 ? sum(baselines).toFixed(2) : null,
        actual: add("actual"),
        committed: add("committed"),
        forecast: add("forecast"),
      },
      unreadable,
    };
    if (campaigns.length === 0)
      throw fail((w) => w.errors.noneReadable(unreadable.map((u) => `${u.file}: ${u.why}`).join("; ")));
    const written = await writeOutputFile(out, await portfolioWorkbook(rollup, figures, lang), {
      force,
      extension: ".xlsx",
    });
    if (json) output.out(JSON.stringify(rollup, null, 2));
    else {
      const say = {
        ...words.figures,
        ...Object.fromEntries(Object.entries(words.headers).map(([k, v]) => [k, v.toLowerCase()])),
      } as Record<keyof typeof words.headers, string> & typeof words.figures;
      const figuresOf = (f: {
        total: string;
        baseline: string | null;
        actual: string;
        committed: string;
        forecast: string;
      }) => [
        `${say.total} ${f.total}`,
        ...(f.baseline === null ? [] : [`${say.baseline} ${f.baseline}`]),
        `${say.actual} ${f.actual}`,
        `${say.committed} ${f.committed}`,
        `${say.forecast} ${f.forecast}`,
      ];
      const separator = lang === "zh" ? "，" : ", ";
      for (const c of campaigns)
        output.out(
          words.campaign(
            c.file,
            [
              ...figuresOf(c),
              ...(c.executionRate === null ? [] : [`${say.executionRate} ${c.executionRate}`]),
              `${words.figures.roi} ${c.roi ?? "—"}`,
              say.errors(c.errors),
            ].join(separator),
          ),
        );
      output.out(words.totals(figuresOf(rollup.totals).join(separator)));
      for (const u of unreadable) output.out(words.cannotRead(u.file, u.why));
      output.out(words.wrote(written));
    }
    return 0;
  } catch (error) {
    const message =
      error instanceof OutputPathError || error instanceof RollupError
        ? error.text[lang]
        : String((error as Error)?.message ?? error);
    output.err(`rollup: ${message.split("\n")[0]}`);
    return 2;
  }
}
