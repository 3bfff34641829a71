import { NotABudgetSheetError } from "../sheet/readBudgetSheet";
import { sheetHealth, type SheetHealth } from "../sheet/sheetHealth";
import type {
  BudgetSheetEntry,
  BudgetWorkbook,
  BudgetWorkbookRead,
  SheetRead,
  WorkbookChange,
} from "../workbook/budgetWorkbook";
import { isMissingSheet } from "../workbook/workbookError";

/**
 * The reads a health check makes: the budget sheets and the active sheet, no cells (one cheap sync),
 * then the list and one sheet's cells by id (one sync).
 */
export type HealthCheckReader = Pick<BudgetWorkbook, "list" | "read"> & {
  /** The imported actuals' health input, where the host keeps actuals: their rules join the check. */
  actuals?: Pick<NonNullable<BudgetWorkbook["actuals"]>, "health">;
};

export interface SheetRef {
  id: string;
  name: string;
}

export type HealthCheckOutcome =
  | { kind: "checked"; sheet: SheetRef; health: SheetHealth }
  | { kind: "not-a-budget"; sheet: SheetRef }
  | { kind: "failed"; error: unknown };

/** What the pane knows of the workbook between checks. */
export interface KnownWorkbook {
  sheets: BudgetSheetEntry[];
  activeSheetId: string | null;
  /** The sheet picked in the pane; null follows the active sheet. */
  pickedSheetId: string | null;
}

export interface HealthCheckResult extends KnownWorkbook {
  outcome: HealthCheckOutcome;
}

async function outcomeOf(read: SheetRead, reader: HealthCheckReader): Promise<HealthCheckOutcome> {
  if (read.kind === "not-a-budget") return { kind: "not-a-budget", sheet: { id: read.sheetId, name: read.sheetName } };
  const sheet = { id: read.sheetId, name: read.snapshot.sheetName };
  try {
    // The actuals' rules, as npm run health reports them, once the budget has an Actuals sheet; a
    // failure to read it leaves the budget's own findings standing.
    const actuals = reader.actuals ? await reader.actuals.health(read.sheetId).catch(() => null) : null;
    return { kind: "checked", sheet, health: sheetHealth(read.snapshot, actuals ? { actuals } : undefined) };
  } catch (error) {
    if (error instanceof NotABudgetSheetError) return { kind: "not-a-budget", sheet };
    return { kind: "failed", error };
  }
}

/**
 * One health check. Only a sheet already known to hold a budget table has its cells read, so a
 * large sheet of other data is never sent over just to learn it is not a budget:
 * - the picked sheet, or else the active one, when the last check listed it as a budget sheet:
 *   one read, which lists the budget sheets again;
 * - otherwise the list first, then the picked sheet if it still is a budget sheet, else the active
 *   sheet if it is one: two reads; none of a sheet that is not a budget.
 * A picked sheet that is gone is forgotten, and the pane follows the active sheet again.
 */
export async function runHealthCheck(reader: HealthCheckReader, known: KnownWorkbook): Promise<HealthCheckResult> {
  let picked = known.pickedSheetId;
  const fromRead = async (read: BudgetWorkbookRead): Promise<HealthCheckResult> => ({
    sheets: read.sheets,
    activeSheetId: read.activeSheet.id,
    pickedSheetId: picked,
    outcome: await outcomeOf(read.sheet, reader),
  });
  try {
    const target = picked ?? known.activeSheetId;
    if (target !== null && known.sheets.some((sheet) => sheet.id === target)) {
      try {
        return fromRead(await reader.read(target));
      } catch (error) {
        if (!isMissingSheet(error)) throw error;
      }
    }
    const list = await reader.list();
    if (picked !== null && !list.sheets.some((sheet) => sheet.id === picked)) picked = null;
    const next = picked ?? list.sheets.find((sheet) => sheet.id === list.activeSheet.id)?.id;
    if (next === undefined) {
      return {
        sheets: list.sheets,
        activeSheetId: list.activeSheet.id,
        pickedSheetId: null,
        outcome: { kind: "not-a-budget", sheet: list.activeSheet },
      };
    }
    return fromRead(await reader.read(next));
  } catch (error) {
    return { ...known, pickedSheetId: picked, outcome: { kind: "failed", error } };
  }
}

/** The sheet a check showed as a budget, to watch for edits. */
export function checkedSheetId(outcome: HealthCheckOutcome | null): string | null {
  return outcome?.kind === "checked" ? outcome.sheet.id : null;
}

/**
 * Whether a change in the workbook calls for a new check: an edit of the budget sheet shown, another
 * sheet activated while the pane follows the active sheet, a sheet added or deleted.
 */
export function changeNeedsCheck(
  change: WorkbookChange,
  known: KnownWorkbook,
  outcome: HealthCheckOutcome | null,
): boolean {
  switch (change.kind) {
    case "changed":
      return change.sheetId === checkedSheetId(outcome);
    case "activated":
      return known.pickedSheetId === null && (outcome?.kind === "failed" || change.sheetId !== shownSheetId(outcome));
    case "added":
    case "deleted":
      return true;
  }
}

function shownSheetId(outcome: HealthCheckOutcome | null): string | null {
  return outcome === null || outcome.kind === "failed" ? null : outcome.sheet.id;
}
