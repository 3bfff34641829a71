import { afterEach, describe, expect, it, vi } from "vitest";
import { applySheetPlan } from "../src/excel/applySheetPlan";
import { insertBudgetSheet } from "../src/excel/insertBudgetSheet";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { writeFunnelInputs } from "../src/excel/writeFunnelInputs";
import { dec } from "../src/model";
import { a1 } from "../src/sheet/address";
import { presetBudget } from "../src/model";
import { PRESET_IDS } from "../src/model/presets";
import { buildCompanionPlans } from "../src/sheet/buildCompanionPlans";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { cellGrid } from "../src/sheet/grid/cellGrid";
import { timelinePreset } from "../src/model/timelinePresets";
import { createExcelStandIn, WEB_PAYLOAD_LIMIT } from "./helpers/excelStandIn";
import { calculatedColumnOverwrites } from "./helpers/tableColumnFormulas";

afterEach(() => {
  vi.unstubAllGlobals();
});

const EMPTY_WORKBOOK = { sheets: ["Sheet1"], tables: [], names: [] };

function standIn(excelApi = REQUIRED_EXCEL_API) {
  const excel = createExcelStandIn({ workbook: EMPTY_WORKBOOK, excelApi });
  excel.install();
  return excel;
}

/** What a batch of the Excel layer throws, run through the library. */
async function batchError(excel: ReturnType<typeof standIn>, batch: (context: Excel.RequestContext) => void) {
  return excel.library.Excel.run(async (context) => {
    batch(context);
    await context.sync();
  }).then(
    () => undefined,
    (error: unknown) => error as { code?: string; message: string },
  );
}

