import { describe, expect, it } from "vitest";
import { workbookOverTime } from "../src/cli/overTimeSheets";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { Decimal } from "../src/model/decimal";
import type { Finding } from "../src/model/health";
import { phaseBudget } from "../src/model/phasing";
import { presetBudget } from "../src/model/presets";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { a1 } from "../src/sheet/address";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { sheetHealth } from "../src/sheet/sheetHealth";
import { paneOverTimeFindings } from "../src/workbook/overTime";
import { WorkbookError } from "../src/workbook/workbookError";
import { asSavedSheets } from "./helpers/savedSheets";

/*
 * The pane's findings over time, read through the port from the in-memory workbook, against what
 * `npm run health` finds in the same workbook: the same rules, cells and amounts.
 */

const choice: CategoryPhasing = { periods: { unit: "month", first: "2026-05", count: 3 }, profiles: evenProfiles() };
const OVER_TIME_RULES = new Set([
  "changed-since-approval",
  "outside-span",
  "period-over-plan",
  "execution-behind",
  "execution-ahead",
]);

const figures = (findings: readonly Finding[]) =>
  findings.map((f) => ({ rule: f.rule, severity: f.severity, cell: f.cell, amount: f.amount?.toFixed(2) }));

describe("the pane's findings over time", () => {
  it("are the findings npm run health reports for the same workbook: spend outside the campaign, a period over plan, execution ahead", async () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = await workbook.insert({ preset: "campaign", lang: "en" });
    const timeline = workbook.timeline!;
    await timeline.approve(sheetName, { phasing: choice, approver: "Wang", note: "", date: "2026-04-20" });
    const written = await timeline.writePhasing(sheetName, choice);

    const budget = presetBudget("campaign", "en");
    const phased = phaseBudget(budget, phasingByCategory(budget, choice));
    const layout = phasingLayout(phased.rows.length);
    const spreadsheet = workbook.spreadsheet;
    const phasingSheet = spreadsheet.sheetByKey(written.sheetName)!;
    // The campaign ends in June; the first line is paid in May 120% of May's whole plan (20% ahead
    // with a 5% tolerance), and 500 in July.
    const mayPlan = phased.rows[0].periods[0];
    const paidInMay = phased.periodTotals[0].times("1.2").toDecimalPlaces(2);
    spreadsheet.setValues(phasingSheet, [
      { cell: layout.campaignLast, value: 2 },
      { cell: layout.executionTolerance, value: 0.05 },
      { cell: { row: layout.actuals.first, col: layout.periodCol(0) }, value: paidInMay.toNumber() },
      { cell: { row: layout.actuals.first, col: layout.periodCol(2) }, value: 500 },
    ]);

    const pane = await timeline.overTimeFindings(sheetName);

    const snapshot = (() => {
      const read = spreadsheet.read(spreadsheet.sheetByKey(sheetName)!);
      if (read.kind !== "budget") throw new Error("not a budget");
      return read.snapshot;
    })();
    const checked = readBudgetSheet(snapshot);
    const overTime = await workbookOverTime(
      asSavedSheets(spreadsheet),
      snapshot,
      checked,
      { today: "2026-05-20", staleAfterDays: 30 },
      { actuals: null },
    );
    const cli = sheetHealth(snapshot, overTime, checked).findings.filter((f) => OVER_TIME_RULES.has(f.rule));

    expect(pane.phasingSheet).toBe(written.sheetName);
    expect(figures(pane.findings)).toEqual(figures(cli));
    expect(pane.findings.map((f) => f.message.en)).toEqual(cli.map((f) => f.message.en));

    const on = (row: { first: number }, r: number, p: number) =>
      `'${written.sheetName}'!${a1({ row: row.first + r, col: layout.periodCol(p) })}`;
    const planToDate = phased.periodTotals[0];
    // In the model's order: row by row, period by period; then execution to date.
    const rowFindings = phased.rows.flatMap((row, r) => {
      const julyActual = r === 0 ? new Decimal(500) : new Decimal(0);
      const july = Decimal.max(row.periods[2].abs(), julyActual);
      return [
        ...(r === 0
          ? [
              {
                rule: "period-over-plan",
                severity: "warning",
                cell: on(layout.actuals, 0, 0),
                amount: paidInMay.minus(mayPlan).toFixed(2),
              },
            ]
          : []),
        ...(july.isZero()
          ? []
          : [
              {
                rule: "outside-span",
                severity: "warning",
                cell: r === 0 ? on(layout.actuals, 0, 2) : on(layout.lines, r, 2),
                amount: july.toFixed(2),
              },
            ]),
      ];
    });
    expect(phased.rows[0].periods[2].greaterThan(500)).toBe(true);
    expect(figures(pane.findings)).toEqual([
      ...rowFindings,
      {
        rule: "execution-ahead",
        severity: "warning",
        cell: `'${written.sheetName}'!${a1(layout.executionRate)}`,
        amount: paidInMay.minus(planToDate).toFixed(2),
      },
    ]);
  });

  it("refuse a tolerance the rules cannot use, naming its cell as npm run health does", async () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = await workbook.insert({ preset: "campaign", lang: "en" });
    const written = await workbook.timeline!.writePhasing(sheetName, choice);
    const budget = presetBudget("campaign", "en");
    const layout = phasingLayout(budget.lines.length + 1);
    const spreadsheet = workbook.spreadsheet;
    spreadsheet.setValues(spreadsheet.sheetByKey(written.sheetName)!, [
      { cell: layout.executionTolerance, value: 1.5 },
    ]);
    const refused = await workbook.timeline!.overTimeFindings(sheetName).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WorkbookError);
    expect((refused as WorkbookError).text.en).toBe(
      `Execution tolerance (±) on the Phasing sheet ('Phasing'!${a1(layout.executionTolerance)}) is "150%". ` +
        "The tolerance must be a percentage from 0% to 100%.",
    );
  });

  it("name no phasing sheet when the one found does not phase the budget's lines", async () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = await workbook.insert({ preset: "campaign", lang: "en" });
    const read = workbook.spreadsheet.read(workbook.spreadsheet.sheetByKey(sheetName)!);
    if (read.kind !== "budget") throw new Error("not a budget");
    const checked = readBudgetSheet(read.snapshot);
    const blank = { sheetName: "Phasing", values: [[null]] };
    expect(paneOverTimeFindings(checked, "en", { baseline: undefined, phasingSheet: blank })).toEqual({
      findings: [],
      phasingSheet: null,
    });
  });
});
