import { a1 } from "./address";
import { TABLE_COLUMN_KEYS } from "./labels";
import type { CellContent, SheetPlan } from "./plan";
import type { CellValue, SheetSnapshot } from "./snapshot";

function valueOf(content: CellContent | undefined): CellValue {
  if (!content) return null;
  switch (content.kind) {
    case "text":
      return content.text === "" ? null : content.text;
    case "number":
      return content.value.toNumber();
    case "formula":
      return typeof content.result === "string" ? content.result : content.result.toNumber();
  }
}

/** What reading a freshly written plan's sheet gives: formulas show the results the model computed. */
export function snapshotFromPlan(plan: SheetPlan): SheetSnapshot {
  const { table } = plan;
  const byPosition = new Map<string, CellContent>();
  for (const cell of plan.cells) byPosition.set(`${cell.row}:${cell.col}`, cell.content);
  const at = (row: number, col: number) => byPosition.get(`${row}:${col}`);
  const budgetCol = table.firstCol + TABLE_COLUMN_KEYS.indexOf("budget");

  const rows: CellValue[][] = [];
  const budgetFormulas: (string | null)[] = [];
  for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
    rows.push(table.columns.map((_, offset) => valueOf(at(row, table.firstCol + offset))));
    const budget = at(row, budgetCol);
    budgetFormulas.push(budget?.kind === "formula" ? budget.formula : null);
  }
  const names: SheetSnapshot["names"] = {};
  for (const name of plan.names)
    names[name.name] = { address: a1(name.ref), value: valueOf(at(name.ref.row, name.ref.col)) };
  return {
    sheetName: plan.sheetName,
    table: {
      name: table.name,
      headerRow: table.headerRow,
      firstCol: table.firstCol,
      headers: [...table.columns],
      rows,
      budgetFormulas,
    },
    names,
  };
}
