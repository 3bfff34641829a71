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

  it("spreads 2,000 deals like the Reached lines' spend (5,768.22 / 15,947.41 / 678.61) with no lag", () => {
    const plan = phaseFunnel(budget, phased);
    expect(plan.topStage).toBe("Reached");
    expect(money(plan.topSpend)).toEqual(["5768.22", "15947.41", "678.61"]);
    // 515.15, 1424.24, 60.61: the missing deal goes to the largest remainder, the third month.
    expect(figures(plan.deals)).toEqual(["515", "1424", "61"]);
    expect(money(plan.spend)).toEqual(["109790.87", "1100675.06", "201201.25"]);
    expect(money(plan.costPerDeal)).toEqual(["213.19", "772.95", "3298.38"]);
    expect(plan.costPerDeal[0]!.times(515).toFixed(2)).toBe("109790.87");
    expect(plan.totalCostPerDeal!.toFixed(2)).toBe("705.83");
  });

  it("moves the deals one period later with a lag of 1; what runs past the end lands in the last period", () => {
    const plan = phaseFunnel(budget, phased, 1);
    expect(figures(plan.deals)).toEqual(["0", "515", "1485"]);
    expect(money(plan.costPerDeal)).toEqual([null, "2137.23", "135.49"]);
    expect(figures(phaseFunnel(budget, phased, "2").deals)).toEqual(["0", "0", "2000"]);
    expect(figures(phaseFunnel(budget, phased, 7).deals)).toEqual(["0", "0", "2000"]);
  });

  it("follows the whole budget's spend when no line is driven", () => {
    const undriven = { ...budget, lines: budget.lines.map((line) => ({ ...line, driver: "" })) };
    const plan = phaseFunnel(undriven, phaseBudget(undriven, phasing));
    expect(plan.topStage).toBeNull();
    // 2,000 × 109,790.87 / 1,411,667.18 = 155.55…, × 1,100,675.06 / … = 1,559.42…, × 201,201.25 / … = 285.05…
    expect(figures(plan.deals)).toEqual(["156", "1559", "285"]);
  });

  it("rejects a lag that is not a whole number of periods, showing it as typed", () => {
    for (const typed of ["-1", "1.5", "two", "", -1, 0.5, 121]) {
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
        fc.integer({ min: 0, max: 30 }),
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
          const plan = phaseFunnel(budget, phaseBudget(budget, { ...even, lines }), lag);
          expect(sumOf(plan.deals).toFixed()).toBe(String(target));
          expect(plan.deals.every((d) => d.isInteger() && !d.isNegative())).toBe(true);
          // No deal before the top of the funnel spends, plus the lag.
          plan.deals.forEach((d, p) => {
            if (p + 1 < Math.min(first + lag, count)) expect(d.isZero()).toBe(true);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
