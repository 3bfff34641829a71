import type { StopWatching, WorkbookChange } from "../workbook/budgetWorkbook";
import { excelSupportsWatching } from "./readRequirements";

/**
 * Calls `onChange` when cells of any sheet change, a sheet is activated, added or deleted. One
 * `context.sync()` to register, one to stop. Where Excel lacks these events (before ExcelApi 1.9),
 * nothing is watched and the planner re-checks by hand.
 */
export async function watchWorkbook(onChange: (change: WorkbookChange) => void): Promise<StopWatching> {
  if (!excelSupportsWatching()) return async () => {};
  const handlers = await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const report = (change: WorkbookChange) => {
      onChange(change);
      return Promise.resolve();
    };
    const registered = [
      worksheets.onChanged.add((event) => report({ kind: "changed", sheetId: event.worksheetId })),
      worksheets.onActivated.add((event) => report({ kind: "activated", sheetId: event.worksheetId })),
      worksheets.onAdded.add((event) => report({ kind: "added", sheetId: event.worksheetId })),
      worksheets.onDeleted.add((event) => report({ kind: "deleted", sheetId: event.worksheetId })),
    ];
    await context.sync();
    return registered;
  });
  return async () => {
    // Handlers are removed through the context that added them.
    await Excel.run(handlers[0].context, async (context) => {
      for (const handler of handlers) handler.remove();
      await context.sync();
    });
  };
}
