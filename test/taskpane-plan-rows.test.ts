import { describe, expect, it } from "vitest";
import { presetBudget, presetPlans, takePlan } from "../src/model";
import { planRows } from "../src/taskpane/planRows";

describe("the plans the pane lists", () => {
  it("shows each plan's budget, deals, revenue, gross profit and ROI, formatted", () => {
    const rows = planRows(presetPlans("campaign-funnel", "en"));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.figures.total).toMatch(/^¥[\d,]+$/);
      expect(row.figures.deals).toMatch(/^[\d,]+$/);
      expect(row.figures.revenue).toMatch(/^¥[\d,]+$/);
      expect(row.figures.roi).toMatch(/^-?[\d,]+\.\d{2}$/);
    }
    expect(rows.map((row) => row.name)).toEqual(presetPlans("campaign-funnel", "en").map((plan) => plan.name));
  });

  it("shows a dash where a budget without a funnel has no deals", () => {
    const [row] = planRows(takePlan([], presetBudget("campaign", "zh"), "zh"));
    expect(row.name).toBe("保守");
    expect(row.figures.deals).toBe("—");
  });
});
