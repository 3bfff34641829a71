import type { Budget } from "./budget";
import { Decimal, ONE, ZERO, sum } from "./decimal";
import { BudgetInputError } from "./errors";
import { formatRatio, quoteText } from "./format";
import { applyFunnel, requiredCounts, type Funnel } from "./funnelPlan";
import { costPerPerson, costsAtCounts } from "./stageCosts";
import { inputMessages } from "../i18n";

/** The lowest rate at one stage at which ROI on gross profit reaches 1, and what the budget is there. */
export interface RateBreakEven {
  /** 1-based stage position, as Funnel.participationStage. */
  stage: number;
  /** people at the stage ÷ people at the stage above: exact to the 40 digits of the product's decimals. */
  rate: Decimal;
  /** Whole people at the stage at that rate; any rate up to the next person's gives the same figures. */
  people: Decimal;
  /** People at the stage above, fixed by the planned pool. */
  peopleAbove: Decimal;
  deals: Decimal;
  total: Decimal;
  roi: Decimal;
}

interface Applied {
  budget: Budget;
  funnel: Funnel;
  margin: Decimal;
}

function appliedWithMargin(budget: Budget): Applied {
  const applied = applyFunnel(budget);
  const funnel = applied.funnel;
  if (!funnel) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.noFunnelForBreakEven),
    );
  }
  const margin = applied.goals.grossMargin;
  if (!margin || margin.isZero() || margin.isNegative() || margin.greaterThan(ONE)) {
    throw new BudgetInputError(
      margin?.isZero() ? "div0" : "num",
      inputMessages.both((words) => words.breakEvenMargin),
    );
  }
  return { budget: applied, funnel, margin };
}

/**
 * The average order value at which ROI on gross profit is exactly 1: total ÷ (deals × margin). The
 * order value moves no one through the funnel, so the budget does not move with it: a closed form, exact.
 */
export function breakEvenAverageOrderValue(budget: Budget): Decimal {
  const { budget: applied, funnel, margin } = appliedWithMargin(budget);
  const total = costsAtCounts(applied, requiredCounts(funnel)).total;
  if (funnel.targetDeals.isZero()) {
    throw new BudgetInputError(
      "div0",
      inputMessages.both((words) => words.zeroTargetDeals),
    );
  }
  if (total.isZero()) {
    throw new BudgetInputError(
      "div0",
      inputMessages.both((words) => words.zeroBudget),
    );
  }
  return total.dividedBy(funnel.targetDeals.times(margin));
}

/** The stage's people and what follows from them; the stages above hold their planned people. */
function evaluate(applied: Applied, planned: readonly Decimal[], stage: number, people: Decimal) {
  const rates = applied.funnel.stages.map((s) => s.rate);
  const counts = planned.slice(0, stage);
  counts.push(people);
  for (let s = stage + 1; s < planned.length; s++) {
    counts.push(counts[s - 1].times(rates[s - 1]).toDecimalPlaces(0, Decimal.ROUND_FLOOR));
  }
  const deals = counts[counts.length - 1];
  const total = costsAtCounts(applied.budget, counts).total;
  const grossProfit = deals.times(applied.funnel.averageOrderValue).times(applied.margin);
  return {
    counts,
    deals,
    total,
    grossProfit,
    breaksEven: total.isPositive() && grossProfit.greaterThanOrEqualTo(total),
  };
}

/**
 * The people at the stage worth trying, from the bounds σ·j ≥ R (necessary) and σ·j ≥ S (sufficient),
 * widened by one each way against the last digit of the divisions. A stage with a negative cost per
 * person breaks the bounds' reasoning: then every count is tried.
 */
function candidates(
  sigma: Decimal,
  necessary: Decimal,
  sufficient: Decimal,
  above: Decimal,
  negativeCost: boolean,
): [Decimal, Decimal] {
  const none: [Decimal, Decimal] = [ONE, ZERO];
  if (negativeCost) return [ZERO, above];
  if (sigma.isPositive()) {
    const first = Decimal.max(ZERO, necessary.dividedBy(sigma).floor().minus(ONE));
    return [first, Decimal.min(above, sufficient.dividedBy(sigma).ceil().plus(ONE))];
  }
  if (necessary.isPositive()) return none;
  if (sigma.isZero()) return [ZERO, above];
  return [ZERO, Decimal.min(above, necessary.dividedBy(sigma).floor().plus(ONE))];
}

