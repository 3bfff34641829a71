import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BudgetInputError,
  applyFunnel,
  breakEvenAverageOrderValue,
  breakEvenRate,
  budgetOutcome,
  costsAtCounts,
  defaultRanges,
  presetBudget,
  requiredCounts,
  type Budget,
  type BudgetLine,
} from "../src/model";
import { d, inputError } from "./helpers/inputError";

function line(item: string, unitCost: number, driver?: string): BudgetLine {
  return {
    category: driver ? "fulfillment" : "system",
    item,
    basis: item,
    quantity: d(1),
    unitCost: d(unitCost),
    times: d(1),
    actual: null,
    owner: "",
    note: "",
    ...(driver ? { driver } : {}),
  };
}

interface Shape {
  stages: [name: string, rate: string][];
  target: number;
  lines: BudgetLine[];
  orderValue?: string;
  margin?: string | null;
  reserve?: string;
}

function budgetOf(shape: Shape): Budget {
  return applyFunnel({
    title: "test",
    lines: shape.lines,
    contingencyRate: d(shape.reserve ?? 0),
    ranges: defaultRanges(),
    goals: { revenue: null, grossMargin: shape.margin === null ? null : d(shape.margin ?? "0.5"), cap: null },
    funnel: {
      poolName: "Pool",
      stages: shape.stages.map(([name, rate]) => ({ name, rate: d(rate) })),
      targetDeals: d(shape.target),
      averageOrderValue: d(shape.orderValue ?? 1000),
      participationStage: 1,
      conversionStage: shape.stages.length,
    },
  });
}

// 100 deals at 10% from a pool of 1,000; 40,000 fixed, 100 per deal; 500 gross profit per deal.
const oneStage = (reserve = "0") =>
  budgetOf({
    stages: [["Deals", "0.1"]],
    target: 100,
    lines: [line("Page", 40000), line("Delivery", 100, "Deals")],
    reserve,
  });

// 100 deals ← 50% ← 200 visitors ← 25% ← a pool of 800; 10 per visitor, 100 per deal, 40,000 fixed.
const twoStages = () =>
  budgetOf({
    stages: [
      ["Visited", "0.25"],
      ["Deals", "0.5"],
    ],
    target: 100,
    lines: [line("Page", 40000), line("Gift", 10, "Visited"), line("Delivery", 100, "Deals")],
  });

