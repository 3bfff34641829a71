import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BudgetInputError,
  Decimal,
  applyFunnel,
  dec,
  distributeWhole,
  evenPhasing,
  parseStageLag,
  phaseBudget,
  phaseFunnel,
  presetBudget,
  shiftLater,
  timelinePreset,
  type Budget,
  type LineSpan,
  type Phasing,
} from "../src/model";

const figures = (values: readonly Decimal[]) => values.map((v) => v.toFixed());
const money = (values: readonly (Decimal | null)[]) => values.map((v) => (v === null ? null : v.toFixed(2)));
const sumOf = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));

/**
 * campaign-funnel over three months with the worked example's spans (campaign-timeline), except the
 * top of the funnel: SMS (Reached) 1 : 3 over months 1–2, app push (Reached) even over months 1–3.
 */
function funnelOverThreeMonths(): { budget: Budget; phasing: Phasing } {
  const budget = applyFunnel(presetBudget("campaign-funnel", "en"));
  const spans: LineSpan[] = [...timelinePreset("campaign-timeline", "en").phasing.lines];
  expect(budget.lines[3].item).toBe("SMS");
  expect(budget.lines[4].item).toBe("App push");
  spans[3] = { first: 1, last: 2, profile: { kind: "custom", weights: [dec(1), dec(3)] } };
  spans[4] = { first: 1, last: 3, profile: { kind: "even" } };
  const { phasing } = timelinePreset("campaign-timeline", "en");
  return { budget, phasing: { ...phasing, lines: spans } };
}

describe("phaseFunnel: expected deals follow the top-of-funnel spend", () => {
  const { budget, phasing } = funnelOverThreeMonths();
  const phased = phaseBudget(budget, phasing);

  const phasedWithLag = (lag: number) => phaseBudget(budget, { ...phasing, stageLag: lag });

  it("spreads 2,000 deals like the Reached lines' spend (5,768.22 / 15,947.41 / 678.61) with no lag", () => {
    const plan = phaseFunnel(budget, phased);
    expect(plan.topStage).toBe("Reached");
    expect(money(plan.topSpend)).toEqual(["5768.22", "15947.41", "678.61"]);
    // 515.15, 1424.24, 60.61: the missing deal goes to the largest remainder, the third month.
    expect(figures(plan.deals)).toEqual(["515", "1424", "61"]);
    // The lines bound to Visited and Deals follow their stage, so the campaign month no longer holds them all.
    expect(money(plan.spend)).toEqual(["393090.73", "933881.15", "84695.30"]);
    expect(money(plan.costPerDeal)).toEqual(["763.28", "655.82", "1388.45"]);
    expect(plan.totalCostPerDeal!.toFixed(2)).toBe("705.83");
  });

  it("moves the deals one period later with a lag of 1; what runs past the end lands in the last period", () => {
    const plan = phaseFunnel(budget, phasedWithLag(1), 1);
    expect(figures(plan.deals)).toEqual(["0", "515", "1485"]);
    expect(money(plan.spend)).toEqual(["109790.87", "433869.92", "868006.39"]);
    expect(money(plan.costPerDeal)).toEqual([null, "842.47", "584.52"]);
    expect(figures(phaseFunnel(budget, phasedWithLag(2)).deals)).toEqual(["0", "0", "2000"]);
    expect(() => phaseFunnel(budget, phased, 1)).toThrow("another stage lag");
  });

  it("spreads each driven line with its stage: deals lines like the deals, Visited lines like the Reached spend", () => {
    const rows = phased.rows;
    expect(rows[0].item).toBe("Discount");
    // Deals × 150 and deals × 250, period by period: 515, 1,424 and 61 deals.
    expect(money(rows[0].periods)).toEqual(["77250.00", "213600.00", "9150.00"]);
    expect(money(rows[15].periods)).toEqual(["128750.00", "356000.00", "15250.00"]);
    // 44,460 × 5,768.22 / 22,394.24 = 11,451.83…; the fen are exact and the line sums to its Budget.
    expect(money(rows[1].periods)).toEqual(["11451.83", "31660.90", "1347.27"]);
    expect(money(rows[14].periods)).toEqual(["57259.16", "158304.51", "6736.33"]);
    for (const r of [0, 1, 2, 14, 15]) expect(sumOf(rows[r].periods).toFixed(2)).toBe(rows[r].amount.toFixed(2));
    // The top of the funnel (SMS, app push) and the typed lines keep their own spans and profiles.
    expect(money(rows[3].periods)).toEqual(["5089.60", "15268.80", "0.00"]);
    expect(money(rows[16].periods)).toEqual(["10000.00", "0.00", "0.00"]);
    expect(phased.total.toFixed(2)).toBe("1411667.18");
  });

  it("moves the lines below the top with the lag: Visited and Deals one month after the Reached spend", () => {
    const rows = phasedWithLag(1).rows;
    expect(money(rows[0].periods)).toEqual(["0.00", "77250.00", "222750.00"]);
    expect(money(rows[1].periods)).toEqual(["0.00", "11451.83", "33008.17"]);
    expect(money(rows[3].periods)).toEqual(["5089.60", "15268.80", "0.00"]);
  });

  it("keeps a driven line's own span when its stage has no volume (no deals targeted)", () => {
    const none = applyFunnel({ ...budget, funnel: { ...budget.funnel!, targetDeals: new Decimal(0) } });
    // The discount as a typed lump sum of 9,000.00: no deals to follow, so it keeps its campaign month.
    const lines = none.lines.map((line, i) => (i === 0 ? { ...line, fixedAmount: dec(9000) } : line));
    const rows = phaseBudget({ ...none, lines }, phasing).rows;
    expect(money(rows[0].periods)).toEqual(["0.00", "9000.00", "0.00"]);
    // With 2,000 deals the same lump sum follows them: 9,000 × 515 / 2,000 = 2,317.50.
    const withDeals = phaseBudget(
      { ...budget, lines: budget.lines.map((l, i) => (i === 0 ? { ...l, fixedAmount: dec(9000) } : l)) },
      phasing,
    );
    expect(money(withDeals.rows[0].periods)).toEqual(["2317.50", "6408.00", "274.50"]);
  });

  it("follows the whole budget's spend when no line is driven", () => {
    const undriven = { ...budget, lines: budget.lines.map((line) => ({ ...line, driver: "" })) };
    const plan = phaseFunnel(undriven, phaseBudget(undriven, phasing));
    expect(plan.topStage).toBeNull();
    // 2,000 × 109,790.87 / 1,411,667.18 = 155.55…, × 1,100,675.06 / … = 1,559.42…, × 201,201.25 / … = 285.05…
    expect(figures(plan.deals)).toEqual(["156", "1559", "285"]);
  });

  it("rejects a lag that is not a whole number of periods, showing it as typed", () => {
    for (const typed of ["-1", "1.5", "two", "", -1, 0.5, 3, "7"]) {
      expect(() => phaseFunnel(budget, phased, typed)).toThrow(BudgetInputError);
    }
    const error = (() => {
      try {
        parseStageLag("-1");
      } catch (caught) {
        return caught as BudgetInputError;
      }
      throw new Error("a lag of -1 was accepted");
    })();
    expect(error.text.en).toBe('The stage lag must be a whole number of periods from 0 to 120, not "-1".');
    expect(error.text.zh).toBe("阶段滞后期数应为 0 到 120 的整数，而不是“-1”。");
    // Against an axis: less than its period count.
    expect(() => parseStageLag("3", 3)).toThrow('from 0 to 2, not "3"');
    expect(parseStageLag("2", 3)).toBe(2);
    expect(() => parseStageLag("1.50")).toThrow('not "1.50"');
    expect(parseStageLag(" 3 ")).toBe(3);
  });

  it("needs a funnel budget", () => {
    const plain = presetBudget("campaign", "en");
    expect(() => phaseFunnel(plain, phaseBudget(plain, evenPhasing(plain, phasing.periods)))).toThrow(
      "Expected deals per period need a funnel budget: this budget has no funnel.",
    );
  });
});

