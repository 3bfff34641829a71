import type { Budget, BudgetLine } from "../model/budget";
import { categoryByKey, categoryFromLabel, defaultRanges } from "../model/categories";
import { Decimal, ZERO } from "../model/decimal";
import type { Funnel, FunnelStage } from "../model/funnelPlan";
import { snapshotBudget, type BudgetPlan } from "../model/plans";
import { isUnreadable, readNumberCell } from "../sheet/cellNumber";
import { defaultDriftStages } from "../sheet/readFunnelBlock";
import type { CellValue } from "../sheet/snapshot";
import { PLAN_STORE_COLUMNS, type PlanStoreColumn } from "./planStoreColumns";
import type { PlainSheetPlan } from "../sheet/plan";
import { columnLetter } from "../sheet/address";
import { PLANS_COMPARISON_WIDTH } from "../sheet/buildPlansComparisonPlan";
import type { Lang } from "../i18n";

/**
 * A budget's plans kept as plain values in a table on its plans sheet, so they can be read back and
 * the sheet rewritten when a plan is saved, renamed or deleted. One row per item, in this order:
 *
 * | Field                                   | Plan | what the row holds                                   |
 * |-----------------------------------------|------|------------------------------------------------------|
 * | source                                  |      | Name: the budget table the plans came from           |
 * | title                                   | name | Name: the budget's title                             |
 * | contingencyRate, grossMargin, revenue,  | name | Value: the figure; blank for none                    |
 * | cap                                     |      |                                                      |
 * | targetDeals, averageOrderValue          | name | Value (with a funnel, as the next four)              |
 * | pool                                    | name | Name: the top of the funnel                          |
 * | stage                                   | name | Name and Value: a stage and its rate, top first      |
 * | participationStage, conversionStage     | name | Value: the stage positions the scenarios drift       |
 * | line                                    | name | Category, Name (the item), Basis, Quantity, Unit     |
 * |                                         |      | cost, Times, Value (a typed lump sum, else blank),   |
 * |                                         |      | Actual, Owner, Note, Driver                          |
 *
 * Plans are told apart by name and keep their order; share ranges are not kept (a plan read back has
 * the product's defaults), since a plan is what a director compares: inputs, lines and their figures.
 */

export const PLAN_STORE_TABLE_NAME = "BudgetPlans";

/**
 * The plans sheet's columns that are the add-in's, from column A: the plans compared and, under them,
 * the table that keeps them. Every change of the plans rewrites these columns whole, in place; the
 * columns to their right, the sheet's name and its tab position are the planner's and are kept.
 */
export const PLANS_SHEET_COLUMN_COUNT = Math.max(PLANS_COMPARISON_WIDTH, PLAN_STORE_COLUMNS.length);
/** The add-in's columns of the plans sheet as a range: "A:M". */
export const PLANS_SHEET_COLUMNS = `A:${columnLetter(PLANS_SHEET_COLUMN_COUNT - 1)}`;
/** Blank rows between the plans compared and the table that keeps them. */
const GAP_ROWS = 2;

export interface PlanStoreWrite {
  /** The budget table the plans were taken from. */
  budgetTable: string;
  plans: readonly BudgetPlan[];
  lang: Lang;
  /** A free table name (BudgetPlans, BudgetPlans2…). */
  tableName: string;
}

/** The first row of the block under a sheet's planned cells: its title. */
export function planStoreTopRow(plan: PlainSheetPlan): number {
  return Math.max(...plan.cells.map((cell) => cell.row)) + 1 + GAP_ROWS;
}

/** A cell of the table as written: text, a number, or blank. */
export type StoreCell = string | Decimal | null;

export const STORE_FIELDS = {
  source: "source",
  title: "title",
  contingencyRate: "contingencyRate",
  grossMargin: "grossMargin",
  revenue: "revenue",
  cap: "cap",
  targetDeals: "targetDeals",
  averageOrderValue: "averageOrderValue",
  pool: "pool",
  stage: "stage",
  participationStage: "participationStage",
  conversionStage: "conversionStage",
  line: "line",
} as const;

type StoreRow = Partial<Record<PlanStoreColumn, StoreCell>>;

function funnelRows(funnel: Funnel): StoreRow[] {
  return [
    { field: STORE_FIELDS.targetDeals, value: funnel.targetDeals },
    { field: STORE_FIELDS.averageOrderValue, value: funnel.averageOrderValue },
    { field: STORE_FIELDS.pool, name: funnel.poolName },
    ...funnel.stages.map((stage) => ({ field: STORE_FIELDS.stage, name: stage.name, value: stage.rate })),
    { field: STORE_FIELDS.participationStage, value: new Decimal(funnel.participationStage) },
    { field: STORE_FIELDS.conversionStage, value: new Decimal(funnel.conversionStage) },
  ];
}

function lineRow(line: BudgetLine, lang: Lang): StoreRow {
  return {
    field: STORE_FIELDS.line,
    category: categoryByKey(line.category).name[lang],
    name: line.item,
    basis: line.basis,
    quantity: line.quantity,
    unitCost: line.unitCost,
    times: line.times,
    value: line.fixedAmount ?? null,
    actual: line.actual,
    owner: line.owner,
    note: line.note,
    driver: line.driver ?? null,
  };
}

