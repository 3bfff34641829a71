import { describe, expect, it } from "vitest";
import { presetBudget } from "../src/model";
import { plannedEntry } from "../src/preview/spreadsheet/cellEntry";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { formatNumber, isPercentFormat } from "../src/preview/numberFormat";
import { a1, parseA1 } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import type { SheetPlan } from "../src/sheet/plan";
import { sheetHealth } from "../src/sheet/sheetHealth";
import type { SheetSnapshot } from "../src/sheet/snapshot";
import { snapshotFromPlan } from "../src/sheet/snapshotFromPlan";
import { TABLE_COLUMN_KEYS } from "../src/sheet/labels";
import type { WorkbookChange } from "../src/workbook/budgetWorkbook";
import { WorkbookError } from "../src/workbook/workbookError";

const enPlan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
const refOf = (plan: SheetPlan, name: string) => plan.names.find((candidate) => candidate.name === name)!.ref;

async function snapshotOf(workbook: MemoryWorkbook, sheet?: string): Promise<SheetSnapshot> {
  const read = await workbook.read(sheet);
  if (read.sheet.kind !== "budget") throw new Error(`${read.sheet.sheetName} is not a budget sheet`);
  return read.sheet.snapshot;
}

/** Edits a cell of a sheet as the grid does: activate it, then type. */
function typeInto(workbook: MemoryWorkbook, sheet: string, address: string, typed: string): void {
  workbook.spreadsheet.activateSheet(sheet);
  const { row, col } = parseA1(address);
  workbook.spreadsheet.enterCell(row, col, typed);
}

