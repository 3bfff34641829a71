import type { Lang } from "../i18n";
import type { Budget } from "../model/budget";
import { BudgetInputError } from "../model/errors";
import { parseStageLag } from "../model/phasing";

/**
 * The Timeline view's stage lag, as typed: shown for a funnel budget only. Its problem is the model's
 * message with the value as typed (null when it is a whole number of periods below the period count);
 * the lag goes into the phasing only then.
 */
export function stageLagChoice(
  budget: Budget | null,
  typed: string,
  periodCount: number,
  lang: Lang,
): { shown: boolean; problem: string | null; stageLag?: number } {
  if (!budget?.funnel) return { shown: false, problem: null };
  try {
    const count = Number.isInteger(periodCount) && periodCount >= 1 ? periodCount : undefined;
    return { shown: true, problem: null, stageLag: parseStageLag(typed, count) };
  } catch (error) {
    if (error instanceof BudgetInputError) return { shown: true, problem: error.text[lang] };
    throw error;
  }
}
