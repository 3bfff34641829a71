import type { Budget } from "../model/budget";
import type { Phasing } from "../model/phasing";
import type { BudgetPlan } from "../model/plans";
import { buildCompanionPlans } from "../sheet/buildCompanionPlans";
import { DEFAULT_TABLE_NAME, buildSheetPlan } from "../sheet/buildSheetPlan";
import type { ChartPlan, PlainSheetPlan, SheetPlan } from "../sheet/plan";
import type { MissingDecoration } from "./budgetWorkbook";
import { freeSheetName, freeTableName } from "./freeNames";
import { PLAN_STORE_TABLE_NAME, type PlanStoreWrite } from "./planStore";
import { executionReportLabels, phasingLabels, planLabels, scenarioLabels, sheetLabels, type Lang } from "../i18n";

/** The names a new sheet and table must not take. */
export interface TakenNames {
  sheets: string[];
  tables: string[];
  /** Workbook-level defined names (sheet-scoped ones live in their sheet). */
  definedNames: string[];
}

/** Everything one insertion writes, under names no sheet, table or name of the workbook has. */
export interface Insertion {
  budget: SheetPlan;
  /**
   * For a funnel budget: its scenarios, then the plans compared when the preset has plans; for a budget
   * spread over time: its phasing sheet, then the execution report.
   */
  companions: PlainSheetPlan[];
  scenariosSheetName?: string;
  plansSheetName?: string;
  phasingSheetName?: string;
  executionReportSheetName?: string;
  /** The table that keeps the plans, on the plans sheet. */
  planStore?: PlanStoreWrite;
}

/**
 * The sheets of an insertion, each under the first free name of its base ("预算表 (2)", "情景分析 (2)",
 * "方案对比 (2)", "分期计划 (2)", "月度执行报告 (2)"). The companions are built on the budget sheet's
 * final name, which their formulas refer to. With a phasing, the budget gets its phasing sheet and
 * execution report.
 */
export function planInsertion(
  budget: Budget,
  plans: readonly BudgetPlan[],
  lang: Lang,
  taken: TakenNames,
  phasing?: Phasing,
): Insertion {
  const sheets = [...taken.sheets];
  const tables = [...taken.tables];
  const freeSheet = (base: string) => {
    const name = freeSheetName(base, sheets);
    sheets.push(name);
    return name;
  };
  const sheetName = freeSheet(sheetLabels(lang).sheetName);
  const tableName = freeTableName(DEFAULT_TABLE_NAME, tables, taken.definedNames);
  tables.push(tableName);
  const budgetPlan = buildSheetPlan(budget, { lang, sheetName, tableName });
  if (phasing) {
    const phasingSheetName = freeSheet(phasingLabels(lang).sheetName);
    const executionReportSheetName = freeSheet(executionReportLabels(lang).sheetName);
    const companions = buildCompanionPlans(budget, budgetPlan, [], {
      lang,
      phasing,
      phasingSheetName,
      executionReportSheetName,
    });
    return { budget: budgetPlan, companions, phasingSheetName, executionReportSheetName };
  }
  if (!budget.funnel) return { budget: budgetPlan, companions: [] };

  const scenariosSheetName = freeSheet(scenarioLabels(lang).sheetName);
  const plansSheetName = plans.length > 0 ? freeSheet(planLabels(lang).sheetName) : undefined;
  const companions = buildCompanionPlans(budget, budgetPlan, plans, {
    lang,
    scenarioSheetName: scenariosSheetName,
    plansSheetName,
  });
  return {
    budget: budgetPlan,
    companions,
    scenariosSheetName,
    ...(plansSheetName
      ? {
          plansSheetName,
          planStore: {
            budgetTable: tableName,
            plans,
            lang,
            tableName: freeTableName(PLAN_STORE_TABLE_NAME, tables, taken.definedNames),
          },
        }
      : {}),
  };
}

/**
 * How many sheets the insertion of a budget adds: the budget sheet, with a phasing its phasing sheet and
 * execution report, with a funnel its scenarios and its plans.
 */
export function insertionSheetCount(budget: Budget, plans: readonly BudgetPlan[], phasing?: Phasing): number {
  if (phasing) return 3;
  if (!budget.funnel) return 1;
  return plans.length > 0 ? 3 : 2;
}

/** The sheets an insertion adds, the budget sheet first. */
export function insertedSheets(insertion: Insertion): PlainSheetPlan[] {
  return [insertion.budget, ...insertion.companions];
}

/** The names of the sheets an insertion adds, the budget sheet first. */
export function insertedSheetNames(insertion: Insertion): string[] {
  return insertedSheets(insertion).map((sheet) => sheet.sheetName);
}

/**
 * A finishing touch of an inserted sheet, applied once its content is in: the header rows kept in
 * view, the print setup, a chart. None of them holds a figure.
 */
export type DecorationPlan =
  | { kind: "frozen-rows"; sheet: PlainSheetPlan }
  | { kind: "page-layout"; sheet: PlainSheetPlan }
  | { kind: "chart"; sheet: PlainSheetPlan; chart: ChartPlan };

/** Every decoration of an insertion, sheet by sheet: frozen rows, page layout, then its charts. */
export function insertionDecorations(insertion: Insertion): DecorationPlan[] {
  return insertedSheets(insertion).flatMap((sheet): DecorationPlan[] => [
    ...(sheet.freezeRows > 0 ? [{ kind: "frozen-rows" as const, sheet }] : []),
    { kind: "page-layout", sheet },
    ...(sheet.charts ?? []).map((chart) => ({ kind: "chart" as const, sheet, chart })),
  ]);
}

/** A decoration as the insertion's result names it when it could not be applied. */
export function missingDecoration(decoration: DecorationPlan): MissingDecoration {
  const sheetName = decoration.sheet.sheetName;
  return decoration.kind === "chart"
    ? { kind: "chart", sheetName, title: decoration.chart.title }
    : { kind: decoration.kind, sheetName };
}