describe("the in-memory workbook", () => {
  it("starts like a new Excel workbook: one empty sheet, which is not a budget sheet", async () => {
    const workbook = new MemoryWorkbook();
    expect(workbook.spreadsheet.sheetTabs().map((tab) => tab.name)).toEqual(["Sheet1"]);
    const read = await workbook.read();
    expect(read.sheets).toEqual([]);
    expect(read.sheet).toMatchObject({ kind: "not-a-budget", sheetName: "Sheet1" });
  });

  it("inserts presets under free names, activates the new sheet and lists budget sheets in tab order", async () => {
    const workbook = new MemoryWorkbook();
    expect(await workbook.insert({ preset: "campaign", lang: "en" })).toEqual({
      sheetName: "Budget",
      tableName: "BudgetLines",
      total: "1294596",
    });
    expect(await workbook.insert({ preset: "campaign", lang: "en" })).toMatchObject({
      sheetName: "Budget (2)",
      tableName: "BudgetLines2",
    });
    expect(await workbook.insert({ preset: "campaign", lang: "zh" })).toMatchObject({
      sheetName: "预算表",
      tableName: "BudgetLines3",
    });
    const list = await workbook.list();
    expect(list.sheets.map((sheet) => [sheet.name, sheet.tableName])).toEqual([
      ["Budget", "BudgetLines"],
      ["Budget (2)", "BudgetLines2"],
      ["预算表", "BudgetLines3"],
    ]);
    expect(list.active).toBe("预算表");
    expect(workbook.spreadsheet.selection).toEqual({ row: 0, col: 0 });
  });

  it("reads a snapshot from its cells that checks like the plan's own", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insert({ preset: "campaign", lang: "en" });
    const snapshot = await snapshotOf(workbook, "Budget");
    const expected = snapshotFromPlan(enPlan);
    expect(snapshot.table.headers).toEqual(expected.table.headers);
    expect(snapshot.table.budgetFormulas).toEqual(expected.table.budgetFormulas);
    expect(Object.keys(snapshot.names).sort()).toEqual(Object.keys(expected.names).sort());
    expect(snapshot.names.Budget_Total).toEqual({ address: a1(refOf(enPlan, "Budget_Total")), value: 1294596 });
    const health = sheetHealth(snapshot);
    const fromPlan = sheetHealth(expected);
    expect(health.total.toString()).toBe("1294596");
    expect(health.findings.map((finding) => [finding.rule, finding.cell])).toEqual(
      fromPlan.findings.map((finding) => [finding.rule, finding.cell]),
    );
    expect(health.findings.filter((finding) => finding.rule === "share").map((finding) => finding.cell)).toEqual([
      "O5",
      "O6",
      "O7",
      "O8",
      "O9",
      "O10",
    ]);
  });

  it("follows edits: recalculated values, and a typed amount in the Budget column is no formula", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insert({ preset: "campaign", lang: "en" });
    await workbook.insert({ preset: "campaign", lang: "en" });
    typeInto(workbook, "Budget", a1(refOf(enPlan, "Budget_ContingencyRate")), "10%");
    const budgetCol = enPlan.table.firstCol + TABLE_COLUMN_KEYS.indexOf("budget");
    typeInto(workbook, "Budget", a1({ row: enPlan.table.firstDataRow, col: budgetCol }), "300000");

    const edited = await snapshotOf(workbook, "Budget");
    expect(edited.names.Budget_Total.value).toBeCloseTo(1318570, 6);
    expect(edited.table.budgetFormulas[0]).toBeNull();
    expect(sheetHealth(edited).total.toString()).toBe("1318570");
    // Names are scoped to their sheet: the second sheet keeps its own total.
    expect((await snapshotOf(workbook, "Budget (2)")).names.Budget_Total.value).toBe(1294596);
  });

  it("keeps text as text, whatever it looks like", () => {
    expect(plannedEntry({ kind: "text", text: "=1+1" }, [], 0).input).toBe("'=1+1");
    expect(plannedEntry({ kind: "text", text: "2000" }, [], 0).input).toBe("'2000");
    const workbook = new MemoryWorkbook();
    workbook.spreadsheet.enterCell(0, 0, "'=1+1");
    workbook.spreadsheet.enterCell(1, 0, "'007");
    workbook.spreadsheet.enterCell(2, 0, "8%");
    expect(workbook.spreadsheet.cell(0, 0).value).toBe("=1+1");
    expect(workbook.spreadsheet.cell(1, 0).value).toBe("007");
    expect(workbook.spreadsheet.cell(2, 0)).toEqual({ value: 0.08, numberFormat: "0%" });
  });

  it("reads a number typed with thousands separators, a currency sign or full-width digits as a number, as Excel does", () => {
    const workbook = new MemoryWorkbook();
    const typed = ["1,500", "¥150", "￥1,234.5", "-¥20", "１２０", "12.5%", "1,50", "'1,500", "1e400"];
    typed.forEach((text, row) => workbook.spreadsheet.enterCell(row, 0, text));
    workbook.spreadsheet.enterCell(0, 1, "=A1+A2");
    expect(typed.map((_, row) => workbook.spreadsheet.cell(row, 0).value)).toEqual([
      1500,
      150,
      1234.5,
      -20,
      120,
      0.125,
      "1,50",
      "1,500",
      "1e400",
    ]);
    expect(workbook.spreadsheet.cell(0, 1).value).toBe(1650);
    expect(workbook.spreadsheet.cell(0, 0).numberFormat).toBe("#,##0");
    expect(workbook.spreadsheet.cell(1, 0).numberFormat).toBe('"¥"#,##0.00');
    expect(workbook.spreadsheet.cell(5, 0).numberFormat).toBe("0.00%");
  });

  it("selects cells on sheets by id or name, and says when a sheet is gone", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insert({ preset: "campaign", lang: "en" });
    const { id } = workbook.spreadsheet.sheetTabs()[0];
    await workbook.select(id, "B3");
    expect(workbook.spreadsheet.activeSheetTab.name).toBe("Sheet1");
    expect(workbook.spreadsheet.selection).toEqual({ row: 2, col: 1 });
    await workbook.select("budget", "O6");
    expect(workbook.spreadsheet.activeSheetTab.name).toBe("Budget");
    expect(a1(workbook.spreadsheet.selection)).toBe("O6");
    await expect(workbook.select("{gone}", "A1")).rejects.toMatchObject({ kind: "missing-sheet" });
    await expect(workbook.read("{gone}")).rejects.toBeInstanceOf(WorkbookError);
  });

  it("reports changes after they happen, until watching stops", async () => {
    const workbook = new MemoryWorkbook();
    const changes: WorkbookChange["kind"][] = [];
    const stop = await workbook.watch((change) => changes.push(change.kind));
    await workbook.insert({ preset: "campaign", lang: "en" });
    workbook.spreadsheet.enterCell(0, 0, "x");
    expect(changes).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(changes).toEqual(["added", "activated", "changed"]);
    await stop();
    workbook.spreadsheet.addSheet();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(changes).toHaveLength(3);
  });

  it("spills BUDGET.FUNNEL, and spills again once cells in its way are cleared", () => {
    const workbook = new MemoryWorkbook();
    ["0.85", "0.12", "0.28", "0.65", "0.9"].forEach((rate, index) => workbook.spreadsheet.enterCell(index, 0, rate));
    workbook.spreadsheet.enterCell(0, 2, "=BUDGET.FUNNEL(2000, A1:A5)");
    const column = () => Array.from({ length: 6 }, (_, row) => workbook.spreadsheet.cell(row, 2).value);
    expect(column()).toEqual([119756, 101792, 12215, 3420, 2223, 2000]);
    expect(workbook.spreadsheet.formulaAt(0, 2)).toBe("=BUDGET.FUNNEL(2000, A1:A5)");
    workbook.spreadsheet.enterCell(3, 2, "in the way");
    expect(workbook.spreadsheet.cell(0, 2).value).toMatchObject({ value: "#SPILL!" });
    workbook.spreadsheet.enterCell(3, 2, "");
    expect(column()).toEqual([119756, 101792, 12215, 3420, 2223, 2000]);
  });
});

describe("number formats in the grid", () => {
  it("show amounts, percentages and counts as Excel does, rounding half away from zero", () => {
    expect(formatNumber(1294596, '"¥"#,##0.00')).toBe("¥1,294,596.00");
    expect(formatNumber(-12.5, '"¥"#,##0.00')).toBe("-¥12.50");
    expect(formatNumber(0.047582, "0.00%")).toBe("4.76%");
    expect(formatNumber(0.125, "0.00")).toBe("0.13");
    expect(formatNumber(119756, "#,##0")).toBe("119,756");
    expect(formatNumber(1 / 3, "General")).toBe("0.3333333333");
    expect(formatNumber(2000, undefined)).toBe("2000");
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat('"¥"#,##0.00')).toBe(false);
  });
});
