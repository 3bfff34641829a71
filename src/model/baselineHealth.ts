import type { Budget } from "./budget";
import type { Baseline } from "./baseline";
import type { CategoryKey } from "./categories";
import type { Decimal } from "./decimal";
import { formatMoney } from "./format";
import type { Severity } from "./health";
import { toFen } from "./phasing";
import { budgetTotals, lineAmount } from "./totals";
import { timelineText } from "./timelineText";
import type { Text } from "../i18n";

/** A finding of the baseline rule, shaped like the health check's findings. */
export interface BaselineFinding {
  rule: "changed-since-approval";
  severity: Severity;
  category?: CategoryKey;
  message: Text;
  /** The budget's total now less the baseline's: positive is more than approved. */
  amount: Decimal;
}

const key = (category: CategoryKey, item: string) => `${category}\u0000${item}`;

/** The lines of the budget by category and item, each with its amount to the fen, as a baseline keeps them. */
function lineAmounts(budget: Budget): Map<string, Decimal[]> {
  const amounts = new Map<string, Decimal[]>();
  for (const line of budget.lines) {
    const k = key(line.category, line.item);
    amounts.set(k, [...(amounts.get(k) ?? []), toFen(lineAmount(line))]);
  }
  return amounts;
}

/**
 * The budget changed since its latest approval without a new one: a line added, removed or changed
 * in amount, or the total moved. Nothing before the first approval, nothing when the budget is as
 * approved (to the fen). The phasing is not compared here: the variance per period shows it.
 */
export function baselineFindings(budget: Budget, baseline: Baseline | undefined): BaselineFinding[] {
  if (!baseline) return [];
  const total = toFen(budgetTotals(budget).total);
  const now = lineAmounts(budget);
  const approved = new Map<string, Decimal[]>();
  for (const row of baseline.rows) {
    if (row.category === "contingency") continue;
    const k = key(row.category, row.item);
    approved.set(k, [...(approved.get(k) ?? []), row.amount]);
  }
  const keys = new Set([...now.keys(), ...approved.keys()]);
  const changed = [...keys].filter((k) => {
    const a = now.get(k) ?? [];
    const b = approved.get(k) ?? [];
    return a.length !== b.length || a.some((amount, i) => !amount.equals(b[i]));
  });
  const difference = total.minus(baseline.total);
  if (changed.length === 0 && difference.isZero()) return [];
  const lines = changed.length;
  const signed = (value: Decimal) => `${value.isNegative() ? "−" : "+"}${formatMoney(value.abs(), 2)}`;
  return [
    {
      rule: "changed-since-approval",
      severity: "warning",
      amount: difference,
      message: timelineText((m) =>
        m.health.changedSinceApproval(baseline.version, baseline.date, baseline.approver, lines, signed(difference)),
      ),
    },
  ];
}
