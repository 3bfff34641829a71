import type { HyperFormula, RawCellContent } from "hyperformula";
import { a1 } from "../sheet/address";
import type { PlainSheetPlan } from "../sheet/plan";
import { quotedSheetName } from "./hyperformulaPlan";

/** A sheet without a table as HyperFormula content: text kept as text, formulas as written. */
function plainPlanContent(plan: PlainSheetPlan): RawCellContent[][] {
  const grid: RawCellContent[][] = [];
  for (const cell of plan.cells) {
    const row = (grid[cell.row] ??= []);
    const content = cell.content;
    if (content.kind === "formula") row[cell.col] = content.formula;
    else if (content.kind === "number") row[cell.col] = content.value.toNumber();
    // HyperFormula parses a leading "=" as a formula; an apostrophe keeps text as text, as in Excel.
    else row[cell.col] = content.text.startsWith("=") ? `'${content.text}` : content.text;
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid.map((row) => Array.from(row, (value) => value ?? null));
}

/**
 * Adds a sheet without a table (scenarios, plans) with its sheet-scoped names. Its formulas may refer
 * to cells of sheets added before it, by their names in quotes: '预算表'!$P$27.
 */
export function addPlainPlanToHyperFormula(hf: HyperFormula, plan: PlainSheetPlan): number {
  const sheetName = hf.addSheet(plan.sheetName);
  const sheetId = hf.getSheetId(sheetName)!;
  for (const name of plan.names) {
    hf.addNamedExpression(name.name, `=${quotedSheetName(plan.sheetName)}!${a1(name.ref, true)}`, sheetId);
  }
  hf.setSheetContent(sheetId, plainPlanContent(plan));
  return sheetId;
}
