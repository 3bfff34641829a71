import { describe, expect, it } from "vitest";
import { presetBudget } from "../src/model";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { parseArea, shiftFormula } from "../src/preview/spreadsheet/sheetRules";
import { a1, parseA1, type CellRef } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { COLORS } from "../src/sheet/formats";
import { TABLE_COLUMN_KEYS } from "../src/sheet/labels";

/*
 * The preview stands in for Excel: the grid shows the sheet's fills and status colors, refuses what the
 * sheet's data validation refuses, undoes with Ctrl+Z, and goes to a defined name typed in the name box.
 */

const plan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
const named = (name: string): CellRef => plan.names.find((candidate) => candidate.name === name)!.ref;
const tableCell = (key: (typeof TABLE_COLUMN_KEYS)[number], line = 0): CellRef => ({
  row: plan.table.firstDataRow + line,
  col: plan.table.firstCol + TABLE_COLUMN_KEYS.indexOf(key),
});
// The status column is the range of the category rules.
const statusCol = parseArea(plan.conditionalFormats.find((rule) => rule.fill === COLORS.lowFill)!.range)!.from.col;
const statusOf = (suffix: string): CellRef => ({ row: named(`Budget_Min_${suffix}`).row, col: statusCol });

async function budgetWorkbook(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await workbook.insert({ preset: "campaign", lang: "en" });
  return workbook;
}

const lookOf = (workbook: MemoryWorkbook, cell: CellRef) => workbook.spreadsheet.cellLook(cell.row, cell.col);
const valueOf = (workbook: MemoryWorkbook, cell: CellRef) => workbook.spreadsheet.cell(cell.row, cell.col).value;
const type = (workbook: MemoryWorkbook, cell: CellRef, typed: string) =>
  workbook.spreadsheet.enterCell(cell.row, cell.col, typed);

describe("the sheet's look in the preview", () => {
  it("fills input cells yellow and leaves formulas unfilled, as the sheet's note says", async () => {
    const workbook = await budgetWorkbook();
    expect(lookOf(workbook, tableCell("quantity")).fill).toBe(COLORS.input);
    expect(lookOf(workbook, tableCell("actual", 3)).fill).toBe(COLORS.input);
    expect(lookOf(workbook, named("Budget_ContingencyRate")).fill).toBe(COLORS.input);
    expect(lookOf(workbook, named("Budget_Min_Promotion")).fill).toBe(COLORS.input);
    expect(lookOf(workbook, tableCell("budget", 1)).fill).toBeUndefined();
    expect(lookOf(workbook, named("Budget_Total"))).toMatchObject({ bold: true, fill: COLORS.header });
  });

  it("draws the lines table in its table style: a blue header and banded rows under the inputs' fill", async () => {
    const workbook = await budgetWorkbook();
    const header = { row: plan.table.headerRow, col: plan.table.firstCol + 1 };
    expect(lookOf(workbook, header)).toMatchObject({ fill: "#4472C4", fontColor: "#FFFFFF", bold: true });
    expect(lookOf(workbook, tableCell("item", 0)).fill).toBe("#D9E1F2");
    expect(lookOf(workbook, tableCell("item", 1)).fill).toBeUndefined();
    expect(lookOf(workbook, tableCell("quantity", 0)).fill).toBe(COLORS.input);
    expect(lookOf(workbook, { row: plan.table.lastDataRow + 1, col: plan.table.firstCol }).fill).toBeUndefined();
  });

  it("colors each category's status by its rule, and again when a value changes", async () => {
    const workbook = await budgetWorkbook();
    expect(valueOf(workbook, statusOf("Promotion"))).toBe("Low");
    expect(lookOf(workbook, statusOf("Promotion"))).toMatchObject({ fill: COLORS.lowFill, fontColor: COLORS.lowFont });
    expect(valueOf(workbook, statusOf("Labor"))).toBe("High");
    expect(lookOf(workbook, statusOf("Labor"))).toMatchObject({ fill: COLORS.highFill, fontColor: COLORS.highFont });
    expect(valueOf(workbook, statusOf("Contingency"))).toBe("OK");
    expect(lookOf(workbook, statusOf("Contingency"))).toMatchObject({ fill: COLORS.okFill, fontColor: COLORS.okFont });

    // With no lower bound the promotion share is within its range: the status turns OK, and green.
    expect(type(workbook, named("Budget_Min_Promotion"), "0%")).toEqual({ accepted: true });
    expect(valueOf(workbook, statusOf("Promotion"))).toBe("OK");
    expect(lookOf(workbook, statusOf("Promotion"))).toMatchObject({ fill: COLORS.okFill, fontColor: COLORS.okFont });
  });

  it("moves a rule's relative references to each cell of its range, and keeps $ references and text", () => {
    expect(shiftFormula('=AND($Q$5<>"",P5<$Q5,"A1"<>B$2)', 3, 1)).toBe('=AND($Q$5<>"",Q8<$Q8,"A1"<>C$2)');
    expect(shiftFormula("=LOG10(A1)+'Q1 (2)'!B2", 1, 0)).toBe("=LOG10(A2)+'Q1 (2)'!B3");
    expect(parseArea("B5:A2")).toEqual({ from: { row: 1, col: 0 }, to: { row: 4, col: 1 } });
  });
});

