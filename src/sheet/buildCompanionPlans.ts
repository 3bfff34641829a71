import type { Budget } from "../model/budget";
import type { Phasing } from "../model/phasing";
import type { BudgetPlan } from "../model/plans";
import { buildExecutionReportPlan } from "./buildExecutionReportPlan";
import { buildPhasingPlan } from "./buildPhasingPlan";
import { buildPlansComparisonPlan } from "./buildPlansComparisonPlan";
import { buildScenarioPlan } from "./buildScenarioPlan";
import type { PlainSheetPlan, SheetPlan } from "./plan";
import type { Lang } from "../i18n";

export interface CompanionOptions {
  lang: Lang;
  /** Free sheet names from the Excel layer; the languages' base names by default. */
  scenarioSheetName?: string;
  plansSheetName?: string;
  /** A budget spread over time gets its phasing sheet and execution report. */
  phasing?: Phasing;
  phasingSheetName?: string;
  executionReportSheetName?: string;
}

/**
 * The sheets that go with a budget sheet: for a funnel budget, its scenarios, and the plans compared
 * when there are any; for a budget spread over time, its phasing sheet and the execution report that
 * reads it. `budgetPlan` is the budget's own sheet plan, whose cells the others refer to.
 */
export function buildCompanionPlans(
  budget: Budget,
  budgetPlan: SheetPlan,
  plans: readonly BudgetPlan[],
  options: CompanionOptions,
): PlainSheetPlan[] {
  return [...funnelCompanions(budget, budgetPlan, plans, options), ...timelineCompanions(budget, budgetPlan, options)];
}

function timelineCompanions(budget: Budget, budgetPlan: SheetPlan, options: CompanionOptions): PlainSheetPlan[] {
  const { lang, phasing } = options;
  if (!phasing) return [];
  const phasingPlan = buildPhasingPlan(budget, phasing, budgetPlan, { lang, sheetName: options.phasingSheetName });
  const report = buildExecutionReportPlan(budget, phasing, {
    lang,
    phasingSheetName: phasingPlan.sheetName,
    sheetName: options.executionReportSheetName,
  });
  return [phasingPlan, report];
}

function funnelCompanions(
  budget: Budget,
  budgetPlan: SheetPlan,
  plans: readonly BudgetPlan[],
  options: CompanionOptions,
): PlainSheetPlan[] {
  if (!budget.funnel) return [];
  const { lang } = options;
  const scenarios = buildScenarioPlan(budget, budgetPlan, { lang, sheetName: options.scenarioSheetName });
  if (plans.length === 0) return [scenarios];
  return [scenarios, buildPlansComparisonPlan(plans, { lang, sheetName: options.plansSheetName })];
}
