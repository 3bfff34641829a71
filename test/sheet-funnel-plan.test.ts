import { describe, expect, it } from "vitest";
import { budgetTotals, dec, presetBudget, presetPlans, takePlan } from "../src/model";
import { a1, columnLetter, parseA1 } from "../src/sheet/address";
import { buildCompanionPlans } from "../src/sheet/buildCompanionPlans";
import { buildPlansComparisonPlan } from "../src/sheet/buildPlansComparisonPlan";
import { buildScenarioPlan } from "../src/sheet/buildScenarioPlan";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { peopleNeededFormula } from "../src/sheet/funnelBlock";
import type { PlainSheetPlan } from "../src/sheet/plan";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { snapshotFromPlan } from "../src/sheet/snapshotFromPlan";

const budget = presetBudget("campaign-funnel", "en");
const plan = buildSheetPlan(budget, { lang: "en" });
const zhPlan = buildSheetPlan(presetBudget("campaign-funnel", "zh"), { lang: "zh" });

const contentAt = (p: PlainSheetPlan, address: string) => {
  const ref = parseA1(address);
  return p.cells.find((c) => c.row === ref.row && c.col === ref.col)?.content;
};
const textAt = (p: PlainSheetPlan, address: string) => {
  const content = contentAt(p, address);
  return content?.kind === "text" ? content.text : undefined;
};
const formulaAt = (p: PlainSheetPlan, address: string) => {
  const content = contentAt(p, address);
  return content?.kind === "formula" ? content.formula : undefined;
};
const nameAt = (p: PlainSheetPlan, name: string) => {
  const found = p.names.find((n) => n.name === name);
  return found ? a1(found.ref) : undefined;
};
/** Every worksheet function the sheet's cells and conditional formats call. */
const functionsUsed = (p: PlainSheetPlan) => {
  const formulas = [
    ...p.cells.flatMap((c) => (c.content.kind === "formula" ? [c.content.formula] : [])),
    ...p.conditionalFormats.map((c) => c.formula),
  ];
  const used = new Set(formulas.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
  return [...used].sort();
};

describe("a budget without a funnel", () => {
  it("keeps today's layout: twelve columns ending with Note, summary at N, no funnel block or charts", () => {
    const literal = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
    expect(literal.table.columns).toHaveLength(12);
    expect(literal.table.columns.at(-1)).toBe("Note");
    expect(columnLetter(literal.layout.summaryFirstCol)).toBe("N");
    expect(literal.layout.funnel).toBeUndefined();
    expect(literal.charts).toBeUndefined();
    expect(literal.names.some((n) => n.name === "Budget_TargetDeals")).toBe(false);
    expect(buildCompanionPlans(presetBudget("campaign", "en"), literal, [], { lang: "en" })).toEqual([]);
  });
});

describe("the campaign-funnel budget sheet", () => {
  it("appends Driver (驱动) and Own quantity (自定数量) after Note, keeping the contract's first eleven headers", () => {
    expect(plan.table.columns.slice(0, 11)).toEqual(
      buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" }).table.columns.slice(0, 11),
    );
    expect(plan.table.columns.slice(11)).toEqual(["Note", "Driver", "Own quantity"]);
    expect(zhPlan.table.columns.slice(11)).toEqual(["备注", "驱动", "自定数量"]);
    expect(textAt(plan, "M4")).toBe("Driver");
    expect(textAt(plan, "N4")).toBe("Own quantity");
    const widths = Object.fromEntries(plan.columnWidths.map(({ col, chars }) => [columnLetter(col), chars]));
    expect([widths.L, widths.M, widths.N, widths.O]).toEqual([18, 12, 12, 3]);
  });

  it("moves the summary two columns right, to P, keeping a blank column after the table", () => {
    expect(columnLetter(plan.layout.summaryFirstCol)).toBe("P");
    expect(plan.cells.some((c) => c.col === 14)).toBe(false);
    expect(nameAt(plan, "Budget_Total")).toBe("Q12");
    expect(nameAt(plan, "Budget_Revenue")).toBe("Q15");
  });

  it("puts the reverse funnel under the goals from P26: target, order value, stages, people, driven cost", () => {
    expect(textAt(plan, "P26")).toBe("Reverse funnel");
    expect(nameAt(plan, "Budget_TargetDeals")).toBe("Q27");
    expect(nameAt(plan, "Budget_AOV")).toBe("Q28");
    expect(["P30", "Q30", "R30", "S30"].map((cell) => textAt(plan, cell))).toEqual([
      "Stage",
      "Rate",
      "People needed",
      "Driven cost",
    ]);
    expect(["P31", "P32", "P33", "P34", "P35", "P36"].map((cell) => textAt(plan, cell))).toEqual([
      "Customer pool",
      "Reached",
      "Opened",
      "Booked",
      "Visited",
      "Deals",
    ]);
    expect(nameAt(plan, "Budget_PoolRequired")).toBe("R31");
    expect([1, 2, 3, 4, 5].map((n) => nameAt(plan, `Budget_Stage${n}`))).toEqual(["R32", "R33", "R34", "R35", "R36"]);
    expect([1, 2, 3, 4, 5].map((n) => nameAt(plan, `Budget_Rate${n}`))).toEqual(["Q32", "Q33", "Q34", "Q35", "Q36"]);
    expect(contentAt(plan, "Q31")).toBeUndefined();
    expect(plan.printArea).toBe("A1:U39");
  });

  it("computes the people needed with native formulas rounding up at every stage", () => {
    expect(formulaAt(plan, "R31")).toBe("=ROUNDUP(ROUND(Budget_Stage1/Budget_Rate1,6),0)");
    expect(formulaAt(plan, "R34")).toBe("=ROUNDUP(ROUND(Budget_Stage4/Budget_Rate4,6),0)");
    expect(formulaAt(plan, "R36")).toBe("=Budget_TargetDeals");
    expect(peopleNeededFormula("A1", "B1")).toBe("=ROUNDUP(ROUND(A1/B1,6),0)");
    expect(contentAt(plan, "R31")).toMatchObject({ kind: "formula" });
    const results = ["R31", "R32", "R33", "R34", "R35", "R36"].map((cell) => {
      const content = contentAt(plan, cell);
      return content?.kind === "formula" ? String(content.result) : "";
    });
    expect(results).toEqual(["119756", "101792", "12215", "3420", "2223", "2000"]);
  });

  it("sums the lines each stage drives and the lines none drives", () => {
    expect(formulaAt(plan, "S35")).toBe("=SUMIFS(BudgetLines[Budget],BudgetLines[Driver],P35)");
    expect(formulaAt(plan, "S37")).toBe("=SUM(S31:S36)");
    expect(formulaAt(plan, "S38")).toBe("=SUM(Q5:Q10)-S37");
  });

  it("makes Quantity one formula on every row: the Driver's stage looked up by name, or the typed Own quantity", () => {
    const quantityFormula =
      '=IF(BudgetLines[[#This Row],[Driver]]="",BudgetLines[[#This Row],[Own quantity]],' +
      "INDEX($R$31:$R$36,MATCH(BudgetLines[[#This Row],[Driver]],$P$31:$P$36,0)))";
    const visitGifts = plan.table.firstDataRow + 1;
    expect(textAt(plan, `B${visitGifts + 1}`)).toBe("Store-visit gifts");
    expect(textAt(plan, `M${visitGifts + 1}`)).toBe("Visited");
    expect(contentAt(plan, `N${visitGifts + 1}`)).toBeUndefined();
    expect(contentAt(plan, `D${visitGifts + 1}`)).toEqual({ kind: "formula", formula: quantityFormula, result: dec(2223) });
    const wecom = budget.lines.findIndex((line) => line.item === "WeCom outreach") + plan.table.firstDataRow + 1;
    expect(contentAt(plan, `M${wecom}`)).toBeUndefined();
    expect(contentAt(plan, `N${wecom}`)).toEqual({ kind: "number", value: dec(250) });
    expect(contentAt(plan, `D${wecom}`)).toEqual({ kind: "formula", formula: quantityFormula, result: dec(250) });
    const rows = budget.lines.map((_, i) => plan.table.firstDataRow + i);
    expect(rows.map((row) => formulaAt(plan, `D${row + 1}`))).toEqual(rows.map(() => quantityFormula));
    expect(rows.filter((row) => textAt(plan, `M${row + 1}`) !== undefined)).toHaveLength(7);
    const inputFills = plan.styles.filter((s) => s.fill === "#FFF2CC").map((s) => s.range);
    expect(inputFills).toContain("N5:N23");
    expect(plan.styles.filter((s) => s.range === "D5:D23").map((s) => s.fill)).toEqual(["#FFFFFF"]);
  });

  it("makes target revenue deals × order value, no longer an input", () => {
    expect(formulaAt(plan, "Q15")).toBe("=Budget_TargetDeals*Budget_AOV");
    const inputFills = plan.styles.filter((s) => s.fill === "#FFF2CC").map((s) => s.range);
    expect(inputFills).toContain("Q16:Q18");
    expect(inputFills).not.toContain("Q15:Q18");
    expect(inputFills).toEqual(expect.arrayContaining(["Q27", "Q28", "P31:P36", "Q32:Q36"]));
  });

  it("validates the rates as above 0% up to 100%, and the target and order value as 0 or more", () => {
    const rule = (range: string) => plan.validations.find((v) => v.range === range);
    expect(rule("Q32:Q36")).toMatchObject({ kind: "decimal", min: 0.000001, max: 1 });
    expect(rule("Q27")).toMatchObject({ kind: "decimal", min: 0 });
    expect(rule("Q28")).toMatchObject({ kind: "decimal", min: 0 });
    for (const v of plan.validations) {
      expect(v.title.length, v.range).toBeLessThanOrEqual(32);
      expect(v.message.length, v.range).toBeLessThanOrEqual(255);
    }
  });

  it("flags a quantity whose Driver names no stage", () => {
    expect(plan.conditionalFormats.find((c) => c.range === "D5:D23")).toMatchObject({ formula: "=ISERROR(D5)" });
  });

  it("uses only portable native functions: no dynamic arrays, LET, LAMBDA or XLOOKUP", () => {
    expect(functionsUsed(plan)).toEqual([
      "AND",
      "IF",
      "INDEX",
      "ISERROR",
      "ISNUMBER",
      "MATCH",
      "NOT",
      "OR",
      "ROUND",
      "ROUNDUP",
      "SUM",
      "SUMIFS",
    ]);
  });

  it("gives every name its own cell, in the names' pattern", () => {
    expect(new Set(plan.names.map((n) => a1(n.ref))).size).toBe(plan.names.length);
    for (const n of plan.names) expect(n.name).toMatch(/^Budget_[A-Za-z]+(_[A-Za-z]+|\d)?$/);
  });

  it("plans a shares chart against the ranges and a funnel chart with a clustered-bar fallback", () => {
    expect(plan.charts).toEqual([
      {
        type: "barClustered",
        title: "Category shares against recommended ranges",
        categories: "$P$5:$P$11",
        series: [
          { name: "Share", values: "$R$5:$R$11" },
          { name: "Min", values: "$S$5:$S$11" },
          { name: "Max", values: "$T$5:$T$11" },
        ],
        anchor: { from: { row: 2, col: 22 }, to: { row: 20, col: 30 } },
      },
      {
        type: "funnel",
        fallbackType: "barClustered",
        title: "Funnel: people needed at each stage",
        categories: "$P$31:$P$36",
        series: [{ name: "People needed", values: "$R$31:$R$36" }],
        anchor: { from: { row: 25, col: 22 }, to: { row: 43, col: 30 } },
      },
    ]);
    expect(zhPlan.charts!.map((c) => c.title)).toEqual(["分类占比与建议范围", "漏斗：各环节所需人数"]);
  });

  it("reads back, as the health check does, to the model's totals", () => {
    const checked = readBudgetSheet(snapshotFromPlan(plan));
    expect(checked.issues).toEqual([]);
    expect(budgetTotals(checked.budget).total.toString()).toBe("1411667.1792");
    expect(checked.budget.lines.find((line) => line.item === "Store staff")!.quantity!.toString()).toBe("2223");
  });
});

describe("the scenarios sheet", () => {
  const scenarios = buildScenarioPlan(budget, plan, { lang: "en" });

  it("has the three scenarios as columns with their changes as inputs", () => {
    expect(scenarios.sheetName).toBe("Scenarios");
    expect(["B4", "C4", "D4"].map((cell) => textAt(scenarios, cell))).toEqual(["Conservative", "Base", "Optimistic"]);
    expect(scenarios.validations).toEqual([
      expect.objectContaining({ kind: "decimal", range: "B5:D6", min: -0.99, max: 9 }),
    ]);
    expect(nameAt(scenarios, "Scenario_Conservative_Participation")).toBe("B5");
    expect(nameAt(scenarios, "Scenario_Optimistic_ROI")).toBe("D34");
  });

  it("refers to the budget sheet's cells by its quoted name, and drifts only the open and booking rates", () => {
    expect(formulaAt(scenarios, "B8")).toBe("='Budget'!$Q$32");
    expect(formulaAt(scenarios, "B9")).toBe("=MIN(1,'Budget'!$Q$33*(1+B5))");
    expect(formulaAt(scenarios, "B10")).toBe("=MIN(1,'Budget'!$Q$34*(1+B6))");
    expect(formulaAt(scenarios, "B14")).toBe("='Budget'!$R$31");
    expect(formulaAt(scenarios, "B15")).toBe("=ROUNDDOWN(ROUND(B14*B8,6),0)");
    expect(formulaAt(scenarios, "B25")).toBe("=IF('Budget'!$R$35=0,'Budget'!$S$35,'Budget'!$S$35*B18/'Budget'!$R$35)");
    expect(formulaAt(scenarios, "B27")).toBe("='Budget'!$S$38");
    expect(formulaAt(scenarios, "B32")).toBe("=B31*'Budget'!$Q$28");
    expect(functionsUsed(scenarios)).toEqual(["AND", "IF", "ISNUMBER", "MIN", "OR", "ROUND", "ROUNDDOWN", "SUM"]);
  });

  it("follows a budget sheet inserted under another name", () => {
    const second = buildSheetPlan(budget, { lang: "zh", sheetName: "预算表 (2)", tableName: "BudgetLines2" });
    const zh = buildScenarioPlan(budget, second, { lang: "zh", sheetName: "情景分析 (2)" });
    expect(zh.sheetName).toBe("情景分析 (2)");
    expect(formulaAt(zh, "B14")).toBe("='预算表 (2)'!$R$31");
    expect(formulaAt(zh, "A21")).toBe(`="驱动成本："&'预算表 (2)'!$P$31`);
  });

  it("plans a column chart of each scenario's ROI", () => {
    expect(scenarios.charts).toEqual([
      {
        type: "columnClustered",
        title: "ROI on gross profit by scenario",
        categories: "$B$4:$D$4",
        series: [{ name: "ROI on gross profit", values: "$B$34:$D$34" }],
        anchor: { from: { row: 3, col: 5 }, to: { row: 21, col: 13 } },
      },
    ]);
  });
});

describe("the plans sheet", () => {
  const plans = presetPlans("campaign-funnel", "zh");
  const sheet = buildPlansComparisonPlan(plans, { lang: "zh" });

  it("puts the plans side by side under their names", () => {
    expect(sheet.sheetName).toBe("方案对比");
    expect(["C4", "D4", "E4", "F4"].map((cell) => textAt(sheet, cell))).toEqual(["保守", "标准", "激进", "优化"]);
  });

  it("keeps inputs and line amounts as values and totals them with formulas", () => {
    expect(contentAt(sheet, "C6")).toMatchObject({ kind: "number" });
    const totals = sheet.cells.filter((c) => c.content.kind === "formula").map((c) => c.content);
    expect(totals.length).toBe(4 * 13);
    expect(functionsUsed(sheet)).toEqual(["AND", "IF", "ISNUMBER", "OR", "SUM", "SUMIF"]);
  });

  it("lines up a budget without a funnel next to funnel plans, with no deals", () => {
    const mixed = takePlan(plans.slice(0, 1), presetBudget("campaign", "zh"), "zh", "原方案");
    const both = buildPlansComparisonPlan(mixed, { lang: "zh" });
    expect(textAt(both, "D4")).toBe("原方案");
    expect(contentAt(both, "D5")).toBeUndefined();
  });

  it("comes with the scenarios for a funnel budget", () => {
    const companions = buildCompanionPlans(budget, plan, presetPlans("campaign-funnel", "en"), { lang: "en" });
    expect(companions.map((p) => p.sheetName)).toEqual(["Scenarios", "Plans"]);
    expect(buildCompanionPlans(budget, plan, [], { lang: "en" }).map((p) => p.sheetName)).toEqual(["Scenarios"]);
  });
});
