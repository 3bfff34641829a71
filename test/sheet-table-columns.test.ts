import { describe, expect, it } from "vitest";
import { presetBudget } from "../src/model";
import { PRESET_IDS } from "../src/model/presets";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { cellInput } from "../src/sheet/grid/cellGrid";
import { number } from "../src/sheet/cellContent";
import type { SheetPlan } from "../src/sheet/plan";
import { dec } from "../src/model";
import { mixedTableColumns, relativeFormula } from "./helpers/tableColumnFormulas";

/** The columns of a plan's lines table that mix formulas and constants, as the plan would write them. */
function mixedColumns(plan: SheetPlan) {
  const inputs = new Map(plan.cells.map((cell) => [`${cell.row}:${cell.col}`, cellInput(cell.content)]));
  return mixedTableColumns(plan.table, (row, col) => inputs.get(`${row}:${col}`) ?? "");
}

describe("relativeFormula", () => {
  it("gives a relative reference as an offset, keeps absolute ones, names, structured references and text", () => {
    expect(relativeFormula("=D5*E5+$Q$31+Budget_Stage1", 4, 6)).toBe("=R[0]C[-3]*R[0]C[-2]+R31C17+BUDGET_STAGE1");
    expect(relativeFormula("=D6*E6+$Q$31+Budget_Stage1", 5, 6)).toBe(relativeFormula("=D5*E5+$Q$31+Budget_Stage1", 4, 6));
    expect(relativeFormula('=IF(T[[#This Row],[A1]]="B2",D$5,1)', 4, 0)).toBe('=IF(T[[#THIS ROW],[A1]]="B2",R5C[3],1)');
  });
});

describe("every column of every preset's lines table: one formula on every row, or none", () => {
  for (const preset of PRESET_IDS) {
    for (const lang of ["zh", "en"] as const) {
      it(`${preset} (${lang})`, () => {
        const plan = buildSheetPlan(presetBudget(preset, lang), { lang });
        expect(plan.table.lastDataRow - plan.table.firstDataRow).toBeGreaterThan(5);
        expect(mixedColumns(plan)).toEqual([]);
      });
    }
  }

  it("finds a column where one row holds a typed amount and the others a formula", () => {
    const plan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
    const budgetCol = plan.table.firstCol + plan.table.columns.indexOf("Budget");
    const row = plan.table.firstDataRow + 2;
    const planted: SheetPlan = {
      ...plan,
      cells: plan.cells.map((cell) =>
        cell.row === row && cell.col === budgetCol ? { ...cell, content: number(dec(22500)) } : cell,
      ),
    };
    const mixed = mixedColumns(planted);
    expect(mixed.map((m) => m.column)).toEqual(["Budget"]);
    expect(mixed[0].rows.find((r) => r.cell === `G${row + 1}`)?.holds).toBe("constant");
  });

  it("finds a column whose rows hold different formulas, and one with a formula over blanks", () => {
    const plan = buildSheetPlan(presetBudget("event", "en"), { lang: "en" });
    const shareCol = plan.table.firstCol + plan.table.columns.indexOf("Share");
    const noteCol = plan.table.firstCol + plan.table.columns.indexOf("Note");
    const first = plan.table.firstDataRow;
    const planted: SheetPlan = {
      ...plan,
      cells: [
        ...plan.cells.map((cell) =>
          cell.row === first && cell.col === shareCol
            ? { ...cell, content: { kind: "formula" as const, formula: "=0.1", result: dec("0.1") } }
            : cell,
        ),
        { row: first, col: noteCol, content: { kind: "formula", formula: "=1+1", result: dec(2) } },
      ],
    };
    expect(mixedColumns(planted).map((m) => m.column)).toEqual(["Share", "Note"]);
  });
});
