import { afterEach, describe, expect, it, vi } from "vitest";
import { insertBudgetSheet } from "../src/excel/insertBudgetSheet";
import { excelDrawsFunnelCharts } from "../src/excel/requirements";
import { budgetTotals, planFigures, presetBudget, presetPlans } from "../src/model";
import { createExcelMock, installExcelMock, officeError, type FakeWorksheet } from "./helpers/excelMock";
import { WorkbookError } from "../src/workbook/workbookError";
import { readPlanStore } from "../src/workbook/planStore";

/** Whether the host draws funnel charts, when a test says; the requirement set's answer otherwise. */
const host = vi.hoisted(() => ({ funnelCharts: undefined as boolean | undefined }));
vi.mock("../src/excel/requirements", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../src/excel/requirements")>();
  return { ...actual, excelDrawsFunnelCharts: () => host.funnelCharts ?? actual.excelDrawsFunnelCharts() };
});

const CROWDED = {
  sheets: ["预算表", "情景分析", "方案对比", "Sheet1"],
  tables: ["BudgetLines", "BudgetPlans"],
  names: ["Budget_Total"],
};

function setUp(options: Parameters<typeof createExcelMock>[0] = { workbook: CROWDED }) {
  const mock = createExcelMock(options);
  installExcelMock(mock);
  const sync = vi.spyOn(mock.context, "sync");
  return { mock, sync };
}

function sheetNamed(sheets: FakeWorksheet[], name: string): FakeWorksheet {
  const sheet = sheets.find((candidate) => candidate.name === name);
  expect(sheet, name).toBeDefined();
  return sheet!;
}

/** The one formulas grid written on a sheet over the range that starts at `topLeft`. */
function writtenAt(sheet: FakeWorksheet, topLeft: string): unknown[][] {
  const range = sheet.ranges.find((r) => r.formulas !== undefined && r.address.startsWith(`${topLeft}:`));
  expect(range, topLeft).toBeDefined();
  return range!.formulas!;
}

async function insertionError(promise: Promise<unknown>): Promise<WorkbookError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

