import { afterEach, describe, expect, it, vi } from "vitest";
import { excelPlans } from "../src/excel/planSnapshots";
import { dec, presetBudget, presetPlans, withTargetDeals, type BudgetPlan } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { planStoreRows } from "../src/workbook/planStore";
import { PLAN_STORE_COLUMNS } from "../src/workbook/planStoreColumns";
import { LANGS, planStoreLabels, type Lang } from "../src/i18n";
import {
  createExcelMock,
  installExcelMock,
  officeError,
  readableBudgetSheet,
  type ReadableSheet,
} from "./helpers/excelMock";

// The comparison draws no chart today. These tests give it one, titled in the sheet's language, to
// check what the in-place rewrite of the plans sheet does with the charts already there.
const CHART_TITLE: Record<Lang, string> = { zh: "各方案总预算", en: "Budget total by plan" };

vi.mock("../src/sheet/buildPlansComparisonPlan", async (importOriginal) => {
  const original = await importOriginal<typeof import("../src/sheet/buildPlansComparisonPlan")>();
  const withChart: typeof original.buildPlansComparisonPlan = (plans, options) => ({
    ...original.buildPlansComparisonPlan(plans, options),
    charts: [
      {
        type: "columnClustered",
        title: CHART_TITLE[options.lang],
        categories: "$C$4:$D$4",
        series: [{ name: "Total", values: "$C$30:$D$30" }],
        anchor: { from: { row: 2, col: 8 }, to: { row: 20, col: 12 } },
      },
    ],
  });
  return {
    ...original,
    buildPlansComparisonPlan: withChart,
    plansComparisonChartTitles: (plans: readonly BudgetPlan[]) =>
      LANGS.map((lang) => withChart(plans, { lang }).charts![0].title),
  };
});

const BUDGET = "预算表";
const PLANS = "方案对比";
const presets = presetPlans("campaign-funnel", "zh");

function budgetSheet(): ReadableSheet {
  const budget = withTargetDeals(presetBudget("campaign-funnel", "zh"), dec(2000));
  return readableBudgetSheet(buildSheetPlan(budget, { lang: "zh", sheetName: BUDGET }));
}

function plansSheet(plans: readonly BudgetPlan[], charts: string[]): ReadableSheet {
  const rows = planStoreRows("BudgetLines", plans, "zh").map((row) =>
    row.map((cell) => (cell === null ? "" : typeof cell === "string" ? cell : cell.toNumber())),
  );
  const labels = planStoreLabels("zh");
  return {
    name: PLANS,
    tables: [{ name: "BudgetPlans", headers: PLAN_STORE_COLUMNS.map((column) => labels.headers[column]), rows }],
    names: [],
    usedRange: null,
    charts,
  };
}

function setUp(charts: string[], failingSyncs?: Record<number, Error>) {
  const mock = createExcelMock({
    failingSyncs,
    workbook: {
      sheets: [BUDGET, PLANS, "Sheet1"],
      tables: [],
      names: [],
      readable: [budgetSheet(), plansSheet(presets.slice(0, 3), charts)],
      activeSheet: BUDGET,
    },
  });
  installExcelMock(mock);
  const sync = vi.spyOn(mock.context, "sync");
  const chartsOnSheet = () => mock.sheet(PLANS).addedCharts.map((chart) => chart.name);
  return { mock, sync, chartsOnSheet };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the plans sheet's charts through saves, renames and deletes", () => {
  it("draws the add-in's chart once however often the plans change, and keeps the planner's", async () => {
    const { sync, chartsOnSheet } = setUp(["我的图表", CHART_TITLE.zh]);
    await excelPlans.rename(BUDGET, "标准", "基准方案");
    expect(chartsOnSheet()).toEqual(["我的图表", CHART_TITLE.zh]);
    // Read (names, then the plans' table with the sheet's charts) and write: no sync more for the charts.
    expect(sync).toHaveBeenCalledTimes(3);
  });

  it("takes away the add-in's chart titled in the other language, after the pane's language changed", async () => {
    const { mock, chartsOnSheet } = setUp([CHART_TITLE.en, "Budget total by plan (mine)"]);
    await excelPlans.delete(BUDGET, "激进");
    expect(chartsOnSheet()).toEqual(["Budget total by plan (mine)", CHART_TITLE.zh]);
    // Deleted before the new one is drawn, in the write's batch.
    const write = mock.log.slice(mock.log.indexOf(`${PLANS}: tables.getItem BudgetPlans delete`));
    expect(write.indexOf(`${PLANS}: chart delete ${CHART_TITLE.en}`)).toBeLessThan(
      write.indexOf(`${PLANS}: charts.add ColumnClustered $C$30:$D$30`),
    );
  });

  it("deletes nothing of the planner's when the sheet has no chart of the add-in's", async () => {
    const { mock, chartsOnSheet } = setUp(["Budget total"]);
    await excelPlans.take(BUDGET, "第四个");
    expect(chartsOnSheet()).toEqual(["Budget total", CHART_TITLE.zh]);
    expect(mock.log.filter((entry) => entry.includes("chart delete"))).toEqual([]);
  });

  it("after a failed write, writes the old plans back with one chart of the add-in's, the planner's kept", async () => {
    const { chartsOnSheet } = setUp(["我的图表", CHART_TITLE.zh], { 3: officeError("GeneralException", "boom") });
    await expect(excelPlans.rename(BUDGET, "标准", "基准方案")).rejects.toThrow();
    expect(chartsOnSheet()).toEqual(["我的图表", CHART_TITLE.zh]);
  });
});
