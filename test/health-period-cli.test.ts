import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDefinedNames } from "../src/cli/xlsx/definedNamesXml";
import { writeSheetIntoXlsx } from "../src/cli/xlsx/writeSheetIntoXlsx";
import { approve, type Baseline } from "../src/model/baseline";
import { budgetTotals } from "../src/model/totals";
import {
  BASELINE_STORE_HEADER_ROW,
  baselineStoreHeaders,
  baselineStoreRows,
  buildBaselineSheetPlan,
  type StoreCell,
} from "../src/sheet/baselineStore";
import { number as numberCell, text as textCell } from "../src/sheet/cellContent";
import type { CellContent, PlannedCell } from "../src/sheet/plan";
import { Decimal } from "../src/model/decimal";
import { formatMoney } from "../src/model/format";
import { checkedFromModel, healthCheck } from "../src/model/health";
import { phaseBudget } from "../src/model/phasing";
import { timelinePreset } from "../src/model/timelinePresets";
import { a1 } from "../src/sheet/address";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";
import type { HealthJson } from "../src/sheet/healthReport";
import { periodHealthLabels, phasingLabels, timelineMessages } from "../src/i18n";
import { describeWithLibreOffice } from "./helpers/libreoffice";
import { runScript } from "./helpers/runScript";
import { setCellNumber } from "./helpers/xlsxEdits";

/*
 * `npm run health` on a campaign-timeline workbook whose Phasing sheet the planner edited and
 * LibreOffice recalculated: actuals typed per period, the campaign's last period and the tolerance
 * changed there. The rules over time fire from the command line with the cells they are about, in
 * the model's words and figures.
 */

const { budget, phasing } = timelinePreset("campaign-timeline", "en");
const phased = phaseBudget(budget, phasing);
const layout = phasingLayout(phased.rows.length);
const SHEET = phasingLabels("en").sheetName;
/** The Phasing sheet's part in the exported workbook: the second sheet. */
const PHASING_PART = 2;
const on = (ref: { row: number; col: number }) => `'${SHEET}'!${a1(ref)}`;
const planCell = (row: number, p: number) => ({ row: layout.lines.first + row, col: layout.periodCol(p) });
const actualCell = (row: number, p: number) => ({ row: layout.actuals.first + row, col: layout.periodCol(p) });
const rowOf = (item: string) => phased.rows.findIndex((row) => row.item === item);

const DISCOUNT = rowOf("Discount");
const POSTERS = rowOf("Store posters");
const REVIEW = rowOf("Review meeting");
const MAY = 0;
const JULY = 2;
const mayPlan = phased.periodTotals[MAY];
/** Posters paid as planned in May, and the discount (planned for June) paid early: 20% ahead of May's plan. */
const postersPaid = phased.rows[POSTERS].periods[MAY];
const discountPaid = mayPlan.times("1.2").minus(postersPaid).toDecimalPlaces(2);
/** The review meeting paid in July, as planned, after the campaign's end is moved to June. */
const reviewPaid = phased.rows[REVIEW].periods[JULY];

/** Types a number into a blank cell of a sheet part (kept with its style), as the planner would. */
async function typeNumber(bytes: Buffer, part: number, address: string, value: Decimal): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const path = `xl/worksheets/sheet${part}.xml`;
  const xml = await zip.file(path)!.async("string");
  const blank = new RegExp(`<c r="${address}"((?: s="\\d+")?)/>`);
  if (!blank.test(xml)) throw new Error(`no blank cell at ${address}`);
  zip.file(path, xml.replace(blank, `<c r="${address}"$1><v>${value.toString()}</v></c>`));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The campaign-timeline preset exported in English by `npm run export`. */
async function exportTimeline(dir: string): Promise<Buffer> {
  const out = join(dir, "timeline.xlsx");
  const run = await runScript("src/cli/export.ts", ["--preset", "campaign-timeline", "--lang", "en", "--out", out]);
  if (run.code !== 0) throw new Error(run.stderr);
  return readFileSync(out);
}

