import type { Budget } from "../model/budget";
import { executionToDate, type PeriodActuals } from "../model/execution";
import { countedActuals } from "../model/executionReport";
import { applyFunnel } from "../model/funnelPlan";
import { phaseBudgetInSteps, type Phasing } from "../model/phasing";
import type { ReportSpend } from "./buildExecutionReportPlan";

/**
 * What a sheet over time shows, as the model computes it: the budget with its funnel applied, phased,
 * and its execution to the current period (the first by default) with the actuals given.
 */
export function phasedExecution(
  input: Budget,
  phasing: Phasing,
  options: {
    currentPeriod?: number;
    actuals?: PeriodActuals;
    stageLag?: number;
    spend?: Pick<ReportSpend, "entries">;
  },
) {
  const budget = applyFunnel(input);
  const stageLag = options.stageLag ?? phasing.stageLag;
  const steps = phaseBudgetInSteps(budget, stageLag === undefined ? phasing : { ...phasing, stageLag });
  const { phased, spreads, budgetTotal } = steps;
  const currentPeriod = options.currentPeriod ?? 1;
  const actuals = options.actuals ?? [];
  const counted = countedActuals(actuals, options.spend?.entries ?? [], phased.rows.length, phased.periods.length);
  const execution = executionToDate(phased, counted, currentPeriod);
  return { budget, phased, spreads, budgetTotal, currentPeriod, actuals, counted, execution, steps };
}
