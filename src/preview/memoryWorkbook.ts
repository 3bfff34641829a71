import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import type { BudgetSheetList } from "../excel/budgetSheetList";
import { freeSheetName, freeTableName } from "../excel/freeNames";
import { InsertError } from "../excel/insertError";
import { insertFailed } from "../excel/messages";
import { singleCellOnSheet } from "../excel/namedCells";
import { selectCellFailed, sheetMissing } from "../excel/readMessages";
import { SheetAccessError } from "../excel/sheetAccessError";
import { budgetTotals, presetBudget, type Lang } from "../model";
import { a1, parseA1, type CellRef } from "../sheet/address";
import { DEFAULT_TABLE_NAME, buildSheetPlan } from "../sheet/buildSheetPlan";
import { funnelInputWrites, funnelNamesMissing, type FunnelInputValues } from "../sheet/funnelInputs";
import { sheetLabels } from "../sheet/labels";
import type { SheetPlan } from "../sheet/plan";
import type {
  BudgetWorkbook,
  BudgetWorkbookRead,
  InsertOptions,
  InsertResult,
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
      const sheet = this.addPlanSheet(buildSheetPlan(budget, { lang: options.lang, sheetName, tableName }));
      this.emit({ kind: "added", sheetId: sheet.id });
      this.activate(sheet.id);
      sheet.selection = { row: 0, col: 0 };
      this.changed();
      return { sheetName, tableName, total };
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
    for (const { col, chars } of plan.columnWidths) sheet.columnWidths.set(col, chars);
    for (const name of plan.names) {
      const target = `=${quotedSheetName(plan.sheetName)}!${a1(name.ref, true)}`;
      this.engine.addNamedExpression(name.name, target, sheet.engineId);
    }
    const content: RawCellContent[][] = [];
    const put = (row: number, col: number, input: RawCellContent) => ((content[row] ??= [])[col] = input);
    table.columns.forEach((header, offset) => put(table.headerRow, table.firstCol + offset, header));
    for (const cell of plan.cells) {
      const entry = plannedEntry(cell.content, [table], cell.row);
      put(cell.row, cell.col, entry.input);
      const key = cellKey(cell.row, cell.col);
      if (entry.formula !== null) sheet.formulas.set(key, entry.formula);
      if (cell.numberFormat) sheet.numberFormats.set(key, cell.numberFormat);
    }
    // Array.from, not map: a plan's blank rows are holes in `content`, which map would keep as holes.
    const width = Math.max(0, ...Array.from(content, (row) => row?.length ?? 0));
    const rows = Array.from(content, (row) => Array.from({ length: width }, (_, col) => row?.[col] ?? null));
    this.engine.setSheetContent(sheet.engineId, rows);
    return sheet;
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