const health = (...args: string[]) => runScript("src/cli/health.ts", args);
const overTime = (rule: string) =>
  rule === "outside-span" || rule === "period-over-plan" || rule.startsWith("execution-");

/** What the health rules over time find in the model's phasing with these actuals, campaign and tolerance. */
function modelFindings(tolerance: string) {
  const actuals = phased.rows.map((_, r) =>
    phased.periods.map((__, p) =>
      r === DISCOUNT && p === MAY
        ? discountPaid
        : r === POSTERS && p === MAY
          ? postersPaid
          : r === REVIEW && p === JULY
            ? reviewPaid
            : undefined,
    ),
  );
  const findings = healthCheck(checkedFromModel(budget), {
    phasing: {
      phased,
      actuals,
      options: { currentPeriod: 1, tolerance: new Decimal(tolerance), campaign: { first: 1, last: 2 } },
    },
  });
  return findings.filter((f) => overTime(f.rule));
}

describeWithLibreOffice("npm run health on an edited and recalculated Phasing sheet", (session) => {
  let edited = "";
  let relaxed = "";
  let badTolerance = "";

  beforeAll(async () => {
    const { workDir, libreOffice } = session();
    let bytes = await exportTimeline(workDir);
    bytes = await typeNumber(bytes, PHASING_PART, a1(actualCell(DISCOUNT, MAY)), discountPaid);
    bytes = await typeNumber(bytes, PHASING_PART, a1(actualCell(POSTERS, MAY)), postersPaid);
    bytes = await typeNumber(bytes, PHASING_PART, a1(actualCell(REVIEW, JULY)), reviewPaid);
    bytes = await setCellNumber(bytes, a1(layout.campaignLast), 2, PHASING_PART);
    bytes = await setCellNumber(bytes, a1(layout.executionTolerance), 0.05, PHASING_PART);
    const typed = join(workDir, "typed.xlsx");
    writeFileSync(typed, bytes);
    const recalculated = await libreOffice.recalculate(typed);
    edited = join(workDir, "edited.xlsx");
    writeFileSync(edited, recalculated);
    // The tolerance feeds no formula: typed again in the saved file, as the planner would.
    relaxed = join(workDir, "relaxed.xlsx");
    writeFileSync(relaxed, await setCellNumber(recalculated, a1(layout.executionTolerance), 0.25, PHASING_PART));
    badTolerance = join(workDir, "bad-tolerance.xlsx");
    writeFileSync(badTolerance, await setCellNumber(recalculated, a1(layout.executionTolerance), 1.5, PHASING_PART));
  }, 240_000);

  it("reports spend outside the campaign, a period over its plan and execution ahead, each at its cell", async () => {
    const run = await health(edited, "--lang", "en", "--json");
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as HealthJson;
    const found = report.findings.filter((f) => overTime(f.rule));

    const julyPlanned = phased.rows.flatMap((row, r) => (row.periods[JULY].isZero() ? [] : [r]));
    expect(julyPlanned.length).toBeGreaterThan(1);
    expect(julyPlanned).toContain(REVIEW);
    const words = timelineMessages("en").health;
    const expected = [
      ...julyPlanned.map((r) => ({
        rule: "outside-span",
        severity: "warning",
        // The review meeting's spend is typed there; the others' is planned.
        cell: on(r === REVIEW ? actualCell(r, JULY) : planCell(r, JULY)),
        amount: phased.rows[r].periods[JULY].toFixed(2),
      })),
      {
        rule: "period-over-plan",
        severity: "warning",
        cell: on(actualCell(DISCOUNT, MAY)),
        amount: discountPaid.toFixed(2),
      },
      {
        rule: "execution-ahead",
        severity: "warning",
        cell: on(layout.executionRate),
        amount: mayPlan.times("0.2").toDecimalPlaces(2).toFixed(2),
      },
    ];
    const shape = (f: (typeof report.findings)[number]) => ({
      rule: f.rule,
      severity: f.severity,
      cell: f.cell,
      amount: new Decimal(f.amount!).toFixed(2),
    });
    expect(found.map(shape).sort((a, b) => a.cell!.localeCompare(b.cell!))).toEqual(
      expected.sort((a, b) => a.cell.localeCompare(b.cell)),
    );
    const ahead = found.find((f) => f.rule === "execution-ahead")!;
    expect(ahead.message).toBe(words.ahead("120.0%", "2026-05", "5%"));
    const over = found.find((f) => f.rule === "period-over-plan")!;
    expect(over.message).toContain(`"Discount"`);

    // The same findings, words and figures as the model's over the same phasing, actuals, campaign and tolerance.
    const model = modelFindings("0.05");
    expect(found.map((f) => [f.rule, f.message, new Decimal(f.amount!).toFixed(2)]).sort()).toEqual(
      model.map((f) => [f.rule, f.message.en, f.amount!.toFixed(2)]).sort(),
    );
    // Warnings and an info are no errors: the exit status is the budget's own (its ROI below 1).
    expect(report.findings.some((f) => f.severity === "error")).toBe(true);
    expect(run.code).toBe(1);
  }, 60_000);

  it("says the findings in the report for people, with their cells, in either language", async () => {
    const [en, zh] = await Promise.all([health(edited, "--lang", "en"), health(edited)]);
    const enLine = en.stdout.split("\n").find((line) => line.includes(on(layout.executionRate)))!;
    expect(enLine).toContain(timelineMessages("en").health.ahead("120.0%", "2026-05", "5%"));
    const zhLine = zh.stdout.split("\n").find((line) => line.includes(on(actualCell(DISCOUNT, MAY))))!;
    const money = (value: Decimal) => formatMoney(value, 2);
    expect(zhLine).toContain(
      timelineMessages("zh").health.overPlan(
        "Discount",
        "2026-05",
        money(discountPaid),
        money(new Decimal(0)),
        money(discountPaid),
      ),
    );
  }, 60_000);

  it("reads the tolerance the planner set: execution 20% ahead is within ±25%", async () => {
    const run = await health(relaxed, "--lang", "en", "--json");
    const report = JSON.parse(run.stdout) as HealthJson;
    const rules = report.findings.filter((f) => overTime(f.rule)).map((f) => f.rule);
    expect(rules).not.toContain("execution-ahead");
    expect(rules.filter((r) => r === "period-over-plan")).toHaveLength(1);
    expect(
      report.findings
        .filter((f) => overTime(f.rule))
        .map((f) => [f.rule, f.message])
        .sort(),
    ).toEqual(
      modelFindings("0.25")
        .map((f) => [f.rule, f.message.en])
        .sort(),
    );
  }, 60_000);

  it("refuses a tolerance it cannot use, naming its cell and the value as the sheet shows it", async () => {
    const run = await health(badTolerance, "--lang", "en");
    expect(run.code).toBe(2);
    const words = periodHealthLabels("en");
    expect(run.stderr).toBe(
      `health: ${badTolerance}: ${words.badSetting(SHEET, on(layout.executionTolerance), words.settings.tolerance, "150%", words.reasons.tolerance)}\n`,
    );
  }, 60_000);
  it("the roll-up counts the errors health reports, and leaves out a workbook health refuses, saying why", async () => {
    const out = join(session().workDir, "portfolio.xlsx");
    const [rollup, checked] = await Promise.all([
      runScript("src/cli/rollup.ts", [edited, badTolerance, "--out", out, "--json", "--lang", "en"]),
      health(edited, "--lang", "en", "--json"),
    ]);
    expect(rollup.stderr).toBe("");
    const portfolio = JSON.parse(rollup.stdout) as {
      campaigns: { file: string; errors: number }[];
      unreadable: { file: string; why: string }[];
    };
    const errors = (JSON.parse(checked.stdout) as HealthJson).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(portfolio.campaigns.map((c) => [c.file, c.errors])).toEqual([["edited.xlsx", errors.length]]);
    const refused = await health(badTolerance, "--lang", "en");
    expect(portfolio.unreadable).toEqual([
      { file: badTolerance, why: refused.stderr.replace(`health: ${badTolerance}: `, "").trim() },
    ]);
  }, 60_000);
});

