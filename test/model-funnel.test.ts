import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, ONE, forwardFunnel, reverseFunnel, validateRates } from "../src/model";
import { inputError } from "./helpers/inputError";

const SEED_RATES = ["0.85", "0.12", "0.28", "0.65", "0.9"].map((rate) => new Decimal(rate));
const strings = (counts: Decimal[]) => counts.map((count) => count.toString());

describe("reverseFunnel", () => {
  it("rounds every stage up by default: the seed's 2000 deals need 119,756 people", () => {
    expect(strings(reverseFunnel(new Decimal(2000), SEED_RATES))).toEqual([
      "119756",
      "101792",
      "12215",
      "3420",
      "2223",
      "2000",
    ]);
  });

  it("without rounding keeps the exact quotients (2222.22, 3418.80, 12210.01, 101750.10, 119706.00)", () => {
    const counts = reverseFunnel(new Decimal(2000), SEED_RATES, "none");
    expect(counts.map((count) => count.toDecimalPlaces(2).toFixed(2))).toEqual([
      "119706.00",
      "101750.10",
      "12210.01",
      "3418.80",
      "2222.22",
      "2000.00",
    ]);
  });

  it('"nearest" and "down" round each stage', () => {
    expect(strings(reverseFunnel(new Decimal(2000), SEED_RATES, "nearest"))).toEqual([
      "119676",
      "101725",
      "12207",
      "3418",
      "2222",
      "2000",
    ]);
    expect(strings(reverseFunnel(new Decimal(2000), SEED_RATES, "down"))).toEqual([
      "119676",
      "101725",
      "12207",
      "3418",
      "2222",
      "2000",
    ]);
    expect(strings(reverseFunnel(new Decimal(2001), SEED_RATES, "down"))).toEqual([
      "119744",
      "101783",
      "12214",
      "3420",
      "2223",
      "2001",
    ]);
  });

  it("needs exactly 100 people for 69 at 69%", () => {
    expect(strings(reverseFunnel(new Decimal(69), [new Decimal("0.69")]))).toEqual(["100", "69"]);
  });

  it("adds the one person a quotient rounded to the working precision would hide", () => {
    // 100 plus 10^-45: divided by 100% it rounds to exactly 100 at 40 digits, yet 100 people are not enough.
    const target = new Decimal("100.000000000000000000000000000000000000000000001");
    expect(target.dividedBy(ONE).toString()).toBe("100");
    expect(reverseFunnel(target, [ONE])[0].toString()).toBe("101");
  });

  it("refuses a negative target and rates outside (0, 100%], naming the stage", () => {
    expect(inputError(() => reverseFunnel(new Decimal(-1), SEED_RATES)).text).toEqual({
      en: "Target is -1: it cannot be negative",
      zh: "目标为 -1：不能为负数",
    });
    const wholePercent = inputError(() =>
      reverseFunnel(new Decimal(2000), [SEED_RATES[0], SEED_RATES[1], new Decimal(65)]),
    );
    expect(wholePercent.kind).toBe("value");
    expect(wholePercent.text).toEqual({
      en: "Rate 3 is 65: a rate is a fraction of 1, so write 65% or 0.65",
      zh: "第 3 个转化率为 65：比率按百分比或小数填写，请写成 65% 或 0.65",
    });
  });
});

describe("validateRates", () => {
  it("takes 100% and tiny rates, refuses 0, negatives, above 100%, non-finite and none at all", () => {
    expect(() => validateRates([ONE, new Decimal("1e-12")])).not.toThrow();
    expect(inputError(() => validateRates([new Decimal(0)])).text.en).toBe(
      "Rate 1 is 0%: a stage rate must be above 0% and at most 100%",
    );
    expect(inputError(() => validateRates([ONE, new Decimal("-0.2")])).text.en).toBe(
      "Rate 2 is -20%: a stage rate must be above 0% and at most 100%",
    );
    expect(inputError(() => validateRates([new Decimal("1.0000001")])).text.en).toBe(
      "Rate 1 is 100.00001%: a rate cannot exceed 100%",
    );
    expect(inputError(() => validateRates([new Decimal(NaN)])).kind).toBe("num");
    expect(inputError(() => validateRates([new Decimal(Infinity)])).text.en).toBe("Rate 1 is not a finite number");
    const none = inputError(() => validateRates([]));
    expect(none.kind).toBe("value");
  });
});