afterEach(() => {
  host.funnelCharts = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("inserting the funnel-driven campaign", () => {
  it("talks to Excel in exactly three syncs: the read with the three sheets added, their content, the decorations", async () => {
    const { mock, sync } = setUp();
    await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(mock.log.slice(0, 4).map((entry) => entry.replace(/~budget-\w+-/, "~budget-…-"))).toEqual([
      "worksheets.add ~budget-…-1",
      "worksheets.add ~budget-…-2",
      "worksheets.add ~budget-…-3",
      "sync",
    ]);
    expect(mock.log.lastIndexOf("sync")).toBe(mock.log.length - 1);
    expect(mock.log.filter((entry) => entry === "sync")).toHaveLength(3);
  });

  it('adds the budget, scenarios and plans sheets under free names, "(2)" where the base is taken', async () => {
    const { mock } = setUp();
    const result = await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });
    expect(mock.addedSheets.map((sheet) => sheet.name)).toEqual(["预算表 (2)", "情景分析 (2)", "方案对比 (2)"]);
    expect(result).toEqual({
      sheetName: "预算表 (2)",
      tableName: "BudgetLines2",
      total: budgetTotals(presetBudget("campaign-funnel", "zh")).total.toString(),
      scenariosSheetName: "情景分析 (2)",
      plansSheetName: "方案对比 (2)",
    });
    expect(mock.addedSheets.every((sheet) => !sheet.deleted)).toBe(true);
  });

  it("takes the base names in an empty workbook, in English too", async () => {
    const { mock } = setUp({ workbook: { sheets: ["Sheet1"], tables: [], names: [] } });
    const result = await insertBudgetSheet({ preset: "campaign-funnel", lang: "en" });
    expect(mock.addedSheets.map((sheet) => sheet.name)).toEqual(["Budget", "Scenarios", "Plans"]);
    expect(result).toMatchObject({ sheetName: "Budget", scenariosSheetName: "Scenarios", plansSheetName: "Plans" });
  });

  it("builds the scenarios on the budget sheet's final name", async () => {
    const { mock } = setUp();
    await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });
    const grid = writtenAt(sheetNamed(mock.addedSheets, "情景分析 (2)"), "A1");
    const formulas = grid.flat().filter((value): value is string => typeof value === "string" && value.startsWith("="));
    const crossSheet = formulas.filter((formula) => formula.includes("!"));
    expect(crossSheet.length).toBeGreaterThan(20);
    expect(crossSheet.every((formula) => formula.includes("'预算表 (2)'!"))).toBe(true);
    expect(formulas.some((formula) => formula.includes("'预算表'!"))).toBe(false);
  });

  it("touches only the sheets it adds, and leaves the budget sheet active", async () => {
    const { mock } = setUp();
    await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });
    const added = ["预算表 (2)", "情景分析 (2)", "方案对比 (2)"];
    const ours = (entry: string) =>
      /^(worksheets\.add )?~budget-\w+-\d(: |$)/.test(entry) || /^worksheets\.getItem \{added-\d\}$/.test(entry);
    const others = mock.log.filter(
      (entry) => entry !== "sync" && !ours(entry) && !added.some((name) => entry.startsWith(`${name}: `)),
    );
    expect(others).toEqual(["suspendApiCalculationUntilNextSync"]);
    expect(mock.log.filter((entry) => entry.endsWith(": activate"))).toEqual(["预算表 (2): activate"]);
  });

  it("draws each sheet's charts once the content is in, in the third sync", async () => {
    const { mock } = setUp();
    await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });
    const firstSync = mock.log.indexOf("sync");
    const secondSync = mock.log.indexOf("sync", firstSync + 1);
    const thirdSync = mock.log.indexOf("sync", secondSync + 1);
    const chartCalls = mock.log.flatMap((entry, index) => (entry.includes(": charts.add ") ? [index] : []));
    expect(chartCalls).toHaveLength(3);
    expect(chartCalls.every((index) => index > secondSync && index < thirdSync)).toBe(true);
    expect(mock.log.filter((entry) => entry.includes(": charts.add "))).toEqual([
      "预算表 (2): charts.add BarClustered $R$5:$R$11",
      "预算表 (2): charts.add Funnel $R$31:$R$36",
      "情景分析 (2): charts.add ColumnClustered $B$34:$D$34",
    ]);
    // Each chart is drawn after the cells it reads are written.
    const budgetCells = mock.log.findIndex((entry) => entry.startsWith("预算表 (2): formulas A1:"));
    expect(budgetCells).toBeGreaterThan(-1);
    expect(budgetCells).toBeLessThan(chartCalls[0]);
  });

  it("gives each chart its series, categories, title and place", async () => {
    const { mock } = setUp();
    await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });
    const [shares, funnel] = sheetNamed(mock.addedSheets, "预算表 (2)").addedCharts;
    expect(shares.seriesBy).toBe("Columns");
    expect(shares.title.text).toBe("分类占比与建议范围");
    expect(shares.addedSeries).toEqual([
      { name: "占比", values: "$R$5:$R$11", categories: "$P$5:$P$11" },
      { name: "建议下限", values: "$S$5:$S$11", categories: "$P$5:$P$11" },
      { name: "建议上限", values: "$T$5:$T$11", categories: "$P$5:$P$11" },
    ]);
    expect(shares.legend.visible).toBe(true);
    expect(shares.axes.categoryAxis.reversePlotOrder).toBe(true);
    expect(shares.position).toEqual({ from: "W3", to: "AE21" });

    expect(funnel.type).toBe("Funnel");
    expect(funnel.title.text).toBe("漏斗：各环节所需人数");
    expect(funnel.addedSeries).toEqual([{ name: "所需人数", values: "$R$31:$R$36", categories: "$P$31:$P$36" }]);
    expect(funnel.legend.visible).toBe(false);
    expect(funnel.axes.categoryAxis.reversePlotOrder).toBeUndefined();
    expect(funnel.position).toEqual({ from: "W26", to: "AE44" });

    const [roi] = sheetNamed(mock.addedSheets, "情景分析 (2)").addedCharts;
    expect(roi.type).toBe("ColumnClustered");
    expect(roi.addedSeries).toEqual([{ name: "ROI（按毛利）", values: "$B$34:$D$34", categories: "$B$4:$D$4" }]);
    expect(sheetNamed(mock.addedSheets, "方案对比 (2)").addedCharts).toEqual([]);
  });

  it("draws the funnel as a clustered bar, pool at the top, where Excel has no funnel chart", async () => {
    host.funnelCharts = false;
    const { mock } = setUp();
    await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });
    const [, funnel] = sheetNamed(mock.addedSheets, "预算表 (2)").addedCharts;
    expect(funnel.type).toBe("BarClustered");
    expect(funnel.axes.categoryAxis.reversePlotOrder).toBe(true);
    expect(funnel.addedSeries).toEqual([{ name: "所需人数", values: "$R$31:$R$36", categories: "$P$31:$P$36" }]);
  });

  it("keeps the preset's four plans on the plans sheet, in a table that reads back as the same plans", async () => {
    const { mock } = setUp();
    await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });
    const plansSheet = sheetNamed(mock.addedSheets, "方案对比 (2)");
    expect(plansSheet.addedTables).toHaveLength(1);
    const [store] = plansSheet.addedTables;
    // BudgetPlans is taken by a table of the workbook.
    expect(store).toMatchObject({ hasHeaders: true, name: "BudgetPlans2", style: "TableStyleLight1" });
    const body = store.address.replace(/^A(\d+)/, (_, row: string) => `A${Number(row) + 1}`);
    const rows = plansSheet
      .rangesAt(body)[0]
      .formulas!.map((row) =>
        row.map((value) => (value === "" ? null : typeof value === "string" ? value.replace(/^'/, "") : value)),
      ) as (string | number | null)[][];
    const stored = readPlanStore(rows);
    const expected = presetPlans("campaign-funnel", "zh");
    expect(stored.budgetTable).toBe("BudgetLines2");
    expect(stored.plans.map((plan) => plan.name)).toEqual(["保守", "标准", "激进", "优化"]);
    stored.plans.forEach((plan, index) => {
      const [read, model] = [planFigures(plan), planFigures(expected[index])];
      expect(read.total.toString()).toBe(model.total.toString());
      expect(read.roi?.toString()).toBe(model.roi?.toString());
      expect(plan.budget.funnel?.targetDeals.toString()).toBe(expected[index].budget.funnel?.targetDeals.toString());
    });
  });

  it("removes every sheet it added when the write fails, and says nothing changed", async () => {
    const { mock, sync } = setUp({
      workbook: CROWDED,
      failingSyncs: { 2: officeError("AccessDenied", "Access denied. You do not have permission.") },
    });
    const error = await insertionError(insertBudgetSheet({ preset: "campaign-funnel", lang: "en" }));
    expect(error.message).toContain("Nothing was changed.");
    expect(mock.addedSheets.map((sheet) => [sheet.name, sheet.deleted])).toEqual([
      ["Budget", true],
      ["Scenarios", true],
      ["Plans", true],
    ]);
    const afterFailure = mock.log.slice(mock.log.indexOf("sync", mock.log.indexOf("sync") + 1) + 1);
    expect(afterFailure).toEqual([
      "worksheets.getItemOrNullObject {added-1}",
      "worksheets.getItemOrNullObject {added-2}",
      "worksheets.getItemOrNullObject {added-3}",
      "sync",
      "Budget: delete",
      "Scenarios: delete",
      "Plans: delete",
      "sync",
    ]);
    expect(sync).toHaveBeenCalledTimes(4);
  });

  it("names every sheet that may remain when removing them fails too", async () => {
    setUp({
      workbook: CROWDED,
      failingSyncs: {
        2: officeError("GeneralException", "An internal error has occurred."),
        3: officeError("GeneralException", "An internal error has occurred."),
      },
    });
    const error = await insertionError(insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" }));
    expect(error.message).toContain('Partly built sheets "预算表 (2)", "情景分析 (2)", "方案对比 (2)" may remain');
    expect(error.text.zh).toContain("“预算表 (2)”、“情景分析 (2)”、“方案对比 (2)”");
  });
});