function requireStage(funnel: Funnel, stage: number): void {
  const count = funnel.stages.length;
  if (!Number.isInteger(stage) || stage < 1 || stage > count) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.noSuchStage(stage, count)),
    );
  }
}

/**
 * The lowest conversion rate at `stage` (1-based) at which ROI on gross profit reaches 1, the planned
 * pool fixed as in the scenarios: the stages above keep their people, the stage and those below follow
 * the forward funnel (whole people, rounded down), and so do the lines they drive and the deals.
 *
 * People are whole, so ROI moves in steps and is seldom exactly 1; it depends on the rate only through
 * j, the people at the stage: j = floor(N × rate), N the people above. The answer is exact: the smallest
 * whole j whose budget breaks even, as the rate j ÷ N. Each floor below the stage loses less than one
 * person, so with ρ the product of the rates below and u the cost per person of each stage,
 *   σ·j ≥ R is necessary and σ·j ≥ S sufficient, where
 *   σ = v·ρ(deals) − (1 + c)·Σ u·ρ,  R = (1 + c)·(A − Σ u·(stages below)),  S = (1 + c)·A + v·(stages below),
 * v the gross profit per deal, c the reserve rate and A the cost that does not move. Only the j between
 * the two bounds are tried, one by one, in decimals: a few dozen for a real budget.
 *
 * Throws a BudgetInputError when no rate up to 100% breaks even, saying what ROI 100% would give.
 */
export function breakEvenRate(budget: Budget, stage: number): RateBreakEven {
  const applied = appliedWithMargin(budget);
  const { funnel, margin } = applied;
  requireStage(funnel, stage);
  const planned = requiredCounts(funnel);
  const above = planned[stage - 1];
  const perPerson = costPerPerson(applied.budget);
  const rates = funnel.stages.map((s) => s.rate);
  const reserve = ONE.plus(applied.budget.contingencyRate);
  const perDeal = funnel.averageOrderValue.times(margin);

  // ρ for each stage from this one down (1 for the stage itself), and the cost that does not move.
  const moving: { rho: Decimal; cost: Decimal; depth: number }[] = [];
  let rho = ONE;
  for (let s = stage; s < planned.length; s++) {
    if (s > stage) rho = rho.times(rates[s - 1]);
    moving.push({ rho, cost: perPerson[s], depth: s - stage });
  }
  const unmoved = costsAtCounts(applied.budget, planned).base.minus(
    sum(moving.map((m, i) => m.cost.times(planned[stage + i]))),
  );
  const depthBelow = planned.length - 1 - stage;
  const sigma = perDeal.times(rho).minus(reserve.times(sum(moving.map((m) => m.cost.times(m.rho)))));
  const necessary = reserve.times(unmoved.minus(sum(moving.map((m) => m.cost.times(m.depth)))));
  const sufficient = reserve.times(unmoved).plus(perDeal.times(depthBelow));

  const [first, last] = candidates(
    sigma,
    necessary,
    sufficient,
    above,
    moving.some((m) => m.cost.isNegative()),
  );
  for (let people = first; people.lessThanOrEqualTo(last); people = people.plus(ONE)) {
    const at = evaluate(applied, planned, stage, people);
    if (at.breaksEven) {
      return {
        stage,
        rate: people.dividedBy(above),
        people,
        peopleAbove: above,
        deals: at.deals,
        total: at.total,
        roi: at.grossProfit.dividedBy(at.total),
      };
    }
  }
  throw noBreakEven(applied, planned, stage);
}

function noBreakEven(applied: Applied, planned: readonly Decimal[], stage: number): BudgetInputError {
  const name = quoteText(applied.funnel.stages[stage - 1].name);
  const full = evaluate(applied, planned, stage, planned[stage - 1]);
  const roi = full.total.isZero() ? ZERO : full.grossProfit.dividedBy(full.total);
  return new BudgetInputError(
    "num",
    inputMessages.both((words) => words.noBreakEvenRate(name, formatRatio(roi))),
  );
}
