import { describe, expect, it } from "vitest";
import { dec } from "../src/model";
import { forecastAtCompletion, type PlannedRow, type SpendEntry } from "../src/model/actuals/forecast";
import { executionReportWithSpend } from "../src/model/executionReport";

// Two promotion lines and a reserve over three months, the first month elapsed.
const ROWS: PlannedRow[] = [
  { category: "promotion", item: "Search ads", plan: [dec(1000), dec(1000), dec(1000)] },
  { category: "promotion", item: "Feeds", plan: [dec(500), dec(500), dec(0)] },
  { category: "contingency", item: "Reserve", plan: [dec("33.34"), dec("33.33"), dec("33.33")] },
];
const ENTRIES: SpendEntry[] = [
  { row: 0, period: 0, amount: dec("800.50"), status: "paid" },
  { row: 0, period: 1, amount: dec(1200), status: "committed" },
  { row: 1, period: 1, amount: dec(100), status: "paid" },
  { row: 1, period: 2, amount: dec(50), status: "committed" },
];

describe("the execution report with imported spend", () => {
  it("adds typed and imported actuals, and forecasts each period as the forecast at completion does", () => {
    const typed = [[dec(150)], [null, dec(20)]];
    const report = executionReportWithSpend(ROWS, typed, ENTRIES, 1);
    const media = report.map((p) => p.categories.promotion);
    expect(media.map((m) => m.actual.toFixed(2))).toEqual(["950.50", "120.00", "0.00"]);
    expect(media.map((m) => m.committed.toFixed(2))).toEqual(["0.00", "1200.00", "50.00"]);
    // May elapsed: what was spent. June: search's PO over its plan (1,200), feeds' plan (500).
    // July: search's plan, feeds' 50 committed over a nothing planned.
    expect(media.map((m) => m.forecast.toFixed(2))).toEqual(["950.50", "1700.00", "1050.00"]);
    expect(media.map((m) => m.variance.toFixed(2))).toEqual(["-549.50", "-1380.00", "-1000.00"]);
    expect(media[1].rate!.toFixed(4)).toBe((1070.5 / 3000).toFixed(4));
    expect(report.map((p) => p.total.forecast.toFixed(2))).toEqual(["950.50", "1733.33", "1083.33"]);
    // Over the periods, the forecast at completion with the typed actuals counted as paid.
    const atCompletion = forecastAtCompletion(
      ROWS,
      [
        ...ENTRIES,
        { row: 0, period: 0, amount: dec(150), status: "paid" },
        { row: 1, period: 1, amount: dec(20), status: "paid" },
      ],
      { currentPeriod: 1, baseline: dec(0), cap: null },
    );
    const summed = report.reduce((all, p) => all.plus(p.total.forecast), dec(0));
    expect(summed.toFixed(2)).toBe(atCompletion.total.forecast.toFixed(2));
  });
});
