import { Decimal, ONE } from "./decimal";
import { BudgetInputError } from "./errors";
import { numberFromText } from "./numberText";
import { inputMessages, type Text } from "../i18n";

/*
 * What a written rate means, wherever a planner writes one: an argument of a BUDGET function, a rate
 * cell of a budget sheet, a rate field of the task pane. One rule, Excel's own:
 *
 * - A number is a fraction of 1, as Excel stores a percentage: 0.65 is 65%, 1 is 100%.
 * - Text is read as Excel reads it: "65%" is 65%, "0.65" is 65% too.
 * - A rate is at most 100%, so a bare number above 1 is no rate. A whole number up to 100 (65) is a
 *   percentage written without its sign: the message says to write 65% or 0.65. Any other value above 1
 *   (1.5, which is 150%; 250) is a rate above 100%: the message says a rate cannot exceed 100%, rather
 *   than suggesting a different number.
 */

/** Stage conversion rates are above 0%; shares (a reserve rate, a gross margin) may be 0%. */
export type RateRange = "stage" | "share";

const HUNDRED = new Decimal(100);

/** A rate typed as text: "65%" and "0.65" are both 65%; null when the text is no number. */
export function rateFromText(text: string): Decimal | null {
  return numberFromText(text);
}

/** A whole number from 2 to 100: a percentage written without its percent sign. */
function isBarePercentage(rate: Decimal): boolean {
  return rate.greaterThan(ONE) && rate.lessThanOrEqualTo(HUNDRED) && rate.isInteger();
}

/**
 * A rate as a message shows it, the way the planner wrote it: as a percentage (0.65 → "65%",
 * -0.05 → "-5%", 1.5 → "150%"), except a whole number above 1, which was written as it is ("65").
 */
export function shownRate(rate: Decimal): string {
  if (!rate.isFinite()) return rate.toString();
  if (rate.greaterThan(ONE) && rate.isInteger()) return rate.toString();
  return `${rate.times(HUNDRED).toString()}%`;
}

/** What is wrong with a finite rate, in the planner's terms; undefined when it can be used. */
export function rateProblem(rate: Decimal, label: Text, range: RateRange): Text | undefined {
  const shown = shownRate(rate);
  if (isBarePercentage(rate)) {
    const fraction = rate.dividedBy(HUNDRED).toString();
    return inputMessages.both((words, lang) => words.barePercentage(label[lang], shown, fraction));
  }
  if (rate.greaterThan(ONE)) {
    return inputMessages.both((words, lang) => words.rateAbove100(label[lang], shown));
  }
  if (range === "stage" && !rate.greaterThan(0)) {
    return inputMessages.both((words, lang) => words.stageRateRange(label[lang], shown));
  }
  if (rate.isNegative()) {
    return inputMessages.both((words, lang) => words.negative(label[lang], shown));
  }
  return undefined;
}

/**
 * The rate, or a BudgetInputError saying what to fix: "value" (a planner's input to correct), or "num"
 * for a value no one types (NaN, infinity).
 */
export function requireRate(rate: Decimal, label: Text, range: RateRange): Decimal {
  if (!rate.isFinite()) {
    throw new BudgetInputError(
      "num",
      inputMessages.both((words, lang) => words.notFinite(label[lang])),
    );
  }
  const problem = rateProblem(rate, label, range);
  if (problem) throw new BudgetInputError("value", problem);
  return rate;
}
