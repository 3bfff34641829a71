import { describe, expect, it } from "vitest";
import {
  CATEGORY_KEYS,
  Decimal,
  applyFunnel,
  budgetOutcome,
  budgetTotals,
  costsAtCounts,
  lineAmount,
  presetBudget,
  requiredCounts,
  stageCosts,
  withTargetDeals,
  type Budget,
  type CategoryKey,
} from "../src/model";
import { d, inputError } from "./helpers/inputError";

const strings = (values: readonly Decimal[]) => values.map((value) => value.toString());

const funnelBudget = (lang: "zh" | "en" = "en") => presetBudget("campaign-funnel", lang);
const quantityOf = (budget: Budget, item: string) =>
  budget.lines.find((line) => line.item === item)!.quantity!.toString();

describe("the funnel of the campaign-funnel preset", () => {
  const budget = funnelBudget();
  const funnel = budget.funnel!;

  it("is the worked example's: reach 85%, open 12%, booking 28%, visit 65%, deal 90%, 2,000 deals at 350", () => {
    expect(funnel.stages.map((stage) => `${stage.name} ${stage.rate.toString()}`)).toEqual([
      "Reached 0.85",
      "Opened 0.12",
      "Booked 0.28",
      "Visited 0.65",
      "Deals 0.9",
    ]);
    expect(funnel.poolName).toBe("Customer pool");
    expect(funnel.targetDeals.toString()).toBe("2000");
    expect(funnel.averageOrderValue.toString()).toBe("350");
    expect([funnel.participationStage, funnel.conversionStage]).toEqual([2, 3]);
  });

  it("needs 119,756 / 101,792 / 12,215 / 3,420 / 2,223 / 2,000 people, rounding up at every stage", () => {
    expect(strings(requiredCounts(funnel))).toEqual(["119756", "101792", "12215", "3420", "2223", "2000"]);
  });

  it("sets revenue to deals × order value: 2,000 × 350 = 700,000", () => {
    expect(budget.goals.revenue!.toString()).toBe("700000");
  });

  it("names its stages in Chinese too, and the Chinese budget has the same figures", () => {
    const zh = funnelBudget("zh");
    expect([zh.funnel!.poolName, ...zh.funnel!.stages.map((stage) => stage.name)]).toEqual([
      "客户池",
      "触达",
      "打开",
      "预约",
      "到店",
      "成交",
    ]);
    expect(budgetTotals(zh).total.toString()).toBe(budgetTotals(budget).total.toString());
  });
});

describe("drivers", () => {
  const budget = funnelBudget();

  it("bind discount and fulfillment to deals, gifts, car wash and store staff to visits, SMS and push to reach", () => {
    const drivers = Object.fromEntries(budget.lines.filter((l) => l.driver).map((line) => [line.item, line.driver]));
    expect(drivers).toEqual({
      Discount: "Deals",
      "Store-visit gifts": "Visited",
      "Free car wash": "Visited",
      SMS: "Reached",
      "App push": "Reached",
      "Store staff": "Visited",
      "Maintenance service delivered": "Deals",
    });
  });

  it("give each driven line its stage's people as quantity; the other lines keep their typed quantity", () => {
    expect(quantityOf(budget, "Discount")).toBe("2000");
    expect(quantityOf(budget, "Store-visit gifts")).toBe("2223");
    expect(quantityOf(budget, "Store staff")).toBe("2223");
    expect(quantityOf(budget, "SMS")).toBe("101792");
    expect(quantityOf(budget, "Outbound calls")).toBe("5000");
    expect(quantityOf(budget, "WeCom outreach")).toBe("250");
  });

  it("match a stage's name ignoring case, as the sheet's MATCH does", () => {
    const lower: Budget = {
      ...budget,
      lines: budget.lines.map((line) => (line.driver === "Visited" ? { ...line, driver: "VISITED" } : line)),
    };
    expect(quantityOf(applyFunnel(lower), "Store staff")).toBe("2223");
  });

  it("leave a typed lump sum on a driven line as it is", () => {
    const lump: Budget = {
      ...budget,
      lines: budget.lines.map((line) => (line.item === "Free car wash" ? { ...line, fixedAmount: d(30000) } : line)),
    };
    const applied = applyFunnel(lump);
    expect(lineAmount(applied.lines.find((line) => line.item === "Free car wash")!).toString()).toBe("30000");
  });

  it("refuse a Driver that names no stage, in both languages", () => {
    const wrong: Budget = { ...budget, lines: [{ ...budget.lines[0], driver: "Visits" }] };
    const error = inputError(() => applyFunnel(wrong));
    expect(error.kind).toBe("value");
    expect(error.text.en).toContain('"Visits"');
    expect(error.text.en).toContain("Customer pool / Reached / Opened / Booked / Visited / Deals");
    expect(error.text.zh).toContain("“Visits”");
  });
});

