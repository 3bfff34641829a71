import type { Budget, BudgetLine, Funnel } from "./budget";
import type { Decimal } from "./decimal";
import { BudgetInputError } from "./errors";
import { quoteText } from "./format";
import { reverseFunnel, validateRates } from "./funnel";

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

function requireStagePosition(position: number, stageCount: number, what: { en: string; zh: string }): void {
  if (!Number.isInteger(position) || position < 1 || position > stageCount) {
    throw new BudgetInputError("value", {
      en: `the ${what.en} stage is ${position}: choose a stage from 1 to ${stageCount}`,
      zh: `${what.zh}环节为 ${position}：请选择第 1 到第 ${stageCount} 个环节`,
    });
  }
}

/** Checks what a sheet needs to derive the budget: rates, whole target, order value, distinct names. */
export function validateFunnel(funnel: Funnel): void {
  validateRates(funnelRates(funnel));
  const target = funnel.targetDeals;
  if (!target.isFinite() || target.isNegative() || !target.isInteger()) {
    throw new BudgetInputError("num", {
      en: `target deals is ${target.toString()}: give a whole number of deals, 0 or more`,
      zh: `目标成交为 ${target.toString()}：请填写不小于 0 的整数单数`,
    });
  }
  if (!funnel.averageOrderValue.isFinite() || funnel.averageOrderValue.isNegative()) {
    throw new BudgetInputError("num", {
      en: `average order value is ${funnel.averageOrderValue.toString()}: it cannot be negative`,
      zh: `客单价为 ${funnel.averageOrderValue.toString()}：不能为负数`,
    });
  }
  const names = funnelStageNames(funnel);
  names.forEach((name, index) => {
    if (name.trim() === "") {
      throw new BudgetInputError("value", {
        en: `stage ${index} has no name: a line's Driver names its stage`,
        zh: `第 ${index} 个环节没有名称：明细的“驱动”列按名称引用环节`,
      });
    }
    if (names.findIndex((other) => sameName(other, name)) !== index) {
      throw new BudgetInputError("value", {
        en: `two stages are named "${quoteText(name)}": a Driver could not tell them apart`,
        zh: `有两个环节都叫“${quoteText(name)}”：“驱动”列无法区分`,
      });
    }
  });
  requireStagePosition(funnel.participationStage, funnel.stages.length, { en: "participation", zh: "参与率" });
  requireStagePosition(funnel.conversionStage, funnel.stages.length, { en: "conversion", zh: "转化率" });
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
    throw new BudgetInputError("value", {
      en: `line "${quoteText(line.item)}" is driven by "${quoteText(line.driver)}", which is not a stage of the funnel (${names})`,
      zh: `明细“${quoteText(line.item)}”的驱动为“${quoteText(line.driver)}”，漏斗中没有这个环节（${names}）`,
    });
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
    throw new BudgetInputError("value", {
      en: "this budget has no funnel: its lines do not follow a target",
      zh: "该预算没有漏斗：明细不随目标变化",
    });
  }
  return applyFunnel({ ...budget, funnel: { ...budget.funnel, targetDeals } });
}
