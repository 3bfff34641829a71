import { CATEGORY_KEYS, type CategoryKey, type ShareRange } from "../model/categories";
import type { Decimal } from "../model/decimal";
import { healthCheck, type CheckedBudget, type Finding } from "../model/health";
import type { OverTime } from "../model/overTimeHealth";
import { budgetTotals, shareStatus, type CategoryStatus } from "../model/totals";
import { readBudgetSheet } from "./readBudgetSheet";
import type { SheetSnapshot } from "./snapshot";

export interface CategoryHealth {
  key: CategoryKey;
  amount: Decimal;
  share: Decimal;
  range: ShareRange;
  status: CategoryStatus;
  /** The subtotal cell, when the sheet names it. */
  cell?: string;
}

export interface SheetHealth {
  sheetName: string;
  tableName: string;
  checked: CheckedBudget;
  total: Decimal;
  categories: CategoryHealth[];
  findings: Finding[];
}

/** Findings about the cells that cannot be read, and about what the sheet's figures lack because of them. */
const ABOUT_UNREADABLE_CELLS = new Set<Finding["rule"]>(["cell-value", "incomplete-total"]);

/**
 * One finding per unreadable cell: a rule that looks at a cell already reported as holding text or
 * an error (the reserve rate "eight" also reads as "no reserve") would only repeat the cause.
 */
function withoutEchoesOfUnreadableCells(findings: Finding[]): Finding[] {
  const unreadable = new Set(findings.filter((f) => f.rule === "cell-value").map((f) => f.cell));
  return findings.filter((f) => ABOUT_UNREADABLE_CELLS.has(f.rule) || f.cell === undefined || !unreadable.has(f.cell));
}

/**
 * A budget sheet's figures by category and its findings, most severe first; with what the workbook
 * holds beyond the sheet (`overTime`, read from the budget as `checked`), the rules over time too.
 */
export function sheetHealth(
  snapshot: SheetSnapshot,
  overTime?: OverTime,
  checked: CheckedBudget = readBudgetSheet(snapshot),
): SheetHealth {
  const { budget } = checked;
  const totals = budgetTotals(budget);
  const categories = CATEGORY_KEYS.map((key): CategoryHealth => {
    const range = budget.ranges[key];
    const cell = checked.cells.subtotal?.[key];
    return {
      key,
      amount: totals.subtotals[key],
      share: totals.shares[key],
      range,
      status: shareStatus(totals.shares[key], range),
      ...(cell ? { cell } : {}),
    };
  });
  return {
    sheetName: snapshot.sheetName,
    tableName: snapshot.table.name,
    checked,
    total: totals.total,
    categories,
    findings: withoutEchoesOfUnreadableCells(healthCheck(checked, overTime)),
  };
}
