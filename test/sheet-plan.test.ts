import { describe, expect, it } from "vitest";
import { emptyBudget, presetBudget } from "../src/model";
import { a1, columnLetter, parseA1 } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { resolveStructuredReferences } from "../src/sheet/structuredReferences";

const plan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
const textAt = (p: typeof plan, address: string) => {
  const ref = parseA1(address);
  const cell = p.cells.find((c) => c.row === ref.row && c.col === ref.col);
  return cell?.content.kind === "text" ? cell.content.text : undefined;
};

describe("the budget sheet plan", () => {
  it("has the table headers of the sheet contract, in English and Chinese", () => {
    expect(plan.table.columns.slice(0, 11)).toEqual([
      "Category",
      "Item",
      "Basis",
      "Quantity",
      "Unit cost",
      "Times",
      "Budget",
      "Share",
      "Actual",
      "Variance",
      "Owner",
    ]);
    const zh = buildSheetPlan(presetBudget("campaign", "zh"), { lang: "zh" });
    expect(zh.table.columns.slice(0, 11)).toEqual([
      "类别",
      "明细项",
      "计算依据",
      "数量",
      "单价",
      "次数",
      "预算",
      "占比",
      "实际",
      "差异",
      "责任人",
    ]);
    expect(zh.sheetName).toBe("预算表");
    expect(plan.sheetName).toBe("Budget");
    expect(plan.table.name).toBe("BudgetLines");
  });

  it("puts one table row per line, headers in the header row", () => {
    expect(plan.table.lastDataRow - plan.table.firstDataRow + 1).toBe(19);
    plan.table.columns.forEach((header, i) =>
      expect(textAt(plan, a1({ row: plan.table.headerRow, col: i }))).toBe(header),
    );
    expect(textAt(plan, "B5")).toBe("Discount");
  });

  it("defines every sheet-scoped name of the contract on a distinct cell", () => {
    const names = plan.names.map((n) => n.name);
    const suffixes = ["Benefit", "Promotion", "System", "Labor", "Fulfillment", "Admin", "Contingency"];
    for (const required of [
      "Budget_Total",
      ...suffixes.flatMap((s) => [`Budget_Subtotal_${s}`, `Budget_Share_${s}`]),
      "Budget_ContingencyRate",
      "Budget_Revenue",
      "Budget_GrossMargin",
      "Budget_Cap",
      "Budget_ROI",
      "Budget_Breakeven",
    ]) {
      expect(names).toContain(required);
    }
    expect(new Set(plan.names.map((n) => a1(n.ref))).size).toBe(plan.names.length);
    for (const n of plan.names) expect(n.name).toMatch(/^Budget_[A-Za-z]+(_[A-Za-z]+)?$/);
  });

  it("computes each line's budget as Quantity × Unit cost × Times with a blank Times meaning once", () => {
    const budgetCell = plan.cells.find((c) => c.row === plan.table.firstDataRow && c.col === 6)!;
    expect(budgetCell.content).toMatchObject({
      kind: "formula",
      formula:
        '=BudgetLines[[#This Row],[Quantity]]*BudgetLines[[#This Row],[Unit cost]]*IF(BudgetLines[[#This Row],[Times]]="",1,BudgetLines[[#This Row],[Times]])',
    });
    expect(budgetCell.numberFormat).toBe('"¥"#,##0.00');
  });

  it("uses only native worksheet functions, no custom ones", () => {
    const used = new Set<string>();
    for (const c of plan.cells) {
      if (c.content.kind !== "formula") continue;
      for (const m of c.content.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
    }
    expect([...used].sort()).toEqual(
      ["AND", "IF", "ISNUMBER", "NOT", "OR", "SUM", "SUMIFS"].filter((f) => used.has(f)),
    );
    expect([...used].some((f) => f.startsWith("BUDGET"))).toBe(false);
  });

  it("validates every rate cell as 0–100% and lists the categories", () => {
    const decimals = plan.validations.filter((v) => v.kind === "decimal");
    expect(decimals.map((v) => v.range)).toEqual(["Q5:Q11", "R5:R11", "O16", "O18"]);
    for (const v of decimals) expect([v.min, v.max]).toEqual([0, 1]);
    const margin = plan.names.find((n) => n.name === "Budget_GrossMargin")!;
    const rate = plan.names.find((n) => n.name === "Budget_ContingencyRate")!;
    expect([a1(margin.ref), a1(rate.ref)]).toEqual(["O16", "O18"]);
    const list = plan.validations.find((v) => v.kind === "list");
    expect(list).toMatchObject({
      range: "A5:A23",
      values: [
        "Benefit cost",
        "Promotion cost",
        "System development",
        "Labor cost",
        "Fulfillment cost",
        "Administrative cost",
      ],
    });
  });

  it("marks status with three conditional formats, freezes the header and sets a print area over both blocks", () => {
    expect(plan.conditionalFormats.filter((c) => c.range === "S5:S11")).toHaveLength(3);
    expect(plan.freezeRows).toBe(4);
    expect(plan.printArea).toBe("A1:S23");
    expect(columnLetter(plan.layout.summaryFirstCol)).toBe("N");
  });

  it("takes the sheet and table names it is given, and every formula uses that table", () => {
    const second = buildSheetPlan(presetBudget("campaign", "zh"), {
      lang: "zh",
      sheetName: "预算表 (2)",
      tableName: "BudgetLines2",
    });
    expect(second.sheetName).toBe("预算表 (2)");
    const formulas = second.cells.flatMap((c) => (c.content.kind === "formula" ? [c.content.formula] : []));
    expect(formulas.filter((f) => f.includes("BudgetLines2[")).length).toBeGreaterThan(50);
    expect(formulas.some((f) => /BudgetLines\[/.test(f))).toBe(false);
  });

  it("keeps one empty table row for a budget without lines", () => {
    const empty = buildSheetPlan(emptyBudget("Empty"), { lang: "en" });
    expect(empty.table.firstDataRow).toBe(empty.table.lastDataRow);
    expect(empty.names.find((n) => n.name === "Budget_Total")).toBeDefined();
  });
});

describe("structured references for engines without tables", () => {
  it("rewrites this-row and whole-column references to A1", () => {
    expect(resolveStructuredReferences("=BudgetLines[[#This Row],[Unit cost]]*2", [plan.table], 6)).toBe("=E7*2");
    expect(resolveStructuredReferences("=SUMIFS(BudgetLines[Budget],BudgetLines[Category],N5)", [plan.table], 4)).toBe(
      "=SUMIFS($G$5:$G$23,$A$5:$A$23,N5)",
    );
    expect(resolveStructuredReferences("=Other[Budget]", [plan.table], 4)).toBe("=Other[Budget]");
    expect(() => resolveStructuredReferences("=BudgetLines[Nope]", [plan.table], 4)).toThrow(/no column "Nope"/);
  });
});
