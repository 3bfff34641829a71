import { describe, expect, it } from "vitest";
import { approve } from "../src/model/baseline";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { Decimal } from "../src/model/decimal";
import { checkedFromModel, healthCheck } from "../src/model/health";
import { phaseBudget } from "../src/model/phasing";
import { presetBudget } from "../src/model/presets";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { a1 } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { number } from "../src/sheet/cellContent";
import { TABLE_COLUMN_KEYS } from "../src/sheet/labels";
import { sheetHealth } from "../src/sheet/sheetHealth";

const choice: CategoryPhasing = { periods: { unit: "month", first: "2026-05", count: 3 }, profiles: evenProfiles() };
const overTime = (rules: readonly string[]) =>
  rules.filter((rule) => rule === "changed-since-approval" || rule.startsWith("execution-") || rule.includes("plan"));

describe("the health check over time, from the budget sheet", () => {
  it("flags a budget changed after its approval by the approved total the sheet keeps, with the difference", async () => {
    const workbook = new MemoryWorkbook();
    const inserted = await workbook.insert({ preset: "campaign", lang: "en" });
    const spreadsheet = workbook.spreadsheet;
    const sheet = spreadsheet.sheetByKey(inserted.sheetName)!;
    const check = () => {
      const read = spreadsheet.read(sheet);
      if (read.kind !== "budget") throw new Error("not a budget");
      return sheetHealth(read.snapshot).findings.filter((f) => f.rule === "changed-since-approval");
    };
    expect(check()).toEqual([]);
    await workbook.timeline!.approve(inserted.sheetName, {
      phasing: choice,
      approver: "Alex",
      note: "",
      date: "2026-04-20",
    });
    expect(check()).toEqual([]);

    // One more of the first line: its unit cost × times, and the reserve's 2% on it, over the approved total.
    const budget = presetBudget("campaign", "en");
    const plan = buildSheetPlan(budget, { lang: "en" });
    const line = budget.lines[0];
    const quantityCell = {
      row: plan.table.firstDataRow,
      col: plan.table.firstCol + TABLE_COLUMN_KEYS.indexOf("quantity"),
    };
    spreadsheet.writePlannedCells(sheet, [{ ...quantityCell, content: number(line.quantity!.plus(1)) }], []);
    const [finding] = check();
    const added = line.unitCost!.times(line.times ?? 1);
    const withReserve = added.plus(added.times(budget.contingencyRate ?? 0));
    expect(finding.amount!.toFixed(2)).toBe(withReserve.toDecimalPlaces(2).toFixed(2));
    expect(finding.severity).toBe("warning");
    const approvedCell = spreadsheet.namedCell(sheet, "Budget_BaselineTotal")!;
    expect(finding.cell).toBe(a1(approvedCell));
    expect(finding.message.en).toContain("¥1,294,596.00 approved");
    expect(finding.message.zh).toContain("¥1,294,596.00");
  });
});

describe("the health check over time, given the baseline and the phasing", () => {
  const budget = presetBudget("campaign", "zh");
  const phasing = phasingByCategory(budget, choice);

  it("compares line by line with the baseline: a line renamed at the same total is still a change", () => {
    const [baseline] = approve(budget, phasing, "王经理", "2026-04-20", "", []);
    expect(overTime(healthCheck(checkedFromModel(budget), { baseline }).map((f) => f.rule))).toEqual([]);
    const renamed = { ...budget, lines: budget.lines.map((l, i) => (i === 0 ? { ...l, item: `${l.item}（改）` } : l)) };
    const findings = healthCheck(checkedFromModel(renamed), { baseline }).filter(
      (f) => f.rule === "changed-since-approval",
    );
    expect(findings.map((f) => [f.amount?.toFixed(2), f.message.en.includes("2 lines differ")])).toEqual([
      ["0.00", true],
    ]);
  });

  it("adds a period spent over its plan, with the amount over", () => {
    const phased = phaseBudget(budget, phasing);
    const plan = phased.rows[0].periods[0];
    const actuals = [[plan.plus(new Decimal("500.25"))]];
    const findings = healthCheck(checkedFromModel(budget), {
      phasing: { phased, actuals, options: { currentPeriod: 1, tolerance: new Decimal("1") } },
    }).filter((f) => f.rule === "period-over-plan");
    expect(findings.map((f) => [f.category, f.amount?.toFixed(2)])).toEqual([[budget.lines[0].category, "500.25"]]);
  });
});
