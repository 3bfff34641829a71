import { budgetTotals, presetBudget, presetPhasing, presetPlans } from "../model";
import type { InsertOptions, InsertResult, MissingDecoration } from "./budgetWorkbook";
import { hostErrorInfo } from "./hostError";
import {
  insertionDecorations,
  insertionSheetCount,
  missingDecoration,
  planInsertion,
  type Insertion,
  type TakenNames,
} from "./insertionPlan";
import { insertFailed } from "./messages";
import { WorkbookError } from "./workbookError";

/** Runs work within one session with the workbook (for Excel, one Excel.run), its failures thrown. */
export type Session<Target> = <T>(work: (target: Target) => Promise<T>) => Promise<T>;

/** What an adapter does for one insertion, within one session with its workbook. */
export interface InsertionTarget {
  /**
   * The names in use; a WorkbookError when the workbook cannot take a new sheet (its structure is
   * protected). An adapter may set aside the insertion's `sheetCount` new sheets now, under names of
   * its own, so that it knows them apart from any sheet added by someone else meanwhile.
   */
  takenNames(sheetCount: number): Promise<TakenNames>;
  /**
   * Writes the content of every sheet of the insertion (cells, table, names, rules), the budget sheet
   * activated. When the write fails, takes away what this insertion added, and nothing else, and throws
   * a WorkbookError saying whether anything was left.
   */
  write(insertion: Insertion): Promise<void>;
  /**
   * After the write: the decorations (insertionDecorations), each as far as the workbook takes it.
   * Never takes the content away; returns what could not be applied.
   */
  decorate(insertion: Insertion): Promise<MissingDecoration[]>;
}

function insertResult(insertion: Insertion, total: string, missing: MissingDecoration[]): InsertResult {
  const { sheetName, table } = insertion.budget;
  return {
    sheetName,
    tableName: table.name,
    total,
    ...(insertion.scenariosSheetName ? { scenariosSheetName: insertion.scenariosSheetName } : {}),
    ...(insertion.plansSheetName ? { plansSheetName: insertion.plansSheetName } : {}),
    ...(insertion.phasingSheetName ? { phasingSheetName: insertion.phasingSheetName } : {}),
    ...(insertion.executionReportSheetName ? { executionReportSheetName: insertion.executionReportSheetName } : {}),
    ...(missing.length > 0 ? { missingDecorations: missing } : {}),
  };
}

/** The decorations, best effort: a failure here is a decoration missing, never a failed insertion. */
async function decorate(target: InsertionTarget, insertion: Insertion): Promise<MissingDecoration[]> {
  try {
    return await target.decorate(insertion);
  } catch {
    return insertionDecorations(insertion).map(missingDecoration);
  }
}

/**
 * Inserts a preset as a new budget sheet, with a funnel budget's scenarios and plans sheets and a budget
 * spread over time's phasing sheet and execution report: the names in use are read, every sheet, table
 * and name gets a free one, then the content is written, then the decorations (charts, page layout,
 * frozen rows) as far as the workbook takes them. Nothing existing is touched. Failures are
 * WorkbookErrors; one that is not yet (building the plans, the session itself) changed nothing. A
 * decoration that fails is listed in the result, the content stays.
 */
export async function insertBudget(session: Session<InsertionTarget>, options: InsertOptions): Promise<InsertResult> {
  try {
    const budget = presetBudget(options.preset, options.lang);
    const plans = budget.funnel ? presetPlans(options.preset, options.lang) : [];
    const phasing = presetPhasing(options.preset, options.lang);
    const total = budgetTotals(budget).total.toString();
    return await session(async (target) => {
      const taken = await target.takenNames(insertionSheetCount(budget, plans, phasing));
      const insertion = planInsertion(budget, plans, options.lang, taken, phasing);
      await target.write(insertion);
      return insertResult(insertion, total, await decorate(target, insertion));
    });
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError("host", insertFailed(hostErrorInfo(error)), { cause: error });
  }
}
