import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import type { BudgetSheetList } from "../excel/budgetSheetList";
import { freeSheetName, freeTableName } from "../excel/freeNames";
import { InsertError } from "../excel/insertError";
import { insertFailed } from "../excel/messages";
import { singleCellOnSheet } from "../excel/namedCells";
import { changedPlans, planNamed, renumbered } from "../excel/planChanges";
import { PlanError } from "../excel/planError";
import { unreadableBudget } from "../excel/planMessages";
import { selectCellFailed, sheetMissing } from "../excel/readMessages";
import { SheetAccessError } from "../excel/sheetAccessError";
import { budgetTotals, presetBudget, type Lang } from "../model";
import { deletePlan, renamePlan, takePlan, type BudgetPlan } from "../model/plans";
import { presetPlans } from "../model/presetPlans";
import { a1, parseA1, type CellRef } from "../sheet/address";
import { buildCompanionPlans } from "../sheet/buildCompanionPlans";
import { buildPlansComparisonPlan } from "../sheet/buildPlansComparisonPlan";
import { DEFAULT_TABLE_NAME, buildSheetPlan } from "../sheet/buildSheetPlan";
import { funnelInputWrites, funnelNamesMissing, type FunnelInputValues } from "../sheet/funnelInputs";
import { sheetLabels } from "../sheet/labels";
import type { PlainSheetPlan, SheetPlan } from "../sheet/plan";
import { planLabels } from "../sheet/planLabels";
import { readBudgetSheet } from "../sheet/readBudgetSheet";
import { scenarioLabels } from "../sheet/scenarioLabels";
import type { SheetSnapshot } from "../sheet/snapshot";
import { mapTableColumns } from "../sheet/tableColumns";
import type {
  BudgetWorkbook,
  BudgetWorkbookRead,
  InsertOptions,
  InsertResult,
  PlanSnapshots,
  StopWatching,
  WorkbookChange,
} from "../workbook/budgetWorkbook";
import { plannedEntry, typedEntry } from "./cellEntry";
import { createFormulaEngine } from "./formulaEngine";
import { quotedSheetName } from "./hyperformulaPlan";
import { budgetSheetEntries, memoryGrid, readMemorySheet, tablePlan } from "./memoryRead";
import { cellKey, type MemorySheet } from "./memorySheet";

/** A sheet tab: the name shown and the id that survives a rename. */
export interface SheetTab {
  id: string;
  name: string;
}

const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** A budget sheet's plans and the sheet comparing them, as the plans' table keeps them in Excel. */
interface KeptPlans {
  sheetId: string;
  plans: BudgetPlan[];
}

/**
 * A workbook in memory that behaves like Excel for what the add-in uses: sheets, a table per budget
 * sheet, formulas recalculated by HyperFormula (with the BUDGET functions), sheet-scoped names,
 * a selection per sheet and change events. The task pane works on it through BudgetWorkbook exactly as
 * on Excel; the preview's grid reads and edits its cells through the other methods.
 */
export class MemoryWorkbook implements BudgetWorkbook {
  private readonly engine: HyperFormula;
  private readonly sheets: MemorySheet[] = [];
  private activeSheetId: string;
  private sheetCount = 0;
  private version = 0;
  private readonly watchers = new Set<(change: WorkbookChange) => void>();
  private readonly viewers = new Set<() => void>();
  /** By the budget sheet's id. */
  private readonly keptPlans = new Map<string, KeptPlans>();

  constructor(options: { messageLanguage?: Lang } = {}) {
    this.engine = createFormulaEngine(options.messageLanguage ?? "en");
    this.activeSheetId = this.addBlankSheet().id;
  }

  // —— BudgetWorkbook: what the task pane asks ——

  async insert(options: InsertOptions): Promise<InsertResult> {
    const budget = presetBudget(options.preset, options.lang);
    const total = budgetTotals(budget).total.toString();
    try {
      const sheetName = freeSheetName(
        sheetLabels(options.lang).sheetName,
        this.sheetTabs().map((tab) => tab.name),
      );
      const tableName = freeTableName(DEFAULT_TABLE_NAME, this.tableNames(), this.engine.listNamedExpressions());
      const budgetPlan = buildSheetPlan(budget, { lang: options.lang, sheetName, tableName });
      const sheet = this.addPlanSheet(budgetPlan);
      this.emit({ kind: "added", sheetId: sheet.id });
      const companions = this.addCompanions(sheet, budgetPlan, options);
      this.activate(sheet.id);
      sheet.selection = { row: 0, col: 0 };
      this.changed();
      return { sheetName, tableName, total, ...companions };
    } catch (error) {
      throw new InsertError(
        insertFailed({ code: "", message: error instanceof Error ? error.message : String(error) }),
        {
          cause: error,
        },
      );
    }
  }

