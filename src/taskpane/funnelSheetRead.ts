import type { Budget, CheckedBudget, Funnel } from "../model";
import { NotABudgetSheetError, readBudgetSheet } from "../sheet/readBudgetSheet";
import { readFunnelInputs, type FunnelInputs } from "../sheet/funnelInputs";
import type { SheetSnapshot } from "../sheet/snapshot";
import type { BudgetWorkbook, SheetRead } from "../workbook/budgetWorkbook";
import type { SheetRef } from "./healthCheckRun";

/** What a read of the sheet gives the funnel view. */
export type FunnelSheet =
  | {
      kind: "funnel";
      sheet: SheetRef;
      snapshot: SheetSnapshot;
      /** The budget as the sheet holds it, with its funnel and each line's Driver. */
      budget: Budget & { funnel: Funnel };
      inputs: FunnelInputs;
    }
  | { kind: "no-funnel"; sheet: SheetRef }
  | { kind: "not-a-budget"; sheet: SheetRef };

function funnelSheetOf(read: SheetRead): FunnelSheet {
  if (read.kind === "not-a-budget") return { kind: "not-a-budget", sheet: { id: read.sheetId, name: read.sheetName } };
  const { snapshot } = read;
  const sheet = { id: read.sheetId, name: snapshot.sheetName };
  let checked: CheckedBudget;
  try {
    checked = readBudgetSheet(snapshot);
  } catch (error) {
    if (error instanceof NotABudgetSheetError) return { kind: "not-a-budget", sheet };
    throw error;
  }
  const inputs = readFunnelInputs(snapshot, checked);
  const { funnel } = checked.budget;
  if (!inputs || !funnel) return { kind: "no-funnel", sheet };
  return { kind: "funnel", sheet, snapshot, budget: { ...checked.budget, funnel }, inputs };
}

/**
 * Reads the sheet the view works on. A sheet known by id (the one just written) is read at once; else
 * the budget sheets are listed first, as the health check does, and the active sheet's cells are read
 * only when it is one of them: a large sheet of other data is never sent over.
 */
export async function readFunnelSheet(
  reader: Pick<BudgetWorkbook, "list" | "read">,
  sheetId?: string,
): Promise<FunnelSheet> {
  if (sheetId !== undefined) return funnelSheetOf((await reader.read(sheetId)).sheet);
  const list = await reader.list();
  const active = list.sheets.find((sheet) => sheet.id === list.activeSheet.id);
  if (!active) return { kind: "not-a-budget", sheet: list.activeSheet };
  return funnelSheetOf((await reader.read(active.id)).sheet);
}
