import { describe, expect, it } from "vitest";
import { presetBudget } from "../src/model";
import { PRESET_IDS } from "../src/model/presets";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { cellInput } from "../src/sheet/grid/cellGrid";
import { number } from "../src/sheet/cellContent";
import type { SheetPlan } from "../src/sheet/plan";
import { dec } from "../src/model";
import { mixedTableColumns, relativeFormula } from "./helpers/tableColumnFormulas";
import { HyperFormula } from "hyperformula";
import { applyFunnel, budgetTotals, lineAmount, type Budget } from "../src/model";
import { addPlanToHyperFormula } from "../src/preview/spreadsheet/loadPlan";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { snapshotFromHyperFormula } from "./helpers/snapshotFromHyperFormula";

/** The columns of a plan's lines table that mix formulas and constants, as the plan would write them. */
function mixedColumns(plan: SheetPlan) {
  const inputs = new Map(plan.cells.map((cell) => [`${cell.row}:${cell.col}`, cellInput(cell.content)]));
  return mixedTableColumns(plan.table, (row, col) => inputs.get(`${row}:${col}`) ?? "");
}

describe("relativeFormula", () => {
  it("gives a relative reference as an offset, keeps absolute ones, names, structured references and text", () => {
    expect(relativeFormula("=D5*E5+$Q$31+Budget_Stage1", 4, 6)).toBe("=R[0]C[-3]*R[0]C[-2]+R31C17+BUDGET_STAGE1");
    expect(relativeFormula("=D6*E6+$Q$31+Budget_Stage1", 5, 6)).toBe(
      relativeFormula("=D5*E5+$Q$31+Budget_Stage1", 4, 6),
    );
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

  // A budget read back from a sheet may hold a lump sum (a typed Budget, or one whose formula was edited).
  describe.each(["campaign", "campaign-funnel"] as const)("with lump-sum lines (%s)", (preset) => {
    const model = presetBudget(preset, "en");
    const driven = model.lines.findIndex((line) => line.driver);
    const undriven = model.lines.findIndex((line) => !line.driver);
    const lumpSums = new Map([[undriven, dec("12345.67")], ...(driven >= 0 ? [[driven, dec(30000)] as const] : [])]);
    const budget: Budget = {
      ...model,
      lines: model.lines.map((line, index) =>
        lumpSums.has(index) ? { ...line, fixedAmount: lumpSums.get(index)! } : line,
      ),
    };
    const plan = buildSheetPlan(budget, { lang: "en" });

    it("keeps the Budget column one formula on every row", () => {
      expect(mixedColumns(plan)).toEqual([]);
    });

    it("recalculates (HyperFormula) and reads back to each lump sum and the model's total", () => {
      const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
      const sheetId = addPlanToHyperFormula(hf, plan);
      const checked = readBudgetSheet(snapshotFromHyperFormula(hf, sheetId, plan));
      expect(checked.issues).toEqual([]);
      for (const [index, amount] of lumpSums) {
        expect(lineAmount(checked.budget.lines[index]).toDecimalPlaces(2).toString()).toBe(amount.toString());
      }
      expect(budgetTotals(checked.budget).total.toDecimalPlaces(2).toString()).toBe(
        budgetTotals(budget).total.toDecimalPlaces(2).toString(),
      );
      // The undriven lump sum now has its basis in the cells: 1 × the amount.
      const line = checked.budget.lines[undriven];
      expect([line.quantity?.toString(), line.unitCost?.toString(), line.times]).toEqual(["1", "12345.67", null]);
      // The driven one keeps its stage and the stage's people, at the amount per person.
      if (driven >= 0) {
        expect(checked.budget.lines[driven].driver).toBe(model.lines[driven].driver);
        expect(checked.budget.lines[driven].quantity!.toString()).toBe(
          applyFunnel(model).lines[driven].quantity!.toString(),
        );
      }
    });
  });

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
