import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import type { Lang } from "../../i18n";
import { parseA1, type CellRef } from "../../sheet/address";
import { singleCellOnSheet } from "../../sheet/grid/namedCells";
import type { ResolvableTable } from "../../sheet/structuredReferences";
import type { NamePlan, PlainSheetPlan, PlannedCell, SheetPlan, TablePlan, ValidationPlan } from "../../sheet/plan";
import type { BudgetSheetEntry, SheetRead, WorkbookChange } from "../../workbook/budgetWorkbook";
import { typedEntry } from "./cellEntry";
import { createFormulaEngine } from "./formulaEngine";
import { addPlanNames, planContent, quotedSheetName } from "./loadPlan";
import { a1 } from "../../sheet/address";
import { plannedEntry } from "./cellEntry";
import { budgetSheetEntries, engineValue, memoryGrid, readMemorySheet, tablePlan } from "./memoryRead";
import type { CellValue } from "../../sheet/snapshot";
import { cellKey, type MemorySheet, type MemoryTable } from "./memorySheet";
import { nameBoxTarget } from "./nameBox";
import {
  areaContains,
  cellLook,
  noRules,
  parseArea,
  satisfies,
  validationAt,
  type CellArea,
  type CellLook,
} from "./sheetRules";

/** A sheet tab: the name shown and the id that survives a rename. */
export interface SheetTab {
  id: string;
  name: string;
}

const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** What a typed entry came to: kept, or refused by the cell's data validation (the rule, to name it). */
export type EntryOutcome = { accepted: true } | { accepted: false; rule: ValidationPlan };

/** One cell's content as the grid's undo restores it. */
interface CellState {
  input: RawCellContent;
  formula: string | null;
  numberFormat: string | undefined;
}

/** A planner's edit of one cell, undone and redone as Excel's Ctrl+Z and Ctrl+Y do. */
interface CellEdit {
  sheetId: string;
  cell: CellRef;
  before: CellState;
  after: CellState;
}

/** As many edits as Excel's undo keeps. */
const UNDO_DEPTH = 100;

/**
 * A spreadsheet in memory that behaves like Excel for what the add-in uses: sheets and their tabs, a
 * table per budget sheet, formulas recalculated by HyperFormula (with the BUDGET functions), sheet-scoped
 * names, a selection per sheet, and change events raised after each change. The preview's grid shows and
 * edits it; the in-memory workbook (memoryWorkbook.ts) reads and writes it for the task pane.
 */
export class MemorySpreadsheet {
  private readonly engine: HyperFormula;
  private readonly sheets: MemorySheet[] = [];
  /** Workbook-level names holding a text constant, by name: their formula ("=\"…\""). */
  private readonly constantNames = new Map<string, string>();
  private activeSheetId: string;
  private sheetCount = 0;
  private version = 0;
  private readonly watchers = new Set<(change: WorkbookChange) => void>();
  private readonly viewers = new Set<() => void>();
  private readonly undoStack: CellEdit[] = [];
  private readonly redoStack: CellEdit[] = [];
  /** The looks of the active sheet's cells at one version, computed once for every draw of the grid. */
  private looks = { version: -1, sheetId: "", byCell: new Map<string, CellLook>() };

  constructor(options: { messageLanguage?: Lang } = {}) {
    this.engine = createFormulaEngine(options.messageLanguage ?? "en");
    this.activeSheetId = this.addBlankSheet().id;
  }

