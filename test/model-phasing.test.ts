import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BudgetInputError,
  CHINA_RETAIL_CALENDAR,
  Decimal,
  axisPeriods,
  budgetTotals,
  dec,
  distribute,
  evenPhasing,
  phaseAmount,
  phaseBudget,
  presetBudget,
  timelinePreset,
  type LineSpan,
  type SeasonalCalendar,
  type SpreadProfile,
} from "../src/model";

const figures = (values: readonly Decimal[]) => values.map((v) => v.toFixed(2));
const total = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
const item = { zh: "测试", en: "Test" };

/** Whole fen from −10^10 to 10^10 (up to a hundred million 元 either way). */
const fenAmount = fc
  .bigInt({ min: -(10n ** 10n), max: 10n ** 10n })
  .map((fen) => new Decimal(fen.toString()).dividedBy(100));
/** Weights with up to four decimals, some zero, not all zero. */
const weights = fc
  .array(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 24 })
  .filter((ws) => ws.some((w) => w > 0))
  .map((ws) => ws.map((w) => new Decimal(w).dividedBy(10_000)));

describe("distribute: the largest-remainder rule", () => {
  it("gives 100.00 over three even months as 33.34, 33.33, 33.33", () => {
    expect(figures(distribute(dec(100), [dec(1), dec(1), dec(1)]))).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("spreads a refund as its size with its sign: −100.00 → −33.34, −33.33, −33.33", () => {
    expect(figures(distribute(dec(-100), [dec(1), dec(1), dec(1)]))).toEqual(["-33.34", "-33.33", "-33.33"]);
  });

  it("gives the missing fen to the largest remainders, not to the first periods", () => {
    // 1.00 by 1 : 2 : 4 is 14.2857…, 28.5714…, 57.1428… fen: floors 14, 28, 57 (99), remainders
    // .2857, .5714, .1428: the one missing fen goes to the second period.
    expect(figures(distribute(dec(1), [dec(1), dec(2), dec(4)]))).toEqual(["0.14", "0.29", "0.57"]);
    // 0.05 over six even periods: 0.8333 fen each, five fen to the five earliest of six equal remainders.
    expect(
      figures(
        distribute(
          dec("0.05"),
          Array.from({ length: 6 }, () => dec(1)),
        ),
      ),
    ).toEqual(["0.01", "0.01", "0.01", "0.01", "0.01", "0.00"]);
  });

  it("rounds an amount with fractions of a fen to the fen first, half away from zero", () => {
    expect(figures(distribute(dec("10.005"), [dec(1), dec(1)]))).toEqual(["5.01", "5.00"]);
    expect(figures(distribute(dec("-10.005"), [dec(1), dec(1)]))).toEqual(["-5.01", "-5.00"]);
  });

  it("refuses negative weights and weights adding up to zero", () => {
    expect(() => distribute(dec(100), [dec(1), dec(-1)])).toThrow(BudgetInputError);
    expect(() => distribute(dec(100), [dec(0), dec(0)])).toThrow(/add up to 0/);
    expect(() => distribute(dec(100), [])).toThrow(/no periods/);
  });

  it("always sums to the amount to the fen, in whole fen, none negative for a positive amount, in the weights' order", () => {
    fc.assert(
      fc.property(fenAmount, weights, (amount, ws) => {
        const spread = distribute(amount, ws);
        expect(spread).toHaveLength(ws.length);
        expect(total(spread).equals(amount), `${amount} by ${ws.join(":")}`).toBe(true);
        for (const [i, period] of spread.entries()) {
          expect(period.decimalPlaces()).toBeLessThanOrEqual(2);
          if (amount.isPositive()) expect(period.isNegative()).toBe(false);
          if (ws[i].isZero()) expect(period.isZero()).toBe(true);
          // Each period is its exact share within a fen.
          const exact = amount.times(ws[i]).dividedBy(total(ws));
          expect(period.minus(exact).abs().lessThan("0.01")).toBe(true);
        }
        for (let i = 0; i < ws.length; i++) {
          for (let j = 0; j < ws.length; j++) {
            if (ws[i].greaterThan(ws[j])) {
              const [a, b] = [spread[i].abs(), spread[j].abs()];
              expect(a.greaterThanOrEqualTo(b), `period ${i + 1} weighs more than ${j + 1}`).toBe(true);
            }
          }
        }
      }),
    );
  });

  it("spreads a refund as the mirror of the same positive amount", () => {
    fc.assert(
      fc.property(fenAmount, weights, (amount, ws) => {
        const mirrored = distribute(amount.negated(), ws).map((v) => v.negated());
        expect(figures(mirrored)).toEqual(figures(distribute(amount, ws)));
      }),
    );
  });
});

const profiles: fc.Arbitrary<(n: number) => SpreadProfile> = fc.oneof(
  fc.constant(() => ({ kind: "even" }) as const),
  fc.constant(() => ({ kind: "front" }) as const),
  fc.constant(() => ({ kind: "back" }) as const),
  fc.constant(() => ({ kind: "seasonal" }) as const),
  fc
    .array(fc.integer({ min: 1, max: 1000 }), { minLength: 36, maxLength: 36 })
    .map(
      (ws) => (n: number) =>
        ({ kind: "custom", weights: ws.slice(0, n).map((w) => new Decimal(w).dividedBy(10)) }) as const,
    ),
);

describe("spreading a line over its span", () => {
  const months = axisPeriods({ unit: "month", first: "2026-01", count: 12 });
  const phase = (amount: string, span: LineSpan, calendar = CHINA_RETAIL_CALENDAR) =>
    figures(phaseAmount(dec(amount), span, months, calendar, item));

  it("front-loads 3 : 2 : 1 and back-loads 1 : 2 : 3, zero outside the span", () => {
    expect(phase("600", { first: 2, last: 4, profile: { kind: "front" } }).slice(0, 5)).toEqual([
      "0.00",
      "300.00",
      "200.00",
      "100.00",
      "0.00",
    ]);
    expect(phase("600", { first: 10, last: 12, profile: { kind: "back" } }).slice(8)).toEqual([
      "0.00",
      "100.00",
      "200.00",
      "300.00",
    ]);
  });

  it("follows custom weights over the span", () => {
    const spread = phase("1000", { first: 5, last: 7, profile: { kind: "custom", weights: [dec(1), dec(0), dec(3)] } });
    expect(spread.slice(4, 7)).toEqual(["250.00", "0.00", "750.00"]);
    expect(() => phase("1000", { first: 5, last: 7, profile: { kind: "custom", weights: [dec(1)] } })).toThrow(
      /1 custom weights for a span of 3/,
    );
  });

  it("weighs a year by the Chinese retail calendar: 春节, 618, 双11 and 双12 peaks, an August trough", () => {
    // Weights 1.3 1.2 1 1 1 1.5 1 0.7 1 1 1.6 1.3 add up to 13.6: 13,600 gives 100 per weight unit.
    expect(phase("13600", { first: 1, last: 12, profile: { kind: "seasonal" } })).toEqual(
      ["1300", "1200", "1000", "1000", "1000", "1500", "1000", "700", "1000", "1000", "1600", "1300"].map(
        (v) => `${v}.00`,
      ),
    );
    // June to August alone: 1.5 : 1 : 0.7 of 320.
    expect(phase("320", { first: 6, last: 8, profile: { kind: "seasonal" } }).slice(5, 8)).toEqual([
      "150.00",
      "100.00",
      "70.00",
    ]);
  });

  it("weighs by the calendar month a period starts in, across a year's end and by weeks", () => {
    const flat: SeasonalCalendar = {
      name: { zh: "年末", en: "Year end" },
      weights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3].map((w) => dec(w)),
    };
    const winter = axisPeriods({ unit: "month", first: "2026-11", count: 3 });
    expect(winter.map((p) => p.label)).toEqual(["2026-11", "2026-12", "2027-01"]);
    const spread = phaseAmount(dec(600), { first: 1, last: 3, profile: { kind: "seasonal" } }, winter, flat, item);
    expect(figures(spread)).toEqual(["100.00", "300.00", "200.00"]);
    const weeks = axisPeriods({ unit: "week", first: "2026-11-23", count: 3 });
    expect(weeks.map((p) => p.label)).toEqual(["2026-11-23", "2026-11-30", "2026-12-07"]);
    const weekly = phaseAmount(dec(500), { first: 1, last: 3, profile: { kind: "seasonal" } }, weeks, flat, item);
    expect(figures(weekly)).toEqual(["100.00", "100.00", "300.00"]);
  });

  it("refuses a span outside the axis or backwards, and a bad first period", () => {
    expect(() => phase("1", { first: 0, last: 2, profile: { kind: "even" } })).toThrow(/periods 0–2/);
    expect(() => phase("1", { first: 3, last: 13, profile: { kind: "even" } })).toThrow(/within periods 1 to 12/);
    expect(() => phase("1", { first: 3, last: 2, profile: { kind: "even" } })).toThrow(BudgetInputError);
    expect(() => axisPeriods({ unit: "month", first: "2026-13", count: 3 })).toThrow(/not a calendar date/);
    expect(() => axisPeriods({ unit: "week", first: "2026-05", count: 3 })).toThrow(/is a day/);
    expect(() => axisPeriods({ unit: "month", first: "2026-05", count: 0 })).toThrow(/whole number from 1/);
  });

  it("gives every profile's periods the line's Budget exactly, over any span", () => {
    const spans = fc
      .tuple(fc.integer({ min: 1, max: 36 }), fc.integer({ min: 1, max: 36 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const axis = axisPeriods({ unit: "month", first: "2026-05", count: 36 });
    fc.assert(
      fc.property(fenAmount, spans, profiles, (amount, [first, last], profile) => {
        const span: LineSpan = { first, last, profile: profile(last - first + 1) };
        const spread = phaseAmount(amount, span, axis, CHINA_RETAIL_CALENDAR, item);
        expect(total(spread).equals(amount)).toBe(true);
        spread.forEach((value, p) => {
          if (p + 1 < first || p + 1 > last) expect(value.isZero()).toBe(true);
          if (amount.isPositive()) expect(value.isNegative()).toBe(false);
        });
        if (span.profile.kind === "front" && amount.isPositive()) {
          for (let p = first; p < last; p++) expect(spread[p - 1].greaterThanOrEqualTo(spread[p])).toBe(true);
        }
        if (span.profile.kind === "back" && amount.isPositive()) {
          for (let p = first; p < last; p++) expect(spread[p - 1].lessThanOrEqualTo(spread[p])).toBe(true);
        }
      }),
    );
  });
});

describe("phasing a budget", () => {
  it("spreads the campaign-timeline over three months: 101,132.01, 995,832.00, 197,631.99, total 1,294,596", () => {
    const { budget, phasing } = timelinePreset("campaign-timeline", "en");
    expect(budget.lines).toHaveLength(19);
    const phased = phaseBudget(budget, phasing);
    expect(phased.periods.map((p) => p.label)).toEqual(["2026-05", "2026-06", "2026-07"]);
    // Month 1: posters 7,500 + banners 15,000 + H5 8,000 + booking 5,000 + dashboard 5,000
    // + regional ops 12,000 (3/6 of 24,000) + kickoff 10,000 + travel 6,666.67 + reserve 31,965.34.
    // Month 2: benefits 352,500 + outreach 39,100 + regional ops 8,000 + area ops 57,600
    // + store staff 150,000 + fulfillment 350,000 + travel 6,666.67 + reserve 31,965.33.
    // Month 3: regional ops 4,000 + fulfillment 150,000 + review 5,000 + travel 6,666.66 + reserve 31,965.33.
    expect(figures(phased.periodTotals)).toEqual(["101132.01", "995832.00", "197631.99"]);
    expect(figures(phased.cumulative)).toEqual(["101132.01", "1096964.01", "1294596.00"]);
    expect(phased.total.toFixed(2)).toBe("1294596.00");
    expect(phased.total.equals(budgetTotals(budget).total)).toBe(true);
    const row = (name: string) => figures(phased.rows.find((r) => r.item === name)!.periods);
    expect(row("Travel")).toEqual(["6666.67", "6666.67", "6666.66"]);
    expect(row("Regional operations")).toEqual(["12000.00", "8000.00", "4000.00"]);
    expect(row("Maintenance service delivered")).toEqual(["0.00", "350000.00", "150000.00"]);
    expect(row("Contingency reserve")).toEqual(["31965.34", "31965.33", "31965.33"]);
    const c = phased.categoryTotals;
    expect(figures(c.benefit)).toEqual(["0.00", "352500.00", "0.00"]);
    expect(figures(c.promotion)).toEqual(["22500.00", "39100.00", "0.00"]);
    expect(figures(c.system)).toEqual(["18000.00", "0.00", "0.00"]);
    expect(figures(c.labor)).toEqual(["12000.00", "215600.00", "4000.00"]);
    expect(figures(c.fulfillment)).toEqual(["0.00", "350000.00", "150000.00"]);
    expect(figures(c.admin)).toEqual(["16666.67", "6666.67", "11666.66"]);
    expect(figures(c.contingency)).toEqual(["31965.34", "31965.33", "31965.33"]);
    // Every row sums to its Budget.
    for (const r of phased.rows) expect(total(r.periods).equals(r.amount), r.item).toBe(true);
  });

  it("keeps the total to the fen when amounts have fractions of a fen: the reserve takes the difference", () => {
    const budget = presetBudget("campaign", "en");
    budget.lines[0] = { ...budget.lines[0], quantity: dec("2000.333"), unitCost: dec("150.17") };
    const phased = phaseBudget(budget, evenPhasing(budget, { unit: "month", first: "2026-05", count: 7 }));
    const exact = budgetTotals(budget).total;
    expect(exact.decimalPlaces()).toBeGreaterThan(2);
    expect(phased.total.equals(exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
    expect(phased.rows[0].amount.toFixed(2)).toBe("300390.01");
  });

  it("spreads a refund line exactly alongside the others", () => {
    const budget = presetBudget("campaign", "en");
    budget.lines.push({
      ...budget.lines[0],
      item: "Supplier refund",
      quantity: dec(1),
      unitCost: dec("-1000.01"),
      times: dec(1),
    });
    const phasing = evenPhasing(budget, { unit: "week", first: "2026-05-04", count: 6 });
    const phased = phaseBudget(budget, phasing);
    expect(figures(phased.rows[19].periods)).toEqual([
      "-166.67",
      "-166.67",
      "-166.67",
      "-166.67",
      "-166.67",
      "-166.66",
    ]);
    // (1,198,700 − 1,000.01) × 1.08 = 1,293,515.9892: the phased total is that to the fen.
    expect(budgetTotals(budget).total.toString()).toBe("1293515.9892");
    expect(phased.total.toFixed(4)).toBe("1293515.9900");
  });

  it("refuses a phasing with a span count other than the budget's lines", () => {
    const { budget, phasing } = timelinePreset("campaign-timeline", "zh");
    expect(() => phaseBudget(budget, { ...phasing, lines: phasing.lines.slice(1) })).toThrow(
      /18 spans for a budget of 19/,
    );
  });
});