describe("a budget without a funnel", () => {
  it("inserts its budget sheet alone, without charts or companions", async () => {
    const { mock } = setUp();
    const result = await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    expect(result).toEqual({ sheetName: "预算表 (2)", tableName: "BudgetLines2", total: "1294596" });
    expect(mock.addedSheets.map((sheet) => sheet.name)).toEqual(["预算表 (2)"]);
    expect(mock.addedSheets[0].addedCharts).toEqual([]);
  });
});

describe("excelDrawsFunnelCharts", () => {
  it("asks for ExcelApi 1.9, the set whose ChartType has Funnel", async () => {
    const { excelDrawsFunnelCharts: drawsFunnels } =
      await vi.importActual<typeof import("../src/excel/requirements")>("../src/excel/requirements");
    const older = createExcelMock({ workbook: { sheets: [], tables: [], names: [] }, excelApi: "1.8" });
    installExcelMock(older);
    expect(drawsFunnels()).toBe(false);
    expect(older.isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.9");
    installExcelMock(createExcelMock({ workbook: { sheets: [], tables: [], names: [] }, excelApi: "1.9" }));
    expect(drawsFunnels()).toBe(true);
    vi.stubGlobal("Office", undefined);
    expect(drawsFunnels()).toBe(false);
    // The module the insertion imports is the same function unless a test says otherwise.
    installExcelMock(createExcelMock({ workbook: { sheets: [], tables: [], names: [] }, excelApi: "1.9" }));
    expect(excelDrawsFunnelCharts()).toBe(true);
  });
});
