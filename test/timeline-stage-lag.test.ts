import { describe, expect, it } from "vitest";
import { evenProfiles, type CategoryPhasing } from "../src/model/categoryPhasing";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";

const choice = (stageLag?: number | string): CategoryPhasing => ({
  periods: { unit: "month", first: "2026-05", count: 3 },
  profiles: evenProfiles(),
  ...(stageLag === undefined ? {} : { stageLag }),
});

/** A named cell's value on a sheet of the in-memory workbook. */
function named(workbook: MemoryWorkbook, sheetName: string, name: string) {
  const spreadsheet = workbook.spreadsheet;
  const sheet = spreadsheet.sheetByKey(sheetName)!;
  const ref = spreadsheet.namedCell(sheet, name)!;
  return spreadsheet.cellAt(sheet, ref.row, ref.col).value;
}

/** The discount's plan per period on the phasing sheet (the funnel preset's first line). */
function discountPeriods(workbook: MemoryWorkbook, sheetName: string) {
  const spreadsheet = workbook.spreadsheet;
  const sheet = spreadsheet.sheetByKey(sheetName)!;
  const layout = phasingLayout(20);
  return [0, 1, 2].map((p) => spreadsheet.cellAt(sheet, layout.lines.first, layout.periodCol(p)).value);
}

/** What the planner types in the phasing sheet's Budget_StageLag cell. */
function typeLag(workbook: MemoryWorkbook, sheetName: string, value: number | string) {
  const spreadsheet = workbook.spreadsheet;
  const sheet = spreadsheet.sheetByKey(sheetName)!;
  spreadsheet.setValues(sheet, [{ cell: spreadsheet.namedCell(sheet, "Budget_StageLag")!, value }]);
}

describe("the stage lag of a funnel budget's phasing sheet, through the workbook port", () => {
  it("writes the lag chosen, reads back the lag typed on the sheet and keeps it when the phasing is written again", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign-funnel", lang: "en" });
    const timeline = workbook.timeline!;
    expect(await timeline.savedStageLag(inserted.sheetName)).toBeNull();

    const written = await timeline.writePhasing(inserted.sheetName, choice(1));
    expect(named(workbook, written.sheetName, "Budget_StageLag")).toBe(1);
    expect(await timeline.savedStageLag(inserted.sheetName)).toBe("1");
    // Even months: 667 / 667 / 666 deals without a lag; one month later the third month also keeps its own:
    // 0 / 667 / 1,333 deals × 150.
    expect(discountPeriods(workbook, written.sheetName)).toEqual([0, 100050, 199950]);

    typeLag(workbook, written.sheetName, 2);
    expect(await timeline.savedStageLag(inserted.sheetName)).toBe("2");
    // Recalculation alone: every deal in the last month.
    expect(discountPeriods(workbook, written.sheetName)).toEqual([0, 0, 300000]);
    await timeline.writePhasing(inserted.sheetName, choice());
    expect(named(workbook, written.sheetName, "Budget_StageLag")).toBe(2);
    expect(discountPeriods(workbook, written.sheetName)).toEqual([0, 0, 300000]);

    typeLag(workbook, written.sheetName, "1.5");
    expect(await timeline.savedStageLag(inserted.sheetName)).toBe("1.5");
    await expect(timeline.writePhasing(inserted.sheetName, choice())).rejects.toThrow(
      'The stage lag must be a whole number of periods from 0 to 2, not "1.5".',
    );
    // A lag chosen in the pane replaces the one typed.
    await timeline.writePhasing(inserted.sheetName, choice(0));
    expect(named(workbook, written.sheetName, "Budget_StageLag")).toBe(0);
    expect(discountPeriods(workbook, written.sheetName)).toEqual([100050, 100050, 99900]);
  });

  it("has no lag for a budget without a funnel", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign-timeline", lang: "zh" });
    expect(await workbook.timeline!.savedStageLag(inserted.sheetName)).toBeNull();
  });
});
