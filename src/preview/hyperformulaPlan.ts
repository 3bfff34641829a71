import { HyperFormula, type RawCellContent } from "hyperformula";
import { a1 } from "../sheet/address";
import type { CellRef } from "../sheet/address";
import type { SheetPlan } from "../sheet/plan";
import { resolveStructuredReferences } from "../sheet/structuredReferences";

/** A sheet name as a formula reference: quoted when it is not a plain identifier. */
export function quotedSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The plan's cells as HyperFormula content: structured references resolved, text kept as text. */
export function planToHyperFormulaContent(plan: SheetPlan): RawCellContent[][] {
  const grid: RawCellContent[][] = [];
  for (const cell of plan.cells) {
    const row = (grid[cell.row] ??= []);
    const content = cell.content;
    if (content.kind === "formula") {
      row[cell.col] = resolveStructuredReferences(content.formula, [plan.table], cell.row);
    } else if (content.kind === "number") {
      row[cell.col] = content.value.toNumber();
    } else {
      // HyperFormula parses a leading "=" as a formula; an apostrophe keeps text as text, as in Excel.
      row[cell.col] = content.text.startsWith("=") ? `'${content.text}` : content.text;
    }
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid.map((row) => Array.from(row, (value) => value ?? null));
}

/** Adds the plan as a sheet, with its sheet-scoped names, to a HyperFormula workbook. */
export function addPlanToHyperFormula(hf: HyperFormula, plan: SheetPlan): number {
  const sheetName = hf.addSheet(plan.sheetName);
  const sheetId = hf.getSheetId(sheetName)!;
  for (const name of plan.names) {
    hf.addNamedExpression(name.name, `=${quotedSheetName(plan.sheetName)}!${a1(name.ref, true)}`, sheetId);
  }
  hf.setSheetContent(sheetId, planToHyperFormulaContent(plan));
  return sheetId;
}

export function cellValue(hf: HyperFormula, sheetId: number, ref: CellRef): unknown {
  return hf.getCellValue({ sheet: sheetId, row: ref.row, col: ref.col });
}
