import type DecimalJs from "decimal.js";
import { Decimal, ONE } from "./decimal";
import { BudgetInputError } from "./errors";
import { requireRate } from "./rates";
import { inputMessages, type InputMessages } from "../i18n";

/** How each stage's count becomes whole people: "up" (at least enough), "down", "nearest", or not at all. */
export type FunnelRounding = "up" | "down" | "nearest" | "none";

const ROUNDING_MODE: Record<Exclude<FunnelRounding, "none">, DecimalJs.Rounding> = {
  up: Decimal.ROUND_CEIL,
  down: Decimal.ROUND_FLOOR,
  nearest: Decimal.ROUND_HALF_UP,
};

function roundPeople(count: Decimal, rounding: FunnelRounding): Decimal {
  return rounding === "none" ? count : count.toDecimalPlaces(0, ROUNDING_MODE[rounding]);
}

/** Checks each stage rate is in (0, 100%]; positions are 1-based, as a planner counts them. */
export function validateRates(rates: readonly Decimal[]): void {
  if (rates.length === 0) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.noRates),
    );
  }
  rates.forEach((rate, index) => {
    // Every comparison builds a Decimal, so the usual rate (below 1, exponent negative) is let through on
    // its sign and exponent alone: this runs for every stage of every funnel a sheet evaluates.
    if (rate.isZero() || rate.isNegative() || !rate.isFinite() || (rate.e >= 0 && rate.greaterThan(ONE))) {
      requireRate(
        rate,
        inputMessages.both((words) => words.rateAt(index + 1)),
        "stage",
      );
    }
  });
}

function requireCount(value: Decimal, what: keyof InputMessages["labels"]): void {
  if (value.isNegative()) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.negative(words.labels[what], value.toString())),
    );
  }
}

/**
 * The reverse funnel: from the target at the bottom, divide by each stage's rate, last stage first.
 * Rates are in funnel order (top first); the result has rates.length + 1 counts in the same order,
 * ending with the target. Rounding applies at every stage, since each stage is whole people.
 */
export function reverseFunnel(target: Decimal, rates: readonly Decimal[], rounding: FunnelRounding = "up"): Decimal[] {
  requireCount(target, "target");
  validateRates(rates);
  const counts: Decimal[] = new Array(rates.length + 1);
  counts[rates.length] = target;
  for (let stage = rates.length - 1; stage >= 0; stage--) {
    const needed = counts[stage + 1];
    counts[stage] =
      rounding === "up" ? enoughPeople(needed, rates[stage]) : roundPeople(needed.dividedBy(rates[stage]), rounding);
  }
  return counts;
}

/**
 * The fewest whole people who, at `rate`, still give `needed`: the quotient rounded up. The quotient is
 * rounded to the working precision first, which cannot step over a whole number but can land on one
 * (100 plus a remainder too small to keep), so a whole quotient is checked by multiplying back.
 * 69 ÷ 0.69 is exactly 100 here, not the 100.00000000000001 of floating point.
 */
function enoughPeople(needed: Decimal, rate: Decimal): Decimal {
  const whole = enoughPeopleInWholeNumbers(needed, rate);
  if (whole !== null) return whole;
  const quotient = needed.dividedBy(rate);
  if (!quotient.isInteger()) return quotient.ceil();
  return quotient.times(rate).lessThan(needed) ? quotient.plus(ONE) : quotient;
}

/** Beyond this, a product of whole numbers may not be exact in a JavaScript number. */
const LARGEST_EXACT = Number.MAX_SAFE_INTEGER;

/**
 * The same quotient rounded up, computed exactly on whole numbers, about three times faster than
 * Decimal division: a rate of 0.85 is 85 ÷ 100, so needed ÷ rate rounded up is needed × 100 ÷ 85 rounded
 * up. Every figure is a whole number below 2^53, where JavaScript multiplies and compares exactly; the
 * one inexact step, the division, is only a guess within one of the answer, settled by multiplying back.
 * Null when a figure is not a whole number in that range (a fractional count, a rate with more than nine
 * decimals), and the Decimal path decides.
 */
function enoughPeopleInWholeNumbers(needed: Decimal, rate: Decimal): Decimal | null {
  if (!needed.isInteger() || needed.e > 14) return null;
  const rateText = rate.toFixed();
  const point = rateText.indexOf(".");
  const places = point < 0 ? 0 : rateText.length - point - 1;
  if (places > 9) return null;
  // rate ≤ 1, so the numerator has at most places + 1 digits.
  const numerator = Number(point < 0 ? rateText : rateText.slice(0, point) + rateText.slice(point + 1));
  const dividend = Number(needed.toFixed()) * 10 ** places;
  if (dividend + 2 * numerator > LARGEST_EXACT) return null;
  let people = Math.ceil(dividend / numerator);
  if ((people - 1) * numerator >= dividend) people -= 1;
  else if (people * numerator < dividend) people += 1;
  return new Decimal(people);
}

/** The forward funnel: from the pool at the top, multiply by each stage's rate. */
export function forwardFunnel(pool: Decimal, rates: readonly Decimal[], rounding: FunnelRounding = "down"): Decimal[] {
  requireCount(pool, "pool");
  validateRates(rates);
  const counts: Decimal[] = [pool];
  rates.forEach((rate, stage) => counts.push(roundPeople(counts[stage].times(rate), rounding)));
  return counts;
}
