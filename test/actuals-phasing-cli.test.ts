import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellResult, loadWorkbook, namedCell, readDefinedNames } from "../src/cli/xlsx/readXlsx";
import { addDefinedNames } from "../src/cli/xlsx/definedNamesXml";
import { dec, phaseBudget, timelinePreset, type Decimal } from "../src/model";
import { axisPeriods } from "../src/model/periods";
import {
  executionRate,
  forecastAtCompletion,
  periodOfDay,
  plannedRows,
  type SpendEntry,
} from "../src/model/actuals/forecast";
import { CACHED_TOLERANCE, expectClose, LIBREOFFICE_TOLERANCE } from "./helpers/expectClose";
import { a1 } from "../src/sheet/address";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";
import { describeWithLibreOffice } from "./helpers/libreoffice";
import { runScript } from "./helpers/runScript";
import { csvBytes } from "./helpers/actualsFiles";

const work = mkdtempSync(join(tmpdir(), "budget-actuals-phasing-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const { budget, phasing } = timelinePreset("campaign-timeline", "en");
const phased = phaseBudget(budget, phasing);
const BASELINE = dec("1290000");

// Spend over the three months, the export's current period being May (1): posters and travel paid in
// May, a kickoff paid before the campaign (counts in May), a travel PO for July, the delivery contract
// for June over its June plan, the review meeting paid after the campaign (counts in July).
const ROWS: [string, string, string, string, "paid" | "committed"][] = [
  ["R1", "2026-05-10", "Store posters", "7000", "paid"],
  ["R2", "2026-05-12", "Travel", "8000", "paid"],
  ["R3", "2026-07-05", "Travel", "3000", "committed"],
  ["R4", "2026-06-02", "Maintenance service delivered", "400000", "committed"],
  ["R5", "2026-04-20", "Kickoff meeting", "10000", "paid"],
  ["R6", "2026-08-15", "Review meeting", "6000", "paid"],
];

function modelForecast(baseline: Decimal, currentPeriod = 1) {
  const rows = plannedRows(phased);
  const periods = axisPeriods(phasing.periods);
  const entries: SpendEntry[] = ROWS.map(([, day, item, amount, status]) => ({
    row: rows.findIndex((r) => r.item === item),
    period: periodOfDay(periods, day),
    amount: dec(amount),
    status,
  }));
  return forecastAtCompletion(rows, entries, { currentPeriod, baseline, cap: budget.goals.cap });
}

async function namedOnActuals(bytes: Buffer) {
  const workbook = await loadWorkbook(bytes);
  const names = await readDefinedNames(bytes);
  const index = workbook.worksheets.findIndex((w) => w.name === "Actuals");
  return (name: string) =>
    cellResult(
      namedCell(
        workbook,
        names.filter((n) => n.localSheetId === index),
        name,
      ),
    );
}

/** The exported budget with an approved baseline's total in Q2 of the budget sheet, named as an approval names it. */
async function withBaseline(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(sheet)!.async("string");
  zip.file(
    sheet,
    xml.replace(/<row r="2"([^>]*)>([\s\S]*?)<\/row>/, (_, attributes: string, cells: string) => {
      return `<row r="2"${attributes}>${cells}<c r="Q2"><v>${BASELINE.toString()}</v></c></row>`;
    }),
  );
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    addDefinedNames(workbookXml, [{ name: "Budget_BaselineTotal", formula: "'Budget'!$Q$2", localSheetId: 0 }]),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

let imported = "";
let approvedImport = "";
beforeAll(async () => {
  const budgetPath = join(work, "timeline.xlsx");
  const exported = await runScript(
    "src/cli/export.ts",
    ["--preset", "campaign-timeline", "--lang", "en", "--out", budgetPath],
    { INIT_CWD: work },
  );
  if (exported.code !== 0) throw new Error(exported.stderr);
  writeFileSync(
    join(work, "spend.csv"),
    csvBytes([["Reference", "Date", "Item", "Amount", "Status"], ...ROWS.map((r) => [...r])], ",", "utf-8"),
  );
  writeFileSync(join(work, "approved.xlsx"), await withBaseline(readFileSync(budgetPath)));
  const runs = await Promise.all([
    runScript("src/cli/actuals.ts", ["import", "timeline.xlsx", "spend.csv", "--out", "imported.xlsx"], {
      INIT_CWD: work,
    }),
    runScript("src/cli/actuals.ts", ["import", "approved.xlsx", "spend.csv", "--out", "approved-imported.xlsx"], {
      INIT_CWD: work,
    }),
  ]);
  for (const run of runs) if (run.code !== 0) throw new Error(run.stderr);
  imported = join(work, "imported.xlsx");
  approvedImport = join(work, "approved-imported.xlsx");
}, 120_000);

describe("the Actuals sheet of a phased workbook", () => {
  it("forecasts with the phasing: the plan of the periods after the current one, as the model does", async () => {
    const model = modelForecast(phased.total);
    // Posters 7,000 (May gone), travel 8,000 + 3,000 + June 6,666.67 + what the PO leaves of July,
    // delivery 400,000 + July's 150,000, kickoff 10,000, review 6,000; the rest of May's plan gone.
    expect(model.rows.find((r) => r.item === "Travel")!.forecast.toFixed(2)).toBe("21333.33");
    const value = await namedOnActuals(readFileSync(imported));
    expectClose(value("Budget_Forecast"), model.total.forecast, "Budget_Forecast", CACHED_TOLERANCE);
    expectClose(value("Budget_Committed"), dec("403000"), "Budget_Committed", CACHED_TOLERANCE);
    expectClose(
      value("Budget_ForecastVariance"),
      model.total.forecast.minus(phased.total),
      "variance to total",
      CACHED_TOLERANCE,
    );
  });

  it("measures the variance against the approved baseline when the budget has one", async () => {
    const model = modelForecast(BASELINE);
    const value = await namedOnActuals(readFileSync(approvedImport));
    expectClose(value("Budget_ForecastVariance"), model.baseline.variance, "variance to baseline", CACHED_TOLERANCE);
    expect(model.baseline.variance.toFixed(2)).toBe(model.total.forecast.minus("1290000").toFixed(2));
  });
});

describe("the roll-up of a phased, approved campaign", () => {
  it("shows its baseline and its execution rate (actual ÷ plan of the periods elapsed)", async () => {
    const run = await runScript(
      "src/cli/rollup.ts",
      ["approved-imported.xlsx", "imported.xlsx", "--out", "portfolio.xlsx", "--json"],
      { INIT_CWD: work },
    );
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout);
    const model = executionRate(modelForecast(BASELINE))!;
    // May: posters 7,000 + travel 8,000 + the kickoff 10,000 paid, of May's plan 101,132.01.
    expect([model.actualToDate.toString(), model.planToDate.toString()]).toEqual(["25000", "101132.01"]);
    expect(result.campaigns.map((c: { baseline: string | null; executionRate: string }) => c.baseline)).toEqual([
      "1290000.00",
      null,
    ]);
    expect(result.campaigns[0].executionRate).toBe("0.2472");
    expect(result.campaigns[0].forecast).toBe(modelForecast(BASELINE).total.forecast.toFixed(2));
    expect(result.totals.baseline).toBe("1290000.00");
  }, 60_000);
});

describeWithLibreOffice("the phased Actuals sheet recalculated by LibreOffice", (session) => {
  it("Budget_Forecast and the variance to the baseline equal the model, from the formulas alone", async () => {
    // Every cached result dropped, and the current period moved to June on the Phasing sheet.
    const zip = await JSZip.loadAsync(readFileSync(approvedImport));
    for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
      const xml = await zip.file(path)!.async("string");
      zip.file(path, xml.replace(/(<\/f>)<v>[^<]*<\/v>/g, "$1").replace(/(<f\b[^>]*\/>)<v>[^<]*<\/v>/g, "$1"));
    }
    const current = a1(phasingLayout(phased.rows.length).currentPeriod);
    const phasingXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const cell = new RegExp(`(<c r="${current}"[^>]*>)<v>1</v>(</c>)`);
    expect(phasingXml).toMatch(cell);
    zip.file("xl/worksheets/sheet2.xml", phasingXml.replace(cell, "$1<v>2</v>$2"));
    const edited = join(session().workDir, "phased.xlsx");
    writeFileSync(edited, await zip.generateAsync({ type: "nodebuffer" }));
    const recalculated = await session().libreOffice.recalculate(edited);
    const value = await namedOnActuals(recalculated);
    const model = modelForecast(BASELINE, 2);
    // June elapsed too: the delivery's July 150,000 still to come, the discount's June 300,000 gone.
    expect(model.total.forecast.equals(modelForecast(BASELINE).total.forecast)).toBe(false);
    expectClose(value("Budget_Forecast"), model.total.forecast, "Budget_Forecast", LIBREOFFICE_TOLERANCE, "0.001");
    expectClose(
      value("Budget_ForecastVariance"),
      model.baseline.variance,
      "Budget_ForecastVariance",
      LIBREOFFICE_TOLERANCE,
      "0.001",
    );
  }, 240_000);
});
