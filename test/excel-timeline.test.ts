import { afterEach, describe, expect, it, vi } from "vitest";
import { excelTimeline } from "../src/excel/timeline";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { approve } from "../src/model/baseline";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { presetBudget } from "../src/model/presets";
import { baselineStoreHeaders, baselineStoreRows } from "../src/sheet/baselineStore";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { buildCompanionPlans } from "../src/sheet/buildCompanionPlans";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";
import { number, text } from "../src/sheet/cellContent";
import { cellGrid } from "../src/sheet/grid/cellGrid";
import { Decimal } from "../src/model/decimal";
import { WorkbookError } from "../src/workbook/workbookError";
import { ACTUALS_COLUMNS, ACTUALS_TABLE } from "../src/sheet/buildActualsPlan";
import { isoDayToSerial } from "../src/model/actuals/date";
import { actualsStrings, executionReportLabels } from "../src/i18n";
import { readableBudgetSheet, readablePlainSheet, type ReadableSheet } from "./helpers/excelMock";
import { createExcelStandIn, WEB_PAYLOAD_LIMIT } from "./helpers/excelStandIn";

afterEach(() => {
  vi.unstubAllGlobals();
});

const choice: CategoryPhasing = { periods: { unit: "month", first: "2026-05", count: 3 }, profiles: evenProfiles() };

function standIn(others: ReadableSheet[] = [], preset: "campaign" | "campaign-funnel" = "campaign") {
  const budget = readableBudgetSheet(buildSheetPlan(presetBudget(preset, "zh"), { lang: "zh", sheetName: "预算表" }));
  const excel = createExcelStandIn({
    workbook: {
      sheets: ["预算表", ...others.map((sheet) => sheet.name)],
      tables: [],
      names: [],
      readable: [budget, ...others],
      activeSheet: "预算表",
    },
    excelApi: REQUIRED_EXCEL_API,
  });
  excel.install();
  return excel;
}

