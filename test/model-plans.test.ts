import { describe, expect, it } from "vitest";
import {
  Decimal,
  MAX_PLANS,
  deletePlan,
  planFigures,
  presetBudget,
  presetPlans,
  renamePlan,
  takePlan,
  withTargetDeals,
  type Budget,
  type BudgetPlan,
} from "../src/model";
import { d, inputError } from "./helpers/inputError";

/** Every object reachable from `value` is frozen (Decimals are immutable already). */
function expectDeepFrozen(value: unknown, path = "plan"): void {
  if (typeof value !== "object" || value === null || value instanceof Decimal) return;
  expect(Object.isFrozen(value), path).toBe(true);
  for (const [key, child] of Object.entries(value)) expectDeepFrozen(child, `${path}.${key}`);
}

describe("taking plans", () => {
  const budget = presetBudget("campaign-funnel", "zh");

  it("names them 保守, 标准, 激进, 优化 in turn, or as asked", () => {
    let plans: BudgetPlan[] = [];
    for (let i = 0; i < 3; i++) plans = takePlan(plans, budget, "zh");
    plans = takePlan(plans, budget, "zh", "  精准投放  ");
    expect(plans.map((plan) => plan.name)).toEqual(["保守", "标准", "激进", "精准投放"]);
    expect(plans.map((plan) => plan.id)).toEqual(["plan-1", "plan-2", "plan-3", "plan-4"]);
    expect(takePlan([], budget, "en")[0].name).toBe("Conservative");
  });

  it("keeps at most five", () => {
    let plans: BudgetPlan[] = [];
    for (let i = 0; i < MAX_PLANS; i++) plans = takePlan(plans, budget, "en");
    expect(plans).toHaveLength(5);
    const error = inputError(() => takePlan(plans, budget, "en"));
    expect(error.text.en).toBe("There are already 5 plans: delete one before taking another");
    expect(error.text.zh).toBe("已有 5 个方案：请先删除一个再保存新方案");
  });

  it.each(["zh", "en"] as const)("lets a planner save a plan of their own next to the preset's plans (%s)", (lang) => {
    const shipped = presetPlans("campaign-funnel", lang);
    expect(shipped.map((plan) => plan.budget.funnel?.targetDeals.toString())).toEqual(["1500", "2000", "3000", "1800"]);
    const saved = takePlan(shipped, budget, lang, "Mine");
    expect(saved.map((plan) => plan.name).at(-1)).toBe("Mine");
    expect(planFigures(saved.at(-1)!).total.toString()).toBe(
      planFigures({ id: "x", name: "x", budget }).total.toString(),
    );
  });

  it("refuses a blank name and a name already taken, ignoring case and spaces", () => {
    const plans = takePlan([], budget, "en", "Lean");
    expect(inputError(() => takePlan(plans, budget, "en", "  ")).text.en).toBe("A plan needs a name");
    expect(inputError(() => takePlan(plans, budget, "en", " lean ")).text.en).toBe(
      'There is already a plan named "lean"',
    );
  });
});

