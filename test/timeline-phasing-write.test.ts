import { describe, expect, it } from "vitest";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { Decimal } from "../src/model/decimal";
import { phaseBudget } from "../src/model/phasing";
import { presetBudget } from "../src/model/presets";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { number } from "../src/sheet/cellContent";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";
import { isMissingSheet, WorkbookError } from "../src/workbook/workbookError";
import { forecastAtCompletion, periodOfDay, plannedRows, type SpendEntry } from "../src/model/actuals/forecast";
import { axisPeriods } from "../src/model/periods";
import { executionReportLabels } from "../src/i18n";
import { csvBytes } from "./helpers/actualsFiles";

const choice = (count: number, first = "2026-05"): CategoryPhasing => ({
  periods: { unit: "month", first, count },
  profiles: { ...evenProfiles(), benefit: "back" },
});

function tabs(workbook: MemoryWorkbook): string[] {
  return workbook.spreadsheet.sheetTabs().map((tab) => tab.name);
}

/** What a named cell of a sheet shows. */
function named(workbook: MemoryWorkbook, sheetName: string, name: string) {
  const spreadsheet = workbook.spreadsheet;
  const sheet = spreadsheet.sheetByKey(sheetName)!;
  const ref = spreadsheet.namedCell(sheet, name)!;
  return spreadsheet.cellAt(sheet, ref.row, ref.col).value;
}

/** The execution report's plan to date (its summary's third figure, column C). */
function reportPlanToDate(workbook: MemoryWorkbook, sheetName: string) {
  const spreadsheet = workbook.spreadsheet;
  return spreadsheet.cellAt(spreadsheet.sheetByKey(sheetName)!, 6, 2).value;
}

/** The model's plan of the first period for the campaign phased by `phasing`. */
function firstPeriodPlan(lang: "zh" | "en", phasing: CategoryPhasing): number {
  const budget = presetBudget("campaign", lang);
  return phaseBudget(budget, phasingByCategory(budget, phasing)).periodTotals[0].toNumber();
}

describe("writing the phasing sheet in the in-memory workbook", () => {
  it("adds the phasing sheet and its execution report to a plain budget, reading the budget to the fen", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign", lang: "zh" });
    const written = await workbook.timeline!.writePhasing(inserted.sheetName, choice(3));
    expect(written).toEqual({ sheetName: "分期计划", reportSheetName: "月度执行报告" });
    expect(tabs(workbook)).toEqual(["Sheet1", "预算表", "分期计划", "月度执行报告"]);
    expect(named(workbook, "分期计划", "Budget_PhasedTotal")).toBe(1294596);
    expect(named(workbook, "分期计划", "Budget_PeriodCount")).toBe(3);
    expect(reportPlanToDate(workbook, "月度执行报告")).toBeCloseTo(firstPeriodPlan("zh", choice(3)), 2);
  });

  it("puts a new phasing in place of the budget's own, its report reading the new one, the budget sheet untouched", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign", lang: "zh" });
    const timeline = workbook.timeline!;
    await timeline.writePhasing(inserted.sheetName, choice(3));
    const budgetBefore = workbook.spreadsheet.read(workbook.spreadsheet.sheetByKey("预算表")!);
    const again = await timeline.writePhasing(inserted.sheetName, choice(4, "2026-06"));
    expect(again).toEqual({ sheetName: "分期计划", reportSheetName: "月度执行报告" });
    expect(tabs(workbook)).toEqual(["Sheet1", "预算表", "分期计划", "月度执行报告"]);
    expect(named(workbook, "分期计划", "Budget_PeriodCount")).toBe(4);
    expect(named(workbook, "分期计划", "Budget_PhasedTotal")).toBe(1294596);
    expect(reportPlanToDate(workbook, "月度执行报告")).toBeCloseTo(firstPeriodPlan("zh", choice(4, "2026-06")), 2);
    expect(workbook.spreadsheet.read(workbook.spreadsheet.sheetByKey("预算表")!)).toEqual(budgetBefore);
  });

  it("recognises the campaign-timeline preset's own phasing sheet and report: replaced where they are, not duplicated", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign-timeline", lang: "en" });
    const before = tabs(workbook);
    expect(before).toEqual(["Sheet1", "Budget", "Phasing", "Execution report"]);
    const written = await workbook.timeline!.writePhasing(inserted.sheetName, choice(6));
    expect(written).toEqual({ sheetName: "Phasing", reportSheetName: "Execution report" });
    expect(tabs(workbook)).toEqual(before);
    expect(named(workbook, "Phasing", "Budget_PeriodCount")).toBe(6);
    expect(named(workbook, "Phasing", "Budget_PhasedTotal")).toBe(1294596);
  });

  it("refuses to replace a phasing sheet holding a typed actual, and keeps the actual", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign-timeline", lang: "zh" });
    const spreadsheet = workbook.spreadsheet;
    const phasingSheet = spreadsheet.sheetByKey("分期计划")!;
    const rows = presetBudget("campaign", "zh").lines.length + 1;
    const layout = phasingLayout(rows);
    const at = { row: layout.actuals.first + 2, col: layout.periodCol(1) };
    spreadsheet.writePlannedCells(phasingSheet, [{ ...at, content: number(new Decimal("12345.67")) }], []);
    const refused = await workbook.timeline!.writePhasing(inserted.sheetName, choice(3)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkbookError);
    expect((refused as WorkbookError).text.en).toContain('"分期计划"');
    expect(isMissingSheet(refused)).toBe(false);
    expect(tabs(workbook)).toEqual(["Sheet1", "预算表", "分期计划", "月度执行报告"]);
    expect(spreadsheet.cellAt(spreadsheet.sheetByKey("分期计划")!, at.row, at.col).value).toBe(12345.67);
  });

  it("leaves another budget's phasing sheet alone and adds this budget's own", async () => {
    const workbook = new MemoryWorkbook();
    const first = await workbook.insert({ preset: "campaign", lang: "zh" });
    const second = await workbook.insert({ preset: "campaign", lang: "zh" });
    const timeline = workbook.timeline!;
    await timeline.writePhasing(first.sheetName, choice(3));
    const written = await timeline.writePhasing(second.sheetName, choice(5));
    expect(written).toEqual({ sheetName: "分期计划 (2)", reportSheetName: "月度执行报告 (2)" });
    expect(named(workbook, "分期计划", "Budget_PeriodCount")).toBe(3);
    expect(named(workbook, "分期计划 (2)", "Budget_PeriodCount")).toBe(5);
  });
});

