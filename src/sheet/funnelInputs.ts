import type { Budget } from "../model/budget";
import type { Decimal } from "../model/decimal";
import type { Funnel } from "../model/funnelPlan";
import type { CheckedBudget } from "../model/health";
import { rateName } from "./funnelBlock";
import type { NamedCell, SheetSnapshot } from "./snapshot";
import { sheetReadingMessages, type Text } from "../i18n";

/*
 * The cells a planner types the funnel into, as a sheet read finds them through their sheet-scoped
 * names: what the funnel view starts from and writes back to. The funnel itself (stage names, the
 * stages scenarios drift, each line's Driver) is the one readBudgetSheet found (see readFunnelBlock).
 */

export const TARGET_DEALS_NAME = "Budget_TargetDeals";
export const ORDER_VALUE_NAME = "Budget_AOV";

/** The figures a planner types into the funnel block. */
export interface FunnelInputValues {
  targetDeals: Decimal;
  averageOrderValue: Decimal;
  /** Each stage's rate, top first: Budget_Rate1, Budget_Rate2… */
  rates: readonly Decimal[];
}

/** The input cells, as the sheet shows them: a figure, or the text or error a planner left there. */
export interface FunnelInputs {
  targetDeals: NamedCell;
  averageOrderValue: NamedCell;
  rates: NamedCell[];
  /** The pool's name, then each stage's. */
  stageNames: string[];
}

/** Excel's names are case-insensitive. */
function namedCell(snapshot: SheetSnapshot, name: string): NamedCell | undefined {
  const wanted = name.toLowerCase();
  const found = Object.entries(snapshot.names).find(([candidate]) => candidate.toLowerCase() === wanted);
  return found?.[1];
}

/** The names written for these values, in order, each with the number its cell receives. */
export function funnelInputWrites(values: FunnelInputValues): { name: string; value: number }[] {
  return [
    { name: TARGET_DEALS_NAME, value: values.targetDeals.toNumber() },
    { name: ORDER_VALUE_NAME, value: values.averageOrderValue.toNumber() },
    ...values.rates.map((rate, index) => ({ name: rateName(index + 1), value: rate.toNumber() })),
  ];
}

/** The names among `wanted` the sheet's read did not find. */
export function missingNames(snapshot: SheetSnapshot, wanted: readonly string[]): string[] {
  return wanted.filter((name) => namedCell(snapshot, name) === undefined);
}

export function funnelNamesMissing(sheetName: string, names: readonly string[]): Text {
  const list = names.join(", ");
  return sheetReadingMessages.both((words) => words.funnelNamesMissing(sheetName, list));
}

/** The funnel's input cells, or null for a budget without a funnel (one inserted from another template). */
export function readFunnelInputs(snapshot: SheetSnapshot, checked: CheckedBudget): FunnelInputs | null {
  const { funnel } = checked.budget;
  const targetDeals = namedCell(snapshot, TARGET_DEALS_NAME);
  const averageOrderValue = namedCell(snapshot, ORDER_VALUE_NAME);
  if (!funnel || !targetDeals || !averageOrderValue) return null;
  const rates = funnel.stages.map((_, index) => namedCell(snapshot, rateName(index + 1)));
  if (rates.some((rate) => rate === undefined)) return null;
  return {
    targetDeals,
    averageOrderValue,
    rates: rates as NamedCell[],
    stageNames: [funnel.poolName, ...funnel.stages.map((stage) => stage.name)],
  };
}

/** The budget read from a funnel sheet, aimed at these values; every driven line follows once applied. */
export function budgetWithFunnel(
  budget: Budget & { funnel: Funnel },
  values: FunnelInputValues,
): Budget & { funnel: Funnel } {
  const { funnel } = budget;
  return {
    ...budget,
    funnel: {
      ...funnel,
      stages: funnel.stages.map((stage, index) => ({ ...stage, rate: values.rates[index] ?? stage.rate })),
      targetDeals: values.targetDeals,
      averageOrderValue: values.averageOrderValue,
    },
  };
}
