import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../src/model/decimal";
import { SHARE_PLACES, fenShares, toFen } from "../src/model/phasing";

/** The shares as the rule states them, in Decimal arithmetic step by step. */
function reference(amount: Decimal, weights: readonly Decimal[]) {
  const weightSum = weights.reduce((a, b) => a.plus(b), new Decimal(0));
  const fen = toFen(amount).abs().times(100);
  const shares = weights.map((w) =>
    fen.times(w).dividedBy(weightSum).toDecimalPlaces(SHARE_PLACES, Decimal.ROUND_HALF_UP),
  );
  const floors = shares.map((share) => share.floor());
  const remainders = shares.map((share, i) => share.minus(floors[i]).times(10 ** SHARE_PLACES));
  const floored = floors.reduce((a, b) => a.plus(b), new Decimal(0));
  return { fen: fen.toString(), floors, remainders, missing: fen.minus(floored).toNumber() };
}

const shown = (shares: { fen: Decimal | string; floors: Decimal[]; remainders: Decimal[]; missing: number }) => ({
  fen: shares.fen.toString(),
  floors: shares.floors.map(String),
  remainders: shares.remainders.map(String),
  missing: shares.missing,
});

const fen = (max: bigint) => fc.bigInt({ min: -max, max }).map((n) => new Decimal(n.toString()).dividedBy(100));
const weightsOf = (max: number, places: number) =>
  fc
    .array(fc.integer({ min: 0, max }), { minLength: 1, maxLength: 24 })
    .filter((ws) => ws.some((w) => w > 0))
    .map((ws) => ws.map((w) => new Decimal(w).dividedBy(10 ** places)));

describe("fenShares: the same figures as the Decimal rule, every step", () => {
  it("for whole weights (even, front-loaded, back-loaded), where halves of a millionth are frequent", () => {
    fc.assert(
      fc.property(fen(10n ** 12n), weightsOf(30, 0), (amount, ws) => {
        expect(shown(fenShares(amount, ws))).toEqual(shown(reference(amount, ws)));
      }),
      { numRuns: 2000 },
    );
  });

  it("for weights with up to six decimals and up to eight (past which the Decimal rule alone is used)", () => {
    for (const places of [1, 2, 4, 6, 8]) {
      fc.assert(
        fc.property(fen(10n ** 11n), weightsOf(2_000_000, places), (amount, ws) => {
          expect(shown(fenShares(amount, ws))).toEqual(shown(reference(amount, ws)));
        }),
        { numRuns: 300 },
      );
    }
  });

  it("for amounts too large for whole-number steps", () => {
    fc.assert(
      fc.property(fen(10n ** 22n), weightsOf(1_000_000, 0), (amount, ws) => {
        expect(shown(fenShares(amount, ws))).toEqual(shown(reference(amount, ws)));
      }),
      { numRuns: 300 },
    );
  });

  it("rounds half a millionth up, into the next fen where it carries: 0.01 over 1 : 1,999,999", () => {
    // 0.0000005 fen → 1 millionth; 0.9999995 fen → 1 fen whole, nothing left, no fen missing.
    const ws = [new Decimal(1), new Decimal(1_999_999)];
    const shares = fenShares(new Decimal("0.01"), ws);
    expect(shown(shares)).toEqual({ fen: "1", floors: ["0", "1"], remainders: ["1", "0"], missing: 0 });
    expect(shown(shares)).toEqual(shown(reference(new Decimal("0.01"), ws)));
  });
});
