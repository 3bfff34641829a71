import { describe, expect, it } from "vitest";
import { MAX_SHEET_NAME_LENGTH, freeSheetName, freeTableName } from "../src/workbook/freeNames";

describe("freeSheetName", () => {
  it("takes the base name when no sheet has it", () => {
    expect(freeSheetName("预算表", ["Sheet1"])).toBe("预算表");
    expect(freeSheetName("Budget", [])).toBe("Budget");
  });

  it('numbers from "(2)" when the base is taken', () => {
    expect(freeSheetName("预算表", ["预算表"])).toBe("预算表 (2)");
    expect(freeSheetName("预算表", ["预算表", "预算表 (2)", "预算表 (3)"])).toBe("预算表 (4)");
  });

  it("fills the first gap rather than counting sheets", () => {
    expect(freeSheetName("Budget", ["Budget", "Budget (3)"])).toBe("Budget (2)");
  });

  it("compares names as Excel does, without regard to case", () => {
    expect(freeSheetName("Budget", ["BUDGET"])).toBe("Budget (2)");
    expect(freeSheetName("Budget", ["budget", "bUdGeT (2)"])).toBe("Budget (3)");
  });

  it("keeps within Excel's 31 characters by shortening the base, never the number", () => {
    const base = "Quarterly marketing budget 2025"; // 31 characters
    expect(base).toHaveLength(MAX_SHEET_NAME_LENGTH);
    expect(freeSheetName(base, [])).toBe(base);
    const second = freeSheetName(base, [base]);
    expect(second).toBe("Quarterly marketing budget (2)");
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    const longer = freeSheetName("A very long name for a budget sheet indeed", []);
    expect(longer).toBe("A very long name for a budget s");
  });

  it("never splits a character made of two UTF-16 units", () => {
    const base = `${"x".repeat(26)}😀预算`; // 26 + 2 + 2 = 30 units
    expect(freeSheetName(base, [base])).toBe(`${"x".repeat(26)} (2)`);
  });
});

describe("freeTableName", () => {
  it("takes BudgetLines when free", () => {
    expect(freeTableName("BudgetLines", ["Table1"], ["Budget_Total"])).toBe("BudgetLines");
  });

  it("suffixes without a space, as table names cannot hold one", () => {
    expect(freeTableName("BudgetLines", ["BudgetLines"], [])).toBe("BudgetLines2");
    expect(freeTableName("BudgetLines", ["BudgetLines", "BudgetLines2"], [])).toBe("BudgetLines3");
  });

  it("skips names taken by workbook-level defined names too", () => {
    expect(freeTableName("BudgetLines", [], ["BudgetLines"])).toBe("BudgetLines2");
    expect(freeTableName("BudgetLines", ["BudgetLines"], ["BudgetLines2"])).toBe("BudgetLines3");
  });

  it("compares without regard to case", () => {
    expect(freeTableName("BudgetLines", ["BUDGETLINES"], ["budgetlines2"])).toBe("BudgetLines3");
  });
});
