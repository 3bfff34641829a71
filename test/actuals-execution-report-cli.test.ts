import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cellResult, loadWorkbook, namedCell, readDefinedNames } from "../src/cli/xlsx/readXlsx";
import { executionToDate } from "../src/model/execution";
import { CATEGORY_KEYS, dec, phaseBudget, timelinePreset, type Decimal } from "../src/model";
import { axisPeriods } from "../src/model/periods";
import { countedActuals, executionReportWithSpend, type SpendExecutionFigures } from "../src/model/executionReport";
import { forecastAtCompletion, periodOfDay, plannedRows, type SpendEntry } from "../src/model/actuals/forecast";
import { a1 } from "../src/sheet/address";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";
import { expectClose, LIBREOFFICE_TOLERANCE } from "./helpers/expectClose";
import { describeWithLibreOffice } from "./helpers/libreoffice";
import { runScript } from "./helpers/runScript";
import { csvBytes } from "./helpers/actualsFiles";

const work = mkdtempSync(join(tmpdir(), "budget-actuals-report-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const { budget, phasing } = timelinePreset("campaign-timeline", "en");
const phased = phaseBudget(budget, phasing);
const rows = plannedRows(phased);
const row = (item: string) => rows.findIndex((r) => r.item === item);

// Paid and committed spend over the three months; the current period is May (the first).
const ROWS: [string, string, string, string, "paid" | "committed"][] = [
  ["R1", "2026-05-10", "Store posters", "7000", "paid"],
  ["R2", "2026-05-12", "Travel", "8000.55", "paid"],
  ["R3", "2026-07-05", "Travel", "3000", "committed"],
  ["R4", "2026-06-02", "Maintenance service delivered", "400000", "committed"],
  ["R5", "2026-04-20", "Kickoff meeting", "10000", "paid"],
  ["R6", "2026-06-15", "Discount", "120000.10", "paid"],
  ["R7", "2026-08-15", "Review meeting", "6000", "paid"],
];
// Typed on the Phasing sheet's actual rows before the import: store staff in May, and the kickoff in
// May (also imported as paid: the imported figure counts, the typed one does not; the import says so).
const TYPED: [string, number, string][] = [
  ["Store staff", 0, "1234.56"],
  ["Kickoff meeting", 0, "500"],
];
const EXPLANATION = "=Posters printed early for the May launch";

function model() {
  const periods = axisPeriods(phasing.periods);
  const entries: SpendEntry[] = ROWS.map(([, day, item, amount, status]) => ({
    row: row(item),
    period: periodOfDay(periods, day),
    amount: dec(amount),
    status,
  }));
  const typed: (Decimal | null)[][] = rows.map(() => [null, null, null]);
  for (const [item, p, amount] of TYPED) typed[row(item)][p] = dec(amount);
  return { report: executionReportWithSpend(rows, typed, entries, 1), entries, typed };
}

/** Cell edits on a sheet part: `cell` is replaced by the XML given. */
async function editCells(bytes: Buffer, part: string, cells: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file(part)!.async("string");
  for (const [address, replacement] of Object.entries(cells)) {
    const cell = new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`);
    if (!cell.test(xml)) throw new Error(`no cell ${address} in ${part}`);
    xml = xml.replace(cell, replacement);
  }
  zip.file(part, xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

let imported = "";
let stdout = "";
beforeAll(async () => {
  const exported = await runScript(
    "src/cli/export.ts",
    ["--preset", "campaign-timeline", "--lang", "en", "--out", "timeline.xlsx"],
    { INIT_CWD: work },
  );
  if (exported.code !== 0) throw new Error(exported.stderr);
  const layout = phasingLayout(rows.length);
  let bytes: Buffer = readFileSync(join(work, "timeline.xlsx"));
  // The planner types actuals on the Phasing sheet and explains May's promotion variance on the report.
  bytes = await editCells(
    bytes,
    "xl/worksheets/sheet2.xml",
    Object.fromEntries(
      TYPED.map(([item, p, amount]) => {
        const address = a1({ row: layout.actuals.first + row(item), col: layout.periodCol(p) });
        return [address, `<c r="${address}"><v>${amount}</v></c>`];
      }),
    ),
  );
  bytes = await editCells(bytes, "xl/worksheets/sheet3.xml", {
    J15: `<c r="J15" t="inlineStr"><is><t>${EXPLANATION}</t></is></c>`,
  });
  writeFileSync(join(work, "typed.xlsx"), bytes);
  writeFileSync(
    join(work, "spend.csv"),
    csvBytes([["Reference", "Date", "Item", "Amount", "Status"], ...ROWS.map((r) => [...r])], ",", "utf-8"),
  );
  const run = await runScript(
    "src/cli/actuals.ts",
    ["import", "typed.xlsx", "spend.csv", "--out", "imported.xlsx", "--lang", "en"],
    { INIT_CWD: work },
  );
  if (run.code !== 0) throw new Error(run.stderr);
  stdout = run.stdout;
  imported = join(work, "imported.xlsx");
}, 120_000);

it("says where a line and period has actuals both typed and imported that the import counts, and that the report reads it", () => {
  expect(stdout).toContain(
    `"Kickoff meeting" in 2026-05-01 has ¥500.00 typed on the Phasing sheet and ¥10,000.00 imported as paid; the imported ¥10,000.00 counts`,
  );
  expect(stdout).not.toContain(`"Store staff" in`);
  expect(stdout).toContain(`Execution report "Execution report": actual now counts the imported paid rows`);
});

it("models the report so that its forecasts add up to the forecast at completion", () => {
  const { report, entries, typed } = model();
  // The typed kickoff is imported too: only the typed store staff counts besides the import.
  const typedEntries: SpendEntry[] = TYPED.slice(0, 1).map(([item, p, amount]) => ({
    row: row(item),
    period: p,
    amount: dec(amount),
    status: "paid",
  }));
  const atCompletion = forecastAtCompletion(rows, [...entries, ...typedEntries], {
    currentPeriod: 1,
    baseline: phased.total,
    cap: null,
  });
  expect(report.reduce((all, p) => all.plus(p.total.forecast), dec(0)).toFixed(2)).toBe(
    atCompletion.total.forecast.toFixed(2),
  );
  // May: posters 7,000 + travel 8,000.55 + kickoff 10,000 imported, store staff 1,234.56 typed.
  expect(report[0].total.actual.toFixed(2)).toBe("26235.11");
  expect(typed.flat().filter(Boolean)).toHaveLength(2);
});

describeWithLibreOffice("the imported campaign-timeline's execution report recalculated by LibreOffice", (session) => {
  it("shows plan, actual, committed, forecast, variance and execution rate as the model, the explanation kept", async () => {
    // Every cached result dropped: the figures come from the formulas alone.
    const zip = await JSZip.loadAsync(readFileSync(imported));
    for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
      const xml = await zip.file(path)!.async("string");
      zip.file(path, xml.replace(/(<\/f>)<v>[^<]*<\/v>/g, "$1").replace(/(<f\b[^>]*\/>)<v>[^<]*<\/v>/g, "$1"));
    }
    const stripped = join(session().workDir, "imported.xlsx");
    writeFileSync(stripped, await zip.generateAsync({ type: "nodebuffer" }));
    const recalculated = await session().libreOffice.recalculate(stripped);
    const workbook = await loadWorkbook(recalculated);
    const sheet = workbook.getWorksheet("Execution report")!;
    const value = (address: string) => cellResult(sheet.getCell(address));
    const { report } = model();
    const columns = { plan: "C", actual: "D", committed: "E", forecast: "F", variance: "G" } as const;
    const check = (r: number, figures: SpendExecutionFigures, what: string) => {
      for (const [key, col] of Object.entries(columns) as [keyof typeof columns, string][])
        expect(Number(value(`${col}${r}`)).toFixed(2), `${what} ${key}`).toBe(figures[key].toFixed(2));
      expect(Number(value(`I${r}`)).toFixed(2), `${what} cumulative actual`).toBe(figures.cumulativeActual.toFixed(2));
      const rate = value(`K${r}`);
      if (figures.rate === null) expect(rate === null || rate === "", `${what} rate`).toBe(true);
      // LibreOffice saves a formula's zero result without a value: read as nothing, it is 0.
      else expectClose(rate ?? 0, figures.rate, `${what} rate`, LIBREOFFICE_TOLERANCE);
    };
    report.forEach((period, p) => {
      CATEGORY_KEYS.forEach((key, c) => check(14 + p * 8 + c, period.categories[key], `period ${p + 1} ${key}`));
      check(14 + p * 8 + 7, period.total, `period ${p + 1} total`);
    });
    // The figures are not all nothing: the June discount paid, the delivery committed over its plan.
    expect(report[1].categories.benefit.actual.toFixed(2)).toBe("120000.10");
    expect(report[1].categories.fulfillment.forecast.toFixed(2)).toBe("400000.00");
    // To date (May): the actual and the rate; all periods: committed and the forecast at completion.
    expect(Number(value("C8")).toFixed(2)).toBe(report[0].total.actual.toFixed(2));
    expectClose(value("C10"), report[0].total.rate!, "execution rate to date", LIBREOFFICE_TOLERANCE);
    const all = (key: "committed" | "forecast") => report.reduce((s, p) => s.plus(p.total[key]), dec(0));
    expect(Number(value("H7")).toFixed(2)).toBe(all("committed").toFixed(2));
    expect(Number(value("H8")).toFixed(2)).toBe(all("forecast").toFixed(2));
    // The explanation typed on May's promotion row, kept as text in the explanation column.
    expect(value("L15")).toBe(EXPLANATION);
    expect(value("B15")).toBe("Promotion cost");
    // The Phasing sheet's figures to date count the import (the typed kickoff left aside): the model's.
    const { entries, typed } = model();
    const toDate = executionToDate(phased, countedActuals(typed, entries, rows.length, 3), 1);
    expect(toDate.actualToDate.toFixed(2)).toBe("26235.11");
    const names = (await readDefinedNames(recalculated)).filter((n) => n.localSheetId === 1);
    const onPhasing = (name: string) => cellResult(namedCell(workbook, names, name));
    expectClose(onPhasing("Budget_Actual_ToDate"), toDate.actualToDate, "Budget_Actual_ToDate", LIBREOFFICE_TOLERANCE);
    expectClose(onPhasing("Budget_ExecutionRate"), toDate.rate!, "Budget_ExecutionRate", LIBREOFFICE_TOLERANCE);
  }, 240_000);
});
