import type { Budget } from "./budget";
import type { Decimal } from "./decimal";
import { BudgetInputError } from "./errors";
import { quoteText } from "./format";
import type { Funnel } from "./funnelPlan";
import { applyFunnel } from "./funnelPlan";
import { budgetOutcome } from "./outcome";
import { budgetTotals } from "./totals";
import { inputMessages, nameTexts, type Lang, type Text } from "../i18n";

export const PLAN_KEYS = ["conservative", "standard", "aggressive", "optimised"] as const;
export type PlanKey = (typeof PLAN_KEYS)[number];

/** The default names, given in this order to plans taken without a name. */
export const PLAN_NAMES = /*#__PURE__*/ Object.fromEntries(
  PLAN_KEYS.map((key) => [key, nameTexts.both((words) => words.plans[key])]),
) as Record<PlanKey, Text>;

/**
 * A director compares three or four plans; more stop being a choice. One more than four, so that next
 * to the funnel preset's four examples a planner can save a plan of their own before deleting one.
 */
export const MAX_PLANS = 5;

/** A named snapshot of a budget's inputs: target, rates, order value, margin, reserve rate and lines. */
export interface BudgetPlan {
  readonly id: string;
  readonly name: string;
  readonly budget: Readonly<Budget>;
}

export interface PlanFigures {
  total: Decimal;
  /** Deals the plan aims at; null for a budget without a funnel. */
  deals: Decimal | null;
  revenue: Decimal | null;
  grossProfit: Decimal | null;
  roi: Decimal | null;
  breakEvenRevenue: Decimal | null;
}

function freezeFunnel(funnel: Funnel): Funnel {
  return Object.freeze({
    ...funnel,
    stages: Object.freeze(funnel.stages.map((stage) => Object.freeze({ ...stage }))) as Funnel["stages"],
  });
}

/**
 * A deep, frozen copy: later edits of the live budget (or of its lines, ranges, goals, funnel) never
 * reach it. Decimals are immutable and are shared. The funnel is applied, so the copy is consistent.
 */
export function snapshotBudget(budget: Budget): Readonly<Budget> {
  const applied = applyFunnel(budget);
  const ranges = Object.fromEntries(
    Object.entries(applied.ranges).map(([key, range]) => [key, Object.freeze({ ...range })]),
  ) as Budget["ranges"];
  return Object.freeze({
    ...applied,
    lines: Object.freeze(applied.lines.map((line) => Object.freeze({ ...line }))) as Budget["lines"],
    ranges: Object.freeze(ranges),
    goals: Object.freeze({ ...applied.goals }),
    ...(applied.funnel ? { funnel: freezeFunnel(applied.funnel) } : {}),
  });
}

const normalised = (name: string) => name.normalize("NFKC").trim().toLowerCase();

function requireName(plans: readonly BudgetPlan[], name: string, except?: string): string {
  const trimmed = name.trim();
  if (trimmed === "") {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.planNameBlank),
    );
  }
  if (plans.some((plan) => plan.id !== except && normalised(plan.name) === normalised(trimmed))) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.planNameTaken(quoteText(trimmed))),
    );
  }
  return trimmed;
}

function requirePlan(plans: readonly BudgetPlan[], id: string): number {
  const index = plans.findIndex((plan) => plan.id === id);
  if (index < 0) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.noSuchPlan(id)),
    );
  }
  return index;
}

/** The first default name no plan uses yet, in the order conservative, standard, aggressive, optimised. */
export function nextPlanName(plans: readonly BudgetPlan[], lang: Lang): string {
  const used = new Set(plans.map((plan) => normalised(plan.name)));
  const free = PLAN_KEYS.map((key) => PLAN_NAMES[key][lang]).find((name) => !used.has(normalised(name)));
  return free ?? `${plans.length + 1}`;
}

function nextId(plans: readonly BudgetPlan[]): string {
  const taken = new Set(plans.map((plan) => plan.id));
  let n = 1;
  while (taken.has(`plan-${n}`)) n++;
  return `plan-${n}`;
}

/** The plans with one more: a snapshot of `budget` under `name` (the next default name if none). */
export function takePlan(plans: readonly BudgetPlan[], budget: Budget, lang: Lang, name?: string): BudgetPlan[] {
  if (plans.length >= MAX_PLANS) {
    throw new BudgetInputError(
      "value",
      inputMessages.both((words) => words.plansFull(MAX_PLANS)),
    );
  }
  const planName = requireName(plans, name ?? nextPlanName(plans, lang));
  return [...plans, Object.freeze({ id: nextId(plans), name: planName, budget: snapshotBudget(budget) })];
}

export function renamePlan(plans: readonly BudgetPlan[], id: string, name: string): BudgetPlan[] {
  const index = requirePlan(plans, id);
  const planName = requireName(plans, name, id);
  return plans.map((plan, i) => (i === index ? Object.freeze({ ...plan, name: planName }) : plan));
}

export function deletePlan(plans: readonly BudgetPlan[], id: string): BudgetPlan[] {
  const index = requirePlan(plans, id);
  return plans.filter((_, i) => i !== index);
}

/** Budget, deals, revenue, gross profit and ROI of a plan, as the model computes them. */
export function planFigures(plan: BudgetPlan): PlanFigures {
  const budget = plan.budget as Budget;
  const totals = budgetTotals(budget);
  const outcome = budgetOutcome(budget, totals);
  return {
    total: totals.total,
    deals: budget.funnel ? budget.funnel.targetDeals : null,
    revenue: budget.goals.revenue,
    grossProfit: outcome.grossProfit,
    roi: outcome.roi,
    breakEvenRevenue: outcome.breakEvenRevenue,
  };
}
