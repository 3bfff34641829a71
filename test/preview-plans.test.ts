import { DetailedCellError } from "hyperformula";
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import type { SheetSnapshot } from "../src/sheet/snapshot";
import { WorkbookError } from "../src/workbook/workbookError";

async function snapshotOf(workbook: MemoryWorkbook, sheet: string): Promise<SheetSnapshot> {
  const read = await workbook.read(sheet);
  if (read.sheet.kind !== "budget") throw new Error(`${read.sheet.sheetName} is not a budget sheet`);
  return read.sheet.snapshot;
}

/** Every cell of a sheet as the grid shows it, with its formula as written. */
function cellsOf(workbook: MemoryWorkbook, sheet: string): string[] {
  workbook.spreadsheet.activateSheet(workbook.spreadsheet.sheetTabs().find((tab) => tab.name === sheet)!.id);
  const { rows, cols } = workbook.spreadsheet.usedSize();
  const cells: string[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const { value } = workbook.spreadsheet.cell(row, col);
      const shown = value instanceof DetailedCellError ? value.value : String(value);
      cells.push(`${row}:${col}=${shown}|${workbook.spreadsheet.formulaAt(row, col) ?? ""}`);
    }
  }
  return cells;
}

async function rejection(promise: Promise<unknown>): Promise<WorkbookError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof WorkbookError)) throw new Error(`expected a WorkbookError, got ${String(error)}`);
  return error;
}

describe("plans in the in-memory workbook", () => {
  it("inserts a funnel budget with its scenarios and its preset's plans compared", async () => {
    const workbook = new MemoryWorkbook();
    const result = await workbook.insert({ preset: "campaign-funnel", lang: "en" });
    expect(result).toMatchObject({ sheetName: "Budget", scenariosSheetName: "Scenarios", plansSheetName: "Plans" });
    expect(workbook.spreadsheet.sheetTabs().map((tab) => tab.name)).toEqual(["Sheet1", "Budget", "Scenarios", "Plans"]);
    expect(workbook.spreadsheet.activeSheetTab.name).toBe("Budget");
    const kept = await workbook.plans.read("Budget");
    expect(kept.sheetName).toBe("Plans");
    expect(kept.plans.map((plan) => plan.id)).toEqual(kept.plans.map((_, index) => `plan-${index + 1}`));
    expect(kept.plans.length).toBeGreaterThan(0);
    for (const sheet of ["Scenarios", "Plans"]) {
      expect(cellsOf(workbook, sheet).filter((cell) => /=#[A-Z/0!?]+\|/.test(cell))).toEqual([]);
    }
  });

  it("keeps a note typed right of column M of the plans sheet through a rename, and rewrites its own cells", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insert({ preset: "campaign-funnel", lang: "en" });
    const plansTab = workbook.spreadsheet.sheetTabs().find((tab) => tab.name === "Plans")!;
    workbook.spreadsheet.activateSheet(plansTab.id);
    // N2 (column 14, beyond the add-in's A:M) and P40, below the comparison.
    workbook.spreadsheet.enterCell(1, 13, "Director prefers Standard");
    workbook.spreadsheet.enterCell(39, 15, "=1+2");
    await workbook.plans.rename("Budget", "Standard", "Baseline");
    workbook.spreadsheet.activateSheet(plansTab.id);
    expect(workbook.spreadsheet.sheetTabs().map((tab) => tab.name)).toContain("Plans");
    expect(workbook.spreadsheet.cell(1, 13).value).toBe("Director prefers Standard");
    expect(workbook.spreadsheet.cell(39, 15).value).toBe(3);
    expect(workbook.spreadsheet.formulaAt(39, 15)).toBe("=1+2");
    // The plan's header row (row 4) names the plans as they now are.
    expect([2, 3, 4].map((col) => workbook.spreadsheet.cell(3, col).value)).toEqual([
      "Conservative",
      "Baseline",
      "Aggressive",
    ]);
  });

  it("takes, renames and deletes plans on the plans sheet without writing the budget sheet", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insert({ preset: "campaign", lang: "en" });
    const before = await snapshotOf(workbook, "Budget");
    const cellsBefore = cellsOf(workbook, "Budget");
    expect(await workbook.plans.read("Budget")).toEqual({ sheetName: null, plans: [] });

    const taken = await workbook.plans.take("Budget", "Launch");
    expect(taken.sheetName).toBe("Plans");
    expect(taken.plans.map((plan) => plan.name)).toEqual(["Launch"]);
    expect(workbook.spreadsheet.sheetTabs().map((tab) => tab.name)).toContain("Plans");
    expect(cellsOf(workbook, "Plans").some((cell) => cell.includes("=Launch|"))).toBe(true);

    const second = await workbook.plans.take("Budget");
    expect(second.plans.map((plan) => plan.name)).toEqual(["Launch", "Conservative"]);
    const renamed = await workbook.plans.rename("Budget", "launch", "Spring");
    expect(renamed.plans.map((plan) => plan.name)).toEqual(["Spring", "Conservative"]);
    expect(cellsOf(workbook, "Plans").some((cell) => cell.includes("=Spring|"))).toBe(true);

    const deleted = await workbook.plans.delete("Budget", "Spring");
    expect(deleted.plans.map((plan) => [plan.id, plan.name])).toEqual([["plan-1", "Conservative"]]);
    expect(await workbook.plans.delete("Budget", "Conservative")).toEqual({ sheetName: null, plans: [] });
    expect(workbook.spreadsheet.sheetTabs().map((tab) => tab.name)).toEqual(["Sheet1", "Budget"]);

    expect(await snapshotOf(workbook, "Budget")).toEqual(before);
    expect(cellsOf(workbook, "Budget")).toEqual(cellsBefore);
  });

  it("refuses a sixth plan, a name in use and a plan that is not there, in both languages", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insert({ preset: "campaign", lang: "zh" });
    for (const name of ["A", "B", "C", "D", "E"]) await workbook.plans.take("预算表", name);
    const sixth = await rejection(workbook.plans.take("预算表", "F"));
    expect(sixth.text.en).toMatch(/already 5 plans/);
    expect(sixth.text.zh).toMatch(/已有 5 个方案/);

    const inUse = await rejection(workbook.plans.rename("预算表", "A", " b "));
    expect(inUse.text.en).toBe('There is already a plan named "b"');
    const missing = await rejection(workbook.plans.delete("预算表", "Z"));
    expect(missing.text.en).toBe('There is no plan named "Z".');
    expect((await workbook.plans.read("预算表")).plans.map((plan) => plan.name)).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("refuses plans of a sheet that is not a budget sheet, or is not there", async () => {
    const workbook = new MemoryWorkbook();
    await rejection(workbook.plans.take("Sheet1"));
    await rejection(workbook.plans.read("Nowhere"));
  });
});