/** The table's data rows for these plans, in column order; category names in `lang`. */
export function planStoreRows(budgetTable: string, plans: readonly BudgetPlan[], lang: Lang): StoreCell[][] {
  const rows: StoreRow[] = [{ field: STORE_FIELDS.source, name: budgetTable }];
  for (const plan of plans) {
    const budget = plan.budget;
    const planRows: StoreRow[] = [
      { field: STORE_FIELDS.title, name: budget.title },
      { field: STORE_FIELDS.contingencyRate, value: budget.contingencyRate },
      { field: STORE_FIELDS.grossMargin, value: budget.goals.grossMargin },
      { field: STORE_FIELDS.revenue, value: budget.goals.revenue },
      { field: STORE_FIELDS.cap, value: budget.goals.cap },
      ...(budget.funnel ? funnelRows(budget.funnel) : []),
      ...budget.lines.map((line) => lineRow(line, lang)),
    ];
    rows.push(...planRows.map((row) => ({ plan: plan.name, ...row })));
  }
  // Blank text is left blank, so nothing reads it back as a value.
  return rows.map((row) => PLAN_STORE_COLUMNS.map((column) => (row[column] === "" ? null : (row[column] ?? null))));
}

export interface StoredPlans {
  /** The budget table the plans were taken from. */
  budgetTable: string;
  plans: BudgetPlan[];
}

/** A plan being read: the rows seen so far. */
interface PlanDraft {
  name: string;
  title: string;
  figures: Partial<Record<string, Decimal | null>>;
  poolName?: string;
  stages: FunnelStage[];
  lines: BudgetLine[];
}

const at = (row: readonly CellValue[], column: PlanStoreColumn): CellValue =>
  row[PLAN_STORE_COLUMNS.indexOf(column)] ?? null;
const textAt = (row: readonly CellValue[], column: PlanStoreColumn): string => {
  const value = at(row, column);
  return value === null || typeof value === "object" ? "" : String(value).trim();
};
const numberAt = (row: readonly CellValue[], column: PlanStoreColumn): Decimal | null => {
  const read = readNumberCell(at(row, column));
  return isUnreadable(read) ? null : read;
};

function readLine(row: readonly CellValue[]): BudgetLine | null {
  const category = categoryFromLabel(textAt(row, "category"));
  if (category === undefined || category === "contingency") return null;
  const line: BudgetLine = {
    category,
    item: textAt(row, "name"),
    basis: textAt(row, "basis"),
    quantity: numberAt(row, "quantity"),
    unitCost: numberAt(row, "unitCost"),
    times: numberAt(row, "times"),
    actual: numberAt(row, "actual"),
    owner: textAt(row, "owner"),
    note: textAt(row, "note"),
  };
  const fixedAmount = numberAt(row, "value");
  if (fixedAmount !== null) line.fixedAmount = fixedAmount;
  const driver = textAt(row, "driver");
  if (driver !== "") line.driver = driver;
  return line;
}

function readRow(draft: PlanDraft, row: readonly CellValue[]): void {
  const field = textAt(row, "field");
  if (field === STORE_FIELDS.title) draft.title = textAt(row, "name");
  else if (field === STORE_FIELDS.pool) draft.poolName = textAt(row, "name");
  else if (field === STORE_FIELDS.stage)
    draft.stages.push({ name: textAt(row, "name"), rate: numberAt(row, "value") ?? ZERO });
  else if (field === STORE_FIELDS.line) {
    const line = readLine(row);
    if (line) draft.lines.push(line);
  } else draft.figures[field] = numberAt(row, "value");
}

function draftFunnel(draft: PlanDraft): Funnel | undefined {
  const { targetDeals, averageOrderValue, participationStage, conversionStage } = draft.figures;
  if (!targetDeals || !averageOrderValue || draft.poolName === undefined || draft.stages.length === 0) return undefined;
  const drift = defaultDriftStages(draft.stages.length);
  return {
    poolName: draft.poolName,
    stages: draft.stages,
    targetDeals,
    averageOrderValue,
    participationStage: participationStage?.toNumber() ?? drift.participationStage,
    conversionStage: conversionStage?.toNumber() ?? drift.conversionStage,
  };
}

function draftBudget(draft: PlanDraft): Budget {
  const { figures } = draft;
  const funnel = draftFunnel(draft);
  return {
    title: draft.title,
    lines: draft.lines,
    contingencyRate: figures.contingencyRate ?? ZERO,
    ranges: defaultRanges(),
    goals: { revenue: figures.revenue ?? null, grossMargin: figures.grossMargin ?? null, cap: figures.cap ?? null },
    ...(funnel ? { funnel } : {}),
  };
}

/**
 * The plans of the table's data rows (in column order), with the ids plan-1, plan-2… in their order.
 * Rows of a field it does not know are passed over. Throws the model's BudgetInputError when a plan's
 * funnel cannot be applied, as when it was taken.
 */
export function readPlanStore(rows: readonly (readonly CellValue[])[]): StoredPlans {
  let budgetTable = "";
  const drafts = new Map<string, PlanDraft>();
  for (const row of rows) {
    if (textAt(row, "field") === STORE_FIELDS.source) {
      budgetTable = textAt(row, "name");
      continue;
    }
    const name = textAt(row, "plan");
    if (name === "") continue;
    let draft = drafts.get(name);
    if (!draft) {
      draft = { name, title: "", figures: {}, stages: [], lines: [] };
      drafts.set(name, draft);
    }
    readRow(draft, row);
  }
  const plans = [...drafts.values()].map((draft, index) =>
    Object.freeze({ id: `plan-${index + 1}`, name: draft.name, budget: snapshotBudget(draftBudget(draft)) }),
  );
  return { budgetTable, plans };
}
