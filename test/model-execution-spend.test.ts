import { describe, expect, it } from "vitest";
import { dec } from "../src/model";
import { forecastAtCompletion, type PlannedRow, type SpendEntry } from "../src/model/actuals/forecast";
import { countedActuals, executionReportWithSpend } from "../src/model/executionReport";

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
  it("counts a line's imported paid rows in a period, its typed actual only where none is imported, and forecasts as the forecast at completion does", () => {
    // Typed: search 150 in May and feeds 20 in June, both also imported (the import counts, once);
    // search 40 in June, where only a PO is imported (the typed figure counts).
    const typed = [
      [dec(150), dec(40)],
      [null, dec(20)],
    ];
    const report = executionReportWithSpend(ROWS, typed, ENTRIES, 1);
    const media = report.map((p) => p.categories.promotion);
    expect(media.map((m) => m.actual.toFixed(2))).toEqual(["800.50", "140.00", "0.00"]);
    expect(media.map((m) => m.committed.toFixed(2))).toEqual(["0.00", "1200.00", "50.00"]);
    // May elapsed: what was spent. June: search's 40 paid and its PO over its plan (1,240), feeds' plan (500).
    // July: search's plan, feeds' 50 committed over a nothing planned.
    expect(media.map((m) => m.forecast.toFixed(2))).toEqual(["800.50", "1740.00", "1050.00"]);
    expect(media.map((m) => m.variance.toFixed(2))).toEqual(["-699.50", "-1360.00", "-1000.00"]);
    expect(media[1].rate!.toFixed(4)).toBe((940.5 / 3000).toFixed(4));
    expect(report.map((p) => p.total.forecast.toFixed(2))).toEqual(["800.50", "1773.33", "1083.33"]);
    // Over the periods, the forecast at completion with the typed actual that counts as paid.
    const atCompletion = forecastAtCompletion(
      ROWS,
      [...ENTRIES, { row: 0, period: 1, amount: dec(40), status: "paid" }],
      {
        currentPeriod: 1,
        baseline: dec(0),
        cap: null,
      },
    );
    const summed = report.reduce((all, p) => all.plus(p.total.forecast), dec(0));
    expect(summed.toFixed(2)).toBe(atCompletion.total.forecast.toFixed(2));
  });

  it("counts per row and period: imported paid rows where there are any (a refund netting to nothing included), else typed", () => {
    const entries: SpendEntry[] = [
      ...ENTRIES,
      { row: 2, period: 2, amount: dec(30), status: "paid" },
      { row: 2, period: 2, amount: dec(-30), status: "paid" },
    ];
    const counted = countedActuals(
      [
        [dec(150), dec(40)],
        [dec(5), dec(20)],
        [null, null, dec(9)],
      ],
      entries,
      3,
      3,
    );
    expect(counted.map((row) => row.map((v) => v?.toFixed(2) ?? null))).toEqual([
      ["800.50", "40.00", null],
      ["5.00", "100.00", null],
      [null, null, "0.00"],
    ]);
  });
});