describe("distributeWhole and shiftLater", () => {
  it("gives 10 over 1 : 1 : 1 as 4, 3, 3 and keeps the total in the last period on a long lag", () => {
    expect(figures(distributeWhole(dec(10), [dec(1), dec(1), dec(1)]))).toEqual(["4", "3", "3"]);
    expect(figures(shiftLater([dec(1), dec(2), dec(3)], 1))).toEqual(["0", "1", "5"]);
    expect(figures(shiftLater([dec(1), dec(2), dec(3)], 0))).toEqual(["1", "2", "3"]);
  });

  it("makes the period deals sum exactly to the target for any lag, span and target", () => {
    const { budget: base, phasing: basePhasing } = funnelOverThreeMonths();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 23 }),
        (target, count, lag, spanLength, spanStart) => {
          const first = Math.min(spanStart, count - 1) + 1;
          const last = Math.min(first + spanLength - 1, count);
          const budget = applyFunnel({ ...base, funnel: { ...base.funnel!, targetDeals: new Decimal(target) } });
          const even = evenPhasing(budget, { ...basePhasing.periods, count });
          const lines = even.lines.map((span, i) =>
            i === 3 || i === 4 ? { first, last, profile: { kind: "back" as const } } : span,
          );
          const phasedLines = phaseBudget(budget, { ...even, lines, stageLag: Math.min(lag, count - 1) });
          const plan = phaseFunnel(budget, phasedLines);
          expect(sumOf(plan.deals).toFixed()).toBe(String(target));
          // Every line, following its stage or not, sums exactly to its Budget.
          phasedLines.rows.forEach((row) => expect(sumOf(row.periods).toFixed(2)).toBe(row.amount.toFixed(2)));
          expect(plan.deals.every((d) => d.isInteger() && !d.isNegative())).toBe(true);
          // No deal before the top of the funnel spends, plus the lag.
          plan.deals.forEach((d, p) => {
            if (p + 1 < Math.min(first + Math.min(lag, count - 1), count)) expect(d.isZero()).toBe(true);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
