import type { Budget, BudgetLine } from "./budget";
import { Decimal, ONE, ZERO, sum } from "./decimal";
import { driverIndex, isDriven, requiredCounts, type Funnel } from "./funnelPlan";
import { contingencyAmount, lineAmount } from "./totals";

/** The budget's lines split by what moves them: a funnel stage, or nothing. */
export interface StageCosts {
  /** The lines no stage drives, summed. */
  fixed: Decimal;
  /** Per stage, pool first: the planned amount of the lines it drives. */
  driven: Decimal[];
}

export interface CostsAtCounts {
  /** The lines no stage drives. */
  fixed: Decimal;
  /** Per stage, pool first: the amount of the lines it drives at those counts. */
  driven: Decimal[];
  /** The six line categories together. */
  base: Decimal;
  contingency: Decimal;
  total: Decimal;
}

function requireFunnel(budget: Budget): Funnel {
  if (!budget.funnel) throw new Error("the budget has no funnel");
  return budget.funnel;
}

/** Fixed and driven amounts of a budget whose funnel has been applied (see applyFunnel). */
export function stageCosts(budget: Budget): StageCosts {
  const funnel = requireFunnel(budget);
  const driven = Array.from({ length: funnel.stages.length + 1 }, () => ZERO);
  let fixed = ZERO;
  for (const line of budget.lines) {
    if (isDriven(line)) {
      const index = driverIndex(funnel, line);
      driven[index] = driven[index].plus(lineAmount(line));
    } else {
      fixed = fixed.plus(lineAmount(line));
    }
  }
  return { fixed, driven };
}

/**
 * A driven line's amount when its stage holds `count` people instead of the `planned` ones: quantity ×
 * unit cost × times with the new count, or a typed lump sum scaled by count ÷ planned. A stage that
 * plans no one leaves its lump sums as they are (the sheet does the same).
 */
export function drivenLineAmount(line: BudgetLine, planned: Decimal, count: Decimal): Decimal {
  if (line.fixedAmount != null) {
    return planned.isZero() ? line.fixedAmount : line.fixedAmount.times(count).dividedBy(planned);
  }
  return lineAmount({ ...line, quantity: count });
}

/** The amount of the lines each stage drives when the stages hold `counts` people (pool first). */
export function drivenCostsAtCounts(budget: Budget, counts: readonly Decimal[]): Decimal[] {
  const funnel = requireFunnel(budget);
  const planned = requiredCounts(funnel);
  const driven = planned.map(() => ZERO);
  for (const line of budget.lines) {
    if (!isDriven(line)) continue;
    const index = driverIndex(funnel, line);
    driven[index] = driven[index].plus(drivenLineAmount(line, planned[index], counts[index]));
  }
  return driven;
}

/**
 * What an applied budget costs when its stages hold `counts` people (pool first): fixed lines stay,
 * driven lines follow their stage, contingency stays the reserve rate of the six categories.
 */
export function costsAtCounts(budget: Budget, counts: readonly Decimal[]): CostsAtCounts {
  const fixed = stageCosts(budget).fixed;
  const driven = drivenCostsAtCounts(budget, counts);
  const base = fixed.plus(sum(driven));
  const contingency = contingencyAmount(base, budget.contingencyRate);
  return { fixed, driven, base, contingency, total: base.plus(contingency) };
}

/**
 * What one more person at each stage adds to the six categories (pool first): unit cost × times of
 * the quantity lines it drives, plus its lump sums ÷ its planned people. Lump sums of a stage that
 * plans no one add nothing, as they do not move.
 */
export function costPerPerson(budget: Budget): Decimal[] {
  const funnel = requireFunnel(budget);
  const planned = requiredCounts(funnel);
  const perPerson = planned.map(() => ZERO);
  for (const line of budget.lines) {
    if (!isDriven(line)) continue;
    const index = driverIndex(funnel, line);
    const added =
      line.fixedAmount != null
        ? planned[index].isZero()
          ? ZERO
          : line.fixedAmount.dividedBy(planned[index])
        : (line.unitCost ?? ZERO).times(line.times ?? ONE);
    perPerson[index] = perPerson[index].plus(added);
  }
  return perPerson;
}
