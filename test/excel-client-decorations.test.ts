import { afterEach, describe, expect, it, vi } from "vitest";
import { insertBudgetSheet } from "../src/excel/insertBudgetSheet";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { WorkbookError } from "../src/workbook/workbookError";
import { createExcelStandIn, type StandInOptions } from "./helpers/excelStandIn";

/**
 * Decorations after the content, and sheets told apart by id, through Excel's client library: each
 * request is answered by the stand-in's workbook, which stops a batch at the call it refuses.
 */

afterEach(() => {
  vi.unstubAllGlobals();
});

const WORKBOOK = { sheets: ["预算表", "Sheet1"], tables: ["BudgetLines"], names: [] };

function standIn(options: Partial<StandInOptions> = {}) {
  const excel = createExcelStandIn({ workbook: WORKBOOK, excelApi: REQUIRED_EXCEL_API, ...options });
  excel.install();
  return excel;
}

/** The formulas written to a sheet's ranges, by address. */
function formulasWritten(excel: ReturnType<typeof standIn>, sheet: string): string[] {
  return excel
    .writes(sheet)
    .filter((write) => write.property === "Formulas")
    .map((write) => write.address);
}

describe("a decoration Excel refuses, through the client library", () => {
  it("a refused page layout keeps the sheet, its table and formulas; the result lists it", async () => {
    const excel = standIn({ refuse: (member) => member === "PageLayout.SetPrintArea" });
    const result = await insertBudgetSheet({ preset: "campaign", lang: "zh" });

    expect(result.missingDecorations).toEqual([{ kind: "page-layout", sheetName: "预算表 (2)" }]);
    expect(excel.sheetNames()).toEqual(["预算表", "Sheet1", "预算表 (2)"]);
    expect(excel.tableNames().sort()).toEqual(["BudgetLines", "BudgetLines2"]);
    expect(formulasWritten(excel, "预算表 (2)")).toContain("A1:S23");
  });

  it("a refused chart keeps all three sheets and both tables; the other charts are drawn once", async () => {
    const excel = standIn({
      refuse: (member, args) => member === "ChartCollection.Add" && args[0] === "ColumnClustered",
    });
    const result = await insertBudgetSheet({ preset: "campaign-funnel", lang: "en" });

    expect(result.missingDecorations).toEqual([
      { kind: "chart", sheetName: "Scenarios", title: "ROI on gross profit by scenario" },
    ]);
    expect(excel.sheetNames()).toEqual(["预算表", "Sheet1", "Budget", "Scenarios", "Plans"]);
    expect(excel.tableNames().sort()).toEqual(["BudgetLines", "BudgetLines2", "BudgetPlans"]);
    expect(excel.charts("Budget").map((chart) => chart.type)).toEqual(["BarClustered", "Funnel"]);
    expect(excel.charts("Scenarios")).toEqual([]);
  });

  it("a refused funnel chart type is drawn as the clustered bar fallback", async () => {
    const excel = standIn({ refuse: (member, args) => member === "ChartCollection.Add" && args[0] === "Funnel" });
    const result = await insertBudgetSheet({ preset: "campaign-funnel", lang: "en" });

    expect(result.missingDecorations).toBeUndefined();
    expect(excel.charts("Budget")).toEqual([
      { name: "Category shares against recommended ranges", type: "BarClustered" },
      { name: "Funnel: people needed at each stage", type: "BarClustered" },
    ]);
  });

  it("refuses a fit-to-pages of 0, as Excel does, and the insertion's zoom is not refused", async () => {
    const excel = standIn();
    const error = await excel.library.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = {
        horizontalFitToPages: 1,
        verticalFitToPages: 0,
      };
      await context.sync();
    }).then(
      () => undefined,
      (e: { code?: string }) => e,
    );
    expect(error?.code).toBe("InvalidArgument");
    const result = await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" });
    expect(result.missingDecorations).toBeUndefined();
  });
});

describe("a sheet someone else adds between the read and the write, through the client library", () => {
  it("is left as it is: the insertion fails cleanly, taking away only the sheets it added", async () => {
    const excel = standIn({ addedMeanwhile: [{ afterSync: 1, sheet: "情景分析" }] });
    const error = await insertBudgetSheet({ preset: "campaign-funnel", lang: "zh" }).then(
      () => undefined,
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).text.en).toContain("Nothing was changed.");
    // Ours ("预算表 (2)" and the plans sheet) are gone; theirs stays, under its id.
    expect(excel.sheetNames()).toEqual(["预算表", "Sheet1", "情景分析"]);
    // Ids in order of making: the workbook's two sheets, our three, then theirs.
    expect(excel.sheetId("情景分析")).toBe("{sheet-6}");
  });

  it("a name taken meanwhile that the insertion does not use changes nothing: it succeeds", async () => {
    const excel = standIn({ addedMeanwhile: [{ afterSync: 1, sheet: "预算表 (3)" }] });
    const result = await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    expect(result.sheetName).toBe("预算表 (2)");
    expect(excel.sheetNames()).toEqual(["预算表", "Sheet1", "预算表 (2)", "预算表 (3)"]);
  });
});