describe("a plan is a snapshot", () => {
  it("does not change when the live budget changes afterwards", () => {
    const live = presetBudget("campaign-funnel", "en");
    const [plan] = takePlan([], live, "en");
    const before = planFigures(plan);
    live.lines[0].unitCost = d(999);
    live.lines.push({ ...live.lines[1], item: "Extra" });
    live.goals.grossMargin = d("0.9");
    live.funnel!.targetDeals = d(5000);
    live.funnel!.stages[0].rate = d("0.5");
    live.ranges.benefit.min = d("0.9");
    live.contingencyRate = d("0.5");
    expect(plan.budget.lines).toHaveLength(19);
    expect(plan.budget.lines[0].unitCost!.toString()).toBe("150");
    expect(plan.budget.funnel!.targetDeals.toString()).toBe("2000");
    expect(plan.budget.funnel!.stages[0].rate.toString()).toBe("0.85");
    expect(plan.budget.ranges.benefit.min.toString()).toBe("0.3");
    expect(planFigures(plan)).toEqual(before);
  });

  it("is frozen all the way down, so it cannot be changed through the plan either", () => {
    const [plan] = takePlan([], presetBudget("campaign-funnel", "en"), "en");
    expectDeepFrozen(plan);
  });

  it("take, rename and delete return new lists and never touch the list or budget given", () => {
    const budget = presetBudget("campaign-funnel", "en");
    const budgetBefore = JSON.stringify(budget);
    const one = Object.freeze(takePlan([], budget, "en")) as readonly BudgetPlan[];
    const two = Object.freeze(takePlan(one, withTargetDeals(budget, d(3000)), "en")) as readonly BudgetPlan[];
    const renamed = renamePlan(two, "plan-2", "Big push");
    const deleted = deletePlan(renamed, "plan-1");
    expect(one.map((plan) => plan.name)).toEqual(["Conservative"]);
    expect(two.map((plan) => plan.name)).toEqual(["Conservative", "Standard"]);
    expect(renamed.map((plan) => plan.name)).toEqual(["Conservative", "Big push"]);
    expect(renamed[1].budget).toBe(two[1].budget);
    expect(deleted.map((plan) => plan.id)).toEqual(["plan-2"]);
    expect(JSON.stringify(budget)).toBe(budgetBefore);
    expect(takePlan(deleted, budget, "en").map((plan) => [plan.id, plan.name])).toEqual([
      ["plan-2", "Big push"],
      ["plan-1", "Conservative"],
    ]);
  });

  it("refuses to rename or delete a plan that is not there, and a rename onto another plan's name", () => {
    const plans = takePlan(takePlan([], presetBudget("campaign", "en"), "en"), presetBudget("campaign", "en"), "en");
    expect(inputError(() => renamePlan(plans, "plan-9", "X")).text.en).toBe("There is no plan plan-9");
    expect(inputError(() => deletePlan(plans, "plan-9")).kind).toBe("value");
    expect(inputError(() => renamePlan(plans, "plan-2", "conservative")).kind).toBe("value");
    expect(renamePlan(plans, "plan-1", "CONSERVATIVE")[0].name).toBe("CONSERVATIVE");
  });
});

describe("plan figures", () => {
  it("give the source's four plans their budget, deals, revenue, gross profit and ROI", () => {
    const figures = presetPlans("campaign-funnel", "zh").map((plan) => {
      const f = planFigures(plan);
      return [
        plan.name,
        f.total.toString(),
        f.deals!.toString(),
        f.revenue!.toString(),
        f.grossProfit!.toString(),
        f.roi!.toFixed(4),
      ];
    });
    // 保守 1,500 deals need 89,815 / 76,342 / 9,161 / 2,565 / 1,667 people: 184,600 + 76,342 × 0.22
    //   + 1,667 × 135 + 1,500 × 400 = 1,026,440.24; × 1.08 = 1,108,555.4592; 525,000 × 40% = 210,000
    // 优化 is 1,800 deals at a 500 order value: 900,000 revenue, 360,000 gross profit
    expect(figures).toEqual([
      ["保守", "1108555.4592", "1500", "525000", "210000", "0.1894"],
      ["标准", "1411667.1792", "2000", "700000", "280000", "0.1983"],
      ["激进", "2017742.9184", "3000", "1050000", "420000", "0.2082"],
      ["优化", "1290328.3584", "1800", "900000", "360000", "0.2790"],
    ]);
  });

  it("have no deals for a budget without a funnel, and its revenue goal", () => {
    const [plan] = takePlan([], presetBudget("campaign", "en") as Budget, "en");
    const figures = planFigures(plan);
    expect(figures.deals).toBeNull();
    expect(figures.revenue!.toString()).toBe("700000");
    expect(figures.total.toString()).toBe("1294596");
  });

  it("come from presets without plans as an empty list", () => {
    expect(presetPlans("campaign", "en")).toEqual([]);
  });
});