function expectCleanSyncs(excel: ReturnType<typeof standIn>, count: number) {
  expect(excel.library.deniedSets).toEqual([]);
  expect(excel.syncs.map((sync) => sync.error)).toEqual(Array(count).fill(undefined));
  for (const sync of excel.syncs) expect(sync.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
}

/** A baselines sheet holding version 1 of the campaign, as an earlier approval wrote it. */
function storeSheet(): ReadableSheet {
  const budget = presetBudget("campaign", "zh");
  const [baseline] = approve(budget, phasingByCategory(budget, choice), "王经理", "2026-04-20", "立项版");
  const rows = baselineStoreRows("BudgetLines", baseline, "zh").map((row) =>
    row.map((cell) => (cell === null ? "" : typeof cell === "string" ? cell : cell.toNumber())),
  );
  return {
    name: "预算基线",
    tables: [{ name: "BudgetBaselines", headers: baselineStoreHeaders("zh"), rows }],
    names: [],
    usedRange: null,
  };
}

describe("approving a baseline in Excel (the client library against the stand-in)", () => {
  it("approves the first version in two syncs: one read, one write of the baselines sheet, the approval sheet and the names", async () => {
    const excel = standIn();
    const result = await excelTimeline.approve("预算表", {
      phasing: choice,
      approver: "王经理",
      note: "立项版",
      date: "2026-04-20",
    });
    expectCleanSyncs(excel, 2);
    expect(result.version).toBe(1);
    expect(result.history[0].total.toFixed(2)).toBe("1294596.00");
    expect(excel.sheetNames()).toEqual(["预算表", "预算基线", "预算审批单 v1"]);
    expect(excel.tableNames()).toContain("BudgetBaselines");
    const written = excel.writes("预算表").map((w) => [w.address, w.value]);
    expect(written).toContainEqual(["O24", [[1294596]]]);
    expect(written).toContainEqual(["O25", [["=$O$12-$O$24"]]]);
  });

  it("reads the kept versions back to the fen and appends version 2 without touching version 1", async () => {
    const excel = standIn([storeSheet()]);
    const read = await excelTimeline.baselines("预算表");
    expectCleanSyncs(excel, 2);
    expect(read.history.map((b) => [b.version, b.approver, b.date, b.total.toFixed(2)])).toEqual([
      [1, "王经理", "2026-04-20", "1294596.00"],
    ]);
    const result = await excelTimeline.approve("预算表", {
      phasing: choice,
      approver: "李总",
      note: "",
      date: "2026-04-21",
    });
    expectCleanSyncs(excel, 5);
    expect(result.version).toBe(2);
    expect(result.history.map((b) => b.version)).toEqual([1, 2]);
    expect(excel.sheetNames()).toEqual(["预算表", "预算基线", "预算审批单 v2"]);
    // Version 1's rows stay as they were: the new version's rows are added under them.
    const write = JSON.stringify(excel.syncs[4]);
    expect(write).toContain('"Name":"Rows"');
    expect(write).not.toContain('"Name":"Delete"');
  });
});

/** The campaign's phasing sheet and execution report as an earlier write (or the preset) left them. */
function phasingSheets(typedActual?: Decimal): ReadableSheet[] {
  const budget = presetBudget("campaign", "zh");
  const budgetPlan = buildSheetPlan(budget, { lang: "zh", sheetName: "预算表" });
  const [phasing, report] = buildCompanionPlans(budget, budgetPlan, [], {
    lang: "zh",
    phasing: phasingByCategory(budget, choice),
  });
  if (typedActual) {
    const layout = phasingLayout(budget.lines.length + 1);
    phasing.cells.push({ row: layout.actuals.first, col: layout.periodCol(0), content: number(typedActual) });
  }
  return [readablePlainSheet(phasing), readablePlainSheet(report)];
}

/** The last sync wrote the phasing sheet and report of the campaign phased by `phasing`, cell for cell. */
function expectSheetsWritten(excel: ReturnType<typeof standIn>, phasing: CategoryPhasing) {
  const budget = presetBudget("campaign", "zh");
  const budgetPlan = buildSheetPlan(budget, { lang: "zh", sheetName: "预算表" });
  const plans = buildCompanionPlans(budget, budgetPlan, [], {
    lang: "zh",
    phasing: phasingByCategory(budget, phasing),
  });
  const rowsWritten = excel.syncs[excel.syncs.length - 1].actions
    .filter((action) => action.Name === "Formulas")
    .flatMap((action) => action.ArgumentInfo?.Arguments?.[0] as unknown[][])
    .map((row) => JSON.stringify(row))
    .join("\n");
  for (const plan of plans) {
    const rows = cellGrid(plan.cells).formulas.map((row) => JSON.stringify(row));
    expect(rowsWritten.includes(rows.join("\n")), plan.sheetName).toBe(true);
  }
  expect(plans[1].cells.some((c) => c.content.kind === "formula" && c.content.formula.includes("'分期计划'!"))).toBe(
    true,
  );
}

/** A sheet of the planner's own, named like a phasing sheet. */
const notesSheet: ReadableSheet = {
  name: "分期计划说明",
  tables: [],
  names: [],
  usedRange: {
    address: "'分期计划说明'!A1",
    values: [["三月再议"]],
    valueTypes: [["String"]],
    formulas: [["三月再议"]],
  },
};

describe("writing the phasing sheet in Excel (the client library against the stand-in)", () => {
  const sixMonths: CategoryPhasing = { ...choice, periods: { ...choice.periods, count: 6 } };

  it("adds the phasing sheet and its execution report in two syncs, writing nothing on the budget sheet", async () => {
    const excel = standIn();
    const result = await excelTimeline.writePhasing("预算表", choice);
    expectCleanSyncs(excel, 2);
    expect(result).toEqual({ sheetName: "分期计划", reportSheetName: "月度执行报告" });
    expect(excel.sheetNames()).toEqual(["预算表", "分期计划", "月度执行报告"]);
    expect(excel.writes("预算表")).toEqual([]);
    expectSheetsWritten(excel, choice);
  });

  it("puts a new phasing in place of the budget's own in three syncs, leaving the planner's sheet named like it alone", async () => {
    const excel = standIn([notesSheet, ...phasingSheets()]);
    expect(excel.sheetNames()).toEqual(["预算表", "分期计划说明", "分期计划", "月度执行报告"]);
    const result = await excelTimeline.writePhasing("预算表", sixMonths);
    expectCleanSyncs(excel, 3);
    expect(result).toEqual({ sheetName: "分期计划", reportSheetName: "月度执行报告" });
    expect(excel.sheetNames()).toEqual(["预算表", "分期计划说明", "分期计划", "月度执行报告"]);
    expect(excel.writes("预算表")).toEqual([]);
    expect(excel.writes("分期计划说明")).toEqual([]);
    expectSheetsWritten(excel, sixMonths);
  });

  it("refuses after the read (two syncs, no write) when an actual was typed on the phasing sheet", async () => {
    const excel = standIn(phasingSheets(new Decimal("8800.5")));
    const refused = await excelTimeline.writePhasing("预算表", sixMonths).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkbookError);
    expect((refused as WorkbookError).text.zh).toContain("“分期计划”");
    expectCleanSyncs(excel, 2);
    expect(excel.sheetNames()).toEqual(["预算表", "分期计划", "月度执行报告"]);
    expect(excel.writes("分期计划")).toEqual([]);
  });
});

