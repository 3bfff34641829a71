import { afterEach, describe, expect, it, vi } from "vitest";
import { excelTimeline } from "../src/excel/timeline";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { Decimal } from "../src/model/decimal";
import { phaseBudget } from "../src/model/phasing";
import { presetBudget } from "../src/model/presets";
import { a1 } from "../src/sheet/address";
import { phasingLayout } from "../src/sheet/buildPhasingPlan";
import { number } from "../src/sheet/cellContent";
import { WEB_PAYLOAD_LIMIT } from "./helpers/excelStandIn";
import { phasedStandIn } from "./helpers/phasedStandIn";

afterEach(() => {
  vi.unstubAllGlobals();
});

const choice: CategoryPhasing = { periods: { unit: "month", first: "2026-05", count: 3 }, profiles: evenProfiles() };
const budget = presetBudget("campaign", "zh");
const phased = phaseBudget(budget, phasingByCategory(budget, choice));
const layout = phasingLayout(phased.rows.length);
/** The first line paid in May 120% of May's whole plan: 20% ahead, beyond the 10% tolerance. */
const paidInMay = phased.periodTotals[0].times("1.2").toDecimalPlaces(2);

/** The budget sheet with its phasing sheet and report, the planner's actual typed on the phasing sheet. */
const standIn = (typed: { row: number; col: number; value: Decimal }[]) =>
  phasedStandIn(budget, choice, {
    typed: typed.map((cell) => ({ row: cell.row, col: cell.col, content: number(cell.value) })),
  });

describe("the findings over time in Excel (the client library against the stand-in)", () => {
  it("reads the phasing sheet's values with the baselines in the read's second sync: execution ahead, a period over plan", async () => {
    const excel = standIn([{ row: layout.actuals.first, col: layout.periodCol(0), value: paidInMay }]);
    const read = await excelTimeline.overTimeFindings("预算表");
    expect(excel.library.deniedSets).toEqual([]);
    expect(excel.syncs.map((sync) => sync.error)).toEqual([undefined, undefined]);
    for (const sync of excel.syncs) {
      expect(sync.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
      expect(sync.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    }
    expect(read.phasingSheet).toBe("分期计划");
    const on = (ref: { row: number; col: number }) => `'分期计划'!${a1(ref)}`;
    expect(
      read.findings.map((f) => ({ rule: f.rule, severity: f.severity, cell: f.cell, amount: f.amount?.toFixed(2) })),
    ).toEqual([
      {
        rule: "period-over-plan",
        severity: "warning",
        cell: on({ row: layout.actuals.first, col: layout.periodCol(0) }),
        amount: paidInMay.minus(phased.rows[0].periods[0]).toFixed(2),
      },
      {
        rule: "execution-ahead",
        severity: "warning",
        cell: on(layout.executionRate),
        amount: paidInMay.minus(phased.periodTotals[0]).toFixed(2),
      },
    ]);
  });

  it("finds execution behind for a phasing sheet nothing was typed on, by May's whole plan, in two syncs", async () => {
    const excel = standIn([]);
    const read = await excelTimeline.overTimeFindings("预算表");
    expect(excel.syncs).toHaveLength(2);
    expect(read.findings.map((f) => [f.rule, f.cell, f.amount?.toFixed(2)])).toEqual([
      ["execution-behind", `'分期计划'!${a1(layout.executionRate)}`, phased.periodTotals[0].negated().toFixed(2)],
    ]);
  });
});
