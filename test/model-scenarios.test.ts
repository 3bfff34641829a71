import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SCENARIO_DRIFTS,
  Decimal,
  applyFunnel,
  budgetOutcome,
  budgetTotals,
  driftedRates,
  presetBudget,
  requiredCounts,
  scenarioOutcomes,
  type Budget,
  type ScenarioDrift,
} from "../src/model";
import { d, inputError } from "./helpers/inputError";

const strings = (values: readonly Decimal[]) => values.map((value) => value.toString());

describe("scenarios of the campaign-funnel budget at −20% / 0 / +20%", () => {
  const budget = presetBudget("campaign-funnel", "en");
  const [conservative, base, optimistic] = scenarioOutcomes(budget);

  it("drift the open rate (participation) and the booking rate (conversion), relatively", () => {
    expect(strings(conservative.rates)).toEqual(["0.85", "0.096", "0.224", "0.65", "0.9"]);
    expect(strings(base.rates)).toEqual(["0.85", "0.12", "0.28", "0.65", "0.9"]);
    expect(strings(optimistic.rates)).toEqual(["0.85", "0.144", "0.336", "0.65", "0.9"]);
  });

  it("keep the bought pool of 119,756 and round each stage down", () => {
    // conservative: 101,792 × 0.096 = 9,772.032 → 9,772; × 0.224 = 2,188.928 → 2,188;
    //   × 0.65 = 1,422.2 → 1,422; × 0.9 = 1,279.8 → 1,279
    expect(strings(conservative.counts)).toEqual(["119756", "101792", "9772", "2188", "1422", "1279"]);
    expect(strings(base.counts)).toEqual(["119756", "101792", "12215", "3420", "2223", "2000"]);
    // optimistic: 101,792 × 0.144 = 14,658.048 → 14,658; × 0.336 = 4,925.088 → 4,925;
    //   × 0.65 = 3,201.25 → 3,201; × 0.9 = 2,880.9 → 2,880
    expect(strings(optimistic.counts)).toEqual(["119756", "101792", "14658", "4925", "3201", "2880"]);
    expect(strings([conservative.deals, base.deals, optimistic.deals])).toEqual(["1279", "2000", "2880"]);
  });

  it("need 983,409.38 / 1,411,667.18 / 1,934,419.58: driven lines follow their stage, 184,600 stays", () => {
    // conservative six categories: 184,600 + 101,792 × 0.22 + 1,422 × 135 + 1,279 × 400
    //   = 184,600 + 22,394.24 + 191,970 + 511,600 = 910,564.24; × 1.08 = 983,409.3792
    // optimistic: 184,600 + 22,394.24 + 3,201 × 135 + 2,880 × 400 = 1,791,129.24; × 1.08 = 1,934,419.5792
    expect(strings([conservative.fixed, base.fixed, optimistic.fixed])).toEqual(["184600", "184600", "184600"]);
    expect(strings(conservative.drivenCosts)).toEqual(["0", "22394.24", "0", "0", "191970", "511600"]);
    expect(strings([conservative.base, base.base, optimistic.base])).toEqual(["910564.24", "1307099.24", "1791129.24"]);
    expect(strings([conservative.total, base.total, optimistic.total])).toEqual([
      "983409.3792",
      "1411667.1792",
      "1934419.5792",
    ]);
  });

  it("earn 447,650 / 700,000 / 1,008,000 at 350 a deal, 40% of it gross profit", () => {
    expect(strings([conservative.revenue, base.revenue, optimistic.revenue])).toEqual(["447650", "700000", "1008000"]);
    expect(strings([conservative.grossProfit!, base.grossProfit!, optimistic.grossProfit!])).toEqual([
      "179060",
      "280000",
      "403200",
    ]);
  });

  it("give ROI 0.1821 / 0.1983 / 0.2084 and break-even revenue of budget ÷ 40%", () => {
    // 179,060 ÷ 983,409.3792 = 0.18208…; 403,200 ÷ 1,934,419.5792 = 0.20843…
    expect([conservative.roi!, base.roi!, optimistic.roi!].map((roi) => roi.toFixed(4))).toEqual([
      "0.1821",
      "0.1983",
      "0.2084",
    ]);
    expect(strings([conservative.breakEvenRevenue!, base.breakEvenRevenue!, optimistic.breakEvenRevenue!])).toEqual([
      "2458523.448",
      "3529167.948",
      "4836048.948",
    ]);
  });

  it("reproduce the budget's own figures in the base scenario", () => {
    const totals = budgetTotals(budget);
    const outcome = budgetOutcome(budget);
    expect(strings(base.counts)).toEqual(strings(requiredCounts(budget.funnel!)));
    expect(base.total.toString()).toBe(totals.total.toString());
    expect(base.contingency.toString()).toBe(totals.contingency.toString());
    expect(base.revenue.toString()).toBe(budget.goals.revenue!.toString());
    expect(base.roi!.toString()).toBe(outcome.roi!.toString());
    expect(base.breakEvenRevenue!.toString()).toBe(outcome.breakEvenRevenue!.toString());
  });
});

