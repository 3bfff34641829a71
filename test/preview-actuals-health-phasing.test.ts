import { describe, expect, it } from "vitest";
import { workbookOverTime } from "../src/cli/overTimeSheets";
import { actualsFindings, type ActualsFinding } from "../src/model/actualsHealth";
import { evenProfiles } from "../src/model/categoryPhasing";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { parseA1 } from "../src/sheet/address";
import { actualsCells } from "../src/sheet/buildActualsPlan";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { csvBytes } from "./helpers/actualsFiles";
import { asSavedSheets } from "./helpers/savedSheets";

/*
 * The pane's actuals health check, read through the port from the in-memory workbook, against what
 * `npm run health` reads from the same workbook: with a Phasing sheet, the forecast follows its periods.
 */

const TODAY = "2026-06-20";
const OPTIONS = { today: TODAY, staleAfterDays: 30 };

const shown = (findings: readonly ActualsFinding[]) =>
  findings.map((f) => ({ rule: f.rule, cell: f.cell, amount: f.amount.toFixed(2), message: f.message }));

async function campaignWithActuals() {
  const workbook = new MemoryWorkbook();
  const { sheetName } = await workbook.insert({ preset: "campaign-timeline", lang: "en" });
  const timeline = workbook.timeline!;
  const choice = {
    periods: { unit: "month" as const, first: "2026-05", count: 4 },
    profiles: evenProfiles(),
  };
  await timeline.approve(sheetName, { phasing: choice, approver: "Wang", note: "", date: "2026-04-20" });
  const phasing = await timeline.writePhasing(sheetName, choice);
  const spreadsheet = workbook.spreadsheet;
  const read = spreadsheet.read(spreadsheet.sheetByKey(sheetName)!);
  if (read.kind !== "budget") throw new Error("not a budget");
  const checked = readBudgetSheet(read.snapshot);
  const item = (i: number) => checked.budget.lines[i].item;
  // May elapsed: a line paid far below May's plan, one committed far over its plan, a row of no line.
  const bytes = csvBytes(
    [
      ["Reference", "Date", "Item", "Amount", "Status"],
      ["R1", "2026-05-10", item(0), "10.00", "paid"],
      ["R2", "2026-05-12", item(1), "900000.55", "committed"],
      ["R3", "2026-05-15", "Mystery invoice", "1234.56", "paid"],
    ],
    ",",
    "utf-8",
  );
  const written = await workbook.actuals!.write(sheetName, { fileName: "export.csv", bytes });
  expect(written).toMatchObject({ matched: 2, unmatched: 1 });
  return { workbook, sheetName, phasingSheet: phasing.sheetName, checked };
}

async function commandLineFindings(workbook: MemoryWorkbook, sheetName: string) {
  const spreadsheet = workbook.spreadsheet;
  const read = spreadsheet.read(spreadsheet.sheetByKey(sheetName)!);
  if (read.kind !== "budget") throw new Error("not a budget");
  const checked = readBudgetSheet(read.snapshot);
  const overTime = await workbookOverTime(asSavedSheets(spreadsheet), read.snapshot, checked, OPTIONS);
  return actualsFindings(overTime.actuals!.input);
}

describe("the pane's actuals health check with a Phasing sheet", () => {
  it("finds what npm run health finds in the same workbook: the forecast with the phasing sheet's periods, cell for cell", async () => {
    const { workbook, sheetName, phasingSheet } = await campaignWithActuals();
    const pane = await workbook.actuals!.health(sheetName, OPTIONS);
    const paneFindings = actualsFindings(pane!.input);
    const cli = await commandLineFindings(workbook, sheetName);

    expect(shown(paneFindings)).toEqual(shown(cli));
    expect(new Set(paneFindings.map((f) => f.rule))).toEqual(
      new Set([
        "forecast-over-baseline",
        "forecast-over-cap",
        "committed-over-plan",
        "unmatched-actuals",
        "actuals-stale",
      ]),
    );
    // The forecast has the phasing sheet's periods, May elapsed: the first line's 10.00 paid in May
    // and its plan of June to August still to come, not its whole plan.
    const forecast = pane!.input.forecast;
    expect(forecast.currentPeriod).toBe(1);
    const first = forecast.rows[0];
    expect(first.periods).toHaveLength(4);
    const later = first.periods
      .slice(1)
      .reduce((total, period) => total.plus(period.plan), first.actual.minus(first.actual));
    expect(first.forecast.toFixed(2)).toBe(later.plus("10.00").toFixed(2));
    expect(first.forecast.lessThan(first.plan)).toBe(true);
    // Each line's finding points at its figure on the Actuals sheet, as the command line's do.
    const committed = paneFindings.find((f) => f.rule === "committed-over-plan")!;
    expect(committed.cell).toMatch(/^'Actuals'!/);
    expect(phasingSheet).toBe("Phasing");
  });

  it("points no line's finding at the Actuals sheet once its lines are not the budget's, as npm run health does", async () => {
    const { workbook, sheetName } = await campaignWithActuals();
    const spreadsheet = workbook.spreadsheet;
    const actuals = spreadsheet.sheetByKey("Actuals")!;
    // The planner typed over the first line's name in the by-line block.
    spreadsheet.setValues(actuals, [{ cell: parseA1(actualsCells.line(0, "line")), value: "Renamed" }]);
    const pane = await workbook.actuals!.health(sheetName, OPTIONS);
    const paneFindings = actualsFindings(pane!.input);
    expect(shown(paneFindings)).toEqual(shown(await commandLineFindings(workbook, sheetName)));
    const committed = paneFindings.find((f) => f.rule === "committed-over-plan")!;
    expect(committed.cell).toBeUndefined();
    expect(committed.amount.greaterThan(0)).toBe(true);
  });
});
