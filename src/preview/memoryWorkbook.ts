import { planLabels, type Lang } from "../i18n";
import type { BudgetPlan } from "../model/plans";
import { parseA1, type CellRef } from "../sheet/address";
import { buildPlansComparisonPlan } from "../sheet/buildPlansComparisonPlan";
import { funnelInputWrites, funnelNamesMissing, type FunnelInputValues } from "../sheet/funnelInputs";
import { mapTableColumns } from "../sheet/tableColumns";
import type {
  BudgetSheetList,
  BudgetWorkbook,
  BudgetWorkbookRead,
  InsertOptions,
  InsertResult,
  StopWatching,
  WorkbookChange,
} from "../workbook/budgetWorkbook";
import { freeSheetName } from "../workbook/freeNames";
import { insertBudget, type InsertionTarget } from "../workbook/insertBudget";
import type { Insertion } from "../workbook/insertionPlan";
import { selectCellFailed, sheetMissing } from "../workbook/messages";
import { renumbered } from "../workbook/planChanges";
import { budgetPlans, type PlansState, type PlansTarget } from "../workbook/plans";
import { PLANS_SHEET_COLUMN_COUNT } from "../workbook/planStore";
import { budgetTimeline } from "../workbook/timeline";
import { WorkbookError } from "../workbook/workbookError";
import { memoryTimelineTarget } from "./memoryTimeline";
import { memoryActualsTarget } from "./memoryActuals";
import { budgetActuals } from "../workbook/actuals";
import { MemorySpreadsheet } from "./spreadsheet/memorySpreadsheet";
import type { MemorySheet } from "./spreadsheet/memorySheet";

/** A budget sheet's plans and the sheet comparing them, as the plans' table keeps them in Excel. */
interface KeptPlans {
  sheetId: string;
  plans: BudgetPlan[];
}

interface MemoryPlansState extends PlansState {
  budgetSheet: MemorySheet;
}

/**
 * The task pane's workbook in memory: the port (BudgetWorkbook) over a MemorySpreadsheet, with the same
 * insertion and plan logic as Excel's adapter. Its spreadsheet is what the preview's grid shows.
 */
export class MemoryWorkbook implements BudgetWorkbook {
  readonly spreadsheet: MemorySpreadsheet;
  /** By the budget sheet's id. */
  private readonly keptPlans = new Map<string, KeptPlans>();

  constructor(options: { messageLanguage?: Lang } = {}) {
    this.spreadsheet = new MemorySpreadsheet(options);
  }

  insert(options: InsertOptions): Promise<InsertResult> {
    return insertBudget((work) => work(this.insertionTarget()), options);
  }

  async list(): Promise<BudgetSheetList> {
    const sheets = this.spreadsheet.budgetSheets();
    const active = this.spreadsheet.activeSheet();
    const activeName = this.spreadsheet.sheetName(active);
    return {
      sheets,
      active: sheets.some((sheet) => sheet.id === active.id) ? activeName : null,
      activeSheet: { name: activeName, id: active.id },
    };
  }

  async read(sheetKey?: string): Promise<BudgetWorkbookRead> {
    const sheet = sheetKey === undefined ? this.spreadsheet.activeSheet() : this.sheet(sheetKey);
    return { ...(await this.list()), sheet: this.spreadsheet.read(sheet) };
  }

  async select(sheetKey: string, address: string): Promise<void> {
    const sheet = this.sheet(sheetKey);
    let cell: CellRef;
    try {
      cell = parseA1(address);
    } catch (error) {
      const info = { code: "InvalidArgument", message: String(error) };
      throw new WorkbookError("host", selectCellFailed(info, address), { cause: error });
    }
    this.spreadsheet.select(sheet, cell);
  }

  async writeFunnelInputs(sheetKey: string, inputs: FunnelInputValues): Promise<void> {
    const sheet = this.sheet(sheetKey);
    const writes = funnelInputWrites(inputs).map((write) => ({
      ...write,
      cell: this.spreadsheet.namedCell(sheet, write.name),
    }));
    const missing = writes.filter((write) => write.cell === undefined).map((write) => write.name);
    if (missing.length > 0) {
      const text = funnelNamesMissing(this.spreadsheet.sheetName(sheet), missing);
      throw new WorkbookError("missing-sheet", text);
    }
    this.spreadsheet.setValues(
      sheet,
      writes.map(({ cell, value }) => ({ cell: cell!, value })),
    );
  }