describe("every insertion, through Excel's client library capped at the set the insertion checks", () => {
  const sizes: string[] = [];
  for (const preset of PRESET_IDS) {
    for (const lang of ["zh", "en"] as const) {
      it(`inserts ${preset} (${lang}) in three syncs (read, content, decorations) under 5 MB, using nothing above ExcelApi ${REQUIRED_EXCEL_API}`, async () => {
        const excel = standIn();
        const result = await insertBudgetSheet({ preset, lang });

        expect(excel.addinChecks).toContain(`ExcelApi ${REQUIRED_EXCEL_API}`);
        expect(excel.library.deniedSets).toEqual([]);
        // The read with the sheets added under placeholder names, the content, the decorations.
        expect(excel.syncs.map((sync) => sync.error)).toEqual([undefined, undefined, undefined]);
        expect(result.missingDecorations).toBeUndefined();
        const added = [
          result.sheetName,
          result.scenariosSheetName,
          result.plansSheetName,
          result.phasingSheetName,
          result.executionReportSheetName,
        ].filter(Boolean);
        expect(excel.sheetNames()).toEqual(["Sheet1", ...added]);
        expect(excel.tableNames()).toEqual(
          preset === "campaign-funnel" ? ["BudgetLines", "BudgetPlans"] : ["BudgetLines"],
        );
        const write = excel.syncs[1];
        sizes.push(`${preset} ${lang}: ${(write.requestBytes / 1024).toFixed(1)} KiB`);
        expect(write.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
        expect(write.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
      });
    }
  }
  it("reports the request size of each insertion", () => {
    console.info(`insertion requests (Excel on the web takes 5 MB):\n${sizes.join("\n")}`);
    expect(sizes).toHaveLength(PRESET_IDS.length * 2);
  });
});

describe("every insertion's table, as Excel's calculated columns leave it", () => {
  for (const preset of PRESET_IDS) {
    for (const lang of ["zh", "en"] as const) {
      it(`${preset} (${lang}): no column receives both formulas and typed values, so Excel fills nothing over them`, async () => {
        const excel = standIn();
        const { sheetName } = await insertBudgetSheet({ preset, lang });
        const [table] = excel.addedTables(sheetName);
        expect(table.body.columns).toEqual(buildSheetPlan(presetBudget(preset, lang), { lang }).table.columns);
        expect(table.body.lastDataRow - table.body.firstDataRow).toBeGreaterThan(5);
        expect(calculatedColumnOverwrites(table.body, table.cellAt)).toEqual([]);
      });
    }
  }

  it("would see a typed quantity replaced in a Quantity column that mixes the two", () => {
    const excel = standIn();
    return insertBudgetSheet({ preset: "campaign-funnel", lang: "en" }).then(({ sheetName }) => {
      const [{ body, cellAt }] = excel.addedTables(sheetName);
      const quantityCol = body.firstCol + body.columns.indexOf("Quantity");
      const row = body.firstDataRow + 5;
      const mixed = (r: number, c: number) => (r === row && c === quantityCol ? 250 : cellAt(r, c));
      expect(calculatedColumnOverwrites(body, mixed)).toEqual([
        { cell: a1({ row, col: quantityCol }), written: 250, filledWith: expect.stringMatching(/^formula: =IF\(/) },
      ]);
    });
  });
});

describe("the campaign-timeline insertion", () => {
  it("adds the phasing sheet and execution report under free names, formulas reading the sheets as named", async () => {
    const excel = createExcelStandIn({
      workbook: { sheets: ["Budget", "Phasing", "Execution report (2)"], tables: [], names: ["Budget_PhasedTotal"] },
      excelApi: REQUIRED_EXCEL_API,
    });
    excel.install();
    const result = await insertBudgetSheet({ preset: "campaign-timeline", lang: "en" });
    expect(result).toMatchObject({
      sheetName: "Budget (2)",
      phasingSheetName: "Phasing (2)",
      executionReportSheetName: "Execution report",
      total: "1294596",
    });
    expect(excel.sheetNames()).toEqual([
      "Budget",
      "Phasing",
      "Execution report (2)",
      "Budget (2)",
      "Phasing (2)",
      "Execution report",
    ]);
    expect(excel.syncs.map((sync) => sync.error)).toEqual([undefined, undefined, undefined]);
    expect(excel.library.deniedSets).toEqual([]);

    const { budget, phasing } = timelinePreset("campaign-timeline", "en");
    const budgetPlan = buildSheetPlan(budget, { lang: "en", sheetName: "Budget (2)" });
    const [phasingPlan, report] = buildCompanionPlans(budget, budgetPlan, [], {
      lang: "en",
      phasing,
      phasingSheetName: "Phasing (2)",
      executionReportSheetName: "Execution report",
    });
    // Each sheet's cells go in writes of its formulas' grid, row after row.
    const rowsWritten = excel.syncs[1].actions
      .filter((action) => action.Name === "Formulas")
      .flatMap((action) => action.ArgumentInfo?.Arguments?.[0] as unknown[][])
      .map((row) => JSON.stringify(row))
      .join("\n");
    for (const plan of [phasingPlan, report]) {
      const rows = cellGrid(plan.cells).formulas.map((row) => JSON.stringify(row));
      expect(rowsWritten.includes(rows.join("\n")), plan.sheetName).toBe(true);
    }
    const reportFormulas = (cellGrid(report.cells).formulas.flat() as (string | number)[]).join(" ");
    expect(reportFormulas).toContain("'Phasing (2)'!");
    expect(reportFormulas).not.toMatch(/'Phasing'!/);

    // The contract names live on the phasing sheet, scoped to it: the workbook's own name is untouched.
    const names = await excel.library.Excel.run(async (context) => {
      const scoped = context.workbook.worksheets.getItem("Phasing (2)").names;
      const found = [
        "Budget_PeriodCount",
        "Budget_FirstPeriod",
        "Budget_PhasedTotal",
        "Budget_Plan_ToDate",
        "Budget_Actual_ToDate",
        "Budget_ExecutionRate",
      ].map((name) => scoped.getItem(name).load("name,formula"));
      await context.sync();
      return found.map((name) => [name.name, name.formula]);
    });
    const at = (name: string) => `='Phasing (2)'!${a1(phasingPlan.names.find((n) => n.name === name)!.ref, true)}`;
    expect(names).toEqual(names.map(([name]) => [name, at(name)]));
  });
});

describe("after an insertion", () => {
  it("the funnel inputs are written to the cells the inserted names point at", async () => {
    const excel = standIn();
    const { sheetName } = await insertBudgetSheet({ preset: "campaign-funnel", lang: "en" });
    await writeFunnelInputs(sheetName, {
      targetDeals: dec(2600),
      averageOrderValue: dec("350.5"),
      rates: [dec("0.85"), dec("0.12"), dec("0.28"), dec("0.65"), dec("0.9")],
    });
    const plan = buildSheetPlan(presetBudget("campaign-funnel", "en"), { lang: "en", sheetName });
    const cell = (name: string) => a1(plan.names.find((n) => n.name === name)!.ref);
    const written = excel.writes(sheetName).filter((write) => write.property === "Values" && write.address !== "A1");
    expect(written.slice(-7).map((write) => [write.address, write.value])).toEqual([
      [cell("Budget_TargetDeals"), [[2600]]],
      [cell("Budget_AOV"), [[350.5]]],
      [cell("Budget_Rate1"), [[0.85]]],
      [cell("Budget_Rate2"), [[0.12]]],
      [cell("Budget_Rate3"), [[0.28]]],
      [cell("Budget_Rate4"), [[0.65]]],
      [cell("Budget_Rate5"), [[0.9]]],
    ]);
  });
});

describe("the stand-in refuses what Excel would (planted violations)", () => {
  const plan = buildSheetPlan(presetBudget("campaign", "en"), {
    lang: "en",
    sheetName: "Budget",
    tableName: "BudgetLines",
  });

  it("refuses the insertion's calls on an Excel one set below the one it checks", async () => {
    const excel = standIn("1.8");
    const error = await batchError(excel, (context) => applySheetPlan(context, plan));
    expect(error?.code).toBe("ApiNotFound");
    expect(error?.message).toMatch(/ExcelApi 1\.9/);
    expect(excel.syncs).toEqual([]);
  });

  it("refuses a member above the checked set (freezePanes is 1.7) on a 1.6 Excel", async () => {
    const excel = standIn("1.6");
    const error = await batchError(excel, (context) =>
      context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1),
    );
    expect(error).toMatchObject({ code: "ApiNotFound" });
    expect(error?.message).toContain("Worksheet.freezePanes");
    expect(excel.library.deniedSets).toContain("ExcelApi 1.7");
  });

  it("refuses writing a property no Excel object has", async () => {
    const excel = standIn();
    const error = await batchError(excel, (context) => {
      (context.workbook.worksheets.getItem("Sheet1").getRange("A1") as unknown as Record<string, unknown>).text2 = "x";
    });
    expect(error?.message).toBe('Range has no member "text2" to set');
  });

  it("refuses reading a member no Excel object has", async () => {
    const excel = standIn();
    const error = await batchError(excel, (context) => {
      void (context.workbook.worksheets as unknown as Record<string, unknown>).getItemByName;
    });
    expect(error?.message).toBe('WorksheetCollection has no member "getItemByName"');
  });

  it("refuses loading a property no Excel object has", async () => {
    const excel = standIn();
    const error = await batchError(excel, (context) => {
      context.workbook.tables.load("items/name,items/rowCount");
    });
    expect(error).toMatchObject({ code: "PropertyNotFound" });
    expect(error?.message).toContain("'rowCount' is not part of the Table object");
  });

  it("refuses a second sheet of a name in use, as Excel does", async () => {
    const excel = standIn();
    const error = await batchError(excel, (context) => context.workbook.worksheets.add("SHEET1"));
    expect(error).toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("measures the request the library builds", async () => {
    const excel = standIn();
    const big = Array.from({ length: 200 }, () => Array.from({ length: 50 }, () => "x".repeat(600)));
    await batchError(excel, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:AX200").values = big;
    });
    expect(excel.syncs[0].requestBytes).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
  });
});
