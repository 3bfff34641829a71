import { describe, expect, it } from "vitest";
import {
  CATEGORY_KEYS,
  budgetTotals,
  checkedFromModel,
  dec,
  formatMoney,
  healthCheck,
  quoteText,
  presetBudget,
  shareStatus,
  type Budget,
  type CheckedBudget,
  type Finding,
} from "../src/model";

const campaign = (): Budget => presetBudget("campaign", "en");
const rulesOf = (findings: Finding[]) => findings.map((f) => f.rule);

describe("health check of the worked example", () => {
  const findings = healthCheck(checkedFromModel(campaign()));
  const shares = findings.filter((f) => f.rule === "share");

  it("finds exactly six share findings: benefit, promotion, system, admin low; labor, fulfillment high", () => {
    expect(shares.map((f) => f.category)).toEqual(["benefit", "promotion", "system", "labor", "fulfillment", "admin"]);
    expect(shares.filter((f) => f.message.en.includes("below")).map((f) => f.category)).toEqual([
      "benefit",
      "promotion",
      "system",
      "admin",
    ]);
    expect(shares.filter((f) => f.message.en.includes("above")).map((f) => f.category)).toEqual([
      "labor",
      "fulfillment",
    ]);
    expect(shares.every((f) => f.severity === "warning")).toBe(true);
  });

  it("gives the amount that brings each category into range on its own, rounded up", () => {
    expect(Object.fromEntries(shares.map((f) => [f.category, f.amount!.toString()]))).toEqual({
      benefit: "53076",
      promotion: "158222",
      system: "49398",
      labor: "44643",
      fulfillment: "75389",
      admin: "3967",
    });
    expect(shares.find((f) => f.category === "promotion")!.message.en).toBe(
      "Promotion cost is 4.76% of the total, below its range 15%–25%: add ¥158,222 to reach 15% (the total and the reserve grow with it).",
    );
    expect(shares.find((f) => f.category === "labor")!.message.zh).toContain("需削减或移出 ¥44,643");
  });

  it("brings the category into range when the amount is applied, and not with one yuan less", () => {
    for (const finding of shares) {
      const apply = (amount: ReturnType<typeof dec>) => {
        const budget = campaign();
        const sign = finding.message.en.includes("below") ? 1 : -1;
        const line = budget.lines.find((l) => l.category === finding.category)!;
        line.fixedAmount = line.quantity!.times(line.unitCost!).times(line.times!).plus(amount.times(sign));
        const totals = budgetTotals(budget);
        return shareStatus(totals.shares[finding.category!], budget.ranges[finding.category!]);
      };
      expect(apply(finding.amount!), finding.category).toBe("ok");
      expect(apply(finding.amount!.minus(1)), finding.category).not.toBe("ok");
    }
  });

  it("reports the loss-making ROI with the break-even revenue first, as an error", () => {
    expect(findings[0]).toMatchObject({ rule: "roi-below-one", severity: "error" });
    expect(findings[0].amount!.toString()).toBe("3236490");
    expect(findings[0].message.en).toContain("0.22");
  });

  it("has no other findings", () => {
    expect(rulesOf(findings).sort()).toEqual(["roi-below-one", ...Array(6).fill("share")].sort());
  });
});

