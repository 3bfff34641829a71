import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Decimal } from "../src/model/decimal";
import { fenAsYuan, wholeDecimal } from "../src/model/fenDecimal";

/** Everything a Decimal holds: sign, exponent and digits, as decimal.js keeps them. */
const held = (x: Decimal) => {
  const { s, e, d } = x as unknown as { s: number; e: number; d: number[] };
  return { s, e, d: [...d], text: x.toString() };
};

const yuanText = (fen: bigint) => {
  const size = fen < 0n ? -fen : fen;
  return `${fen < 0n ? "-" : ""}${size / 100n}.${String(size % 100n).padStart(2, "0")}`;
};

describe("figures made from whole fen and whole numbers", () => {
  it("fen as yuan are the Decimals their text makes, to every digit", () => {
    const edges = [1, 5, 9, 10, 50, 99, 100, 101, 1_000_000_000, 1_000_000_001, 1_000_000_010, 999_999_999_99];
    const cases = [...edges, 2 ** 53 - 1, 10 ** 15, 10 ** 15 + 1, 123_456_789_012_34].flatMap((n) => [n, -n]);
    for (const fen of cases)
      expect(held(fenAsYuan(fen)), String(fen)).toEqual(held(new Decimal(yuanText(BigInt(fen)))));
    expect(fenAsYuan(-12_345).toString()).toBe("-123.45");
    expect(fenAsYuan(1_000_000_005).toString()).toBe("10000000.05");
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        expect(held(fenAsYuan(fen))).toEqual(held(new Decimal(yuanText(BigInt(fen)))));
      }),
      { numRuns: 2000 },
    );
  });

  it("whole numbers are the Decimals their text makes, and compute alike", () => {
    for (const n of [
      0,
      1,
      1023,
      1024,
      9_999_999,
      10_000_000,
      10_000_001,
      100_000_000_000_000,
      2 ** 53 - 1,
      -5,
      -10_000_000,
    ])
      expect(held(wholeDecimal(n)), String(n)).toEqual(held(new Decimal(String(n))));
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.maxSafeInteger(), (a, b) => {
        expect(held(wholeDecimal(a))).toEqual(held(new Decimal(String(a))));
        expect(wholeDecimal(a).plus(wholeDecimal(b)).toString()).toBe((BigInt(a) + BigInt(b)).toString());
        expect(fenAsYuan(a).times(100).toString()).toBe(String(a));
      }),
      { numRuns: 2000 },
    );
  });
});