describe("breakEvenRate", () => {
  it("finds 10% where 100 deals earn 50,000 gross profit on a 50,000 budget: ROI exactly 1", () => {
    const found = breakEvenRate(oneStage(), 1);
    expect(found.rate.toString()).toBe("0.1");
    expect([found.people, found.peopleAbove, found.deals, found.total, found.roi].map(String)).toEqual([
      "100",
      "1000",
      "100",
      "50000",
      "1",
    ]);
  });

  it("moves the reserve with the driven costs: 8% contingency needs 111 deals, 11.1%", () => {
    // 500 j ≥ 1.08 × (40,000 + 100 j) ⇔ 392 j ≥ 43,200 ⇔ j ≥ 110.2
    const found = breakEvenRate(oneStage("0.08"), 1);
    expect(found.rate.toString()).toBe("0.111");
    expect(found.roi.greaterThanOrEqualTo(1)).toBe(true);
  });

  it("is exact through the floors below the stage: 212 of 800 visitors, 26.5%, not the 26.32% of a smooth funnel", () => {
    // 500 ⌊j/2⌋ ≥ 40,000 + 10 j + 100 ⌊j/2⌋: j = 211 gives 42,000 < 42,110; j = 212 gives 42,400 ≥ 42,120
    const found = breakEvenRate(twoStages(), 1);
    expect([found.rate, found.people, found.deals, found.total].map(String)).toEqual(["0.265", "212", "106", "52720"]);
    const budget = twoStages();
    const costsAt = (visitors: number) => costsAtCounts(budget, [d(800), d(visitors), d(Math.floor(visitors / 2))]);
    // 211 visitors: 105 deals earn 52,500 on 52,610; 212: 106 deals earn 53,000 on 52,720.
    expect(costsAt(211).total.toString()).toBe("52610");
    expect(costsAt(212).total.toString()).toBe("52720");
  });

  it("solves the last stage with the visitors fixed: 105 deals of 200, 52.5%", () => {
    // 500 j ≥ 40,000 + 2,000 + 100 j ⇔ j ≥ 105
    const found = breakEvenRate(twoStages(), 2);
    expect([found.rate, found.people, found.peopleAbove].map(String)).toEqual(["0.525", "105", "200"]);
  });

  // Every campaign has a fixed cost (the page, at least): a budget costing nothing has no break-even to find.
  it("agrees with trying every whole number of people at the stage", () => {
    const rate = fc.integer({ min: 5, max: 100 }).map((percent) => d(percent).dividedBy(100));
    fc.assert(
      fc.property(
        fc.tuple(rate, rate, rate),
        fc.integer({ min: 1, max: 60 }),
        fc.tuple(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 300 })),
        fc.integer({ min: 100, max: 3000 }),
        fc.integer({ min: 1, max: 3 }),
        (rates, target, [fixed, perVisitor, perDeal], orderValue, stage) => {
          const budget = budgetOf({
            stages: [
              ["Opened", rates[0].toString()],
              ["Visited", rates[1].toString()],
              ["Deals", rates[2].toString()],
            ],
            target,
            lines: [line("Page", fixed), line("Gift", perVisitor, "Visited"), line("Delivery", perDeal, "Deals")],
            orderValue: String(orderValue),
            reserve: "0.08",
          });
          const planned = requiredCounts(budget.funnel!);
          const above = planned[stage - 1].toNumber();
          let smallest: number | null = null;
          for (let people = 0; people <= above && smallest === null; people++) {
            const counts = planned.slice(0, stage).concat(d(people));
            for (let s = stage + 1; s < planned.length; s++) counts.push(counts[s - 1].times(rates[s - 1]).floor());
            const total = costsAtCounts(budget, counts).total;
            const grossProfit = counts[counts.length - 1].times(orderValue).times("0.5");
            if (total.isPositive() && grossProfit.greaterThanOrEqualTo(total)) smallest = people;
          }
          if (smallest === null) {
            expect(() => breakEvenRate(budget, stage)).toThrow(BudgetInputError);
          } else {
            expect(breakEvenRate(budget, stage).people.toNumber()).toBe(smallest);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("says no rate up to 100% breaks even the campaign-funnel budget, and what 100% would give", () => {
    // At a 100% booking rate: 12,215 booked, 7,939 visit, 7,145 deals; 1,000,300 gross profit on
    // 1.08 × (184,600 + 22,394.24 + 7,939 × 135 + 7,145 × 400) = 4,467,699.98: ROI 0.22. Each deal
    // costs 400 in discount and delivery and brings 140 of gross profit.
    const error = inputError(() => breakEvenRate(presetBudget("campaign-funnel", "en"), 3));
    expect(error.kind).toBe("num");
    expect(error.text.en).toBe("No Booked rate up to 100% breaks even: at 100% ROI on gross profit is 0.22");
    const zh = inputError(() => breakEvenRate(presetBudget("campaign-funnel", "zh"), 3));
    expect(zh.text.zh).toBe("“预约”转化率即使达到 100% 也无法回本：此时 ROI（按毛利）为 0.22");
  });

  it("refuses a stage outside the funnel, a budget without a funnel and a missing or zero margin", () => {
    const budget = presetBudget("campaign-funnel", "en");
    for (const stage of [0, 6, 1.5]) {
      const error = inputError(() => breakEvenRate(budget, stage));
      expect(error.kind, String(stage)).toBe("value");
      expect(error.text.en).toContain("choose a stage from 1 to 5");
    }
    expect(inputError(() => breakEvenRate(presetBudget("campaign", "en"), 1)).text.en).toContain("has no funnel");
    const noMargin = { ...budget, goals: { ...budget.goals, grossMargin: null } };
    expect(inputError(() => breakEvenRate(noMargin, 1)).kind).toBe("num");
    const zeroMargin = { ...budget, goals: { ...budget.goals, grossMargin: d(0) } };
    expect(inputError(() => breakEvenRate(zeroMargin, 1)).kind).toBe("div0");
  });
});

describe("breakEvenAverageOrderValue", () => {
  it("is total ÷ (deals × margin): 1,411,667.1792 ÷ 800 = 1,764.583974 for campaign-funnel", () => {
    const budget = presetBudget("campaign-funnel", "en");
    const orderValue = breakEvenAverageOrderValue(budget);
    expect(orderValue.toString()).toBe("1764.583974");
    const atIt = applyFunnel({ ...budget, funnel: { ...budget.funnel!, averageOrderValue: orderValue } });
    expect(budgetOutcome(atIt).roi!.toString()).toBe("1");
  });

  it("is 1,000 for 100 deals on a 50,000 budget at 50% margin, 500 at 100%", () => {
    expect(breakEvenAverageOrderValue(oneStage()).toString()).toBe("1000");
    expect(
      breakEvenAverageOrderValue({ ...oneStage(), goals: { revenue: null, grossMargin: d(1), cap: null } }).toString(),
    ).toBe("500");
  });

  it("refuses no deals, no funnel and a margin above 100%", () => {
    const noDeals = budgetOf({ stages: [["Deals", "0.1"]], target: 0, lines: [line("Page", 40000)] });
    expect(inputError(() => breakEvenAverageOrderValue(noDeals)).text.en).toContain("Target deals is 0");
    expect(inputError(() => breakEvenAverageOrderValue(presetBudget("community", "en"))).kind).toBe("value");
    const over = { ...oneStage(), goals: { revenue: null, grossMargin: d("1.2"), cap: null } };
    expect(inputError(() => breakEvenAverageOrderValue(over)).kind).toBe("num");
  });
});