  async list(): Promise<BudgetSheetList> {
    const sheets = budgetSheetEntries(this.engine, this.sheets);
    const active = this.activeSheet();
    const activeName = this.sheetName(active);
    return {
      sheets,
      active: sheets.some((sheet) => sheet.id === active.id) ? activeName : null,
      activeSheet: { name: activeName, id: active.id },
    };
  }

  async read(sheetKey?: string): Promise<BudgetWorkbookRead> {
    const sheet = sheetKey === undefined ? this.activeSheet() : this.sheetByKey(sheetKey);
    return { ...(await this.list()), sheet: readMemorySheet(this.engine, sheet) };
  }

  async select(sheetKey: string, address: string): Promise<void> {
    const sheet = this.sheetByKey(sheetKey);
    let cell: CellRef;
    try {
      cell = parseA1(address);
    } catch (error) {
      throw new SheetAccessError(
        "excel",
        selectCellFailed({ code: "InvalidArgument", message: String(error) }, address),
      );
    }
    this.activate(sheet.id);
    sheet.selection = cell;
    this.changed();
  }

  async writeFunnelInputs(sheetKey: string, inputs: FunnelInputValues): Promise<void> {
    const sheet = this.sheetByKey(sheetKey);
    const writes = funnelInputWrites(inputs).map((write) => ({ ...write, cell: this.namedCell(sheet, write.name) }));
    const missing = writes.filter((write) => write.cell === undefined).map((write) => write.name);
    if (missing.length > 0)
      throw new SheetAccessError("missing-sheet", funnelNamesMissing(this.sheetName(sheet), missing));
    for (const { cell, value } of writes) {
      this.engine.setCellContents({ sheet: sheet.engineId, ...cell! }, value);
      sheet.formulas.delete(cellKey(cell!.row, cell!.col));
    }
    this.emit({ kind: "changed", sheetId: sheet.id });
    this.changed();
  }

  readonly plans: BudgetWorkbook["plans"] = {
    read: async (sheetKey) => {
      const { sheet } = this.budgetForPlans(sheetKey);
      return this.planSnapshots(sheet.id);
    },
    take: async (sheetKey, name) => {
      const { sheet, snapshot } = this.budgetForPlans(sheetKey);
      const checked = readBudgetSheet(snapshot);
      if (checked.issues.length > 0) throw new PlanError(unreadableBudget(snapshot.sheetName, checked.issues));
      const lang = mapTableColumns(snapshot.table.headers).lang;
      const plans = this.keptPlans.get(sheet.id)?.plans ?? [];
      return this.keepPlans(
        sheet,
        lang,
        changedPlans(() => takePlan(plans, checked.budget, lang, name)),
      );
    },
    rename: async (sheetKey, name, newName) => {
      const { sheet, snapshot } = this.budgetForPlans(sheetKey);
      const plans = this.keptPlans.get(sheet.id)?.plans ?? [];
      const lang = mapTableColumns(snapshot.table.headers).lang;
      return this.keepPlans(
        sheet,
        lang,
        changedPlans(() => renamePlan(plans, planNamed(plans, name).id, newName)),
      );
    },
    delete: async (sheetKey, name) => {
      const { sheet, snapshot } = this.budgetForPlans(sheetKey);
      const plans = this.keptPlans.get(sheet.id)?.plans ?? [];
      const lang = mapTableColumns(snapshot.table.headers).lang;
      return this.keepPlans(
        sheet,
        lang,
        changedPlans(() => deletePlan(plans, planNamed(plans, name).id)),
      );
    },
  };

  async watch(onChange: (change: WorkbookChange) => void): Promise<StopWatching> {
    this.watchers.add(onChange);
    return async () => {
      this.watchers.delete(onChange);
    };
  }

  // —— The grid: what the preview shows and edits ——

  /** Calls `onView` after every change the grid shows; returns the function that stops it. */
  subscribe = (onView: () => void): (() => void) => {
    this.viewers.add(onView);
    return () => this.viewers.delete(onView);
  };

