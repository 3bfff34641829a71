import { describe, expect, it } from "vitest";
import { approve, dec, phaseBudget, timelinePreset } from "../src/model";
import { forecastAtCompletion, plannedRows, type SpendEntry } from "../src/model/actuals/forecast";
import { actualsFindings, type ActualsHealthInput } from "../src/model/actualsHealth";
import { BudgetInputError } from "../src/model/errors";
import { ZERO } from "../src/model/decimal";

const { budget, phasing } = timelinePreset("campaign-timeline", "en");
const phased = phaseBudget(budget, phasing);
const [baseline] = approve(budget, phasing, "Li Wei", "2026-04-20", "kick-off");
// The campaign's rows with the Dashboard (row 11) planned at nothing: a line spent with no plan.
const rows = plannedRows(phased).map((row, r) => (r === 11 ? { ...row, plan: row.plan.map(() => ZERO) } : row));
const entry = (row: number, period: number, amount: string, status: "paid" | "committed" = "paid"): SpendEntry => ({
  row,
  period,
  amount: dec(amount),
  status,
});
// May elapsed: posters 7,000 and the kickoff 10,000 paid, 1,234.56 paid on the unplanned dashboard;
// June: a 320,000.50 discount contract (plan 300,000) and a 230,000 store-staff contract (plan 150,000).
const entries = [
  entry(7, 0, "7000"),
  entry(16, 0, "10000"),
  entry(11, 0, "1234.56"),
  entry(0, 1, "320000.50", "committed"),
  entry(14, 1, "230000", "committed"),
];
const forecast = forecastAtCompletion(rows, entries, {
  currentPeriod: 1,
  baseline: baseline.total,
  cap: budget.goals.cap,
});
const cells = rows.map((_, r) => `'Actuals'!E${14 + r}`);
const input: ActualsHealthInput = {
  forecast,
  baselineApproved: true,
  rowCells: cells,
  unmatched: { rows: 3, amount: dec("45.20") },
  latestDay: "2026-05-20",
  today: "2026-06-30",
};
const byRule = (findings: ReturnType<typeof actualsFindings>, rule: string) => findings.filter((f) => f.rule === rule);

describe("health rules over actual and committed spend (campaign-timeline, May elapsed)", () => {
  const findings = actualsFindings(input);

  it("the forecast over the approved baseline and over the cap, with the amounts", () => {
    // Plan 1,289,596 (the dashboard's 5,000 gone), May's unspent plan 96,132.01 gone, 18,234.56 paid
    // in May, the two contracts 20,000.50 and 80,000 over their June plan: 1,311,699.05.
    expect(forecast.total.forecast.toFixed(2)).toBe("1311699.05");
    const [overBaseline] = byRule(findings, "forecast-over-baseline");
    expect(overBaseline.amount.toFixed(2)).toBe("17103.05");
    expect(overBaseline.message.en).toContain("¥17,103.05 over the approved baseline, ¥1,294,596.00");
    expect(overBaseline.message.zh).toContain("超出审批基线 ¥1,294,596.00 共 ¥17,103.05");
    const [overCap] = byRule(findings, "forecast-over-cap");
    expect(overCap.severity).toBe("error");
    expect(overCap.amount.toFixed(2)).toBe("11699.05");
  });

  it("committed over plan on the two contracts' lines, each with its cell and amount", () => {
    const over = byRule(findings, "committed-over-plan");
    expect(over.map((f) => [f.item, f.cell, f.amount.toFixed(2)])).toEqual([
      ["Discount", "'Actuals'!E14", "20000.50"],
      ["Store staff", "'Actuals'!E28", "80000.00"],
    ]);
    expect(over[0].message.en).toBe(
      `"Discount" has ¥320,000.50 committed against a plan of ¥300,000.00 ('Actuals'!E14): ¥20,000.50 over. Raise the line's budget or renegotiate the order before it is paid.`,
    );
  });

  it("the line spent with no plan, and the unassigned rows waiting", () => {
    const unplanned = byRule(findings, "spent-without-plan");
    expect(unplanned.map((f) => [f.row, f.item, f.cell, f.amount.toFixed(2)])).toEqual([
      [11, "Dashboard", "'Actuals'!E25", "1234.56"],
    ]);
    const [waiting] = byRule(findings, "unmatched-actuals");
    expect(waiting.amount.toFixed(2)).toBe("45.20");
    expect(waiting.message.en).toContain("3 rows of actuals (¥45.20)");
  });

  it("actuals out of date after the editable number of days, from the latest imported date", () => {
    const [stale] = byRule(findings, "actuals-stale");
    expect(stale.amount.toString()).toBe("41");
    expect(stale.message.en).toContain("2026-05-20, 41 days ago (more than 30 days)");
    expect(byRule(actualsFindings({ ...input, staleAfterDays: 41 }), "actuals-stale")).toEqual([]);
    expect(byRule(actualsFindings({ ...input, staleAfterDays: 40 }), "actuals-stale")[0].amount.toString()).toBe("41");
    expect(byRule(actualsFindings({ ...input, latestDay: null }), "actuals-stale")).toEqual([]);
  });

  it("a campaign on track raises nothing; before an approval the message says the budget's total", () => {
    const onTrack = forecastAtCompletion(rows.slice(0, 11), [entry(7, 0, "7500")], {
      currentPeriod: 1,
      baseline: baseline.total,
      cap: budget.goals.cap,
    });
    expect(
      actualsFindings({ ...input, forecast: onTrack, unmatched: { rows: 0, amount: ZERO }, latestDay: "2026-06-29" }),
    ).toEqual([]);
    const [unapproved] = byRule(actualsFindings({ ...input, baselineApproved: false }), "forecast-over-baseline");
    expect(unapproved.message.en).toContain("over the budget's total, ¥1,294,596.00");
  });

  it("a bad number of days or day is a clear error", () => {
    expect(() => actualsFindings({ ...input, staleAfterDays: 0 })).toThrow(BudgetInputError);
    expect(() => actualsFindings({ ...input, staleAfterDays: 2.5 })).toThrow(/not 2.5/);
    expect(() => actualsFindings({ ...input, today: "2026-02-30" })).toThrow(/not "2026-02-30"/);
  });
});
