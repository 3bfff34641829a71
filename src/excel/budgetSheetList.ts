import { isBudgetTable } from "../sheet/readBudgetSheet";
import type { BudgetSheetEntry, BudgetSheetList } from "../workbook/budgetWorkbook";
import { runRead } from "./runRead";

/**
 * Queues the loads that list the budget sheets: every table's name, column names and sheet, and the
 * active sheet. No cell is read. Call the returned function after the next `context.sync()`.
 */
export function queueBudgetSheetList(context: Excel.RequestContext): () => BudgetSheetList {
  const tables = context.workbook.tables.load(
    "items/name,items/columns/items/name,items/worksheet/name,items/worksheet/id,items/worksheet/position",
  );
  const activeSheet = context.workbook.worksheets.getActiveWorksheet().load("name,id");
  return () => {
    const bySheet = new Map<string, BudgetSheetEntry & { position: number }>();
    for (const table of tables.items) {
      const headers = table.columns.items.map((column) => column.name);
      const { id, name, position } = table.worksheet;
      if (!bySheet.has(id) && isBudgetTable({ name: table.name, headers }))
        bySheet.set(id, { name, tableName: table.name, id, position });
    }
    const sheets = [...bySheet.values()]
      .sort((a, b) => a.position - b.position)
      .map(({ name, tableName, id }) => ({ name, tableName, id }));
    return {
      sheets,
      active: bySheet.get(activeSheet.id)?.name ?? null,
      activeSheet: { name: activeSheet.name, id: activeSheet.id },
    };
  };
}

/** The workbook's budget sheets and whether the active sheet is one, in one `context.sync()`. */
export async function listBudgetSheets(): Promise<BudgetSheetList> {
  return runRead(undefined, async (context) => {
    const list = queueBudgetSheetList(context);
    await context.sync();
    return list();
  });
}