  /** Grows with every change, for React's useSyncExternalStore. */
  getVersion = (): number => this.version;

  sheetTabs(): SheetTab[] {
    return this.sheets.map((sheet) => ({ id: sheet.id, name: this.sheetName(sheet) }));
  }

  get activeSheetTab(): SheetTab {
    const sheet = this.activeSheet();
    return { id: sheet.id, name: this.sheetName(sheet) };
  }

  /** Activates a sheet, as clicking its tab does. */
  activateSheet(sheetId: string): void {
    this.activate(this.sheetByKey(sheetId).id);
    this.changed();
  }

  /** A new empty sheet, "Sheet2", "Sheet3"…, activated. */
  addSheet(): void {
    const sheet = this.addBlankSheet();
    this.emit({ kind: "added", sheetId: sheet.id });
    this.activate(sheet.id);
    this.changed();
  }

  get selection(): CellRef {
    return this.activeSheet().selection;
  }

  selectCell(cell: CellRef): void {
    this.activeSheet().selection = { row: Math.max(0, cell.row), col: Math.max(0, cell.col) };
    this.changed();
  }

  /** Rows and columns of the active sheet that hold something. */
  usedSize(): { rows: number; cols: number } {
    const { width, height } = this.engine.getSheetDimensions(this.activeSheet().engineId);
    return { rows: height, cols: width };
  }

  /** The active sheet's cell: its value, and its number format where it has one. */
  cell(row: number, col: number): { value: unknown; numberFormat: string | undefined } {
    const sheet = this.activeSheet();
    return {
      value: this.engine.getCellValue({ sheet: sheet.engineId, row, col }),
      numberFormat: sheet.numberFormats.get(cellKey(row, col)),
    };
  }

  /** The formula as written, for the formula bar; null for a value or an empty cell. */
  formulaAt(row: number, col: number): string | null {
    return memoryGrid(this.engine, this.activeSheet()).formula(row, col);
  }

  columnWidthChars(col: number): number | undefined {
    return this.activeSheet().columnWidths.get(col);
  }

  /** Puts what a planner typed into a cell of the active sheet, as Excel would read it. */
  enterCell(row: number, col: number, typed: string): void {
    const sheet = this.activeSheet();
    const grid = memoryGrid(this.engine, sheet);
    const entry = typedEntry(
      typed,
      sheet.tables.map((table) => tablePlan(grid, table)),
      row,
    );
    const key = cellKey(row, col);
    this.engine.setCellContents({ sheet: sheet.engineId, row, col }, entry.input);
    if (entry.formula === null) sheet.formulas.delete(key);
    else sheet.formulas.set(key, entry.formula);
    // Typing 8% makes a percentage cell, as in Excel.
    const percent = /^\s*-?[\d.,]+\s*%\s*$/.exec(typed);
    if (percent) sheet.numberFormats.set(key, typed.includes(".") ? "0.00%" : "0%");
    this.refillBlockedSpills(sheet);
    this.emit({ kind: "changed", sheetId: sheet.id });
    this.changed();
  }

  // —— inside ——

  private activeSheet(): MemorySheet {
    return this.sheets.find((sheet) => sheet.id === this.activeSheetId) ?? this.sheets[0];
  }

  private sheetName(sheet: MemorySheet): string {
    return this.engine.getSheetName(sheet.engineId) ?? "";
  }

  /** By id, else by name (without regard to case, as Excel); a SheetAccessError when there is none. */
  private sheetByKey(key: string): MemorySheet {
    const sheet =
      this.sheets.find((candidate) => candidate.id === key) ??
      this.sheets.find((candidate) => sameName(this.sheetName(candidate), key));
    if (!sheet) throw new SheetAccessError("missing-sheet", sheetMissing(key));
    return sheet;
  }

  /** The cell a sheet-scoped name refers to, as Excel resolves it (without regard to case). */
  private namedCell(sheet: MemorySheet, name: string): CellRef | undefined {
    const defined = this.engine
      .listNamedExpressions(sheet.engineId)
      .find((candidate) => candidate.toUpperCase() === name.toUpperCase());
    const formula = defined === undefined ? undefined : this.engine.getNamedExpressionFormula(defined, sheet.engineId);
    const address = formula === undefined ? null : singleCellOnSheet(formula, this.sheetName(sheet));
    return address === null ? undefined : parseA1(address);
  }

