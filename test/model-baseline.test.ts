import { describe, expect, it } from "vitest";
import {
  approve,
  currentBaseline,
  dec,
  executionToDate,
  phaseBudget,
  timelinePreset,
  varianceToBaseline,
  type Budget,
  type Phasing,
} from "../src/model";

const figures = (values: readonly { toFixed(n: number): string }[]) => values.map((v) => v.toFixed(2));

function timeline(): { budget: Budget; phasing: Phasing } {
  return timelinePreset("campaign-timeline", "en");
}

describe("approving a baseline", () => {
  it("freezes lines, phasing and goals as values, with approver, date and note", () => {
    const { budget, phasing } = timeline();
    const history = approve(budget, phasing, "Director Wang", "2026-04-20", "立项版");
    const baseline = currentBaseline(history)!;
    expect(baseline).toMatchObject({ version: 1, approver: "Director Wang", date: "2026-04-20", note: "立项版" });
    expect(baseline.total.toFixed(2)).toBe("1294596.00");
    expect(baseline.periodLabels).toEqual(["2026-05", "2026-06", "2026-07"]);
    expect(baseline.goals.cap?.toString()).toBe("1300000");
    // Editing the budget afterwards leaves the baseline as approved.
    budget.lines[0].quantity = dec(3000);
    budget.goals.cap = dec(1);
    expect(baseline.rows[0].amount.toFixed(2)).toBe("300000.00");
    expect(baseline.goals.cap?.toString()).toBe("1300000");
    expect(Object.isFrozen(baseline.rows)).toBe(true);
  });

  it("keeps earlier baselines when re-baselining, numbering the versions", () => {
    const { budget, phasing } = timeline();
    const first = approve(budget, phasing, "Wang", "2026-04-20", "立项版");
    budget.lines[15] = { ...budget.lines[15], unitCost: dec(260) };
    const second = approve(budget, phasing, "Li", "2026-05-10", "修订版", first);
    expect(second.map((b) => [b.version, b.note, b.total.toFixed(2)])).toEqual([
      [1, "立项版", "1294596.00"],
      // fulfillment +20,000 and the reserve 8% of it: +21,600
      [2, "修订版", "1316196.00"],
    ]);
    expect(first).toHaveLength(1);
  });

  it("refuses a blank approver, a date that is not a day, and a date before the last version's", () => {
    const { budget, phasing } = timeline();
    expect(() => approve(budget, phasing, " ", "2026-04-20", "")).toThrow(/who approves/);
    expect(() => approve(budget, phasing, "Wang", "2026-02-30", "")).toThrow(/must read like 2026-04-20/);
    const history = approve(budget, phasing, "Wang", "2026-04-20", "");
    expect(() => approve(budget, phasing, "Wang", "2026-04-19", "", history)).toThrow(/before the previous version/);
  });
});

describe("variance to the baseline", () => {
  it("gives the change per line, category and period; positive is more than approved", () => {
    const { budget, phasing } = timeline();
    const [baseline] = approve(budget, phasing, "Wang", "2026-04-20", "");
    // Fulfillment grows to 2,000 × 260 (+20,000, 7 : 3 over June and July), the review meeting is
    // dropped, a 3,000 survey is added in July.
    budget.lines[15] = { ...budget.lines[15], unitCost: dec(260) };
    const review = budget.lines.splice(17, 1)[0];
    budget.lines.push({ ...review, item: "Customer survey", quantity: dec(1), unitCost: dec(3000) });
    const lines = [...phasing.lines];
    const reviewSpan = lines.splice(17, 1)[0];
    const edited: Phasing = { ...phasing, lines: [...lines, reviewSpan] };
    const variance = varianceToBaseline(baseline, budget, edited);
    const line = (item: string) => variance.lines.find((l) => l.item === item)!;
    expect(line("Maintenance service delivered")).toMatchObject({ status: "kept" });
    expect(figures(line("Maintenance service delivered").periods)).toEqual(["0.00", "14000.00", "6000.00"]);
    expect(line("Maintenance service delivered").variance.toFixed(2)).toBe("20000.00");
    expect(line("Review meeting")).toMatchObject({ status: "removed" });
    expect(line("Review meeting").variance.toFixed(2)).toBe("-5000.00");
    expect(line("Customer survey")).toMatchObject({ status: "added" });
    expect(figures(line("Customer survey").periods)).toEqual(["0.00", "0.00", "3000.00"]);
    // The six categories grow by 18,000, the reserve by 8% of it: 1,440.
    expect(variance.categories.fulfillment.variance.toFixed(2)).toBe("20000.00");
    expect(variance.categories.admin.variance.toFixed(2)).toBe("-2000.00");
    expect(variance.categories.contingency.variance.toFixed(2)).toBe("1440.00");
    expect(variance.total.variance.toFixed(2)).toBe("19440.00");
    // The reserve's 1,440 is 480 a month.
    expect(figures(variance.periods)).toEqual(["480.00", "14480.00", "4480.00"]);
  });

  it("matches periods by their labels when the phasing moved by a month", () => {
    const { budget, phasing } = timeline();
    const [baseline] = approve(budget, phasing, "Wang", "2026-04-20", "");
    const later: Phasing = { ...phasing, periods: { ...phasing.periods, first: "2026-06" } };
    const variance = varianceToBaseline(baseline, budget, later);
    expect(variance.periodLabels).toEqual(["2026-05", "2026-06", "2026-07", "2026-08"]);
    expect(figures(variance.periods)).toEqual(["-101132.01", "-894699.99", "798200.01", "197631.99"]);
    expect(variance.total.variance.isZero()).toBe(true);
  });
});

describe("execution to date", () => {
  it("gives plan and actual to date and actual ÷ plan", () => {
    const { budget, phasing } = timeline();
    const phased = phaseBudget(budget, phasing);
    const actuals = phased.rows.map(() => [null, null, null] as (ReturnType<typeof dec> | null)[]);
    actuals[7] = [dec(7200), null, null]; // posters
    actuals[9] = [dec(9500), dec(500), null]; // H5 page, over its 8,000
    actuals[15] = [null, dec(300000), null]; // fulfillment
    const may = executionToDate(phased, actuals, 1);
    expect(may.planToDate.toFixed(2)).toBe("101132.01");
    expect(may.actualToDate.toFixed(2)).toBe("16700.00");
    expect(may.rate!.toFixed(6)).toBe("0.165131");
    expect(may.rows[9].rate!.toFixed(4)).toBe("1.1875");
    const june = executionToDate(phased, actuals, 2);
    expect(june.planToDate.toFixed(2)).toBe("1096964.01");
    expect(june.actualToDate.toFixed(2)).toBe("317200.00");
    expect(june.rows[15].rate!.toFixed(4)).toBe("0.8571");
    expect(june.rows[17].rate).toBeNull(); // the review meeting: nothing planned before July
    expect(figures(june.actualCumulative)).toEqual(["16700.00", "317200.00", "317200.00"]);
    expect(() => executionToDate(phased, actuals, 4)).toThrow(/from 1 to 3, not 4/);
  });
});