describe("forwardFunnel", () => {
  it("rounds down by default: the 119,756 pool reaches the 2000 deals", () => {
    expect(strings(forwardFunnel(new Decimal(119756), SEED_RATES))).toEqual([
      "119756",
      "101792",
      "12215",
      "3420",
      "2223",
      "2000",
    ]);
  });

  it("without rounding multiplies exactly", () => {
    expect(strings(forwardFunnel(new Decimal(119756), SEED_RATES, "none"))).toEqual([
      "119756",
      "101792.6",
      "12215.112",
      "3420.23136",
      "2223.150384",
      "2000.8353456",
    ]);
  });

  it("refuses a negative pool", () => {
    expect(inputError(() => forwardFunnel(new Decimal(-5), SEED_RATES)).text.en).toBe(
      "Pool is -5: it cannot be negative",
    );
  });
});

describe("reverse and forward funnels agree", () => {
  /** Checks in far more digits than the model works in, so that they are exact. */
  const Exact = Decimal.clone({ precision: 200 });
  /** Rates down to 0.01% with up to 17 significant digits, as Excel's doubles give them. */
  const rate = fc
    .tuple(fc.bigInt({ min: 1n, max: 10n ** 17n }), fc.integer({ min: 0, max: 4 }))
    .map(([digits, shift]) => new Decimal(digits.toString()).dividedBy(new Decimal(10).pow(17 + shift)))
    .filter((value) => value.greaterThanOrEqualTo("0.0001") && value.lessThanOrEqualTo(1));
  const target = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((count) => new Decimal(count.toString()));

  function expectFewestWholePeople(goal: Decimal, rates: Decimal[]): void {
    const up = reverseFunnel(goal, rates, "up");
    const none = reverseFunnel(goal, rates, "none");
    rates.forEach((stageRate, stage) => {
      expect(up[stage].isInteger()).toBe(true);
      expect(up[stage].greaterThanOrEqualTo(none[stage])).toBe(true);
      const count = new Exact(up[stage].toString());
      const below = new Exact(up[stage + 1].toString());
      expect(count.times(stageRate.toString()).greaterThanOrEqualTo(below)).toBe(true);
      if (!count.isZero()) expect(count.minus(1).times(stageRate.toString()).lessThan(below)).toBe(true);
    });
    const reached = forwardFunnel(up[0], rates, "none");
    expect(reached[rates.length].greaterThanOrEqualTo(goal)).toBe(true);
  }

  it('"up" counts are the fewest whole people that reach the stage below, and run forward reach the target', () => {
    fc.assert(fc.property(target, fc.array(rate, { minLength: 1, maxLength: 6 }), expectFewestWholePeople));
  });

  it('"up" counts are as exact for rates of one to nine decimals, typed as planners type them', () => {
    const typedRate = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 10 ** 9 }))
      .map(([places, digits]) => new Decimal(digits % 10 ** places || 10 ** places).dividedBy(10 ** places));
    const count = fc.oneof(
      target,
      fc.bigInt({ min: 2n ** 53n - 10n ** 6n, max: 2n ** 53n + 10n }).map((n) => new Decimal(n.toString())),
    );
    fc.assert(fc.property(count, fc.array(typedRate, { minLength: 1, maxLength: 6 }), expectFewestWholePeople), {
      numRuns: 500,
    });
    expect(strings(reverseFunnel(new Decimal(69), [new Decimal("0.69")]))).toEqual(["100", "69"]);
    expect(strings(reverseFunnel(new Decimal("9007199254740991"), [new Decimal("0.5")]))).toEqual([
      "18014398509481982",
      "9007199254740991",
    ]);
  });
});
