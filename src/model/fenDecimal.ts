import { Decimal, ZERO } from "./decimal";

/*
 * Whole numbers and whole fen as Decimals, made straight from their digits. decimal.js documents how a
 * Decimal holds its value: the digits in base 10^7 words (`d`, the point between words, trailing zero
 * words left out), the base-10 exponent of the first digit (`e`) and the sign (`s`). A phased budget
 * makes tens of thousands of such figures; parsing each from text is most of what making them costs.
 * The figures are exactly those `new Decimal(text)` makes (test/model-fen-decimal.test.ts).
 */

const BASE = 10_000_000;

interface Digits {
  d: number[];
  e: number;
  s: number;
}

/** The base-10^7 words of a safe whole number above 0, first word first. */
function words(n: number): number[] {
  if (n < BASE) return [n];
  const out: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / BASE)) out.push(rest % BASE);
  return out.reverse();
}

/** The base-10 exponent of the first digit of a whole number above 0. */
function exponent(n: number): number {
  let e = 0;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) e++;
  return e;
}

function withDigits(negative: boolean, d: number[], e: number): Decimal {
  // The constructor's fast path for a small whole number makes a plain instance; its digits are then set.
  const x = new Decimal(negative ? -1 : 1) as unknown as Digits;
  x.d = d;
  x.e = e;
  return x as unknown as Decimal;
}

/** Whole numbers 0 to 1023, made once: weights, remainders and small counts are mostly these. */
const SMALL: Decimal[] = Array.from({ length: 1024 }, (_, n) => new Decimal(n));

/** A safe whole number as a Decimal. */
export function wholeDecimal(n: number): Decimal {
  if (n >= 0 && n < SMALL.length && Number.isInteger(n)) return SMALL[n];
  // Below 10^7 (and not a safe whole number) the constructor's own fast path is as quick.
  if (!Number.isSafeInteger(n) || Math.abs(n) < BASE) return new Decimal(n);
  const size = Math.abs(n);
  const d = words(size);
  while (d[d.length - 1] === 0) d.pop();
  return withDigits(n < 0, d, exponent(size));
}

/** A safe whole number of fen (signed) as yuan: fen ÷ 100, exactly. */
export function fenAsYuan(fen: number): Decimal {
  if (fen === 0) return ZERO;
  if (!Number.isSafeInteger(fen)) return new Decimal(fen).dividedBy(100);
  const size = Math.abs(fen);
  const yuan = Math.floor(size / 100);
  const cents = size % 100;
  if (yuan === 0) return withDigits(fen < 0, [cents * 100_000], cents >= 10 ? -1 : -2);
  const d = words(yuan);
  if (cents > 0) d.push(cents * 100_000);
  else while (d[d.length - 1] === 0) d.pop();
  return withDigits(fen < 0, d, exponent(yuan));
}