/** The exported workbook with a baselines table, as an approval keeps it, and the approved total named on the budget sheet. */
async function withBaselineTable(bytes: Buffer, baseline: Baseline): Promise<Buffer> {
  const headers = baselineStoreHeaders("en");
  const rows = baselineStoreRows("BudgetLines", baseline, "en");
  const headerRow = BASELINE_STORE_HEADER_ROW;
  const cell = (value: StoreCell): CellContent | null =>
    value === null ? null : typeof value === "string" ? textCell(value) : numberCell(value);
  const plan = buildBaselineSheetPlan("en", "Baselines");
  const cells: PlannedCell[] = [
    ...plan.cells,
    ...headers.map((header, col) => ({ row: headerRow, col, content: textCell(header) })),
    ...rows.flatMap((row, r) =>
      row.flatMap((value, col) => {
        const content = cell(value);
        return content ? [{ row: headerRow + 1 + r, col, content }] : [];
      }),
    ),
  ];
  const table = {
    name: "BudgetBaselines",
    headerRow,
    firstCol: 0,
    columns: headers,
    firstDataRow: headerRow + 1,
    lastDataRow: headerRow + rows.length,
    style: "TableStyleLight1",
  };
  const stored = await writeSheetIntoXlsx(bytes, { ...plan, cells, table }, {});
  // The approved total beside the budget, named as the approval names it.
  const zip = await JSZip.loadAsync(stored);
  const sheet = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(sheet)!.async("string");
  zip.file(
    sheet,
    xml.replace(
      /<row r="2"([^>]*)>([\s\S]*?)<\/row>/,
      (_, attributes: string, row: string) =>
        `<row r="2"${attributes}>${row}<c r="Q2"><v>${baseline.total.toString()}</v></c></row>`,
    ),
  );
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    addDefinedNames(workbookXml, [{ name: "Budget_BaselineTotal", formula: "'Budget'!$Q$2", localSheetId: 0 }]),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("npm run health on a workbook with its approved baselines", () => {
  const work = mkdtempSync(join(tmpdir(), "budget-health-baseline-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  // Approved with one ticket fewer of the first line: the budget saved since has one more.
  const line = budget.lines[0];
  const approvedBudget = {
    ...budget,
    lines: [{ ...line, quantity: line.quantity!.minus(1) }, ...budget.lines.slice(1)],
  };
  const [baseline] = approve(approvedBudget, phasing, "Alex Chen", "2026-04-20", "", []);
  let approved = "";

  beforeAll(async () => {
    approved = join(work, "approved.xlsx");
    writeFileSync(approved, await withBaselineTable(await exportTimeline(work), baseline));
  }, 60_000);

  it("reads the latest baseline from its table: a line changed since, the difference at the approved total", async () => {
    const run = await health(approved, "--lang", "en", "--json");
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as HealthJson;
    const changed = report.findings.filter((f) => f.rule === "changed-since-approval");
    const difference = budgetTotals(budget).total.toDecimalPlaces(2).minus(baseline.total);
    expect(difference.isPositive()).toBe(true);
    expect(changed).toEqual([
      {
        rule: "changed-since-approval",
        severity: "warning",
        category: null,
        cell: "Q2",
        amount: difference.toFixed(),
        message: timelineMessages("en").health.changedSinceApproval(
          1,
          "2026-04-20",
          "Alex Chen",
          1,
          `+${formatMoney(difference, 2)}`,
        ),
      },
    ]);
  }, 60_000);
});
