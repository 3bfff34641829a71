import { afterEach, describe, expect, it, vi } from "vitest";
import { excelTimeline } from "../src/excel/timeline";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { presetBudget, type Budget } from "../src/model";
import { parseA1 } from "../src/sheet/address";
import { buildPhasingPlan } from "../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { cellGrid } from "../src/sheet/grid/cellGrid";
import { readableBudgetSheet, readablePlainSheet } from "./helpers/excelMock";
import { excelActuals } from "../src/excel/actuals";
import { csvBytes } from "./helpers/actualsFiles";
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

  it("an import of actuals into the phased 1,000-line budget points every counted cell at the table, in requests under 5 MB", async () => {
    const budget = generatedBudget(1000);
    const choice: CategoryPhasing = {
      periods: { unit: "month", first: "2026-01", count: 24 },
      profiles: evenProfiles(),
    };
    const budgetPlan = buildSheetPlan(budget, { lang: "zh", sheetName: "预算表" });
    const phasing = buildPhasingPlan(budget, phasingByCategory(budget, choice), budgetPlan, {
      lang: "zh",
      sheetName: "分期计划",
    });
    const excel = createExcelStandIn({
      workbook: {
        sheets: ["预算表", "分期计划"],
        tables: [],
        names: [],
        // The phasing sheet's settings, which the import reads (the stand-in holds no grid this large).
        readable: [
          readableBudgetSheet(budgetPlan),
          readablePlainSheet({ ...phasing, cells: phasing.cells.filter((cell) => cell.row < 15) }),
        ],
        activeSheet: "预算表",
      },
      excelApi: REQUIRED_EXCEL_API,
    });
    excel.install();
    const file = csvBytes(
      [
        ["日期", "金额", "明细项", "单号", "状态"],
        ["2026-03-03", "1,234.56", "明细 7", "BX-1", "已支付"],
      ],
      ",",
      "utf-8",
    );
    const result = await excelActuals.write("预算表", { fileName: "报销.csv", bytes: file });
    expect(excel.syncs.map((sync) => sync.error)).toEqual(excel.syncs.map(() => undefined));
    for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(result.syncs).toBeGreaterThan(1);
    const written = [...writtenFormulas(excel, "分期计划").values()].map(String);
    expect(written.filter((f) => f.includes("COUNTIFS(Actuals[")).length).toBe(1001 * 24);
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
