import { BudgetInputError } from "../model/errors";
import type { BudgetPlan } from "../model/plans";
import type { CellValue } from "../sheet/snapshot";
import { mapTableColumns } from "../sheet/tableColumns";
import type { TakenNames } from "../workbook/insertionPlan";
import { storedPlansUnreadable } from "../workbook/messages";
import { STORE_FIELDS, readPlanStore } from "../workbook/planStore";
import { PLAN_STORE_COLUMNS } from "../workbook/planStoreColumns";
import type { PlansState } from "../workbook/plans";
import { WorkbookError } from "../workbook/workbookError";
import { queueSheetRead } from "./readBudgetSheet";
import { takenNames } from "./readWorkbook";

/** The sheet that compares a budget's plans, and the plans its table keeps. */
export interface PlansSheet {
  sheetName: string;
  /** Zero-based tab position. */
  position: number;
  tableName: string;
  plans: BudgetPlan[];
  /** The names of the sheet's charts, the planner's and the add-in's, in the sheet's order. */
  chartNames: string[];
}

/** What changing a budget's plans starts from (see queuePlansRead and queueStoreRead). */
export interface PlansRead extends PlansState {
  plansSheet: PlansSheet | null;
  taken: TakenNames;
  activeSheet: string;
}

/** The tables that keep plans: BudgetPlans, BudgetPlans2 … */
const PLAN_STORE_TABLE = /^budgetplans\d*$/i;

const cellValue = (value: unknown): CellValue =>
  value === "" || value === undefined || value === null ? null : (value as CellValue);

/** The budget table a store's rows were taken from, by its source row. */
function storeSource(rows: readonly (readonly CellValue[])[]): string | undefined {
  const field = PLAN_STORE_COLUMNS.indexOf("field");
  const name = PLAN_STORE_COLUMNS.indexOf("name");
  const source = rows.find((row) => row[field] === STORE_FIELDS.source);
  return source ? String(source[name] ?? "") : undefined;
}

function plansOf(sheetName: string, rows: readonly (readonly CellValue[])[]): BudgetPlan[] {
  try {
    return readPlanStore(rows).plans;
  } catch (error) {
    if (error instanceof BudgetInputError)
      throw new WorkbookError("refused", storedPlansUnreadable(sheetName, error.text));
    throw error;
  }
}

/** What the first round trip finds: all but the rows of the tables that may keep plans. */
export interface PlansIndex {
  /** The tables named like a plans table (BudgetPlans, BudgetPlans2 …): the ones whose rows are read next. */
  storeTables: string[];
  /** The read once those tables' rows are in. */
  finish(stores: readonly StoreTable[]): PlansRead;
}

/** A plans table's name, its data rows and the names of the charts on its sheet, as read. */
export interface StoreTable {
  name: string;
  rows: unknown[][];
  chartNames: string[];
}

/**
 * Queues the first read a change of plans needs: the budget sheet (by name or id), every table's name
 * and sheet (no rows), the names in use, the active sheet and the workbook's protection. The plans'
 * table is found by the budget table it names, wherever its sheet was moved or renamed; only the
 * tables named like a plans table are read then, by name (queueStoreRead), so a large table of the
 * planner's never travels. Call the returned function after the next `context.sync()`; it throws
 * NotABudgetSheetError for a sheet without a budget table.
 */
export function queuePlansRead(context: Excel.RequestContext, budgetSheet: string): () => PlansIndex {
  const sheet = queueSheetRead(context, budgetSheet);
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name,items/position");
  const tables = workbook.tables.load("items/name,items/worksheet/name");
  const names = workbook.names.load("items/name");
  const protection = workbook.protection.load("protected");
  const active = workbook.worksheets.getActiveWorksheet().load("name");

  return () => {
    const read = sheet();
    if (read.kind === "not-a-budget") throw read.error;
    const { snapshot } = read;
    const positions = new Map(worksheets.items.map((item) => [item.name.toUpperCase(), item.position]));
    const sheetOf = new Map(tables.items.map((table) => [table.name, table.worksheet.name]));
    const budgetTable = snapshot.table.name.toUpperCase();
    return {
      storeTables: tables.items.map((table) => table.name).filter((name) => PLAN_STORE_TABLE.test(name)),
      finish(storeTables) {
        // A copied plans sheet keeps the same source: the first in tab order is the one kept up to date.
        const stores = storeTables
          .map((table) => ({
            table,
            sheetName: sheetOf.get(table.name) ?? "",
            rows: table.rows.map((row) => row.map(cellValue)),
            position: positions.get((sheetOf.get(table.name) ?? "").toUpperCase()) ?? Number.MAX_SAFE_INTEGER,
          }))
          .filter((store) => storeSource(store.rows)?.toUpperCase() === budgetTable)
          .sort((a, b) => a.position - b.position);
        const store = stores[0];
        return {
          snapshot,
          lang: mapTableColumns(snapshot.table.headers).lang,
          plansSheet: store
            ? {
                sheetName: store.sheetName,
                position: store.position,
                tableName: store.table.name,
                plans: plansOf(store.sheetName, store.rows),
                chartNames: store.table.chartNames,
              }
            : null,
          taken: takenNames(worksheets, tables, names),
          activeSheet: active.name,
          structureProtected: protection.protected,
        };
      },
    };
  };
}

/**
 * Queues the second read, only when the first found tables named like a plans table: each one's data
 * rows as one range, by its name, and the names of the charts on its sheet (a rewrite of the plans
 * sheet takes its own charts away before drawing them again). Call the returned function after the
 * next `context.sync()`.
 */
export function queueStoreRead(context: Excel.RequestContext, tableNames: readonly string[]): () => StoreTable[] {
  const reads = tableNames.map((name) => {
    const table = context.workbook.tables.getItem(name);
    return {
      body: table.getDataBodyRange().load("values"),
      charts: table.worksheet.charts.load("items/name"),
    };
  });
  return () =>
    reads.map(({ body, charts }, index) => ({
      name: tableNames[index],
      rows: body.values,
      chartNames: charts.items.map((chart) => chart.name),
    }));
}
