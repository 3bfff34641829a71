import { afterEach, describe, expect, it, vi } from "vitest";
import { insertBudgetSheet } from "../src/excel/insertBudgetSheet";
import { PRESET_IDS } from "../src/model/presets";
import { presetBudget } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { missingDecorationsNote } from "../src/workbook/insertMessages";
import { WorkbookError } from "../src/workbook/workbookError";
import { createExcelMock, installExcelMock, officeError, type ExcelMockOptions } from "./helpers/excelMock";

/**
 * Decorations (charts, page layout, frozen rows) come after the content and never cost it; a sheet
 * someone else adds meanwhile is never taken for one of ours. Excel here is office-addin-mock with the
 * fakes of excelMock: a refused command stops its batch, the commands before it applied.
 */

const WORKBOOK = { sheets: ["预算表", "Sheet1"], tables: ["BudgetLines"], names: ["Budget_Total"] };
const CROWDED = { sheets: ["预算表", "情景分析", "方案对比", "Sheet1"], tables: ["BudgetLines"], names: [] };

function setUp(options: ExcelMockOptions) {
  const mock = createExcelMock(options);
  installExcelMock(mock);
  const sync = vi.spyOn(mock.context, "sync");
  return { mock, sync };
}

const refused = (pattern: RegExp) => (entry: string) =>
  pattern.test(entry) ? officeError("InvalidArgument", "The argument is invalid or missing.") : undefined;

async function insertionError(promise: Promise<unknown>): Promise<WorkbookError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("a decoration Excel refuses", () => {
  it("a refused page layout leaves the sheet, its table, names and formulas, and is listed in the result", async () => {
    const { mock } = setUp({ workbook: WORKBOOK, refuse: refused(/: pageLayout\.zoom /) });
    const result = await insertBudgetSheet({ preset: "campaign", lang: "zh" });

    expect(result).toEqual({
      sheetName: "预算表 (2)",
      tableName: "BudgetLines2",
      total: "1294596",
      missingDecorations: [{ kind: "page-layout", sheetName: "预算表 (2)" }],
    });
    const [sheet] = mock.addedSheets;
    expect(sheet.deleted).toBe(false);
    expect(sheet.name).toBe("预算表 (2)");
    expect(sheet.addedTables).toEqual([
      { address: "A4:L23", hasHeaders: true, name: "BudgetLines2", style: "TableStyleMedium2" },
    ]);
    expect(sheet.addedNames).toHaveLength(38);
    const plan = buildSheetPlan(presetBudget("campaign", "zh"), {
      lang: "zh",
      sheetName: "预算表 (2)",
      tableName: "BudgetLines2",
    });
    const [grid] = sheet.ranges.filter((range) => range.formulas !== undefined).map((range) => range.formulas!);
    for (const cell of plan.cells.filter((c) => c.content.kind === "formula")) {
      expect(grid[cell.row][cell.col]).toBe(cell.content.kind === "formula" && cell.content.formula);
    }
    // The other decoration went in, tried again on its own.
    expect(sheet.frozenRows).toBe(4);
    expect(mock.log.filter((entry) => entry.endsWith(": delete"))).toEqual([]);
  });

  it("a refused chart leaves every sheet and the plans' table, the other charts drawn once", async () => {
    const { mock } = setUp({ workbook: CROWDED, refuse: refused(/: charts\.add ColumnClustered /) });
    const result = await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });

    expect(result.missingDecorations).toEqual([
      { kind: "chart", sheetName: "情景分析 (2)", title: "各情景 ROI（按毛利）" },
    ]);
    expect(mock.addedSheets.map((sheet) => [sheet.name, sheet.deleted])).toEqual([
      ["预算表 (2)", false],
      ["情景分析 (2)", false],
      ["方案对比 (2)", false],
    ]);
    const [budget, scenarios, plans] = mock.addedSheets;
    expect(budget.addedTables.map((table) => table.name)).toEqual(["BudgetLines2"]);
    expect(plans.addedTables.map((table) => table.name)).toEqual(["BudgetPlans"]);
    expect(budget.addedCharts.map((chart) => [chart.type, chart.name])).toEqual([
      ["BarClustered", "分类占比与建议范围"],
      ["Funnel", "漏斗：各环节所需人数"],
    ]);
    expect(scenarios.addedCharts).toEqual([]);
    for (const sheet of mock.addedSheets)
      expect(sheet.pageLayout.zoom, sheet.name).toEqual({ horizontalFitToPages: 1 });
  });

  it("a funnel chart Excel refuses is drawn as its clustered bar fallback, nothing missing", async () => {
    const { mock } = setUp({ workbook: CROWDED, refuse: refused(/: charts\.add Funnel /) });
    const result = await insertBudgetSheet({ preset: "campaign-funnel", lang: "en" });

    expect(result.missingDecorations).toBeUndefined();
    const funnel = mock.addedSheets[0].addedCharts.find(
      (chart) => chart.name === "Funnel: people needed at each stage",
    );
    expect(funnel?.type).toBe("BarClustered");
    expect(funnel?.axes.categoryAxis.reversePlotOrder).toBe(true);
    expect(mock.addedSheets[0].addedCharts).toHaveLength(2);
  });

  it("a chart whose placing fails is taken away whole, not left half drawn", async () => {
    const { mock } = setUp({ workbook: CROWDED, refuse: refused(/: chart setPosition W26:AE44$/) });
    const result = await insertBudgetSheet({ preset: "campaign-funnel", lang: "en" });

    expect(result.missingDecorations).toEqual([
      { kind: "chart", sheetName: "Budget", title: "Funnel: people needed at each stage" },
    ]);
    expect(mock.addedSheets[0].addedCharts.map((chart) => chart.name)).toEqual([
      "Category shares against recommended ranges",
    ]);
    expect(mock.addedSheets.every((sheet) => !sheet.deleted)).toBe(true);
  });
});

