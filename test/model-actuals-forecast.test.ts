import { describe, expect, it } from "vitest";
import { dec, phaseBudget, timelinePreset } from "../src/model";
import { axisPeriods } from "../src/model/periods";
import { forecastAtCompletion, periodOfDay, plannedRows, type SpendEntry } from "../src/model/actuals/forecast";

const { budget, phasing } = timelinePreset("campaign-timeline", "en");
const phased = phaseBudget(budget, phasing);
const rows = plannedRows(phased);
const paid = (row: number, period: number, amount: string): SpendEntry => ({
  row,
  period,
  amount: dec(amount),
  status: "paid",
});

describe("committed spend and forecast at completion", () => {
  it("the worked example over three months, one month elapsed", () => {
    // Store posters (row 7, month 1: 7,500): 7,000 paid. Travel (row 18, even 20,000 → 6,666.67 /
    // 6,666.67 / 6,666.66): 8,000 paid in month 1, a 3,000 PO dated month 3. Fulfillment (row 15,
    // 350,000 / 150,000 in months 2–3): a 400,000 contract committed in month 2.
    const entries: SpendEntry[] = [
      paid(7, 0, "7000"),
      paid(18, 0, "8000"),
      { row: 18, period: 2, amount: dec("3000"), status: "committed" },
      { row: 15, period: 1, amount: dec("400000"), status: "committed" },
    ];
    const forecast = forecastAtCompletion(rows, entries, {
      currentPeriod: 1,
      baseline: phased.total,
      cap: budget.goals.cap,
    });
    const posters = forecast.rows[7];
    expect([posters.plan, posters.actual, posters.available, posters.forecast].map(String)).toEqual([
      "7500",
      "7000",
      "500",
      "7000",
    ]);
    const travel = forecast.rows[18];
    expect(travel.periods.map((p) => p.plan.toFixed(2))).toEqual(["6666.67", "6666.67", "6666.66"]);
    expect(travel.periods[0].available.toFixed(2)).toBe("-1333.33");
    // 8,000 + 3,000 + month 2's 6,666.67 + what month 3's PO leaves of its plan, 3,666.66.
    expect(travel.remainingPlan.toFixed(2)).toBe("10333.33");
    expect(travel.forecast.toFixed(2)).toBe("21333.33");
    const fulfillment = forecast.rows[15];
    // Month 2: the contract exceeds the plan by 50,000 (nothing left there); month 3's 150,000 is still to come.
    expect([fulfillment.committed, fulfillment.remainingPlan, fulfillment.forecast].map(String)).toEqual([
      "400000",
      "150000",
      "550000",
    ]);
    // Untouched lines of month 1 are gone (0); lines of months 2–3 keep their plan.
    expect(forecast.rows[9].forecast.toString()).toBe("0");
    expect(forecast.rows[0].forecast.toString()).toBe("300000");
    const month1Unspent = phased.rows
      .map((row, r) => ({ r, plan: row.periods[0] }))
      .filter(({ r }) => ![7, 18].includes(r));
    const expected = phased.total
      .minus(posters.plan) // the posters' 7,500 became 7,000
      .plus(posters.forecast)
      .minus(travel.plan)
      .plus(travel.forecast)
      .minus(fulfillment.plan)
      .plus(fulfillment.forecast)
      .minus(month1Unspent.reduce((acc, { plan }) => acc.plus(plan), dec(0)));
    expect(forecast.total.forecast.toFixed(2)).toBe(expected.toFixed(2));
    expect(forecast.baseline.variance.toFixed(2)).toBe(expected.minus(phased.total).toFixed(2));
    expect(forecast.categories.fulfillment.forecast.toString()).toBe("550000");
    expect(forecast.total.committed.toString()).toBe("403000");
    expect(forecast.cap?.variance.toFixed(2)).toBe(expected.minus(budget.goals.cap!).toFixed(2));
  });

  it("nothing elapsed: each line forecasts the larger of its plan and its spend", () => {
    const single = rows.map((row) => ({ ...row, plan: [row.plan.reduce((a, b) => a.plus(b), dec(0))] }));
    const forecast = forecastAtCompletion(
      single,
      [paid(0, 0, "310000.01"), { row: 1, period: 0, amount: dec("1000"), status: "committed" }],
      { currentPeriod: 0, baseline: phased.total, cap: null },
    );
    expect(forecast.rows[0].forecast.toFixed(2)).toBe("310000.01");
    expect(forecast.rows[1].forecast.toString()).toBe("30000");
    expect(forecast.baseline.variance.toFixed(2)).toBe("10000.01");
    expect(forecast.cap).toBeNull();
  });

  it("days fall in their month or week; outside the axis in the first or last period", () => {
    const months = axisPeriods(phasing.periods);
    expect(
      ["2026-04-30", "2026-05-01", "2026-06-30", "2026-07-01", "2027-01-01"].map((d) => periodOfDay(months, d)),
    ).toEqual([0, 0, 1, 2, 2]);
    const weeks = axisPeriods({ unit: "week", first: "2026-05-04", count: 3 });
    expect(["2026-05-10", "2026-05-11", "2026-05-24"].map((d) => periodOfDay(weeks, d))).toEqual([0, 1, 2]);
  });
});
