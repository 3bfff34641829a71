import { describe, expect, it } from "vitest";
import { presetBudget, presetPlans, takePlan } from "../src/model";
import { PLAN_FIGURE_KEYS, planRows } from "../src/taskpane/planRows";

/** Each row's name and figures in the order the pane shows them. */
const shown = (rows: ReturnType<typeof planRows>) =>
  rows.map((row) => [row.name, ...PLAN_FIGURE_KEYS.map((key) => row.figures[key])]);

describe("the plans the pane lists", () => {
  it("shows each plan's budget, deals, revenue, gross profit and ROI in its own column", () => {
    // The campaign-funnel preset's four plans (model-plans.test.ts derives them): gross profit is revenue
    // × 40%, ROI gross profit ÷ budget; the budget rounds to the yuan, ROI to two places.
    expect(shown(planRows(presetPlans("campaign-funnel", "en")))).toEqual([
      ["Conservative", "¥1,108,555", "1,500", "¥525,000", "¥210,000", "0.19"],
      ["Standard", "¥1,411,667", "2,000", "¥700,000", "¥280,000", "0.20"],
      ["Aggressive", "¥2,017,743", "3,000", "¥1,050,000", "¥420,000", "0.21"],
      ["Optimized", "¥1,290,328", "1,800", "¥900,000", "¥360,000", "0.28"],
    ]);
  });

  it("shows a dash where a budget without a funnel has no deals", () => {
    expect(shown(planRows(takePlan([], presetBudget("campaign", "zh"), "zh")))).toEqual([
      ["保守", "¥1,294,596", "—", "¥700,000", "¥280,000", "0.22"],
    ]);
  });

  it("shows a dash for gross profit and ROI where the budget has no gross margin", () => {
    const budget = presetBudget("campaign", "en");
    budget.goals.grossMargin = null;
    expect(shown(planRows(takePlan([], budget, "en")))).toEqual([
      ["Conservative", "¥1,294,596", "—", "¥700,000", "—", "—"],
    ]);
  });
});
