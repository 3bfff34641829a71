import DecimalJs from "decimal.js";

/**
 * The one Decimal constructor the product uses: 40 significant digits, so shares, funnels and ROI
 * never lose a cent before display rounding.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export type DecimalInput = Decimal | number | string;

export function dec(value: DecimalInput): Decimal {
  return new Decimal(value);
}

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  // Zeros are skipped: adding them changes nothing, and a phased budget is mostly zeros.
  for (const value of values) if (!value.isZero()) total = total.plus(value);
  return total;
}
