import type { ResolvableTable } from "../../sheet/structuredReferences";
import type { HyperFormula, RawCellContent } from "hyperformula";
import { a1, type CellRef } from "../../sheet/address";
import type { PlainSheetPlan, SheetPlan } from "../../sheet/plan";
import { plannedEntry } from "./cellEntry";
import { cellKey } from "./memorySheet";

/** A sheet name as a formula reference: quoted when it is not a plain identifier. */
export function quotedSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A plan's cells as the engine takes them, with the formulas as written and the number formats by cell. */
export interface PlanContent {
  rows: RawCellContent[][];
  formulas: Map<string, string>;
  numberFormats: Map<string, string>;
}

/**
 * A plan's cells as Excel receives them (text stays text, formulas as written), a table's headers among
 * them; structured references resolved for the engine, which knows no tables.
 */
export function planContent(plan: PlainSheetPlan, tables: readonly ResolvableTable[]): PlanContent {
  const formulas = new Map<string, string>();
  const numberFormats = new Map<string, string>();
  const content: RawCellContent[][] = [];
  const put = (row: number, col: number, input: RawCellContent) => ((content[row] ??= [])[col] = input);
  for (const table of tables) {
    table.columns.forEach((header, offset) => put(table.headerRow, table.firstCol + offset, header));
  }
  for (const cell of plan.cells) {
    const entry = plannedEntry(cell.content, tables, cell.row);
    put(cell.row, cell.col, entry.input);
    const key = cellKey(cell.row, cell.col);
    if (entry.formula !== null) formulas.set(key, entry.formula);
    if (cell.numberFormat) numberFormats.set(key, cell.numberFormat);
  }
  // Array.from, not map: a plan's blank rows are holes in `content`, which map would keep as holes.
  const width = Math.max(0, ...Array.from(content, (row) => row?.length ?? 0));
  const rows = Array.from(content, (row) => Array.from({ length: width }, (_, col) => row?.[col] ?? null));
  return { rows, formulas, numberFormats };
}

/** Adds a plan's sheet-scoped names to the engine's sheet, as Excel keeps them ("='预算表'!$O$12"). */
export function addPlanNames(engine: HyperFormula, plan: PlainSheetPlan, engineSheetId: number): void {
  for (const name of plan.names) {
    engine.addNamedExpression(name.name, `=${quotedSheetName(plan.sheetName)}!${a1(name.ref, true)}`, engineSheetId);
  }
}

/**
 * Adds a plan as a new sheet with its names and cells; a budget sheet's formulas resolve against its
 * table, a plain sheet's (scenarios, plans) refer to sheets added before it. The loader of the preview's
 * workbook, and of the tests that recalculate plans.
 */
export function addPlanToHyperFormula(engine: HyperFormula, plan: SheetPlan | PlainSheetPlan): number {
  const engineSheetId = engine.getSheetId(engine.addSheet(plan.sheetName))!;
  addPlanNames(engine, plan, engineSheetId);
  engine.setSheetContent(engineSheetId, planContent(plan, "table" in plan ? [plan.table] : []).rows);
  return engineSheetId;
}

export function cellValue(engine: HyperFormula, sheetId: number, ref: CellRef): unknown {
  return engine.getCellValue({ sheet: sheetId, row: ref.row, col: ref.col });
}
