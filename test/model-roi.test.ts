import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakEvenRevenue, contingencyAmount, customerAcquisitionCost, roiOnGrossProfit } from "../src/model";
import { d, inputError } from "./helpers/inputError";

describe("roiOnGrossProfit", () => {
  it("uses gross profit, not revenue: 700,000 at 40% on 1,300,000 is 0.2154 (a loss)", () => {
    expect(roiOnGrossProfit(d(700000), d("0.4"), d(1300000)).toDecimalPlaces(4).toString()).toBe("0.2154");
  });

  it("gives the seed's corrected examples: 0.8, not 2; plan D 0.72", () => {
    expect(roiOnGrossProfit(d(1000000), d("0.4"), d(500000)).toString()).toBe("0.8");
    expect(roiOnGrossProfit(d(900000), d("0.4"), d(500000)).toString()).toBe("0.72");
  });

  it("a zero margin earns nothing; a zero cost has nothing to divide by", () => {
    expect(roiOnGrossProfit(d(700000), d(0), d(1300000)).toString()).toBe("0");
    const noCost = inputError(() => roiOnGrossProfit(d(700000), d("0.4"), d(0)));
    expect(noCost.kind).toBe("div0");
    expect(noCost.text.en).toBe("Cost is 0: ROI needs a cost to divide by");
  });

  it("refuses negative figures and margins outside 0–100%", () => {
    expect(inputError(() => roiOnGrossProfit(d(-1), d("0.4"), d(1))).kind).toBe("value");
    expect(inputError(() => roiOnGrossProfit(d(1), d("0.4"), d(-1))).text.en).toBe("Cost is -1: it cannot be negative");
    expect(inputError(() => roiOnGrossProfit(d(1), d(40), d(1))).text.en).toBe(
      "Gross margin is 40: a rate is a fraction of 1, so write 40% or 0.4",
    );
    expect(inputError(() => roiOnGrossProfit(d(1), d("1.5"), d(1))).text.en).toBe(
      "Gross margin is 150%: a rate cannot exceed 100%",
    );
  });
});

describe("breakEvenRevenue", () => {
  it("is cost ÷ margin: 1,300,000 at 40% is 3,250,000", () => {
    expect(breakEvenRevenue(d(1300000), d("0.4")).toString()).toBe("3250000");
  });

  it("has no answer at a zero margin", () => {
    const error = inputError(() => breakEvenRevenue(d(1300000), d(0)));
    expect(error.kind).toBe("div0");
    expect(error.text.zh).toBe("毛利率为 0：收入再多也没有毛利，无法回本");
  });

  it("is where ROI on gross profit is exactly 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 100 }), (cost, percent) => {
        const margin = d(percent).dividedBy(100);
        const revenue = breakEvenRevenue(d(cost), margin);
        expect(roiOnGrossProfit(revenue, margin, d(cost)).toDecimalPlaces(30).toString()).toBe("1");
      }),
    );
  });
});

describe("customerAcquisitionCost", () => {
  it("is spend ÷ new customers: 500,000 over 25,000 is 20", () => {
    expect(customerAcquisitionCost(d(500000), d(25000)).toString()).toBe("20");
  });

  it("refuses no customers and negative spend", () => {
    expect(inputError(() => customerAcquisitionCost(d(500000), d(0))).kind).toBe("div0");
    expect(inputError(() => customerAcquisitionCost(d(-1), d(5))).text.en).toBe("Spend is -1: it cannot be negative");
  });
});

describe("contingencyAmount", () => {
  it("is 8% of the six categories' 1,198,700: 95,896", () => {
    expect(contingencyAmount(d(1198700), d("0.08")).toString()).toBe("95896");
  });

  it("is exactly linear in the rate", () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((value) => d(value.toString()).dividedBy(100));
    const rate = fc.integer({ min: 0, max: 10000 }).map((points) => d(points).dividedBy(10000));
    fc.assert(
      fc.property(cents, rate, rate, (base, first, second) => {
        const sum = contingencyAmount(base, first).plus(contingencyAmount(base, second));
        expect(sum.equals(contingencyAmount(base, first.plus(second)))).toBe(true);
      }),
    );
  });
});
