import type { BudgetWorkbookRead } from "../workbook/budgetWorkbook";
import { queueBudgetSheetList } from "./budgetSheetList";
import { queueSheetRead } from "./readBudgetSheet";
import { runRead } from "./runRead";

/**
 * What a health check needs in one `context.sync()`: the list of budget sheets (for the picker)
 * and the snapshot of one sheet, the one asked for by name or id, else the active sheet.
 */
export async function readBudgetWorkbook(sheetKey?: string): Promise<BudgetWorkbookRead> {
  return runRead(sheetKey, async (context: Excel.RequestContext) => {
    const list = queueBudgetSheetList(context);
    const sheet = queueSheetRead(context, sheetKey);
    await context.sync();
    return { ...list(), sheet: sheet() };
  });
}
