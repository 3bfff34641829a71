import type { Budget, BudgetLine, Funnel } from "./budget";
import type { Decimal } from "./decimal";
import { BudgetInputError } from "./errors";
import { quoteText } from "./format";
import { reverseFunnel, validateRates } from "./funnel";
import { inputMessages } from "../i18n";

/** One stage below the top of the funnel: the people who got this far. */
export type { Funnel, FunnelStage } from "./budget";

/** The pool's name, then each stage's: the names a Driver may take, in funnel order. */
export function funnelStageNames(funnel: Funnel): string[] {
  return [funnel.poolName, ...funnel.stages.map((stage) => stage.name)];
}

export function funnelRates(funnel: Funnel): Decimal[] {
  return funnel.stages.map((stage) => stage.rate);
}

/** Names are matched as the sheet's MATCH does: ignoring case, nothing else. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The position of a stage by name, 0 for the pool; -1 when the funnel has no such stage. */
export function stageIndex(funnel: Funnel, name: string): number {
  return funnelStageNames(funnel).findIndex((stageName) => sameName(stageName, name));
}

export function isDriven(line: BudgetLine): line is BudgetLine & { driver: string } {
  return typeof line.driver === "string" && line.driver.trim() !== "";
}

function requireStagePosition(position: number, stageCount: number, which: "participation" | "conversion"): void {
  if (!Number.isInteger(position) || position < 1 || position > stageCount) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.stagePosition(which, position, stageCount)),
    );
  }
}

/** Checks what a sheet needs to derive the budget: rates, whole target, order value, distinct names. */
export function validateFunnel(funnel: Funnel): void {
  validateRates(funnelRates(funnel));
  const target = funnel.targetDeals;
  if (!target.isFinite() || target.isNegative() || !target.isInteger()) {
    throw new BudgetInputError(
      "num",
      inputMessages.both((words) => words.targetDealsNotWhole(target.toString())),
    );
  }
  if (!funnel.averageOrderValue.isFinite() || funnel.averageOrderValue.isNegative()) {
    const value = funnel.averageOrderValue.toString();
    throw new BudgetInputError(
      "num",
      inputMessages.both((words) => words.orderValueNegative(value)),
    );
  }
  const names = funnelStageNames(funnel);
  names.forEach((name, index) => {
    if (name.trim() === "") {
      throw new BudgetInputError(
        "value",
        inputMessages.both((words) => words.stageUnnamed(index)),
      );
    }
    if (names.findIndex((other) => sameName(other, name)) !== index) {
      throw new BudgetInputError(
        "value",
        inputMessages.both((words) => words.stagesSameName(quoteText(name))),
      );
    }
  });
  requireStagePosition(funnel.participationStage, funnel.stages.length, "participation");
  requireStagePosition(funnel.conversionStage, funnel.stages.length, "conversion");
}

/** The people needed at each stage, pool first, deals last: whole people, rounded up at every stage. */
export function requiredCounts(funnel: Funnel): Decimal[] {
  return reverseFunnel(funnel.targetDeals, funnelRates(funnel), "up");
}

export function funnelRevenue(funnel: Funnel): Decimal {
  return funnel.targetDeals.times(funnel.averageOrderValue);
}

/** The position of the stage a driven line follows; throws when the funnel has no stage of that name. */
export function driverIndex(funnel: Funnel, line: BudgetLine & { driver: string }): number {
  const index = stageIndex(funnel, line.driver);
  if (index < 0) {
    const names = funnelStageNames(funnel).map(quoteText).join(" / ");
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.driverNotAStage(quoteText(line.item), quoteText(line.driver), names)),
    );
  }
  return index;
}

/**
 * The budget as its funnel makes it: each driven line's quantity is its stage's required people and
 * the revenue goal is target deals × average order value. A driven line whose amount is a typed lump
 * sum keeps that amount. A budget without a funnel is returned as it is; the input is never changed.
 */
export function applyFunnel(budget: Budget): Budget {
  const funnel = budget.funnel;
  if (!funnel) return budget;
  validateFunnel(funnel);
  const counts = requiredCounts(funnel);
  const lines = budget.lines.map((line) =>
    isDriven(line) ? { ...line, quantity: counts[driverIndex(funnel, line)] } : line,
  );
  return { ...budget, lines, goals: { ...budget.goals, revenue: funnelRevenue(funnel) } };
}

/** The same budget aimed at another number of deals: every driven line, subtotal and ratio follows. */
export function withTargetDeals(budget: Budget, targetDeals: Decimal): Budget {
  if (!budget.funnel) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.noFunnelForTarget),
    );
  }
  return applyFunnel({ ...budget, funnel: { ...budget.funnel, targetDeals } });
}