  readonly plans: BudgetWorkbook["plans"] = budgetPlans<MemoryPlansState>((work) => work(this.plansTarget()));

  readonly timeline: BudgetWorkbook["timeline"] = budgetTimeline((work) =>
    work(memoryTimelineTarget(this.spreadsheet)),
  );

  readonly actuals: BudgetWorkbook["actuals"] = budgetActuals((work) => work(memoryActualsTarget(this.spreadsheet)));

  async watch(onChange: (change: WorkbookChange) => void): Promise<StopWatching> {
    const stop = this.spreadsheet.watch(onChange);
    return async () => stop();
  }

  // —— inside ——

  /** The sheet of that id or name; a WorkbookError ("missing-sheet") when there is none. */
  private sheet(key: string): MemorySheet {
    const sheet = this.spreadsheet.sheetByKey(key);
    if (!sheet) throw new WorkbookError("missing-sheet", sheetMissing(key));
    return sheet;
  }

  private insertionTarget(): InsertionTarget {
    const spreadsheet = this.spreadsheet;
    return {
      takenNames: async () => ({
        sheets: spreadsheet.sheetTabs().map((tab) => tab.name),
        tables: spreadsheet.tableNames(),
        definedNames: spreadsheet.definedNames(),
      }),
      write: async (insertion: Insertion) => {
        const budgetSheet = spreadsheet.addPlanSheet(insertion.budget);
        for (const companion of insertion.companions) {
          const sheet = spreadsheet.addPlainSheet(companion);
          if (insertion.planStore && companion.sheetName === insertion.plansSheetName) {
            this.keptPlans.set(budgetSheet.id, { sheetId: sheet.id, plans: renumbered(insertion.planStore.plans) });
          }
        }
        spreadsheet.showNew(budgetSheet);
      },
      // The preview draws no chart and prints nothing: its sheets are whole once written.
      decorate: async () => [],
    };
  }

  private plansTarget(): PlansTarget<MemoryPlansState> {
    return {
      read: async (budgetSheetKey) => {
        const budgetSheet = this.sheet(budgetSheetKey);
        const read = this.spreadsheet.read(budgetSheet);
        if (read.kind !== "budget") throw new WorkbookError("refused", read.error.text, { cause: read.error });
        return {
          budgetSheet,
          snapshot: read.snapshot,
          lang: mapTableColumns(read.snapshot.table.headers).lang,
          plansSheet: this.keptPlansSheet(budgetSheet.id),
          structureProtected: false,
        };
      },
      write: async (state, plans) => this.keepPlans(state.budgetSheet, state.lang, plans),
    };
  }

  private keptPlansSheet(budgetSheetId: string): { sheetName: string; plans: BudgetPlan[] } | null {
    const kept = this.keptPlans.get(budgetSheetId);
    const sheet = kept && this.spreadsheet.sheetById(kept.sheetId);
    return sheet ? { sheetName: this.spreadsheet.sheetName(sheet), plans: kept.plans } : null;
  }

  /**
   * Keeps the plans and rewrites the sheet comparing them, as Excel's adapter does: added under a free
   * name when the budget has none, its own columns rewritten in place (the planner's beside them
   * kept), deleted with the last plan.
   */
  private keepPlans(budgetSheet: MemorySheet, lang: Lang, changed: readonly BudgetPlan[]): string | null {
    const plans = renumbered(changed);
    const kept = this.keptPlans.get(budgetSheet.id);
    const current = kept && this.spreadsheet.sheetById(kept.sheetId);
    if (plans.length === 0) {
      if (current) this.spreadsheet.removeSheet(current);
      this.keptPlans.delete(budgetSheet.id);
      return null;
    }
    if (current) {
      const sheetName = this.spreadsheet.sheetName(current);
      const plan = buildPlansComparisonPlan(plans, { lang, sheetName });
      this.spreadsheet.rewritePlainSheet(current, plan, PLANS_SHEET_COLUMN_COUNT);
      this.keptPlans.set(budgetSheet.id, { sheetId: current.id, plans });
      return sheetName;
    }
    const taken = this.spreadsheet.sheetTabs().map((tab) => tab.name);
    const sheetName = freeSheetName(planLabels(lang).sheetName, taken);
    const sheet = this.spreadsheet.addPlainSheet(buildPlansComparisonPlan(plans, { lang, sheetName }));
    this.keptPlans.set(budgetSheet.id, { sheetId: sheet.id, plans });
    return sheetName;
  }
}