describe("the stage lag of a funnel budget's phasing sheet in Excel (the client library against the stand-in)", () => {
  /** campaign-funnel's phasing sheet and report, the planner having typed `typed` as its stage lag. */
  function funnelPhasingSheets(typed: number | string): ReadableSheet[] {
    const budget = presetBudget("campaign-funnel", "zh");
    const budgetPlan = buildSheetPlan(budget, { lang: "zh", sheetName: "预算表" });
    const [, phasing, report] = buildCompanionPlans(budget, budgetPlan, [], {
      lang: "zh",
      phasing: phasingByCategory(budget, { ...choice, stageLag: 1 }),
    });
    const lag = phasingLayout(budget.lines.length + 1).stageLag;
    const at = phasing.cells.findIndex((c) => c.row === lag.row && c.col === lag.col);
    phasing.cells[at] = {
      ...phasing.cells[at],
      content: typeof typed === "number" ? number(new Decimal(typed)) : text(typed),
    };
    return [readablePlainSheet(phasing), readablePlainSheet(report)];
  }

  it("reads back the lag typed in Budget_StageLag, in the read's two syncs", async () => {
    const excel = standIn(funnelPhasingSheets(2), "campaign-funnel");
    expect(await excelTimeline.savedStageLag("预算表")).toBe("2");
    expectCleanSyncs(excel, 2);
  });

  it("reads a lag typed as text as it was typed, and refuses to write the phasing again with it", async () => {
    standIn(funnelPhasingSheets("1.5"), "campaign-funnel");
    expect(await excelTimeline.savedStageLag("预算表")).toBe("1.5");
    const refused = await excelTimeline.writePhasing("预算表", choice).catch((e: unknown) => e);
    expect((refused as WorkbookError).text.zh).toBe("阶段滞后期数应为 0 到 2 的整数，而不是“1.5”。");
  });
});

describe("re-phasing a workbook with imported actuals in Excel (the client library against the stand-in)", () => {
  /** The Actuals sheet as the import wrote it: one paid row of the posters in May. */
  function actualsSheet(): ReadableSheet {
    const words = actualsStrings("zh");
    const headers = ACTUALS_COLUMNS.map((key) => words.sheet.headers[key]);
    const row = [
      isoDayToSerial("2026-05-10"),
      "2026-05",
      "门店海报",
      7000,
      words.statuses.paid,
      "报销.csv",
      "BX-1",
      "",
      "",
    ];
    return { name: "实际支出", tables: [{ name: ACTUALS_TABLE, headers, rows: [row] }], names: [], usedRange: null };
  }

  it("reads the Actuals table in the read's second sync and writes the report with committed and forecast columns", async () => {
    const excel = standIn([actualsSheet(), ...phasingSheets()]);
    const result = await excelTimeline.writePhasing("预算表", choice);
    expectCleanSyncs(excel, 3);
    expect(result).toEqual({ sheetName: "分期计划", reportSheetName: "月度执行报告" });
    expect(excel.writes("实际支出")).toEqual([]);
    const written = excel.syncs[2].actions
      .filter((action) => action.Name === "Formulas")
      .flatMap((action) => action.ArgumentInfo?.Arguments?.[0] as unknown[][])
      .flat();
    const labels = executionReportLabels("zh").withActuals;
    expect(written).toContain(labels.committed);
    expect(written).toContain(labels.forecast);
    // The actuals that count on the phasing sheet: the posters' paid rows in May, else what is typed.
    const counted = written.filter(
      (f) => typeof f === "string" && f.startsWith("=IF(") && f.includes("COUNTIFS(Actuals["),
    );
    expect(counted).toHaveLength((presetBudget("campaign", "zh").lines.length + 1) * 3);
    expect(counted.some((f) => (f as string).includes('"=门店海报"'))).toBe(true);
  });
});