describe("re-phasing a workbook with imported actuals in the in-memory workbook", () => {
  // Paid and committed spend of the campaign, as an export lists it: May paid, a June PO, a July PO.
  const SPEND = [
    ["Reference", "Date", "Item", "Amount", "Status"],
    ["R1", "2026-05-10", "Store posters", "7000", "paid"],
    ["R2", "2026-05-12", "Travel", "8000", "paid"],
    ["R3", "2026-07-05", "Travel", "3000", "committed"],
    ["R4", "2026-06-02", "Maintenance service delivered", "400000", "committed"],
    ["R5", "2026-04-20", "Kickoff meeting", "10000", "paid"],
  ];

  /** The model's forecast of the campaign phased by `phasing`, with SPEND, May elapsed. */
  function modelForecast(phasing: CategoryPhasing) {
    const budget = presetBudget("campaign", "en");
    const phased = phaseBudget(budget, phasingByCategory(budget, phasing));
    const rows = plannedRows(phased);
    const periods = axisPeriods(phasing.periods);
    const entries: SpendEntry[] = SPEND.slice(1).map(([, day, item, amount, status]) => ({
      row: rows.findIndex((r) => r.item === item),
      period: periodOfDay(periods, day),
      amount: new Decimal(amount),
      status: status as "paid" | "committed",
    }));
    return {
      phased,
      forecast: forecastAtCompletion(rows, entries, { currentPeriod: 1, baseline: phased.total, cap: null }),
    };
  }

  it("an import into a phased workbook counts its paid rows to date on the phasing sheet, a typed actual only where none is imported", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign-timeline", lang: "en" });
    const spreadsheet = workbook.spreadsheet;
    const phasingSheet = spreadsheet.sheetByKey("Phasing")!;
    const items = presetBudget("campaign", "en").lines.map((line) => line.item);
    const layout = phasingLayout(items.length + 1);
    // Typed in May before the import: the posters (imported too: the import counts) and the store staff.
    const typed = (item: string, amount: string) => ({
      row: layout.actuals.first + items.indexOf(item),
      col: layout.periodCol(0),
      content: number(new Decimal(amount)),
    });
    spreadsheet.writePlannedCells(phasingSheet, [typed("Store posters", "999"), typed("Store staff", "1234.56")], []);
    expect(named(workbook, "Phasing", "Budget_Actual_ToDate")).toBeCloseTo(2233.56, 2);
    await workbook.actuals!.write(inserted.sheetName, { fileName: "spend.csv", bytes: csvBytes(SPEND, ",", "utf-8") });
    // May: posters 7,000, travel 8,000 and the kickoff 10,000 imported, the store staff's 1,234.56 typed.
    expect(named(workbook, "Phasing", "Budget_Actual_ToDate")).toBeCloseTo(26234.56, 2);
    const planToDate = named(workbook, "Phasing", "Budget_Plan_ToDate") as number;
    expect(named(workbook, "Phasing", "Budget_ExecutionRate")).toBeCloseTo(26234.56 / planToDate, 8);
    // The typed figures stay as typed.
    const posters = typed("Store posters", "999");
    expect(spreadsheet.cellAt(phasingSheet, posters.row, posters.col).value).toBe(999);
  });

  it("keeps the execution report's committed and forecast columns and counts the imported spend to date", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign-timeline", lang: "en" });
    await workbook.actuals!.write(inserted.sheetName, { fileName: "spend.csv", bytes: csvBytes(SPEND, ",", "utf-8") });
    const phasing = choice(4, "2026-05");
    await workbook.timeline!.writePhasing(inserted.sheetName, phasing);
    const { phased, forecast } = modelForecast(phasing);
    // May: posters 7,000, travel 8,000 and the kickoff 10,000 (paid before the campaign) paid.
    expect(named(workbook, "Phasing", "Budget_Actual_ToDate")).toBeCloseTo(25000, 2);
    expect(named(workbook, "Phasing", "Budget_ExecutionRate")).toBeCloseTo(
      25000 / phased.periodTotals[0].toNumber(),
      8,
    );
    const spreadsheet = workbook.spreadsheet;
    const report = spreadsheet.sheetByKey("Execution report")!;
    const labels = executionReportLabels("en");
    expect(spreadsheet.cellAt(report, 12, 4).value).toBe(labels.withActuals.committed);
    expect(spreadsheet.cellAt(report, 12, 5).value).toBe(labels.withActuals.forecast);
    // The totals over the periods, beside the figures to date: committed, and the forecast at completion.
    expect(spreadsheet.cellAt(report, 6, 7).value).toBeCloseTo(403000, 2);
    expect(spreadsheet.cellAt(report, 7, 7).value).toBeCloseTo(forecast.total.forecast.toNumber(), 2);
    expect(spreadsheet.cellAt(report, 7, 2).value).toBeCloseTo(25000, 2);
  });
});