describe("data validation in the preview", () => {
  it("refuses a rate over 100% or below 0% in a rate cell, naming the rule, and keeps the cell's value", async () => {
    const workbook = await budgetWorkbook();
    const rate = named("Budget_ContingencyRate");
    const before = valueOf(workbook, rate);
    for (const typed of ["150%", "-5%", "1.5", "=2", "ten"]) {
      const outcome = type(workbook, rate, typed);
      expect(outcome, typed).toMatchObject({
        accepted: false,
        rule: { kind: "decimal", min: 0, max: 1, title: "Rate" },
      });
      expect(valueOf(workbook, rate), typed).toBe(before);
    }
    expect(type(workbook, named("Budget_Max_Labor"), "101%")).toMatchObject({ accepted: false });
    expect(type(workbook, rate, "100%")).toEqual({ accepted: true });
    expect(valueOf(workbook, rate)).toBe(1);
    expect(type(workbook, rate, "")).toEqual({ accepted: true });
    expect(valueOf(workbook, rate)).toBeNull();
  });

  it("takes only the listed categories in the Category column, without regard to case", async () => {
    const workbook = await budgetWorkbook();
    const category = tableCell("category", 2);
    const listed = workbook.spreadsheet.listAt(category.row, category.col);
    expect(listed).toEqual(plan.validations.find((rule) => rule.kind === "list")!.values);
    expect(listed).toContain("Labor cost");
    expect(type(workbook, category, "Billboards")).toMatchObject({ accepted: false, rule: { kind: "list" } });
    expect(type(workbook, category, "labor COST")).toEqual({ accepted: true });
    expect(valueOf(workbook, category)).toBe("labor COST");
    expect(workbook.spreadsheet.listAt(named("Budget_Total").row, named("Budget_Total").col)).toBeNull();
  });

  it("leaves cells without a rule as they were: anything typed is kept", async () => {
    const workbook = await budgetWorkbook();
    expect(type(workbook, { row: 60, col: 2 }, "150%")).toEqual({ accepted: true });
    expect(valueOf(workbook, { row: 60, col: 2 })).toBe(1.5);
  });
});

