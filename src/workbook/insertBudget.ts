import { budgetTotals, presetBudget, presetPhasing, presetPlans } from "../model";
import type { InsertOptions, InsertResult } from "./budgetWorkbook";
import { hostErrorInfo } from "./hostError";
import { planInsertion, type Insertion, type TakenNames } from "./insertionPlan";
import { insertFailed } from "./messages";
import { WorkbookError } from "./workbookError";

/** Runs work within one session with the workbook (for Excel, one Excel.run), its failures thrown. */
export type Session<Target> = <T>(work: (target: Target) => Promise<T>) => Promise<T>;

/** What an adapter does for one insertion, within one session with its workbook. */
export interface InsertionTarget {
  /** The names in use; a WorkbookError when the workbook cannot take a new sheet (its structure is protected). */
  takenNames(): Promise<TakenNames>;
  /**
   * Writes every sheet of the insertion, the budget sheet activated. When the write fails, takes away
   * what it added and throws a WorkbookError saying whether anything was left.
   */
  write(insertion: Insertion): Promise<void>;
}

function insertResult(insertion: Insertion, total: string): InsertResult {
  const { sheetName, table } = insertion.budget;
  return {
    sheetName,
    tableName: table.name,
    total,
    ...(insertion.scenariosSheetName ? { scenariosSheetName: insertion.scenariosSheetName } : {}),
    ...(insertion.plansSheetName ? { plansSheetName: insertion.plansSheetName } : {}),
    ...(insertion.phasingSheetName ? { phasingSheetName: insertion.phasingSheetName } : {}),
    ...(insertion.executionReportSheetName ? { executionReportSheetName: insertion.executionReportSheetName } : {}),
  };
}

/**
 * Inserts a preset as a new budget sheet, with a funnel budget's scenarios and plans sheets and a budget
 * spread over time's phasing sheet and execution report: the names in
 * use are read, every sheet, table and name gets a free one, then everything is written. Nothing existing
 * is touched. Failures are WorkbookErrors; one that is not yet (building the plans, the session itself)
 * changed nothing.
 */
export async function insertBudget(session: Session<InsertionTarget>, options: InsertOptions): Promise<InsertResult> {
  try {
    const budget = presetBudget(options.preset, options.lang);
    const plans = budget.funnel ? presetPlans(options.preset, options.lang) : [];
    const phasing = presetPhasing(options.preset, options.lang);
    const total = budgetTotals(budget).total.toString();
    return await session(async (target) => {
      const insertion = planInsertion(budget, plans, options.lang, await target.takenNames(), phasing);
      await target.write(insertion);
      return insertResult(insertion, total);
    });
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError("host", insertFailed(hostErrorInfo(error)), { cause: error });
  }
}
