import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  CATEGORY_KEYS,
  PRESET_IDS,
  budgetOutcome,
  budgetTotals,
  categoryFromLabel,
  checkedFromModel,
  dec,
  healthCheck,
  lineAmount,
  presetBudget,
  presetById,
  shareStatus,
  type CategoryKey,
} from "../src/model";

describe("the worked example (campaign preset)", () => {
  const budget = presetBudget("campaign", "zh");
  const totals = budgetTotals(budget);

  it("has the subtotals of domain.md, line by line", () => {
    const expected: Record<CategoryKey, string> = {
      benefit: "352500",
      promotion: "61600",
      system: "18000",
      labor: "231600",
      fulfillment: "500000",
      admin: "35000",
      contingency: "95896",
    };
    for (const key of CATEGORY_KEYS) expect(totals.subtotals[key].toString(), key).toBe(expected[key]);
  });

  it("sums six categories to 1,198,700, contingency 8% to 95,896 and the total to 1,294,596", () => {
    expect(totals.base.toString()).toBe("1198700");
    expect(totals.contingency.toString()).toBe("95896");
    expect(totals.total.toString()).toBe("1294596");
  });

  it("computes WeCom outreach as 30,000 people × 30 s ÷ 3600 × 50 = 12,500, not the seed's 15,600", () => {
    const wecom = budget.lines.find((l) => l.item === "企微触达")!;
    expect(lineAmount(wecom).toString()).toBe("12500");
  });

  it("gives the shares of domain.md to two decimals", () => {
    const expected: Record<CategoryKey, string> = {
      benefit: "27.23",
      promotion: "4.76",
      system: "1.39",
      labor: "17.89",
      fulfillment: "38.62",
      admin: "2.70",
      contingency: "7.41",
    };
    for (const key of CATEGORY_KEYS) expect(totals.shares[key].times(100).toFixed(2), key).toBe(expected[key]);
    const sumOfShares = CATEGORY_KEYS.reduce((acc, key) => acc.plus(totals.shares[key]), dec(0));
    expect(sumOfShares.toString()).toBe("1");
  });

  it("flags six categories against the default ranges and passes contingency", () => {
    const statuses = Object.fromEntries(
      CATEGORY_KEYS.map((key) => [key, shareStatus(totals.shares[key], budget.ranges[key])]),
    );
    expect(statuses).toEqual({
      benefit: "low",
      promotion: "low",
      system: "low",
      labor: "high",
      fulfillment: "high",
      admin: "low",
      contingency: "ok",
    });
  });

  it("computes ROI on gross profit, break-even revenue and the gap to the cap", () => {
    const outcome = budgetOutcome(budget);
    expect(outcome.grossProfit!.toString()).toBe("280000");
    expect(outcome.roi!.toFixed(4)).toBe("0.2163");
    expect(outcome.directRoi!.toFixed(4)).toBe(dec(280000).dividedBy(414100).toFixed(4));
    expect(outcome.breakEvenRevenue!.toString()).toBe("3236490");
    expect(outcome.gapToCap!.toString()).toBe("5404");
  });

  it("is the same budget in English", () => {
    const en = budgetTotals(presetBudget("campaign", "en"));
    expect(en.total.toString()).toBe("1294596");
  });
});

describe("presets", () => {
  it.each(PRESET_IDS)("%s has lines in every line category, each with a quantity × unit cost basis", (id) => {
    for (const lang of ["zh", "en"] as const) {
      const budget = presetBudget(id, lang);
      const used = new Set(budget.lines.map((l) => l.category));
      expect(used.size).toBe(6);
      for (const line of budget.lines) {
        expect(line.quantity?.greaterThan(0)).toBe(true);
        expect(line.unitCost?.greaterThan(0)).toBe(true);
        expect(line.basis.length).toBeGreaterThan(5);
        expect(line.item.length).toBeGreaterThan(0);
      }
      // The funnel-driven campaign shows what the bottom-up budget from the target costs against the
      // top-down cap: 111,667.18 over it. Every other preset is within its cap.
      const outcome = budgetOutcome(budget);
      if (id === "campaign-funnel") expect(outcome.gapToCap!.toString()).toBe("-111667.1792");
      else expect(outcome.gapToCap!.isPositive()).toBe(true);
    }
  });

  it("community and event totals follow from their lines", () => {
    // 481,600 of lines + 10% reserve; 463,000 of lines + 8%.
    expect(budgetTotals(presetBudget("community", "en")).total.toString()).toBe("529760");
    expect(budgetTotals(presetBudget("event", "en")).total.toString()).toBe("500040");
  });

  it.each(PRESET_IDS)("%s raises exactly the findings it declares as intended", (id) => {
    for (const lang of ["zh", "en"] as const) {
      const findings = healthCheck(checkedFromModel(presetBudget(id, lang)));
      const declared = presetById(id).intendedFindings?.findings ?? [];
      expect(findings.map((f) => ({ rule: f.rule, ...(f.category ? { category: f.category } : {}) }))).toEqual(
        declared,
      );
    }
  });
});

describe("categories", () => {
  it("has the seven default ranges of domain.md", () => {
    expect(CATEGORIES.map((c) => `${c.key}:${c.defaultRange.min}-${c.defaultRange.max}`)).toEqual([
      "benefit:0.3-0.5",
      "promotion:0.15-0.25",
      "system:0.05-0.1",
      "labor:0.1-0.15",
      "fulfillment:0.2-0.35",
      "admin:0.03-0.05",
      "contingency:0.05-0.1",
    ]);
  });

  it("recognizes a category by its Chinese or English name or key, ignoring case and spaces", () => {
    expect(categoryFromLabel("权益成本")).toBe("benefit");
    expect(categoryFromLabel("  fulfillment COST ")).toBe("fulfillment");
    expect(categoryFromLabel("Contingency")).toBe("contingency");
    expect(categoryFromLabel("应急储备")).toBe("contingency");
    expect(categoryFromLabel("Marketing")).toBeUndefined();
  });

  it("treats a share on the boundary as inside the range", () => {
    const range = { min: dec("0.05"), max: dec("0.10") };
    expect(shareStatus(dec("0.05"), range)).toBe("ok");
    expect(shareStatus(dec("0.10"), range)).toBe("ok");
    expect(shareStatus(dec("0.0499"), range)).toBe("low");
    expect(shareStatus(dec("0.1001"), range)).toBe("high");
  });
});
