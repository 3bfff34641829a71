import { describe, expect, it } from "vitest";
import { Decimal } from "../src/model/decimal";
import { approve, type Baseline } from "../src/model/baseline";
import { baselineFindings } from "../src/model/baselineHealth";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { timelinePreset } from "../src/model/timelinePresets";
import { presetBudget } from "../src/model/presets";
import { baselineStoreRows, readBaselineStore } from "../src/sheet/baselineStore";
import type { CellValue } from "../src/sheet/snapshot";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";

/** Store cells as a sheet gives them back: numbers as doubles, text as text. */
const asRead = (rows: (string | Decimal | null)[][]): CellValue[][] =>
  rows.map((row) => row.map((cell) => (cell === null ? null : typeof cell === "string" ? cell : cell.toNumber())));

const figures = (baseline: Baseline) => ({
  version: baseline.version,
  approver: baseline.approver,
  date: baseline.date,
  note: baseline.note,
  periods: baseline.periods,
  labels: baseline.periodLabels,
  total: baseline.total.toFixed(2),
  goals: [baseline.goals.revenue?.toFixed(2), baseline.goals.grossMargin?.toString(), baseline.goals.cap?.toFixed(2)],
  rows: baseline.rows.map((row) => [
    row.category,
    row.item,
    row.amount.toFixed(2),
    row.periods.map((p) => p.toFixed(2)),
  ]),
});

describe("the baseline store", () => {
  it("reads back every version written, to the fen, earlier versions as they were", () => {
    const { budget, phasing } = timelinePreset("campaign-timeline", "zh");
    const first = approve(budget, phasing, "王经理", "2026-04-20", "立项版");
    const changed = {
      ...budget,
      lines: budget.lines.map((l, i) => (i === 0 ? { ...l, quantity: new Decimal(1999) } : l)),
    };
    const history = approve(changed, phasing, "李总", "2026-05-02", "=修订版", first);
    const rows = [
      ...baselineStoreRows("BudgetLines", history[0], "zh"),
      ...baselineStoreRows("BudgetLines", history[1], "zh"),
    ];
    const stored = readBaselineStore(asRead(rows));
    expect(stored.budgetTable).toBe("BudgetLines");
    expect(stored.history.map(figures)).toEqual(history.map(figures));
    expect(stored.history[0].total.toFixed(2)).toBe("1294596.00");
    // Each row's periods add up to its amount, to the fen.
    for (const row of stored.history[1].rows) {
      expect(row.periods.reduce((a, b) => a.plus(b), new Decimal(0)).toFixed(2)).toBe(row.amount.toFixed(2));
    }
  });
});

describe("the baseline rule", () => {
  it("says nothing as approved, and names the change after an edit", () => {
    const budget = presetBudget("campaign", "en");
    const choice: CategoryPhasing = {
      periods: { unit: "month", first: "2026-05", count: 3 },
      profiles: evenProfiles(),
    };
    const [baseline] = approve(budget, phasingByCategory(budget, choice), "Wang", "2026-04-20", "");
    expect(baselineFindings(budget, baseline)).toEqual([]);
    const edited = {
      ...budget,
      lines: budget.lines.map((l, i) => (i === 0 ? { ...l, unitCost: l.unitCost!.plus(1) } : l)),
    };
    const [finding] = baselineFindings(edited, baseline);
    expect(finding.rule).toBe("changed-since-approval");
    expect(finding.amount.toFixed(2)).toBe(
      edited.lines[0]
        .quantity!.times(edited.lines[0].times ?? 1)
        .times(1.08)
        .toFixed(2),
    );
  });
});

describe("approving in the in-memory workbook", () => {
  it("keeps versions in the workbook, writes the names and an approval sheet per version", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign", lang: "zh" });
    const timeline = workbook.timeline!;
    const choice: CategoryPhasing = {
      periods: { unit: "month", first: "2026-05", count: 3 },
      profiles: { ...evenProfiles(), benefit: "back" },
    };
    const first = await timeline.approve(inserted.sheetName, {
      phasing: choice,
      approver: "王经理",
      note: "立项版",
      date: "2026-04-20",
    });
    expect(first.version).toBe(1);
    const second = await timeline.approve(inserted.sheetName, {
      phasing: choice,
      approver: "李总",
      note: "",
      date: "2026-04-21",
    });
    expect(second.version).toBe(2);
    expect(second.approvalSheet).toBe("预算审批单 v2");
    const read = await timeline.baselines(inserted.sheetName);
    expect(read.history.map((b) => [b.version, b.approver, b.date, b.total.toFixed(2)])).toEqual([
      [1, "王经理", "2026-04-20", "1294596.00"],
      [2, "李总", "2026-04-21", "1294596.00"],
    ]);
    expect(read.history[0].rows.map((r) => r.periods.map((p) => p.toFixed(2)))).toEqual(
      first.history[0].rows.map((r) => r.periods.map((p) => p.toFixed(2))),
    );
    const sheet = workbook.spreadsheet.sheetByKey(inserted.sheetName)!;
    const total = workbook.spreadsheet.namedCell(sheet, "Budget_BaselineTotal")!;
    const variance = workbook.spreadsheet.namedCell(sheet, "Budget_VarianceToBaseline")!;
    expect(workbook.spreadsheet.cellAt(sheet, total.row, total.col).value).toBe(1294596);
    expect(workbook.spreadsheet.cellAt(sheet, variance.row, variance.col).value).toBe(0);
  });
});