describe("the campaign-funnel budget", () => {
  const budget = funnelBudget();
  const totals = budgetTotals(budget);

  it("has these subtotals, line by line from the funnel", () => {
    // benefit: 2,000 × 150 + 2,223 × 20 + 2,223 × 15 = 300,000 + 44,460 + 33,345 = 377,805
    // promotion: 101,792 × 2 × 0.10 + 101,792 × 0.02 + 12,500 + 15,000 + 7,500 + 15,000 = 72,394.24
    // labor: 24,000 + 57,600 + 2,223 × 100 = 303,900; fulfillment: 2,000 × 250 = 500,000
    const expected: Record<CategoryKey, string> = {
      benefit: "377805",
      promotion: "72394.24",
      system: "18000",
      labor: "303900",
      fulfillment: "500000",
      admin: "35000",
      contingency: "104567.9392",
    };
    for (const key of CATEGORY_KEYS) expect(totals.subtotals[key].toString(), key).toBe(expected[key]);
  });

  it("sums the six to 1,307,099.24 and totals 1,411,667.1792 with 8% contingency", () => {
    expect(totals.base.toString()).toBe("1307099.24");
    expect(totals.total.toString()).toBe("1411667.1792");
  });

  it("gives ROI 0.1983 on 280,000 gross profit, break-even revenue 3,529,167.948, 111,667.18 over the cap", () => {
    const outcome = budgetOutcome(budget);
    expect(outcome.grossProfit!.toString()).toBe("280000");
    expect(outcome.roi!.toFixed(4)).toBe("0.1983");
    expect(outcome.breakEvenRevenue!.toString()).toBe("3529167.948");
    expect(outcome.gapToCap!.toString()).toBe("-111667.1792");
  });

  it("splits into 184,600 of fixed lines and the lines each stage drives", () => {
    const costs = stageCosts(budget);
    expect(costs.fixed.toString()).toBe("184600");
    // reached 101,792 × 0.22; visited 2,223 × 135; deals 2,000 × 400
    expect(strings(costs.driven)).toEqual(["0", "22394.24", "0", "0", "300105", "800000"]);
    expect(costsAtCounts(budget, requiredCounts(budget.funnel!)).total.toString()).toBe("1411667.1792");
  });

  it("differs from the literal campaign preset, whose 1,500 visitors are typed", () => {
    const literal = presetBudget("campaign", "en");
    expect(literal.funnel).toBeUndefined();
    expect(literal.lines.some((line) => line.driver)).toBe(false);
    expect(budgetTotals(literal).total.toString()).toBe("1294596");
  });
});

describe("withTargetDeals", () => {
  const budget = funnelBudget();

  it("moves every driven line, subtotal, share and ROI with the target: 2,600 deals", () => {
    const aimed = withTargetDeals(budget, d(2600));
    // 2,600 ÷ 0.9 → 2,889; ÷ 0.65 → 4,445; ÷ 0.28 = 15,875 exactly; ÷ 0.12 → 132,292; ÷ 0.85 → 155,638
    expect(strings(requiredCounts(aimed.funnel!))).toEqual(["155638", "132292", "15875", "4445", "2889", "2600"]);
    const totals = budgetTotals(aimed);
    // benefit 2,600 × 150 + 2,889 × 35; promotion 132,292 × 0.22 + 50,000; labor 81,600 + 288,900
    expect(totals.subtotals.benefit.toString()).toBe("491115");
    expect(totals.subtotals.promotion.toString()).toBe("79104.24");
    expect(totals.subtotals.labor.toString()).toBe("370500");
    expect(totals.subtotals.fulfillment.toString()).toBe("650000");
    expect(totals.total.toString()).toBe("1775216.7792");
    expect(totals.shares.fulfillment.toFixed(4)).toBe("0.3662");
    expect(aimed.goals.revenue!.toString()).toBe("910000");
    expect(budgetOutcome(aimed).roi!.toFixed(4)).toBe("0.2050");
  });

  it("never changes the budget it is given", () => {
    const before = JSON.stringify(budget);
    withTargetDeals(budget, d(2600));
    applyFunnel(budget);
    expect(JSON.stringify(budget)).toBe(before);
  });

  it("refuses a budget without a funnel and a target that is not whole deals", () => {
    expect(inputError(() => withTargetDeals(presetBudget("campaign", "en"), d(2600))).kind).toBe("value");
    const error = inputError(() => withTargetDeals(budget, d("2000.5")));
    expect(error.kind).toBe("num");
    expect(error.text.en).toContain("2000.5");
    expect(inputError(() => withTargetDeals(budget, d(-1))).kind).toBe("num");
  });
});

describe("funnel validation", () => {
  const budget = funnelBudget();
  const funnel = budget.funnel!;
  const withFunnel = (change: Partial<typeof funnel>): Budget => ({ ...budget, funnel: { ...funnel, ...change } });

  it("refuses a rate of 0 or above 100%", () => {
    const stages = funnel.stages.map((stage, i) => (i === 2 ? { ...stage, rate: d(0) } : stage));
    expect(inputError(() => applyFunnel(withFunnel({ stages }))).text.en).toContain("Rate 3 is 0");
    const over = funnel.stages.map((stage, i) => (i === 0 ? { ...stage, rate: d(85) } : stage));
    expect(inputError(() => applyFunnel(withFunnel({ stages: over }))).text.en).toContain("write 85% or 0.85");
  });

  it("refuses two stages of the same name (ignoring case) and a stage without a name", () => {
    const twice = funnel.stages.map((stage, i) => (i === 1 ? { ...stage, name: "reached" } : stage));
    expect(inputError(() => applyFunnel(withFunnel({ stages: twice }))).text.en).toContain('named "reached"');
    expect(inputError(() => applyFunnel(withFunnel({ poolName: " " }))).text.en).toContain("Stage 0 has no name");
  });

  it("refuses a participation or conversion stage outside the funnel", () => {
    expect(inputError(() => applyFunnel(withFunnel({ participationStage: 0 }))).text.en).toContain(
      "participation stage is 0",
    );
    expect(inputError(() => applyFunnel(withFunnel({ conversionStage: 6 }))).text.zh).toContain("第 1 到第 5 个环节");
  });

  it("refuses a negative order value", () => {
    expect(inputError(() => applyFunnel(withFunnel({ averageOrderValue: d(-1) }))).kind).toBe("num");
  });
});
