import { expect } from "vitest";
import { dec, type Decimal } from "../../src/model";

/**
 * An engine's double against the model's decimal: a number, equal within `relative` of the expected
 * value plus `absolute`, for figures near zero.
 */
export function expectClose(
  actual: unknown,
  expected: Decimal,
  label: string,
  relative: string,
  absolute = "1e-9",
): void {
  expect(typeof actual, `${label} = ${JSON.stringify(actual)}`).toBe("number");
  const diff = dec(actual as number)
    .minus(expected)
    .abs();
  const allowed = expected.abs().times(relative).plus(absolute);
  expect(diff.lessThanOrEqualTo(allowed), `${label}: ${actual} vs ${expected}`).toBe(true);
}

/** HyperFormula against the model: 9 significant digits, far below a fen. */
export const ENGINE_TOLERANCE = "1e-9";
/** LibreOffice's saved doubles against the model: a millionth, relative. */
export const LIBREOFFICE_TOLERANCE = "1e-6";
/** Cached results the exporter wrote against the model. */
export const CACHED_TOLERANCE = "1e-12";
