import { describe, expect, it } from "vitest";
import { dec, phaseBudget, timelineHealth, timelinePreset, type Decimal, type PeriodActuals } from "../src/model";
import { inputError } from "./helpers/inputError";

function campaign() {
  const { budget, phasing } = timelinePreset("campaign-timeline", "en");
  const phased = phaseBudget(budget, phasing);
  const row = (item: string) => phased.rows.findIndex((r) => r.item === item);
  return { phased, row };
}

function actualsWith(rows: number, typed: Record<number, (Decimal | null)[]>): PeriodActuals {
  return Array.from({ length: rows }, (_, r) => typed[r] ?? [null, null, null]);
}

describe("health over time", () => {
  // Regional operations 24,000 front-loaded 3 : 2 : 1; the review meeting; travel 20,000 even; the reserve 95,896 even.
  it("flags what is phased after the campaign's last month, line by line, and it adds up to that month's plan", () => {
    const { phased } = campaign();
    const findings = timelineHealth(phased, [], { currentPeriod: 1, campaign: { first: 1, last: 2 } });
    const outside = findings.filter((f) => f.rule === "outside-span");
    expect(outside.map((f) => [f.item, f.period, f.amount.toFixed(2)])).toEqual([
      ["Regional operations", 3, "4000.00"],
      ["Maintenance service delivered", 3, "150000.00"],
      ["Review meeting", 3, "5000.00"],
      ["Travel", 3, "6666.66"],
      ["Contingency reserve", 3, "31965.33"],
    ]);
    expect(outside.reduce((total, f) => total.plus(f.amount), dec(0)).toFixed(2)).toBe("197631.99");
    expect(outside[1].message.en).toBe(
      '"Maintenance service delivered" spends ¥150,000.00 in 2026-07, outside the campaign\'s 2026-05 to 2026-06.',
    );
    expect(timelineHealth(phased, [], { currentPeriod: 1 }).filter((f) => f.rule === "outside-span")).toEqual([]);
  });

  it("flags spend typed in a month the line has no plan for, and a month spent over its plan", () => {
    const { phased, row } = campaign();
    const posters = row("Store posters");
    const planned = phased.rows[posters].periods[0];
    const actuals = actualsWith(phased.rows.length, {
      [posters]: [planned.plus(100), null, null],
      [row("Review meeting")]: [dec(500), null, null],
    });
    const over = timelineHealth(phased, actuals, { currentPeriod: 1 }).filter((f) => f.rule === "period-over-plan");
    expect(over.map((f) => [f.item, f.period, f.amount.toFixed(2)])).toEqual([
      ["Store posters", 1, "100.00"],
      ["Review meeting", 1, "500.00"],
    ]);
    expect(over[1].message.zh).toBe("“Review meeting”2026-05 实际支出 ¥500.00，计划 ¥0.00，超出 ¥500.00。");
  });

  it("says when execution to date is behind or ahead of plan by more than the tolerance, and not within it", () => {
    const { phased, row } = campaign();
    // 317,200 of 1,096,964.01 to June: 28.9%.
    const actuals = actualsWith(phased.rows.length, {
      [row("Store posters")]: [dec(7200), null, null],
      [row("H5 landing page")]: [dec(9500), dec(500), null],
      [row("Maintenance service delivered")]: [null, dec(300000), null],
    });
    const [behind] = timelineHealth(phased, actuals, { currentPeriod: 2 }).filter((f) =>
      f.rule.startsWith("execution"),
    );
    expect(behind).toMatchObject({ rule: "execution-behind", period: 2 });
    expect(behind.amount.toFixed(2)).toBe("-779764.01");
    expect(behind.message.en).toBe("Execution to 2026-06 is 28.9% of plan: behind by more than the 10% tolerance.");
    // A tolerance of 75% takes 28.9% as within it.
    const loose = timelineHealth(phased, actuals, { currentPeriod: 2, tolerance: dec("0.75") });
    expect(loose.filter((f) => f.rule.startsWith("execution"))).toEqual([]);
    // May alone: 16,700 of 101,132.01 is behind; 120,000 is ahead.
    const ahead = actualsWith(phased.rows.length, { [row("Store posters")]: [dec(120000), null, null] });
    const rules = timelineHealth(phased, ahead, { currentPeriod: 1, tolerance: dec("0.125") })
      .filter((f) => f.rule.startsWith("execution"))
      .map((f) => [f.rule, f.amount.toFixed(2), f.message.en]);
    expect(rules).toEqual([
      [
        "execution-ahead",
        "18867.99",
        "Execution to 2026-05 is 118.7% of plan: ahead by more than the 12.5% tolerance.",
      ],
    ]);
  });

  it("refuses a tolerance outside 0%–100% and campaign months off the axis, saying the value as typed", () => {
    const { phased } = campaign();
    const negative = inputError(() => timelineHealth(phased, [], { currentPeriod: 1, tolerance: dec("-0.05") }));
    expect(negative.text.en).toBe("The tolerance must be from 0% to 100%, not -5%.");
    const span = inputError(() => timelineHealth(phased, [], { currentPeriod: 1, campaign: { first: 2, last: 4 } }));
    expect(span.text.zh).toBe("活动期 2–4 无效：应在第 1 到第 3 期之间，且首期不晚于末期。");
  });
});