  // —— what the grid shows and edits ——

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
    const sheet = this.sheetByKey(sheetId);
    if (!sheet) return;
    this.activate(sheet.id);
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
    const sheet = this.activeSheet();
    sheet.selection = { row: Math.max(0, cell.row), col: Math.max(0, cell.col) };
    sheet.area = null;
    this.changed();
  }

  /** The selected cells around the active cell, null when one cell is selected. */
  get selectedArea(): CellArea | null {
    return this.activeSheet().area;
  }

  /** Whether a cell of the active sheet is selected: the active cell, or one in the selected area. */
  isSelected(row: number, col: number): boolean {
    const sheet = this.activeSheet();
    if (sheet.area) return areaContains(sheet.area, row, col);
    return sheet.selection.row === row && sheet.selection.col === col;
  }

  /**
   * Goes where the name box says, as Excel does: a cell ("B3") or range ("B3:D5"), either after a sheet's
   * name ("'Budget (2)'!O12"), or a defined name, the active sheet's own first, then the workbook's, or
   * another sheet's after its sheet's name ("Budget!Budget_Total"). False when there is no such place.
   */
  goTo(typed: string): boolean {
    const target = nameBoxTarget(typed, {
      activeSheet: this.sheetName(this.activeSheet()),
      sheetNames: this.sheets.map((sheet) => this.sheetName(sheet)),
      nameFormula: (name, sheetName) => this.nameFormula(name, sheetName),
    });
    const sheet = target && this.sheetByKey(target.sheetName);
    if (!target || !sheet) return false;
    this.activate(sheet.id);
    sheet.selection = target.area.from;
    const single = target.area.from.row === target.area.to.row && target.area.from.col === target.area.to.col;
    sheet.area = single ? null : target.area;
    this.changed();
    return true;
  }

  /** How a cell of the active sheet looks: its fill, font and alignment, conditional formats evaluated now. */
  cellLook(row: number, col: number): CellLook {
    const sheet = this.activeSheet();
    if (this.looks.version !== this.version || this.looks.sheetId !== sheet.id) {
      this.looks = { version: this.version, sheetId: sheet.id, byCell: new Map() };
    }
    const key = cellKey(row, col);
    let look = this.looks.byCell.get(key);
    if (!look) {
      look = cellLook(this.engine, sheet.engineId, sheet.rules, row, col, sheet.tables);
      this.looks.byCell.set(key, look);
    }
    return look;
  }

  /** The values a cell of the active sheet takes when its validation is a list; null otherwise. */
  listAt(row: number, col: number): string[] | null {
    const validation = validationAt(this.activeSheet().rules, row, col);
    return validation?.kind === "list" ? validation.values : null;
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

  /**
   * Puts what a planner typed into a cell of the active sheet, as Excel would read it, unless the cell's
   * data validation refuses it: then the cell keeps what it had, and the outcome names the rule.
   */
  enterCell(row: number, col: number, typed: string): EntryOutcome {
    const sheet = this.activeSheet();
    const entry = typedEntry(typed, this.tablePlans(sheet), row);
    const before = this.cellState(sheet, row, col);
    // Typing 8%, ¥150 or 1,500 gives the cell the format it was typed in, as in Excel.
    const after = {
      input: entry.input,
      formula: entry.formula,
      numberFormat: entry.numberFormat ?? before.numberFormat,
    };
    this.putCell(sheet, { row, col }, after);
    // Excel checks the value the cell takes, a formula's result too; a refused entry leaves the cell as it was.
    const validation = validationAt(sheet.rules, row, col);
    if (validation && !satisfies(validation, this.engine.getCellValue({ sheet: sheet.engineId, row, col }))) {
      this.putCell(sheet, { row, col }, before);
      return { accepted: false, rule: validation };
    }
    this.undoStack.push({ sheetId: sheet.id, cell: { row, col }, before, after });
    if (this.undoStack.length > UNDO_DEPTH) this.undoStack.shift();
    this.redoStack.length = 0;
    this.emit({ kind: "changed", sheetId: sheet.id });
    this.changed();
    return { accepted: true };
  }

  /** Undoes the planner's last edit, on whichever sheet, and selects its cell; false when there is none. */
  undo(): boolean {
    return this.replay(this.undoStack, this.redoStack, "before");
  }

  /** Does again the edit last undone; false when there is none. */
  redo(): boolean {
    return this.replay(this.redoStack, this.undoStack, "after");
  }

  // —— what the in-memory workbook reads and writes ——

  /** Reports every change (cells, activation, sheets added or deleted) until the returned function is called. */
  watch(onChange: (change: WorkbookChange) => void): () => void {
    this.watchers.add(onChange);
    return () => this.watchers.delete(onChange);
  }

  /** By id, else by name (without regard to case, as Excel); undefined when there is none. */
  sheetByKey(key: string): MemorySheet | undefined {
    return (
      this.sheets.find((candidate) => candidate.id === key) ??
      this.sheets.find((candidate) => sameName(this.sheetName(candidate), key))
    );
  }

  sheetById(id: string): MemorySheet | undefined {
    return this.sheets.find((candidate) => candidate.id === id);
  }

  activeSheet(): MemorySheet {
    return this.sheets.find((sheet) => sheet.id === this.activeSheetId) ?? this.sheets[0];
  }

  sheetName(sheet: MemorySheet): string {
    return this.engine.getSheetName(sheet.engineId) ?? "";
  }

  tableNames(): string[] {
    return this.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name));
  }

  /** Workbook-level defined names. */
  definedNames(): string[] {
    return [...this.engine.listNamedExpressions(), ...this.constantNames.keys()];
  }

  budgetSheets(): BudgetSheetEntry[] {
    return budgetSheetEntries(this.engine, this.sheets);
  }

  /** One sheet read as Excel's reader reads it. */
  read(sheet: MemorySheet): SheetRead {
    return readMemorySheet(this.engine, sheet);
  }

  /** The cell a sheet-scoped name refers to, as Excel resolves it (without regard to case). */
  namedCell(sheet: MemorySheet, name: string): CellRef | undefined {
    const defined = this.engine
      .listNamedExpressions(sheet.engineId)
      .find((candidate) => candidate.toUpperCase() === name.toUpperCase());
    const formula = defined === undefined ? undefined : this.engine.getNamedExpressionFormula(defined, sheet.engineId);
    const address = formula === undefined ? null : singleCellOnSheet(formula, this.sheetName(sheet));
    return address === null ? undefined : parseA1(address);
  }

  /** Sets values (not formulas) into cells of a sheet, as `range.values` does. */
  setValues(sheet: MemorySheet, writes: readonly { cell: CellRef; value: number | string }[]): void {
    for (const { cell, value } of writes) {
      this.engine.setCellContents({ sheet: sheet.engineId, ...cell }, value);
      sheet.formulas.delete(cellKey(cell.row, cell.col));
    }
    this.forgetEdits();
    this.emit({ kind: "changed", sheetId: sheet.id });
    this.changed();
  }

  /** Activates a sheet and selects one cell of it. */
  select(sheet: MemorySheet, cell: CellRef): void {
    this.activate(sheet.id);
    sheet.selection = cell;
    sheet.area = null;
    this.changed();
  }

  /** Adds a sheet with a table (a budget sheet, the Actuals sheet) as Excel's adapter writes it: the table, its sheet-scoped names, then every cell. */
  addPlanSheet(plan: PlainSheetPlan & Pick<SheetPlan, "table">): MemorySheet {
    const sheet = this.newSheet(plan.sheetName);
    const { table } = plan;
    sheet.tables.push({
      name: table.name,
      headerRow: table.headerRow,
      firstCol: table.firstCol,
      columnCount: table.columns.length,
      rowCount: table.lastDataRow - table.firstDataRow + 1,
      style: table.style,
    });
    this.writeCells(sheet, plan, [table, ...this.otherTables(sheet)]);
    this.forgetEdits();
    this.emit({ kind: "added", sheetId: sheet.id });
    this.changed();
    return sheet;
  }

  /** Adds a sheet without a lines table (scenarios, plans). */
  addPlainSheet(plan: PlainSheetPlan): MemorySheet {
    const sheet = this.newSheet(plan.sheetName);
    this.writeCells(sheet, plan, this.otherTables(sheet));
    this.forgetEdits();
    this.emit({ kind: "added", sheetId: sheet.id });
    this.changed();
    return sheet;
  }

  /**
   * Rewrites a plain sheet's first `ownColumns` columns with a plain plan's cells, as Excel's adapter
   * clears and writes its own columns of the plans sheet: what was typed in the columns to their right
   * stays, with its formulas and number formats.
   */
  rewritePlainSheet(sheet: MemorySheet, plan: PlainSheetPlan, ownColumns: number): void {
    const kept = this.engine
      .getSheetSerialized(sheet.engineId)
      .map((row) => row.map((content, col) => (col < ownColumns ? null : content)));
    const ours = (key: string) => Number(key.split(":")[1]) < ownColumns;
    for (const key of [...sheet.formulas.keys()].filter(ours)) sheet.formulas.delete(key);
    for (const key of [...sheet.numberFormats.keys()].filter(ours)) sheet.numberFormats.delete(key);
    for (const col of [...sheet.columnWidths.keys()].filter((col) => col < ownColumns)) sheet.columnWidths.delete(col);
    for (const { col, chars } of plan.columnWidths) sheet.columnWidths.set(col, chars);
    const content = planContent(plan, []);
    for (const [key, formula] of content.formulas) sheet.formulas.set(key, formula);
    for (const [key, format] of content.numberFormats) sheet.numberFormats.set(key, format);
    const rows = Math.max(kept.length, content.rows.length);
    const merged = Array.from({ length: rows }, (_, row) => {
      const width = Math.max(kept[row]?.length ?? 0, content.rows[row]?.length ?? 0);
      return Array.from(
        { length: width },
        (_, col) => (col < ownColumns ? content.rows[row]?.[col] : kept[row]?.[col]) ?? null,
      );
    });
    this.engine.setSheetContent(sheet.engineId, merged);
    const theirs = <T extends { range: string }>(rules: readonly T[]) =>
      rules.filter((rule) => (parseArea(rule.range)?.from.col ?? 0) >= ownColumns);
    sheet.rules = {
      styles: [...theirs(sheet.rules.styles), ...plan.styles],
      conditionalFormats: [...plan.conditionalFormats, ...theirs(sheet.rules.conditionalFormats)],
      validations: [...plan.validations, ...theirs(sheet.rules.validations)],
    };
    this.forgetEdits();
    this.emit({ kind: "changed", sheetId: sheet.id });
    this.changed();
  }

  removeSheet(sheet: MemorySheet): void {
    this.engine.removeSheet(sheet.engineId);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activate(this.sheets[0].id);
    this.forgetEdits();
    this.emit({ kind: "deleted", sheetId: sheet.id });
    this.changed();
  }

  /** Activates a sheet with its first cell selected, as a new sheet opens. */
  showNew(sheet: MemorySheet): void {
    this.activate(sheet.id);
    sheet.selection = { row: 0, col: 0 };
    sheet.area = null;
    this.changed();
  }

  /** Writes planned cells and sheet-scoped names into a sheet, leaving its other cells as they are. */
  writePlannedCells(sheet: MemorySheet, cells: readonly PlannedCell[], names: readonly NamePlan[]): void {
    const sheetName = this.sheetName(sheet);
    for (const name of names) {
      this.engine.addNamedExpression(name.name, `=${quotedSheetName(sheetName)}!${a1(name.ref, true)}`, sheet.engineId);
    }
    const tables = this.tablePlans(sheet);
    for (const cell of cells) {
      const entry = plannedEntry(cell.content, tables, cell.row);
      this.engine.setCellContents({ sheet: sheet.engineId, row: cell.row, col: cell.col }, entry.input);
      const key = cellKey(cell.row, cell.col);
      if (entry.formula !== null) sheet.formulas.set(key, entry.formula);
      else sheet.formulas.delete(key);
      if (cell.numberFormat) sheet.numberFormats.set(key, cell.numberFormat);
    }
    this.emit({ kind: "changed", sheetId: sheet.id });
    this.changed();
  }

  /** Adds a table of values to a sheet, from its first column: the header row, then the rows. */
  addValueTable(
    sheet: MemorySheet,
    name: string,
    headerRow: number,
    headers: readonly string[],
    rows: readonly PlannedCell[][],
  ): void {
    sheet.tables.push({
      name,
      headerRow,
      firstCol: 0,
      columnCount: headers.length,
      rowCount: 0,
      style: "TableStyleLight1",
    });
    this.writePlannedCells(
      sheet,
      headers.map((header, col) => ({ row: headerRow, col, content: { kind: "text", text: header } })),
      [],
    );
    this.appendTableRows(name, rows);
  }

  /**
   * Adds rows under a table's last row, as `table.rows.add` does; the cells' rows are counted from the
   * first added. Formulas that refer to the table's columns take the new rows in, as Excel's do.
   */
  appendTableRows(name: string, rows: readonly PlannedCell[][]): void {
    const found = this.findTable(name);
    if (!found) throw new Error(`no table ${name}`);
    const { sheet, table } = found;
    const first = table.headerRow + 1 + table.rowCount;
    table.rowCount += rows.length;
    this.writePlannedCells(
      sheet,
      rows.flatMap((row, r) => row.map((cell) => ({ ...cell, row: first + r }))),
      [],
    );
    const reference = new RegExp(`(^|[^A-Za-z0-9_.])${table.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\[`, "i");
    for (const other of this.sheets) {
      const tables = this.tablePlans(other);
      for (const [key, formula] of other.formulas) {
        if (!reference.test(formula)) continue;
        const [row, col] = key.split(":").map(Number);
        const entry = plannedEntry({ kind: "formula", formula, result: "" }, tables, row);
        this.engine.setCellContents({ sheet: other.engineId, row, col }, entry.input);
      }
    }
  }

  /**
   * A workbook-level name's formula ("=…"), found without regard to case; null when there is none. Names
   * holding a text constant are kept beside the engine, which reads no doubled quotes in text.
   */
  definedNameFormula(name: string): string | null {
    const kept = [...this.constantNames.keys()].find((n) => n.toUpperCase() === name.toUpperCase());
    if (kept !== undefined) return this.constantNames.get(kept)!;
    const defined = this.engine.listNamedExpressions().find((n) => n.toUpperCase() === name.toUpperCase());
    return defined === undefined ? null : (this.engine.getNamedExpressionFormula(defined) ?? null);
  }

  /** Adds a workbook-level name holding a text constant (="…"), or changes the one there. */
  setConstantName(name: string, formula: string): void {
    const kept = [...this.constantNames.keys()].find((n) => n.toUpperCase() === name.toUpperCase());
    this.constantNames.set(kept ?? name, formula);
  }

  /** A table's sheet, its name and headers, and its data rows' values, by the table's name (without regard to case). */
  tableRows(name: string): { sheet: MemorySheet; name: string; headers: string[]; rows: CellValue[][] } | undefined {
    const found = this.findTable(name);
    if (!found) return undefined;
    const { sheet, table } = found;
    const headers = Array.from({ length: table.columnCount }, (_, c) =>
      String(engineValue(this.engine, sheet, table.headerRow, table.firstCol + c) ?? ""),
    );
    const rows = Array.from({ length: table.rowCount }, (_, r) =>
      Array.from({ length: table.columnCount }, (_, c) =>
        engineValue(this.engine, sheet, table.headerRow + 1 + r, table.firstCol + c),
      ),
    );
    return { sheet, name: table.name, headers, rows };
  }

  /** What a cell shows, and its formula as written when it holds one. */
  cellAt(sheet: MemorySheet, row: number, col: number): { value: CellValue; formula: string | null } {
    return { value: engineValue(this.engine, sheet, row, col), formula: sheet.formulas.get(cellKey(row, col)) ?? null };
  }

  /** Renames a sheet and moves its tab, as `worksheet.name` and `worksheet.position` do. */
  renameSheet(sheet: MemorySheet, name: string, position: number): void {
    this.engine.renameSheet(sheet.engineId, name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.min(position, this.sheets.length), 0, sheet);
    this.changed();
  }

  private findTable(name: string): { sheet: MemorySheet; table: MemoryTable } | undefined {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => sameName(t.name, name));
      if (table) return { sheet, table };
    }
    return undefined;
  }

  // —— inside ——

  /** The sheet's own tables, then the other sheets' (referred to on their sheets), as formulas resolve them. */
  private tablePlans(sheet: MemorySheet): ResolvableTable[] {
    return [...this.ownTables(sheet), ...this.otherTables(sheet)];
  }

  private ownTables(sheet: MemorySheet): TablePlan[] {
    const grid = memoryGrid(this.engine, sheet);
    return sheet.tables.map((table) => tablePlan(grid, table));
  }

  private otherTables(sheet: MemorySheet): ResolvableTable[] {
    return this.sheets
      .filter((other) => other !== sheet && other.tables.length > 0)
      .flatMap((other) => {
        const sheetPrefix = `${quotedSheetName(this.sheetName(other))}!`;
        return this.ownTables(other).map((table) => ({ ...table, sheetPrefix }));
      });
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
      rules: noRules(),
      selection: { row: 0, col: 0 },
      area: null,
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

  /** A plan's names and cells, a table's headers among them. */
  private writeCells(sheet: MemorySheet, plan: PlainSheetPlan, tables: ResolvableTable[]): void {
    for (const { col, chars } of plan.columnWidths) sheet.columnWidths.set(col, chars);
    sheet.rules = { styles: plan.styles, conditionalFormats: plan.conditionalFormats, validations: plan.validations };
    addPlanNames(this.engine, plan, sheet.engineId);
    const content = planContent(plan, tables);
    for (const [key, formula] of content.formulas) sheet.formulas.set(key, formula);
    for (const [key, format] of content.numberFormats) sheet.numberFormats.set(key, format);
    this.engine.setSheetContent(sheet.engineId, content.rows);
  }

  /** What a cell holds, as putting it back restores it: a cell a spill fills holds nothing of its own. */
  private cellState(sheet: MemorySheet, row: number, col: number): CellState {
    const key = cellKey(row, col);
    const address = { sheet: sheet.engineId, row, col };
    const formula = sheet.formulas.get(key) ?? null;
    const spilled = formula === null && this.engine.isCellPartOfArray(address);
    return {
      input: spilled ? null : (this.engine.getCellSerialized(address) as RawCellContent),
      formula,
      numberFormat: sheet.numberFormats.get(key),
    };
  }

  private putCell(sheet: MemorySheet, cell: CellRef, state: CellState): void {
    const key = cellKey(cell.row, cell.col);
    this.engine.setCellContents({ sheet: sheet.engineId, ...cell }, state.input);
    if (state.formula === null) sheet.formulas.delete(key);
    else sheet.formulas.set(key, state.formula);
    if (state.numberFormat === undefined) sheet.numberFormats.delete(key);
    else sheet.numberFormats.set(key, state.numberFormat);
    this.refillBlockedSpills(sheet);
  }

  /** Puts back one side of the latest edit on a stack, moves it to the other, and shows its cell. */
  private replay(from: CellEdit[], to: CellEdit[], side: "before" | "after"): boolean {
    const edit = from.pop();
    const sheet = edit && this.sheetById(edit.sheetId);
    if (!edit || !sheet) return false;
    this.putCell(sheet, edit.cell, edit[side]);
    to.push(edit);
    this.activate(sheet.id);
    sheet.selection = edit.cell;
    sheet.area = null;
    this.emit({ kind: "changed", sheetId: sheet.id });
    this.changed();
    return true;
  }

  /** A change made through the workbook's port clears the undo history, as a change by an add-in does in Excel. */
  private forgetEdits(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }

  /** A defined name's formula, scoped to a sheet or the workbook's, without regard to case. */
  private nameFormula(name: string, sheetName?: string): string | undefined {
    const scope = sheetName === undefined ? undefined : this.sheetByKey(sheetName)?.engineId;
    if (sheetName !== undefined && scope === undefined) return undefined;
    const defined = this.engine.listNamedExpressions(scope).find((candidate) => sameName(candidate, name));
    return defined === undefined ? undefined : this.engine.getNamedExpressionFormula(defined, scope);
  }

  /** A spill that was blocked spills again once its cells are free, as in Excel. */
  private refillBlockedSpills(sheet: MemorySheet): void {
    for (const [key, formula] of sheet.formulas) {
      const [row, col] = key.split(":").map(Number);
      const value = this.engine.getCellValue({ sheet: sheet.engineId, row, col });
      if (value instanceof DetailedCellError && value.value === "#SPILL!") {
        const entry = typedEntry(formula, this.tablePlans(sheet), row);
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