  private tableNames(): string[] {
    return this.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
  }

  private activate(sheetId: string): void {
    if (sheetId === this.activeSheetId) return;
    this.activeSheetId = sheetId;
    this.emit({ kind: "activated", sheetId });
  }

  private newSheet(name: string): MemorySheet {
    const engineId = this.engine.getSheetId(this.engine.addSheet(name))!;
    const sheet: MemorySheet = {
      id: `{preview-sheet-${++this.sheetCount}}`,
      engineId,
      tables: [],
      formulas: new Map(),
      numberFormats: new Map(),
      columnWidths: new Map(),
      selection: { row: 0, col: 0 },
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** The budget sheet of that id or name, read as the plans read it; a PlanError otherwise. */
  private budgetForPlans(sheetKey: string): { sheet: MemorySheet; snapshot: SheetSnapshot } {
    let sheet: MemorySheet;
    try {
      sheet = this.sheetByKey(sheetKey);
    } catch (error) {
      throw new PlanError(sheetMissing(sheetKey), { cause: error });
    }
    const read = readMemorySheet(this.engine, sheet);
    if (read.kind !== "budget") throw new PlanError(read.error.text, { cause: read.error });
    return { sheet, snapshot: read.snapshot };
  }

  private planSnapshots(budgetSheetId: string): PlanSnapshots {
    const kept = this.keptPlans.get(budgetSheetId);
    const sheet = kept && this.sheets.find((candidate) => candidate.id === kept.sheetId);
    return sheet ? { sheetName: this.sheetName(sheet), plans: kept.plans } : { sheetName: null, plans: [] };
  }

  /**
   * Keeps the plans and rewrites the sheet comparing them, as the Excel layer does: added under a free
   * name when the budget has none, rewritten in place, deleted with the last plan. The budget sheet is
   * not written.
   */
  private keepPlans(budgetSheet: MemorySheet, lang: Lang, changed: BudgetPlan[]): PlanSnapshots {
    const plans = renumbered(changed);
    const kept = this.keptPlans.get(budgetSheet.id);
    const current = kept && this.sheets.find((candidate) => candidate.id === kept.sheetId);
    if (plans.length === 0) {
      if (current) this.removeSheet(current);
      this.keptPlans.delete(budgetSheet.id);
    } else if (current) {
      this.clearSheet(current);
      this.writeCells(current, buildPlansComparisonPlan(plans, { lang, sheetName: this.sheetName(current) }), []);
      this.keptPlans.set(budgetSheet.id, { sheetId: current.id, plans });
      this.emit({ kind: "changed", sheetId: current.id });
    } else {
      const sheetName = freeSheetName(
        planLabels(lang).sheetName,
        this.sheetTabs().map((tab) => tab.name),
      );
      const sheet = this.addPlainSheet(buildPlansComparisonPlan(plans, { lang, sheetName }));
      this.keptPlans.set(budgetSheet.id, { sheetId: sheet.id, plans });
      this.emit({ kind: "added", sheetId: sheet.id });
    }
    this.changed();
    return this.planSnapshots(budgetSheet.id);
  }

  /** With a funnel budget: its scenarios sheet, and its preset's plans compared on a plans sheet. */
  private addCompanions(
    budgetSheet: MemorySheet,
    budgetPlan: SheetPlan,
    options: InsertOptions,
  ): Pick<InsertResult, "scenariosSheetName" | "plansSheetName"> {
    const budget = presetBudget(options.preset, options.lang);
    if (!budget.funnel) return {};
    const plans = renumbered(presetPlans(options.preset, options.lang));
    const taken = this.sheetTabs().map((tab) => tab.name);
    const scenarioSheetName = freeSheetName(scenarioLabels(options.lang).sheetName, taken);
    const plansSheetName = freeSheetName(planLabels(options.lang).sheetName, [...taken, scenarioSheetName]);
    const [scenarios, comparison] = buildCompanionPlans(budget, budgetPlan, plans, {
      lang: options.lang,
      scenarioSheetName,
      plansSheetName,
    });
    this.emit({ kind: "added", sheetId: this.addPlainSheet(scenarios).id });
    if (!comparison) return { scenariosSheetName: scenarioSheetName };
    const plansSheet = this.addPlainSheet(comparison);
    this.keptPlans.set(budgetSheet.id, { sheetId: plansSheet.id, plans });
    this.emit({ kind: "added", sheetId: plansSheet.id });
    return { scenariosSheetName: scenarioSheetName, plansSheetName };
  }

  private removeSheet(sheet: MemorySheet): void {
    this.engine.removeSheet(sheet.engineId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activate(this.sheets[0].id);
    this.emit({ kind: "deleted", sheetId: sheet.id });
  }

  private clearSheet(sheet: MemorySheet): void {
    this.engine.setSheetContent(sheet.engineId, []);
    sheet.formulas.clear();
    sheet.numberFormats.clear();
    sheet.columnWidths.clear();
  }

  private addBlankSheet(): MemorySheet {
    const taken = this.sheetTabs().map((tab) => tab.name);
    let n = 1;
    while (taken.some((name) => sameName(name, `Sheet${n}`))) n++;
    return this.newSheet(`Sheet${n}`);
  }

  /** Writes a plan as applySheetPlan does in Excel: the table, its sheet-scoped names, then every cell. */
  private addPlanSheet(plan: SheetPlan): MemorySheet {
    const sheet = this.newSheet(plan.sheetName);
    const { table } = plan;
    sheet.tables.push({
      name: table.name,
      headerRow: table.headerRow,
      firstCol: table.firstCol,
      columnCount: table.columns.length,
      rowCount: table.lastDataRow - table.firstDataRow + 1,
    });
    this.writeCells(sheet, plan, [table]);
    return sheet;
  }

  /** A sheet without a lines table (scenarios, plans), as applyPlainSheetPlan writes it. */
  private addPlainSheet(plan: PlainSheetPlan): MemorySheet {
    const sheet = this.newSheet(plan.sheetName);
    this.writeCells(sheet, plan, []);
    return sheet;
  }

  /** A plan's names and cells, a table's headers among them. */
  private writeCells(sheet: MemorySheet, plan: PlainSheetPlan, tables: SheetPlan["table"][]): void {
    for (const { col, chars } of plan.columnWidths) sheet.columnWidths.set(col, chars);
    for (const name of plan.names) {
      const target = `=${quotedSheetName(plan.sheetName)}!${a1(name.ref, true)}`;
      this.engine.addNamedExpression(name.name, target, sheet.engineId);
    }
    const content: RawCellContent[][] = [];
    const put = (row: number, col: number, input: RawCellContent) => ((content[row] ??= [])[col] = input);
    for (const table of tables) {
      table.columns.forEach((header, offset) => put(table.headerRow, table.firstCol + offset, header));
    }
    for (const cell of plan.cells) {
      const entry = plannedEntry(cell.content, tables, cell.row);
      put(cell.row, cell.col, entry.input);
      const key = cellKey(cell.row, cell.col);
      if (entry.formula !== null) sheet.formulas.set(key, entry.formula);
      if (cell.numberFormat) sheet.numberFormats.set(key, cell.numberFormat);
    }
    // Array.from, not map: a plan's blank rows are holes in `content`, which map would keep as holes.
    const width = Math.max(0, ...Array.from(content, (row) => row?.length ?? 0));
    const rows = Array.from(content, (row) => Array.from({ length: width }, (_, col) => row?.[col] ?? null));
    this.engine.setSheetContent(sheet.engineId, rows);
  }

  /** A spill that was blocked spills again once its cells are free, as in Excel. */
  private refillBlockedSpills(sheet: MemorySheet): void {
    for (const [key, formula] of sheet.formulas) {
      const [row, col] = key.split(":").map(Number);
      const value = this.engine.getCellValue({ sheet: sheet.engineId, row, col });
      if (value instanceof DetailedCellError && value.value === "#SPILL!") {
        const grid = memoryGrid(this.engine, sheet);
        const entry = typedEntry(
          formula,
          sheet.tables.map((table) => tablePlan(grid, table)),
          row,
        );
        this.engine.setCellContents({ sheet: sheet.engineId, row, col }, entry.input);
      }
    }
  }

  /** Excel raises its events after the change, never inside it. */
  private emit(change: WorkbookChange): void {
    setTimeout(() => {
      for (const watcher of this.watchers) watcher(change);
    }, 0);
  }

  private changed(): void {
    this.version++;
    for (const viewer of this.viewers) viewer();
  }
}
