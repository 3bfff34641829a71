import { afterEach, describe, expect, it, vi } from "vitest";
import { seriesOrientation } from "../src/excel/applyChartPlans";
import { insertBudgetSheet } from "../src/excel/insertBudgetSheet";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { presetBudget, presetPlans } from "../src/model";
import { PRESET_IDS } from "../src/model/presets";
import { parseA1 } from "../src/sheet/address";
import { buildCompanionPlans } from "../src/sheet/buildCompanionPlans";
import { buildPlansComparisonPlan } from "../src/sheet/buildPlansComparisonPlan";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import type { ChartPlan } from "../src/sheet/plan";
import { chartsAdded, createExcelStandIn, type ChartAdded } from "./helpers/excelStandIn";

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A range's shape: how many rows and columns it spans. */
function shape(address: string): { rows: number; cols: number } {
  const [first, last = first] = address.replace(/^.*!/, "").split(":");
  const from = parseA1(first);
  const to = parseA1(last);
  return { rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}

/** What Excel draws from a source given an orientation: the series and the points of each. */
function drawn(chart: ChartAdded): { series: number; points: number } {
  const { rows, cols } = shape(chart.source);
  return chart.seriesBy === "Rows" ? { series: rows, points: cols } : { series: cols, points: rows };
}

/** Charts whose source Excel would split into one series per cell, against their plan's single line. */
function orientationViolations(charts: readonly ChartAdded[]): string[] {
  return charts
    .filter((chart) => {
      const { rows, cols } = shape(chart.source);
      return drawn(chart).series !== 1 && (rows === 1 || cols === 1);
    })
    .map((chart) => `${chart.type} from ${chart.source} by ${chart.seriesBy}: ${drawn(chart).series} series`);
}

/** Every chart plan of a preset in a language: the budget sheet's, the scenarios' and the plans compared. */
function chartPlans(preset: (typeof PRESET_IDS)[number], lang: "zh" | "en"): ChartPlan[] {
  const budget = presetBudget(preset, lang);
  const budgetPlan = buildSheetPlan(budget, { lang, sheetName: "B" });
  const plans = budget.funnel ? presetPlans(preset, lang) : [];
  const companions = buildCompanionPlans(budget, budgetPlan, plans, {
    lang,
    scenarioSheetName: "S",
    plansSheetName: "P",
  });
  const comparison = plans.length > 0 ? [buildPlansComparisonPlan(plans, { lang, sheetName: "P" })] : [];
  return [budgetPlan, ...companions, ...comparison].flatMap((plan) => plan.charts ?? []);
}

describe("chart series follow their source's shape", () => {
  for (const preset of PRESET_IDS) {
    for (const lang of ["zh", "en"] as const) {
      it(`${preset} (${lang}): each planned series is one line as long as its categories`, () => {
        for (const chart of chartPlans(preset, lang)) {
          const categories = shape(chart.categories);
          const length = Math.max(categories.rows, categories.cols);
          for (const series of chart.series) {
            const values = shape(series.values);
            expect(Math.min(values.rows, values.cols), `${chart.title}: ${series.values}`).toBe(1);
            expect(Math.max(values.rows, values.cols), `${chart.title}: ${series.values}`).toBe(length);
          }
        }
      });

      it(`${preset} (${lang}): every chart Excel is asked for draws each source as one series`, async () => {
        const excel = createExcelStandIn({
          workbook: { sheets: ["Sheet1"], tables: [], names: [] },
          excelApi: REQUIRED_EXCEL_API,
        });
        excel.install();
        await insertBudgetSheet({ preset, lang });
        const charts = chartsAdded(excel.syncs);
        const planned = chartPlans(preset, lang);
        expect(charts).toHaveLength(planned.length);
        expect(orientationViolations(charts)).toEqual([]);
        for (const chart of charts) expect(drawn(chart).series).toBe(1);
      });
    }
  }

  it("the scenarios' ROI row is drawn by rows: three points of one series", () => {
    expect(seriesOrientation("$B$12:$D$12")).toBe("Rows");
    expect(seriesOrientation("$O$5:$O$11")).toBe("Columns");
    expect(seriesOrientation("$O$5")).toBe("Columns");
  });

  it("catches a one-row source drawn by columns (planted violation)", async () => {
    const excel = createExcelStandIn({
      workbook: { sheets: ["Sheet1"], tables: [], names: [] },
      excelApi: REQUIRED_EXCEL_API,
    });
    await excel.library.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("ColumnClustered", sheet.getRange("$B$12:$D$12"), "Columns");
      await context.sync();
    });
    expect(orientationViolations(chartsAdded(excel.syncs))).toEqual([
      "ColumnClustered from $B$12:$D$12 by Columns: 3 series",
    ]);
  });
});
