import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { phaseBudget } from "../src/model/phasing";
import { presetBudget } from "../src/model/presets";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { a1 } from "../src/sheet/address";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";
import { checkOverTime, findingCell, PeriodFindings } from "../src/taskpane/views/TimelinePeriodFindings";

const choice: CategoryPhasing = { periods: { unit: "month", first: "2026-05", count: 3 }, profiles: evenProfiles() };
const budget = presetBudget("campaign", "en");
const phased = phaseBudget(budget, phasingByCategory(budget, choice));
const layout = phasingLayout(phased.rows.length);

/** The markup as the planner reads it: React's escapes undone. */
const shown = (state: Parameters<typeof PeriodFindings>[0]["state"]) =>
  renderToStaticMarkup(<PeriodFindings state={state} lang="en" onGoToCell={() => undefined} />)
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("the timeline view's findings over time", () => {
  it("show what the phasing sheet's actuals say, with a button to each finding's cell", async () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = await workbook.insert({ preset: "campaign", lang: "en" });
    const written = await workbook.timeline!.writePhasing(sheetName, choice);
    const spreadsheet = workbook.spreadsheet;
    // The first line paid in May 130% of May's whole plan: ahead by more than the 10% tolerance.
    const paid = phased.periodTotals[0].times("1.3").toDecimalPlaces(2);
    spreadsheet.setValues(spreadsheet.sheetByKey(written.sheetName)!, [
      { cell: { row: layout.actuals.first, col: layout.periodCol(0) }, value: paid.toNumber() },
    ]);

    const state = await checkOverTime(workbook.timeline!, sheetName, "en");
    const html = shown(state);
    expect(html).toContain("Health over time");
    expect(html).toContain("Checked against the actuals typed on Phasing,");
    expect(html).toContain("Execution to 2026-05 is 130.0% of plan: ahead by more than the 10% tolerance.");
    expect(html).toContain(`Go to 'Phasing'!${a1(layout.executionRate)}`);
    expect(html).toContain(`Go to 'Phasing'!${a1({ row: layout.actuals.first, col: layout.periodCol(0) })}`);
    expect(html).not.toContain("No findings over time.");
  });

  it("say when the budget has no phasing sheet yet and nothing is found", async () => {
    const workbook = new MemoryWorkbook();
    const { sheetName } = await workbook.insert({ preset: "campaign", lang: "en" });
    const state = await checkOverTime(workbook.timeline!, sheetName, "en");
    expect(state).toEqual({ kind: "checked", findings: [], phasingSheet: null });
    const html = shown(state);
    expect(html).toContain("Write the phasing sheet to check spending per period against its plan.");
    expect(html).toContain("No findings over time.");
  });

  it("say why the read failed, in the planner's words, for a budget sheet that is gone", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insert({ preset: "campaign", lang: "en" });
    const state = await checkOverTime(workbook.timeline!, "Gone", "en");
    expect(state.kind).toBe("failed");
    expect(shown(state)).toContain("Gone");
  });

  it("go to a finding's cell on its own sheet, or on the budget sheet when the cell names none", () => {
    expect(findingCell("'Phasing'!H21", "sheet-1")).toEqual({ sheet: "Phasing", cell: "H21" });
    expect(findingCell("'Q2 ''plan'''!C12", "sheet-1")).toEqual({ sheet: "Q2 'plan'", cell: "C12" });
    expect(findingCell("分期计划!C12", "sheet-1")).toEqual({ sheet: "分期计划", cell: "C12" });
    expect(findingCell("O24", "sheet-1")).toEqual({ sheet: "sheet-1", cell: "O24" });
  });
});