describe("scenario drift", () => {
  const budget = presetBudget("campaign-funnel", "en");
  const drift = (participation: string, conversion: string): ScenarioDrift => ({
    key: "optimistic",
    participation: d(participation),
    conversion: d(conversion),
  });

  it("caps a drifted rate at 100%", () => {
    expect(strings(driftedRates(budget.funnel!, drift("9", "3")))).toEqual(["0.85", "1", "1", "0.65", "0.9"]);
  });

  it("drifts one rate twice when participation and conversion are the same stage", () => {
    const same = { ...budget.funnel!, conversionStage: 2 };
    expect(driftedRates(same, drift("0.5", "0.5"))[1].toString()).toBe("0.27");
  });

  it("takes other changes than the defaults", () => {
    const [outcome] = scenarioOutcomes(budget, [drift("-0.5", "0")]);
    // 101,792 × 0.06 = 6,107.52 → 6,107; × 0.28 → 1,709; × 0.65 → 1,110; × 0.9 → 999
    expect(strings(outcome.counts)).toEqual(["119756", "101792", "6107", "1709", "1110", "999"]);
  });

  it("refuses a change of −100% or less, and a budget without a funnel", () => {
    const error = inputError(() => scenarioOutcomes(budget, [drift("-1", "0")]));
    expect(error.kind).toBe("num");
    expect(error.text.en).toContain("participation change is -1");
    expect(error.text.zh).toContain("参与率变化为 -1");
    expect(inputError(() => scenarioOutcomes(presetBudget("campaign", "en"))).kind).toBe("value");
  });

  it("defaults to conservative −20%, base 0 and optimistic +20% on both rates", () => {
    expect(DEFAULT_SCENARIO_DRIFTS.map((s) => `${s.key} ${s.participation} ${s.conversion}`)).toEqual([
      "conservative -0.2 -0.2",
      "base 0 0",
      "optimistic 0.2 0.2",
    ]);
  });
});

describe("the base scenario of any funnel", () => {
  it("gives back every stage's required people: floor(ceil(n ÷ r) × r) = n for r ≤ 1", () => {
    const budget = presetBudget("campaign-funnel", "en");
    const rate = fc.integer({ min: 1, max: 10000 }).map((basisPoints) => d(basisPoints).dividedBy(10000));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.array(rate, { minLength: 5, maxLength: 5 }),
        (target, rates) => {
          const funnel = {
            ...budget.funnel!,
            targetDeals: d(target),
            stages: budget.funnel!.stages.map((stage, i) => ({ ...stage, rate: rates[i] })),
          };
          const aimed: Budget = { ...budget, funnel };
          const [base] = scenarioOutcomes(aimed, [DEFAULT_SCENARIO_DRIFTS[1]]);
          expect(strings(base.counts)).toEqual(strings(requiredCounts(funnel)));
          expect(base.total.toString()).toBe(budgetTotals(applyFunnel(aimed)).total.toString());
        },
      ),
      { numRuns: 200 },
    );
  });
});
