import { Decimal } from "../model/decimal";
import type { CheckedBudget } from "../model/health";
import { readNamedInputs } from "./namedInputs";
import { readFunnelBlock } from "./readFunnelBlock";
import { readTableLines } from "./readTableLines";
import type { SheetSnapshot, TableSnapshot } from "./snapshot";
import { mapTableColumns, namesBudgetColumns } from "./tableColumns";
import { sheetReadingMessages, type Text } from "../i18n";

/** BudgetLines, BudgetLines2 …: the table names the product gives, whatever the case. */
const BUDGET_TABLE_NAME = /^budgetlines/i;

/** The sheet holds no budget table, as opposed to a budget table with unreadable cells. */
export class NotABudgetSheetError extends Error {
  override readonly name = "NotABudgetSheetError";
  constructor(
    readonly sheetName: string,
    readonly text: Text,
  ) {
    super(text.en);
    // Compiled to ES5 (the ribbon command, the custom functions), Error resets the prototype: instanceof needs it back.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** A BudgetLines… table whose headers name its Category and Budget columns, in either language. */
export function isBudgetTable(table: Pick<TableSnapshot, "name" | "headers">): boolean {
  return BUDGET_TABLE_NAME.test(table.name) && namesBudgetColumns(table.headers);
}

export function isBudgetSheet(snapshot: SheetSnapshot): boolean {
  return isBudgetTable(snapshot.table);
}

function notABudgetSheet(snapshot: SheetSnapshot): NotABudgetSheetError {
  const { sheetName, table } = snapshot;
  return BUDGET_TABLE_NAME.test(table.name)
    ? new NotABudgetSheetError(
        sheetName,
        sheetReadingMessages.both((words) => words.notABudgetTable(table.name, sheetName)),
      )
    : new NotABudgetSheetError(
        sheetName,
        sheetReadingMessages.both((words) => words.noBudgetTable(sheetName)),
      );
}

/**
 * The budget a sheet holds, with the cells findings point at, from one snapshot of its values.
 * Columns are found by their headers (see mapTableColumns), lines by readTableLines' rules, ranges,
 * rate and goals through the sheet's names (see readNamedInputs). Cells that cannot be read become
 * issues, never exceptions; only a sheet without a budget table throws NotABudgetSheetError. A funnel
 * budget's funnel and Driver column are read too (see readFunnelBlock).
 */
export function readBudgetSheet(snapshot: SheetSnapshot): CheckedBudget {
  if (!isBudgetSheet(snapshot)) throw notABudgetSheet(snapshot);
  const { offsets, lang } = mapTableColumns(snapshot.table.headers);
  const table = readTableLines(snapshot.table, offsets);
  const inputs = readNamedInputs(snapshot, lang);
  const funnel = readFunnelBlock(snapshot, table, lang);
  const approved = snapshot.names.Budget_BaselineTotal;
  return {
    budget: {
      title: snapshot.sheetName,
      lines: funnel.lines,
      contingencyRate: inputs.contingencyRate,
      ranges: inputs.ranges,
      goals: inputs.goals,
      ...(funnel.funnel ? { funnel: funnel.funnel } : {}),
    },
    lineCells: table.lineCells,
    typedBudget: table.typedBudget,
    staleBudget: table.staleBudget,
    excludedLines: table.excludedLines,
    ...(inputs.totalError !== undefined ? { totalError: inputs.totalError } : {}),
    cells: { ...inputs.cells, ...(funnel.cells ? { funnel: funnel.cells } : {}) },
    issues: [...table.issues, ...inputs.issues, ...funnel.issues],
    ...(typeof approved?.value === "number" && Number.isFinite(approved.value)
      ? { approvedTotal: { amount: new Decimal(approved.value).toDecimalPlaces(2), cell: approved.address } }
      : {}),
  };
}
