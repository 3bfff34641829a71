import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dec, phaseBudget, timelinePreset } from "../src/model";
import { axisPeriods } from "../src/model/periods";
import { forecastAtCompletion, periodOfDay, plannedRows, type SpendEntry } from "../src/model/actuals/forecast";
import type { HealthJson } from "../src/sheet/healthReport";
import { csvBytes } from "./helpers/actualsFiles";
import { runScript } from "./helpers/runScript";
import { setCellNumber } from "./helpers/xlsxEdits";

const work = mkdtempSync(join(tmpdir(), "budget-health-actuals-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) => runScript(`src/cli/${script}.ts`, args, { INIT_CWD: work });
const ACTUALS_RULES = [
  "forecast-over-baseline",
  "forecast-over-cap",
  "committed-over-plan",
  "spent-without-plan",
  "unmatched-actuals",
  "actuals-stale",
];

// The campaign-timeline's export (current period May): posters and travel paid in May, the delivery
// contract committed far over its plan, and two rows that name no budget line, the later on 2026-08-15.
const ROWS: [string, string, string, string, "paid" | "committed"][] = [
  ["R1", "2026-05-10", "Store posters", "7000", "paid"],
  ["R2", "2026-05-12", "Travel", "8000.25", "paid"],
  ["R3", "2026-06-02", "Maintenance service delivered", "900000.55", "committed"],
  ["R4", "2026-08-15", "Mystery invoice", "1234.56", "paid"],
  ["R5", "2026-08-01", "Parking", "100.10", "paid"],
];
const LATEST = "2026-08-15";

/** Days from the latest actual to today by the clock, as the command counts them. */
function daysSinceLatest(): number {
  const now = new Date();
  return (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.parse(`${LATEST}T00:00:00Z`)) / 86_400_000;
}

/** What the model forecasts from the matched rows, with the phasing's periods and May elapsed. */
function modelForecast() {
  const { budget, phasing } = timelinePreset("campaign-timeline", "en");
  const phased = phaseBudget(budget, phasing);
  const rows = plannedRows(phased);
  const periods = axisPeriods(phasing.periods);
  const entries: SpendEntry[] = ROWS.filter(([, , item]) => rows.some((r) => r.item === item)).map(
    ([, day, item, amount, status]) => ({
      row: rows.findIndex((r) => r.item === item),
      period: periodOfDay(periods, day),
      amount: dec(amount),
      status,
    }),
  );
  return forecastAtCompletion(rows, entries, { currentPeriod: 1, baseline: phased.total, cap: budget.goals.cap });
}

/** The A1 address on the Actuals sheet of a budget line's figure in its by-line block. */
async function byLineCell(path: string, item: string, header: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Actuals")!;
  let found = "";
  sheet.eachRow((row, r) => {
    if (found || row.getCell(2).value !== item) return;
    let headerRow = r;
    while (headerRow > 1 && sheet.getRow(headerRow).getCell(2).value !== "Line") headerRow--;
    const col = (sheet.getRow(headerRow).values as unknown[]).indexOf(header);
    found = `'Actuals'!${sheet.getRow(r).getCell(col).address}`;
  });
  return found;
}

async function healthJson(...args: string[]): Promise<HealthJson> {
  const result = await run("health", ...args, "--json", "--lang", "en");
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as HealthJson;
}

const actualsFindings = (report: HealthJson) => report.findings.filter((f) => ACTUALS_RULES.includes(f.rule));

beforeAll(async () => {
  const exported = await run("export", "--preset", "campaign-timeline", "--lang", "en", "--out", "timeline.xlsx");
  if (exported.code !== 0) throw new Error(exported.stderr);
  const campaign = await run("export", "--preset", "campaign", "--lang", "en", "--out", "campaign.xlsx");
  if (campaign.code !== 0) throw new Error(campaign.stderr);
  // No contingency reserve: the reserve's plan is 0.
  writeFileSync(
    join(work, "no-reserve.xlsx"),
    await setCellNumber(readFileSync(join(work, "campaign.xlsx")), "O18", 0),
  );
  writeFileSync(
    join(work, "spend.csv"),
    csvBytes([["Reference", "Date", "Item", "Amount", "Status"], ...ROWS.map((r) => [...r])], ",", "utf-8"),
  );
  writeFileSync(
    join(work, "reserve.csv"),
    csvBytes(
      [
        ["Reference", "Date", "Item", "Amount", "Status"],
        ["S1", "2026-11-30", "Contingency reserve", "2500.40", "committed"],
        ["S2", "2026-12-01", "Contingency reserve", "99.60", "paid"],
      ],
      ",",
      "utf-8",
    ),
  );
  const imports = await Promise.all([
    run("actuals", "import", "timeline.xlsx", "spend.csv", "--out", "imported.xlsx"),
    run("actuals", "import", "no-reserve.xlsx", "reserve.csv", "--out", "reserve-imported.xlsx"),
  ]);
  for (const result of imports) if (result.code !== 0) throw new Error(result.stderr);
}, 120_000);

describe("npm run health on a workbook with an Actuals sheet", () => {
  it("reports the forecast over the budget's total and over the cap, committed over plan and unassigned actuals, with their cells", async () => {
    const report = await healthJson("imported.xlsx");
    const model = modelForecast();
    // Posters 7,000 and travel 8,000.25 paid in May; the delivery's 900,000.55 committed against 500,000.
    expect(model.total.forecast.toFixed(2)).toBe("1758464.79");
    const committedCell = await byLineCell(join(work, "imported.xlsx"), "Maintenance service delivered", "Committed");
    expect(committedCell).toMatch(/^'Actuals'!E\d+$/);
    expect(actualsFindings(report).map((f) => [f.rule, f.severity, f.cell, f.amount])).toEqual([
      ["forecast-over-cap", "error", "'Actuals'!B6", "458464.79"],
      ["forecast-over-baseline", "warning", "'Actuals'!B8", "463868.79"],
      ["committed-over-plan", "warning", committedCell, "400000.55"],
      ["unmatched-actuals", "warning", "'Actuals'!B9", "1334.66"],
      ["actuals-stale", "info", null, String(daysSinceLatest())],
    ]);
    expect(model.cap!.variance.toFixed(2)).toBe("458464.79");
    expect(model.baseline.variance.toFixed(2)).toBe("463868.79");
    const committed = actualsFindings(report).find((f) => f.rule === "committed-over-plan")!;
    expect(committed.category).toBe("fulfillment");
    expect(committed.message).toBe(
      `"Maintenance service delivered" has ¥900,000.55 committed against a plan of ¥500,000.00 (${committedCell}): ¥400,000.55 over. Raise the line's budget or renegotiate the order before it is paid.`,
    );
  }, 60_000);

  it("points at the cells the findings name: the forecast, the variance and the unassigned count", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(work, "imported.xlsx")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Actuals")!;
    expect(["A6", "A8", "A9"].map((a) => sheet.getCell(a).value)).toEqual([
      "Forecast at completion",
      "Forecast − budget",
      "Unassigned rows",
    ]);
  });

  it("counts the actuals out of date after --stale-days days, 30 by default", async () => {
    const days = daysSinceLatest();
    expect(days).toBeGreaterThan(30);
    const stale = async (limit: number) =>
      (await healthJson("imported.xlsx", "--stale-days", String(limit))).findings.filter(
        (f) => f.rule === "actuals-stale",
      );
    const [over, within] = await Promise.all([stale(days - 1), stale(days)]);
    expect(over.map((f) => f.amount)).toEqual([String(days)]);
    expect(over[0].message).toBe(
      `The latest actual is dated ${LATEST}, ${days} days ago (more than ${days - 1} days). Import the latest expense export so the forecast is current.`,
    );
    expect(within).toEqual([]);
  }, 60_000);

  it("reports spend on a line without a plan at its Plan cell, and the forecast over the smaller total", async () => {
    const report = await healthJson("reserve-imported.xlsx", "--stale-days", "400");
    const planCell = await byLineCell(join(work, "reserve-imported.xlsx"), "Contingency reserve", "Plan");
    expect(planCell).toMatch(/^'Actuals'!C\d+$/);
    // The reserve's 2,500.40 committed and 99.60 paid, against a plan of 0, all on top of the total.
    expect(actualsFindings(report).map((f) => [f.rule, f.category, f.cell, f.amount])).toEqual([
      ["forecast-over-baseline", null, "'Actuals'!B8", "2600"],
      ["spent-without-plan", "contingency", planCell, "2600"],
    ]);
  }, 60_000);

  it("says a wrong --stale-days on one line, exit 2", async () => {
    const result = await run("health", "imported.xlsx", "--stale-days", "2.5", "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'health: --stale-days must be a whole number of days, 1 or more, not "2.5" (see --help)\n',
    );
  });
});

describe("npm run health on a workbook without an Actuals sheet", () => {
  it("reports none of the actuals rules", async () => {
    const report = await healthJson("timeline.xlsx", "--stale-days", "1");
    expect(report.findings.length).toBeGreaterThan(0);
    expect(actualsFindings(report)).toEqual([]);
  }, 60_000);
});

describe("npm run rollup on the same workbooks", () => {
  it("counts the error findings npm run health reports, the actuals' rules included", async () => {
    const withActuals = await healthJson("imported.xlsx");
    const errors = (report: HealthJson) => report.findings.filter((f) => f.severity === "error").length;
    // The forecast over the cap is an error only the actuals' rules find.
    expect(actualsFindings(withActuals).filter((f) => f.severity === "error")).toHaveLength(1);
    const plain = await healthJson("timeline.xlsx");

    const result = await run("rollup", "imported.xlsx", "timeline.xlsx", "--out", "portfolio.xlsx", "--json");
    expect(result.stderr).toBe("");
    const portfolio = JSON.parse(result.stdout) as { campaigns: { file: string; errors: number }[] };
    expect(portfolio.campaigns.map((c) => [c.file, c.errors])).toEqual([
      ["imported.xlsx", errors(withActuals)],
      ["timeline.xlsx", errors(plain)],
    ]);
  }, 60_000);
});
