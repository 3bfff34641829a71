import { afterEach, describe, expect, it, vi } from "vitest";
import { excelTimeline } from "../src/excel/timeline";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { presetBudget, type Budget } from "../src/model";
import { parseA1 } from "../src/sheet/address";
import { buildPhasingPlan } from "../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { cellGrid } from "../src/sheet/grid/cellGrid";
import { readableBudgetSheet } from "./helpers/excelMock";
import { createExcelStandIn, WEB_PAYLOAD_LIMIT } from "./helpers/excelStandIn";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A budget of `count` lines: the campaign preset's lines over and over, each its own item. */
function generatedBudget(count: number): Budget {
  const base = presetBudget("campaign", "zh");
  const lines = Array.from({ length: count }, (_, i) => ({
    ...base.lines[i % base.lines.length],
    item: `明细 ${i + 1}`,
  }));
  return { ...base, lines };
}

function standIn(budget: Budget) {
  const budgetPlan = buildSheetPlan(budget, { lang: "zh", sheetName: "预算表" });
  const excel = createExcelStandIn({
    workbook: {
      sheets: ["预算表"],
      tables: [],
      names: [],
      readable: [readableBudgetSheet(budgetPlan)],
      activeSheet: "预算表",
    },
    excelApi: REQUIRED_EXCEL_API,
  });
  excel.install();
  return { excel, budgetPlan };
}

/** What the requests wrote as formulas on a sheet, cell by cell ("row:col"), the last write winning. */
function writtenFormulas(excel: ReturnType<typeof standIn>["excel"], sheet: string) {
  const cells = new Map<string, unknown>();
  for (const write of excel.writes(sheet)) {
    if (write.property !== "Formulas") continue;
    const origin = parseA1(write.address.split(":")[0]);
    (write.value as unknown[][]).forEach((row, r) =>
      row.forEach((input, c) => cells.set(`${origin.row + r}:${origin.col + c}`, input)),
    );
  }
  return cells;
}

describe("writing the phasing sheet of a large budget in Excel (the client library against the stand-in)", () => {
  it("writes 1,000 lines × 24 months in requests each under 5 MB, every cell of the plan written", async () => {
    const budget = generatedBudget(1000);
    const choice: CategoryPhasing = {
      periods: { unit: "month", first: "2026-01", count: 24 },
      profiles: evenProfiles(),
    };
    const { excel, budgetPlan } = standIn(budget);
    const { sheetName, reportSheetName } = await excelTimeline.writePhasing("预算表", choice);

    expect(excel.library.deniedSets).toEqual([]);
    expect(excel.syncs.map((sync) => sync.error)).toEqual(excel.syncs.map(() => undefined));
    const sizes = excel.syncs.map((sync) => sync.requestBytes);
    for (const bytes of sizes) expect(bytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    // The read, then the sheet in more than one request: the whole grid is larger than one takes.
    const writes = excel.syncs.filter((sync) => sync.requestBytes > 1024 * 1024);
    expect(writes.length).toBeGreaterThan(1);
    const total = writes.reduce((sum, sync) => sum + sync.requestBytes, 0);
    expect(total).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    console.info(
      `phasing sheet, 1,000 lines × 24 months: requests of ${sizes.map((b) => (b / 2 ** 20).toFixed(2)).join(", ")} MB`,
    );

    const plan = buildPhasingPlan(budget, phasingByCategory(budget, choice), budgetPlan, { lang: "zh", sheetName });
    const grid = cellGrid(plan.cells);
    const written = writtenFormulas(excel, sheetName);
    let compared = 0;
    grid.formulas.forEach((row, r) =>
      row.forEach((input, c) => {
        expect(written.get(`${grid.top + r}:${grid.left + c}`), `${r}:${c}`).toBe(input);
        compared++;
      }),
    );
    expect(compared).toBe(grid.formulas.length * grid.formulas[0].length);
    expect(excel.sheetNames()).toEqual(["预算表", sheetName, reportSheetName]);
  }, 120_000);

  it("writes a small budget's phasing sheet in one request after the read", async () => {
    const budget = presetBudget("campaign", "zh");
    const choice: CategoryPhasing = {
      periods: { unit: "month", first: "2026-05", count: 3 },
      profiles: evenProfiles(),
    };
    const { excel } = standIn(budget);
    await excelTimeline.writePhasing("预算表", choice);
    expect(excel.syncs.map((sync) => sync.error)).toEqual([undefined, undefined]);
  });
});