describe("undo and redo in the preview", () => {
  it("undoes typed entries one by one, with their formats, and redoes them; the total follows", async () => {
    const workbook = await budgetWorkbook();
    const sheet = workbook.spreadsheet;
    const total = () => valueOf(workbook, named("Budget_Total"));
    const version = sheet.getVersion();
    const quantity = tableCell("quantity");
    const quantityFormat = sheet.cell(quantity.row, quantity.col).numberFormat;
    const rate = named("Budget_ContingencyRate");
    const rateBefore = valueOf(workbook, rate);
    type(workbook, rate, "10%");
    type(workbook, quantity, "¥1,000");
    expect(sheet.cell(quantity.row, quantity.col)).toEqual({ value: 1000, numberFormat: '"¥"#,##0.00' });
    const edited = total();
    expect(edited).not.toBe(1294596);

    sheet.selectCell({ row: 0, col: 0 });
    expect(sheet.undo()).toBe(true);
    expect(a1(sheet.selection)).toBe(a1(quantity));
    expect(sheet.cell(quantity.row, quantity.col).numberFormat).toBe(quantityFormat);
    expect(quantityFormat).not.toBe('"¥"#,##0.00');
    expect(sheet.undo()).toBe(true);
    expect(total()).toBe(1294596);
    expect(valueOf(workbook, rate)).toBe(rateBefore);
    expect(sheet.undo()).toBe(false);
    expect(sheet.getVersion()).toBeGreaterThan(version);

    expect(sheet.redo()).toBe(true);
    expect(sheet.redo()).toBe(true);
    expect(total()).toBe(edited);
    expect(sheet.redo()).toBe(false);
  });

  it("undoes a formula back to the formula it replaced, and a value typed into a spill lets it spill again", () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.spreadsheet;
    ["0.85", "0.12", "0.28", "0.65", "0.9"].forEach((rate, row) => sheet.enterCell(row, 0, rate));
    sheet.enterCell(0, 2, "=BUDGET.FUNNEL(2000, A1:A5)");
    sheet.enterCell(3, 2, "in the way");
    expect(sheet.cell(0, 2).value).toMatchObject({ value: "#SPILL!" });
    sheet.undo();
    expect(sheet.cell(3, 2).value).toBe(3420);
    sheet.enterCell(0, 2, "7");
    sheet.undo();
    expect(sheet.formulaAt(0, 2)).toBe("=BUDGET.FUNNEL(2000, A1:A5)");
    expect(sheet.cell(5, 2).value).toBe(2000);
  });

  it("tells the pane about an undo, and forgets the history when the pane changes the workbook, as Excel does", async () => {
    const workbook = await budgetWorkbook();
    type(workbook, named("Budget_ContingencyRate"), "10%");
    const changes: string[] = [];
    await workbook.watch((change) => changes.push(change.kind));
    workbook.spreadsheet.undo();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(changes).toContain("changed");
    type(workbook, named("Budget_ContingencyRate"), "10%");
    await workbook.insert({ preset: "event", lang: "en" });
    expect(workbook.spreadsheet.undo()).toBe(false);
  });
});

describe("the name box in the preview", () => {
  it("goes to a defined name of the active sheet, of another sheet after its name, or a range", async () => {
    const workbook = await budgetWorkbook();
    await workbook.insert({ preset: "campaign", lang: "en" });
    const sheet = workbook.spreadsheet;
    expect(sheet.activeSheetTab.name).toBe("Budget (2)");
    expect(sheet.goTo("budget_total")).toBe(true);
    expect(sheet.activeSheetTab.name).toBe("Budget (2)");
    expect(a1(sheet.selection)).toBe(a1(named("Budget_Total")));

    expect(sheet.goTo("Budget!Budget_Subtotal_Promotion")).toBe(true);
    expect(sheet.activeSheetTab.name).toBe("Budget");
    expect(a1(sheet.selection)).toBe("O6");

    expect(sheet.goTo("'Budget (2)'!B3:D5")).toBe(true);
    expect(sheet.activeSheetTab.name).toBe("Budget (2)");
    expect(sheet.selectedArea).toEqual({ from: parseA1("B3"), to: parseA1("D5") });
    expect([sheet.isSelected(3, 2), sheet.isSelected(5, 2)]).toEqual([true, false]);
    sheet.selectCell(parseA1("A1"));
    expect(sheet.selectedArea).toBeNull();
  });

  it("says no to a name the workbook does not define, and to a sheet it lacks, leaving the selection", async () => {
    const workbook = await budgetWorkbook();
    const sheet = workbook.spreadsheet;
    sheet.selectCell(parseA1("C4"));
    for (const typed of ["Budget_Totl", "Nowhere!A1", "Sheet1!Budget_Total", ""]) {
      expect(sheet.goTo(typed), typed).toBe(false);
    }
    expect(sheet.activeSheetTab.name).toBe("Budget");
    expect(a1(sheet.selection)).toBe("C4");
  });
});
