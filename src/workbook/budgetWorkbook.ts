import type { Lang } from "../i18n";
import type { PresetId } from "../model";
import type { BudgetPlan } from "../model/plans";
import type { FunnelInputValues } from "../sheet/funnelInputs";
import type { NotABudgetSheetError } from "../sheet/readBudgetSheet";
import type { SheetSnapshot } from "../sheet/snapshot";
import type { BudgetTimeline } from "./timeline";
import type { BudgetActuals } from "./actuals";

export type { FunnelInputValues };

export interface InsertOptions {
  preset: PresetId;
  lang: Lang;
}

/**
 * A finishing touch an insertion could not apply. The sheets, table, formulas, names and rules are
 * whole without it: it is left out rather than costing the content.
 */
export type MissingDecoration =
  | { kind: "chart"; sheetName: string; title: string }
  | { kind: "page-layout"; sheetName: string }
  | { kind: "frozen-rows"; sheetName: string };

export interface InsertResult {
  sheetName: string;
  tableName: string;
  /** The budget total as a decimal string, e.g. "1294596". */
  total: string;
  /** With a funnel budget: the scenarios sheet inserted with it. */
  scenariosSheetName?: string;
  /** With a preset that has alternative plans: the sheet comparing them. */
  plansSheetName?: string;
  /** What could not be applied after the content was written; absent when every decoration was. */
  missingDecorations?: MissingDecoration[];
  /** With a preset spread over time: its phasing sheet and execution report. */
  phasingSheetName?: string;
  executionReportSheetName?: string;
}

export interface BudgetSheetEntry {
  name: string;
  tableName: string;
  /** The host's id for the sheet: it survives a rename, so a sheet once picked stays picked. */
  id: string;
}

export interface BudgetSheetList {
  /** The sheets holding a budget table, in tab order. */
  sheets: BudgetSheetEntry[];
  /** The active sheet's name when it is one of them; null otherwise. */
  active: string | null;
  /** The active sheet, whatever it holds. */
  activeSheet: { name: string; id: string };
}

export type SheetRead =
  | { kind: "budget"; sheetId: string; snapshot: SheetSnapshot }
  | { kind: "not-a-budget"; sheetId: string; sheetName: string; error: NotABudgetSheetError };

export interface BudgetWorkbookRead extends BudgetSheetList {
  /** The sheet read: the one asked for, else the active sheet. */
  sheet: SheetRead;
}

/** A budget's plans as the workbook keeps them. */
export interface PlanSnapshots {
  /** The sheet comparing them; null when the budget has no plans. */
  sheetName: string | null;
  /** In the sheet's order, with ids plan-1, plan-2… in that order. */
  plans: BudgetPlan[];
}

/** Something happened in the workbook that can change what a health check shows. */
export type WorkbookChange =
  | { kind: "changed"; sheetId: string }
  | { kind: "activated"; sheetId: string }
  | { kind: "added" | "deleted"; sheetId: string };

export type StopWatching = () => Promise<void>;

/**
 * Everything the task pane asks of a workbook. Excel implements it through Office.js (src/excel/), the
 * preview with an in-memory workbook (src/preview/); the pane never knows which. Every failure is a
 * WorkbookError (src/workbook/workbookError.ts), whose kind says what happened ("missing-sheet" when the
 * sheet is gone).
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
    /** Saves the sheet as it now is under `name` (the next default name if none); at most MAX_PLANS (five). */
    take(sheetKey: string, name?: string): Promise<PlanSnapshots>;
    rename(sheetKey: string, name: string, newName: string): Promise<PlanSnapshots>;
    delete(sheetKey: string, name: string): Promise<PlanSnapshots>;
  };
  /**
   * The budget over time: its approved baselines (read; approve, which appends a version, writes its
   * approval sheet and the budget sheet's Budget_BaselineTotal and Budget_VarianceToBaseline), and the
   * phasing sheet written or rewritten from a phasing by category. Absent where a host has none.
   */
  timeline?: BudgetTimeline;
  /**
   * Actual and committed spend imported from a file: what an import is matched against (the budget
   * sheet's lines, the rows already on the Actuals sheet, the saved column mappings) in one read, and
   * the import written (the Actuals sheet added, or rows added to its table). Absent where a host has none.
   */
  actuals?: BudgetActuals;
  /** Reports changes until the returned function is called; absent where nothing can be watched. */
  watch?(onChange: (change: WorkbookChange) => void): Promise<StopWatching>;
}