describe("the pane's note", () => {
  it("names what was not applied in one line, in both languages, and says nothing when all was", () => {
    const result = {
      sheetName: "Budget",
      tableName: "BudgetLines",
      total: "1",
      missingDecorations: [
        { kind: "chart" as const, sheetName: "Budget", title: "Funnel: people needed at each stage" },
        { kind: "page-layout" as const, sheetName: "Scenarios" },
      ],
    };
    expect(missingDecorationsNote(result, "en")).toBe(
      'Excel did not take the chart "Funnel: people needed at each stage" on "Budget"; the print layout of ' +
        '"Scenarios". The figures, formulas and table are complete without them.',
    );
    expect(missingDecorationsNote(result, "zh")).toBe(
      "Excel 未能应用“Budget”中的图表“Funnel: people needed at each stage”；“Scenarios”的打印设置。数据、公式和表格完整，不受影响。",
    );
    expect(missingDecorationsNote({ ...result, missingDecorations: undefined }, "en")).toBeNull();
  });
});

describe("a sheet someone else adds between the read and the write", () => {
  it("is never deleted: the insertion fails cleanly and takes away only its own sheet", async () => {
    const { mock } = setUp({ workbook: WORKBOOK, addedMeanwhile: [{ afterSync: 1, sheet: "预算表 (2)" }] });
    const error = await insertionError(insertBudgetSheet({ preset: "campaign", lang: "zh" }));

    expect(error.message).toContain("a sheet, table or name with the same name already exists");
    expect(error.message).toContain("Nothing was changed.");
    expect(mock.existingSheet("预算表 (2)")?.deleted).toBe(false);
    expect(mock.addedSheets).toHaveLength(1);
    expect(mock.addedSheets[0].deleted).toBe(true);
    expect(mock.addedSheets[0].name).toMatch(/^~budget-/);
    expect(mock.log.filter((entry) => entry.endsWith(": delete"))).toEqual([`${mock.addedSheets[0].name}: delete`]);
  });

  it("a companion's name taken meanwhile: all three of ours go, the other sheet stays", async () => {
    const { mock } = setUp({ workbook: CROWDED, addedMeanwhile: [{ afterSync: 1, sheet: "情景分析 (2)" }] });
    await insertionError(insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" }));

    expect(mock.existingSheet("情景分析 (2)")?.deleted).toBe(false);
    expect(mock.addedSheets.map((sheet) => sheet.deleted)).toEqual([true, true, true]);
    expect(mock.log.filter((entry) => entry.endsWith(": delete"))).toHaveLength(3);
    expect(mock.log).not.toContain("情景分析 (2): delete");
  });
});

describe("round trips", () => {
  for (const preset of PRESET_IDS) {
    it(`${preset}: three syncs — the read with the sheets added, the content, the decorations`, async () => {
      const { sync } = setUp({ workbook: CROWDED });
      const result = await insertBudgetSheet({ preset, lang: "zh" });
      expect(sync).toHaveBeenCalledTimes(3);
      expect(result.missingDecorations).toBeUndefined();
    });
  }
});