describe("health rules", () => {
  it("reads the ranges stored with the budget, not the defaults", () => {
    const budget = campaign();
    budget.ranges.promotion = { min: dec("0.04"), max: dec("0.25") };
    budget.ranges.labor = { min: dec("0.10"), max: dec("0.20") };
    const categories = healthCheck(checkedFromModel(budget))
      .filter((f) => f.rule === "share")
      .map((f) => f.category);
    expect(categories).toEqual(["benefit", "system", "fulfillment", "admin"]);
  });

  it("flags a missing fulfillment cost as an error when there is revenue", () => {
    const budget = campaign();
    budget.lines = budget.lines.filter((l) => l.category !== "fulfillment");
    const finding = healthCheck(checkedFromModel(budget)).find((f) => f.rule === "fulfillment-missing")!;
    expect(finding.severity).toBe("error");
    expect(finding.message.en).toContain("no fulfillment cost");
    budget.goals.revenue = null;
    expect(healthCheck(checkedFromModel(budget)).find((f) => f.rule === "fulfillment-missing")!.severity).toBe(
      "warning",
    );
  });

  it("flags lump sums: a blank quantity or unit cost, or a typed Budget", () => {
    const budget = campaign();
    budget.lines[1] = { ...budget.lines[1], quantity: null };
    const checked: CheckedBudget = {
      ...checkedFromModel(budget),
      lineCells: budget.lines.map((_, i) => ({ quantity: `D${5 + i}`, unitCost: `E${5 + i}`, budget: `G${5 + i}` })),
    };
    checked.typedBudget[3] = true;
    const lumps = healthCheck(checked).filter((f) => f.rule === "lump-sum");
    expect(lumps.map((f) => f.cell)).toEqual(["D6", "G8"]);
    expect(lumps[0].message.en).toBe(
      '"Store-visit gifts" is a lump sum: its quantity or unit cost is blank. Break it into quantity × unit cost and state the basis.',
    );
    expect(lumps[1].message.en).toContain("typed number");
  });

  it("flags a missing contingency reserve and a rate outside 0–100%", () => {
    const budget = campaign();
    budget.contingencyRate = dec(0);
    const missing = healthCheck({ ...checkedFromModel(budget), cells: { contingencyRate: "O18" } });
    expect(missing.filter((f) => f.rule === "contingency-missing")).toMatchObject([{ severity: "error", cell: "O18" }]);
    expect(missing.some((f) => f.rule === "share" && f.category === "contingency")).toBe(false);
    budget.contingencyRate = dec(8);
    const wrong = healthCheck(checkedFromModel(budget)).filter((f) => f.rule === "out-of-range");
    expect(wrong).toMatchObject([{ category: "contingency", severity: "error" }]);
    expect(wrong[0].message.en).toBe("The reserve rate is 800%: outside 0%–100%; write a rate such as 8% or 0.08.");
  });

  it("flags every rate outside 0%–100% and every amount below zero, as typed", () => {
    const budget = campaign();
    budget.lines[3] = { ...budget.lines[3], quantity: dec(-5000) }; // SMS
    budget.lines[4] = { ...budget.lines[4], unitCost: dec("-0.5"), times: dec(-2), actual: dec(-10) };
    budget.goals = { revenue: dec(-700000), grossMargin: dec("1.5"), cap: dec("-1") };
    budget.ranges = { ...budget.ranges, benefit: { min: dec("-0.05"), max: dec("1.5") } };
    const ranged = healthCheck(checkedFromModel(budget)).filter((f) => f.rule === "out-of-range");
    expect(ranged.every((f) => f.severity === "error")).toBe(true);
    expect(ranged.map((f) => f.message.en)).toEqual([
      'The Quantity of "SMS" is -5,000: it cannot be negative; enter 0 or more.',
      `The Unit cost of "${budget.lines[4].item}" is -¥0.5: it cannot be negative; enter 0 or more.`,
      `The Times of "${budget.lines[4].item}" is -2: it cannot be negative; enter 0 or more.`,
      `The Actual of "${budget.lines[4].item}" is -¥10: it cannot be negative; enter 0 or more.`,
      "The minimum share of Benefit cost is -5%: outside 0%–100%; write a rate such as 8% or 0.08.",
      "The maximum share of Benefit cost is 150%: outside 0%–100%; write a rate such as 8% or 0.08.",
      "The gross margin is 150%: outside 0%–100%; write a rate such as 8% or 0.08.",
      "The budget cap is -¥1: it cannot be negative; enter 0 or more.",
      "The revenue target is -¥700,000: it cannot be negative; enter 0 or more.",
    ]);
    expect(ranged[0].message.zh).toBe("「SMS」的数量为 -5,000：不能为负数，请填入 0 或更大的数。");
    expect(ranged.map((f) => f.category)).toEqual([
      "promotion",
      "promotion",
      "promotion",
      "promotion",
      "benefit",
      "benefit",
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("accepts the edges: 0% and 100% rates, zero amounts", () => {
    const budget = campaign();
    budget.lines[3] = { ...budget.lines[3], quantity: dec(0), actual: dec(0) };
    budget.goals = { revenue: dec(0), grossMargin: dec(1), cap: dec(0) };
    budget.ranges = { ...budget.ranges, benefit: { min: dec(0), max: dec(1) } };
    expect(healthCheck(checkedFromModel(budget)).filter((f) => f.rule === "out-of-range")).toEqual([]);
  });

  it("flags a funnel stage rate over 100% or at 0%, a negative order value and target", () => {
    const budget = presetBudget("campaign-funnel", "en");
    const funnel = budget.funnel!;
    funnel.stages[1] = { ...funnel.stages[1], rate: dec("1.5") };
    funnel.stages[2] = { ...funnel.stages[2], rate: dec(0) };
    funnel.averageOrderValue = dec(-350);
    funnel.targetDeals = dec(-2000);
    const checked: CheckedBudget = {
      ...checkedFromModel(budget),
      cells: { funnel: { targetDeals: "P27", averageOrderValue: "P28", rates: ["P32", "P33", "P34"] } },
    };
    const ranged = healthCheck(checked).filter((f) => f.rule === "out-of-range");
    expect(ranged.map((f) => [f.cell, f.message.en])).toEqual([
      ["P27", "Target deals is -2,000: it cannot be negative; enter 0 or more."],
      ["P28", "The average order value is -¥350: it cannot be negative; enter 0 or more."],
      [
        "P33",
        `The rate of stage "${funnel.stages[1].name}" is 150%: a stage rate is the share of the stage above that gets this far, above 0% and at most 100%.`,
      ],
      [
        "P34",
        `The rate of stage "${funnel.stages[2].name}" is 0%: a stage rate is the share of the stage above that gets this far, above 0% and at most 100%.`,
      ],
    ]);
  });

  it("flags a contingency share under its minimum with the rate that fixes it", () => {
    const budget = campaign();
    budget.contingencyRate = dec("0.03");
    const finding = healthCheck(checkedFromModel(budget)).find(
      (f) => f.rule === "share" && f.category === "contingency",
    )!;
    expect(finding.message.en).toContain("set the reserve rate to 5.26%");
  });

  it("asks for the gross margin when it is missing", () => {
    const budget = campaign();
    budget.goals.grossMargin = null;
    const rules = rulesOf(healthCheck(checkedFromModel(budget)));
    expect(rules).toContain("margin-missing");
    expect(rules).not.toContain("roi-below-one");
  });

  it("passes a profitable budget's ROI and flags the total over the cap with the gap", () => {
    const budget = campaign();
    budget.goals.revenue = dec(4_000_000);
    budget.goals.cap = dec(1_200_000);
    const findings = healthCheck(checkedFromModel(budget));
    expect(rulesOf(findings)).not.toContain("roi-below-one");
    const over = findings.find((f) => f.rule === "over-cap")!;
    expect(over.amount!.toString()).toBe("94596");
    expect(over.message.en).toBe("The total ¥1,294,596 is over the cap of ¥1,200,000 by ¥94,596.");
  });

  it("flags overspent lines with the amount and reports the execution rate", () => {
    const budget = campaign();
    budget.lines[0] = { ...budget.lines[0], actual: dec(320_000) };
    budget.lines[1] = { ...budget.lines[1], actual: dec(25_000) };
    const findings = healthCheck(checkedFromModel(budget));
    const overspend = findings.filter((f) => f.rule === "overspend");
    expect(overspend).toHaveLength(1);
    expect(overspend[0].amount!.toString()).toBe("20000");
    const execution = findings.find((f) => f.rule === "execution-rate")!;
    expect(execution.severity).toBe("info");
    expect(execution.message.en).toBe("¥345,000 spent so far, 26.65% of the total (2 of 19 lines have actuals).");
    expect(findings.at(-1)!.rule).toBe("execution-rate");
  });

  it("turns unusable cells into error findings on their cells", () => {
    const checked: CheckedBudget = {
      ...checkedFromModel(campaign()),
      issues: [
        { cell: "D7", field: "Quantity", value: "lots", kind: "text", category: "benefit" },
        { cell: "E9", field: "Unit cost", value: "#DIV/0!", kind: "error", category: "promotion" },
      ],
    };
    const cells = healthCheck(checked).filter((f) => f.rule === "cell-value");
    expect(cells.map((f) => [f.cell, f.severity])).toEqual([
      ["D7", "error"],
      ["E9", "error"],
    ]);
    expect(cells[1].message.en).toBe(
      "E9 (Unit cost) holds the error #DIV/0!: fix its formula or input, or the totals cannot be trusted.",
    );
  });

  it("orders findings error, warning, info", () => {
    const budget = campaign();
    budget.lines[0] = { ...budget.lines[0], actual: dec(1) };
    const severities = healthCheck(checkedFromModel(budget)).map((f) => f.severity);
    const order = { error: 0, warning: 1, info: 2 };
    expect(severities).toEqual([...severities].sort((a, b) => order[a] - order[b]));
    expect(new Set(severities)).toEqual(new Set(["error", "warning", "info"]));
  });

  it("says nothing about shares of an empty budget", () => {
    const budget = campaign();
    budget.lines = [];
    expect(healthCheck(checkedFromModel(budget)).filter((f) => f.rule === "share")).toEqual([]);
    expect(CATEGORY_KEYS).toHaveLength(7);
  });
});

describe("figures and a user's text in messages", () => {
  it("groups thousands of a long figure, and shows one beyond 10^40 in exponent form instead of all its digits", () => {
    expect(formatMoney("123456789012345678901234567890123456789")).toBe(
      "¥123,456,789,012,345,678,901,234,567,890,123,456,789",
    );
    expect(formatMoney("-1234.5", 2)).toBe("-¥1,234.50");
    expect(formatMoney("1e100000")).toBe("¥1.00e+100000");
    expect(formatMoney("-1.234e40000", 2)).toBe("-¥1.23e+40000");
  });

  it("quotes a text on one line, each line break a visible mark, at most 60 characters", () => {
    expect(quoteText("Gifts\nfor members")).toBe("Gifts ⏎ for members");
    expect(quoteText("Gifts \r\n\r\n for members\r")).toBe("Gifts ⏎ for members ⏎ ");
    expect(quoteText("lots")).toBe("lots");
    const long = quoteText("x".repeat(100_000));
    expect(long).toBe(`${"x".repeat(59)}…`);
    expect(quoteText("礼".repeat(60))).toBe("礼".repeat(60));
    expect(quoteText("礼".repeat(61))).toBe(`${"礼".repeat(59)}…`);
  });

  it("keeps a finding about an item with a line break on one line, and a huge cell's text short", () => {
    const budget = campaign();
    budget.lines[0] = { ...budget.lines[0], item: "Discount\nfor members", actual: dec(400_000) };
    const overspend = healthCheck(checkedFromModel(budget)).find((f) => f.rule === "overspend")!;
    expect(overspend.message.en).toBe(
      '"Discount ⏎ for members" is overspent by ¥100,000: actual ¥400,000 against a budget of ¥300,000. Explain the variance or draw on the reserve.',
    );
    expect(overspend.message.zh).not.toMatch(/\n/);

    const checked: CheckedBudget = {
      ...checkedFromModel(campaign()),
      issues: [
        { cell: "D7", field: "Quantity\n(people)", value: "y".repeat(100_000), kind: "text", category: "benefit" },
      ],
    };
    const [cell] = healthCheck(checked).filter((f) => f.rule === "cell-value");
    expect(cell.message.en).toBe(
      `D7 (Quantity ⏎ (people)) should be a number but holds the text "${"y".repeat(59)}…": enter a number.`,
    );
  });
});
