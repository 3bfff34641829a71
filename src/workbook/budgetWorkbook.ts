import type { BudgetSheetEntry, BudgetSheetList } from "../excel/budgetSheetList";
import type { InsertOptions, InsertResult } from "../excel/insertBudgetSheet";
import type { PlanSnapshots } from "../excel/planSnapshots";
import type { SheetRead } from "../excel/readBudgetSheet";
import type { BudgetWorkbookRead } from "../excel/readBudgetWorkbook";
import type { StopWatching, WorkbookChange } from "../excel/watchBudgetSheet";
import type { FunnelInputValues } from "../sheet/funnelInputs";

export type {
  BudgetSheetEntry,
  BudgetSheetList,
  BudgetWorkbookRead,
  FunnelInputValues,
  InsertOptions,
  InsertResult,
  PlanSnapshots,
  SheetRead,
  StopWatching,
  WorkbookChange,
};

/**
 * Everything the task pane asks of a workbook. Excel implements it through Office.js
 * (src/excel/excelWorkbook.ts), the preview with an in-memory workbook (src/preview/memoryWorkbook.ts);
 * the pane never knows which. Failures are the Excel layer's own: InsertError for an insertion,
 * SheetAccessError for a read, a selection or a write of funnel inputs ("missing-sheet" when the sheet is gone),
 * PlanError for anything done with plans.
 */
export interface BudgetWorkbook {
  /** Inserts a preset as a new sheet in the language given, overwriting nothing, and activates it. */
  insert(options: InsertOptions): Promise<InsertResult>;
  /** The budget sheets and the active sheet; no cell is read. */
  list(): Promise<BudgetSheetList>;
  /** The list and one sheet's snapshot (the sheet of that id or name, else the active one) in one read. */
  read(sheetKey?: string): Promise<BudgetWorkbookRead>;
  /** Activates the sheet (by id or name) and selects one cell ("O6"). */
  select(sheetKey: string, address: string): Promise<void>;
  /**
   * Writes target deals, order value and each stage's rate into the funnel block's input cells (by
   * their sheet-scoped names) of the sheet of that id or name, in one write with no read. The caller
   * checks the names against its last read of the sheet; a name gone since then fails with nothing written.
   */
  writeFunnelInputs(sheetKey: string, inputs: FunnelInputValues): Promise<void>;
  /**
   * The plans kept for the budget sheet of that id or name, compared on their plans sheet. Each change
   * rewrites that sheet and returns the plans as they now are; the budget sheet is only read.
   */
  plans: {
    read(sheetKey: string): Promise<PlanSnapshots>;
    /** Saves the sheet as it now is under `name` (the next default name if none); at most four plans. */
    take(sheetKey: string, name?: string): Promise<PlanSnapshots>;
    rename(sheetKey: string, name: string, newName: string): Promise<PlanSnapshots>;
    delete(sheetKey: string, name: string): Promise<PlanSnapshots>;
  };
  /** Reports changes until the returned function is called; absent where nothing can be watched. */
  watch?(onChange: (change: WorkbookChange) => void): Promise<StopWatching>;
}
