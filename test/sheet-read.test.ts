import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
  budgetTotals,
  dec,
  defaultRanges,
  healthCheck,
  presetBudget,
  type CheckedBudget,
  type Finding,
  type PresetId,
} from "../src/model";
import { addPlanToHyperFormula } from "../src/preview/spreadsheet/loadPlan";
import { parseA1 } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { TABLE_COLUMN_KEYS, type TableColumnKey } from "../src/sheet/labels";
import type { SheetPlan } from "../src/sheet/plan";
import { NotABudgetSheetError, isBudgetSheet, readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { healthJson, healthText } from "../src/sheet/healthReport";
import { sheetHealth } from "../src/sheet/sheetHealth";
import type { SheetSnapshot } from "../src/sheet/snapshot";
import { snapshotFromPlan } from "../src/sheet/snapshotFromPlan";
import { snapshotFromHyperFormula, type TableGeometry } from "./helpers/snapshotFromHyperFormula";
import type { Lang } from "../src/i18n";

const col = (key: TableColumnKey) => TABLE_COLUMN_KEYS.indexOf(key);
const BUDGET_FORMULA = (row: number) => `=D${row + 1}*E${row + 1}*IF(F${row + 1}="",1,F${row + 1})`;

function campaignPlan(
  lang: Lang = "en",
  preset: PresetId = "campaign",
  options: { sheetName?: string; tableName?: string } = {},
): SheetPlan {
  return buildSheetPlan(presetBudget(preset, lang), { lang, ...options });
}

/** A plan loaded in HyperFormula, to be edited as a user would and read back. */
function loadSheet(plan: SheetPlan) {
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheetId = addPlanToHyperFormula(hf, plan);
  const set = (address: string, content: string | number | null) =>
    hf.setCellContents({ sheet: sheetId, ...parseA1(address) }, content);
  const snapshot = (geometry: Partial<TableGeometry> = {}) => snapshotFromHyperFormula(hf, sheetId, plan, geometry);
  const named = (name: string) => snapshot().names[name];
  return { hf, sheetId, set, snapshot, named };
}

const shareAmounts = (findings: Finding[]) =>
  Object.fromEntries(findings.filter((f) => f.rule === "share").map((f) => [f.category, f.amount!.toString()]));
const total = (checked: CheckedBudget) => budgetTotals(checked.budget).total.toString();
const itemsOf = (checked: CheckedBudget) => checked.budget.lines.map((line) => line.item);

describe.each(["en", "zh"] as const)("reading the campaign sheet (%s) evaluated by HyperFormula", (lang) => {
  const plan = campaignPlan(lang);
  const checked = readBudgetSheet(loadSheet(plan).snapshot());
  const findings = healthCheck(checked);

  it("reads the 19 lines, the ranges, the rate and the goals", () => {
    expect(checked.budget.lines).toHaveLength(19);
    expect(checked.budget.lines[0]).toMatchObject({
      category: "benefit",
      item: presetBudget("campaign", lang).lines[0].item,
    });
    expect(checked.budget.lines[0].quantity!.toString()).toBe("2000");
    expect(checked.budget.lines[3].unitCost!.toString()).toBe("0.1");
    expect(checked.budget.lines.every((line) => line.fixedAmount === undefined)).toBe(true);
    expect(checked.typedBudget.every((typed) => !typed)).toBe(true);
    expect(checked.issues).toEqual([]);
    expect(checked.budget.ranges).toEqual(defaultRanges());
    expect(checked.budget.contingencyRate.toString()).toBe("0.08");
    expect(checked.budget.goals.revenue!.toString()).toBe("700000");
    expect(checked.budget.goals.grossMargin!.toString()).toBe("0.4");
    expect(checked.budget.goals.cap!.toString()).toBe("1300000");
    expect(total(checked)).toBe("1294596");
  });

  it("points at the sheet's cells", () => {
    expect(checked.lineCells[0]).toEqual({
      item: "B5",
      quantity: "D5",
      unitCost: "E5",
      times: "F5",
      budget: "G5",
      actual: "I5",
    });
    expect(checked.lineCells[18].budget).toBe("G23");
    expect(checked.cells).toEqual({
      subtotal: {
        benefit: "O5",
        promotion: "O6",
        system: "O7",
        labor: "O8",
        fulfillment: "O9",
        admin: "O10",
        contingency: "O11",
      },
      ranges: {
        benefit: { min: "Q5", max: "R5" },
        promotion: { min: "Q6", max: "R6" },
        system: { min: "Q7", max: "R7" },
        labor: { min: "Q8", max: "R8" },
        fulfillment: { min: "Q9", max: "R9" },
        admin: { min: "Q10", max: "R10" },
        contingency: { min: "Q11", max: "R11" },
      },
      total: "O12",
      revenue: "O15",
      grossMargin: "O16",
      cap: "O17",
      contingencyRate: "O18",
      roi: "O20",
    });
  });

  it("finds the six share findings of the worked example, and the loss-making ROI", () => {
    expect(shareAmounts(findings)).toEqual({
      benefit: "53076",
      promotion: "158222",
      system: "49398",
      labor: "44643",
      fulfillment: "75389",
      admin: "3967",
    });
    expect(findings.filter((f) => f.rule === "share").map((f) => f.cell)).toEqual([
      "O5",
      "O6",
      "O7",
      "O8",
      "O9",
      "O10",
    ]);
    expect(findings.map((f) => f.rule)).toEqual(["roi-below-one", ...Array(6).fill("share")]);
    expect(findings[0]).toMatchObject({ severity: "error", cell: "O20" });
    expect(findings[0].amount!.toString()).toBe("3236490");
  });
});

describe("reading a sheet a user has changed", () => {
  it("follows rows inserted and deleted, skipping an empty one", () => {
    const sheet = loadSheet(campaignPlan());
    // A coupon line above "Free car wash" (row 7), an empty row above "Posters", then "Roll-up banners" deleted.
    sheet.hf.addRows(sheet.sheetId, [6, 1]);
    sheet.hf.setCellContents({ sheet: sheet.sheetId, row: 6, col: 0 }, [
      ["Benefit cost", "Coupons", "100 × 10", 100, 10, null, BUDGET_FORMULA(6)],
    ]);
    sheet.hf.addRows(sheet.sheetId, [11, 1]);
    sheet.set("G12", BUDGET_FORMULA(11));
    expect(sheet.hf.getCellValue({ sheet: sheet.sheetId, row: 14, col: 1 })).toBe("Roll-up banners");
    sheet.hf.removeRows(sheet.sheetId, [14, 1]);

    const snapshot = sheet.snapshot({ rowCount: 20 });
    const checked = readBudgetSheet(snapshot);
    expect(checked.budget.lines).toHaveLength(19);
    expect(itemsOf(checked).slice(0, 4)).toEqual(["Discount", "Store-visit gifts", "Coupons", "Free car wash"]);
    expect(itemsOf(checked)).not.toContain("Roll-up banners");
    // 1,198,700 + 1,000 − 15,000 = 1,184,700, plus 8% reserve.
    expect(total(checked)).toBe("1279476");
    expect(snapshot.names.Budget_Total.value).toBe(1279476);
    expect(checked.lineCells[3].budget).toBe("G8");
    expect(checked.cells.subtotal?.system).toBe("O8");
    expect(checked.cells.roi).toBe("O21");
    const findings = healthCheck(checked);
    expect(findings.find((f) => f.category === "promotion" && f.rule === "share")?.cell).toBe("O6");
    expect(findings.some((f) => f.rule === "lump-sum")).toBe(false);
  });

  it("reads rows sorted by budget, largest first", () => {
    const plan = campaignPlan();
    const { table } = plan;
    const inTable = (row: number, column: number) =>
      row >= table.firstDataRow && row <= table.lastDataRow && column < table.firstCol + table.columns.length;
    const budgetOf = (row: number) => {
      const cell = plan.cells.find((c) => c.row === row && c.col === col("budget"))!;
      return cell.content.kind === "formula" ? Number(cell.content.result) : 0;
    };
    const rows = Array.from({ length: table.lastDataRow - table.firstDataRow + 1 }, (_, i) => table.firstDataRow + i);
    const sorted = [...rows].sort((a, b) => budgetOf(b) - budgetOf(a));
    const newRow = new Map(sorted.map((row, i) => [row, table.firstDataRow + i]));
    // Sorting a table moves whole table rows; its [#This Row] formulas are unchanged.
    const sortedPlan: SheetPlan = {
      ...plan,
      cells: plan.cells.map((cell) => (inTable(cell.row, cell.col) ? { ...cell, row: newRow.get(cell.row)! } : cell)),
    };
    const checked = readBudgetSheet(loadSheet(sortedPlan).snapshot());
    expect(itemsOf(checked)[0]).toBe("Maintenance service delivered");
    expect(checked.lineCells[0].budget).toBe("G5");
    expect(total(checked)).toBe("1294596");
    expect(shareAmounts(healthCheck(checked))).toEqual({
      benefit: "53076",
      promotion: "158222",
      system: "49398",
      labor: "44643",
      fulfillment: "75389",
      admin: "3967",
    });
  });

  it("reads re-ordered columns by their headers", () => {
    const snapshot = snapshotFromPlan(campaignPlan());
    const order = [1, 0, 2, 4, 3, 5, 6, 7, 8, 9, 10, 11];
    const moved: SheetSnapshot = {
      ...snapshot,
      table: {
        ...snapshot.table,
        headers: order.map((i) => snapshot.table.headers[i]),
        rows: snapshot.table.rows.map((row) => order.map((i) => row[i])),
      },
    };
    expect(moved.table.headers.slice(0, 4)).toEqual(["Item", "Category", "Basis", "Unit cost"]);
    const checked = readBudgetSheet(moved);
    expect(total(checked)).toBe("1294596");
    expect(checked.lineCells[0]).toMatchObject({ item: "A5", unitCost: "D5", quantity: "E5" });
  });

  it("treats a Budget typed over the formula as a lump sum at that cell, with the typed amount", () => {
    const sheet = loadSheet(campaignPlan());
    expect(sheet.hf.getCellValue({ sheet: sheet.sheetId, row: 6, col: 1 })).toBe("Free car wash");
    sheet.set("G7", 30000);
    const checked = readBudgetSheet(sheet.snapshot());
    expect(checked.typedBudget.indexOf(true)).toBe(2);
    expect(checked.budget.lines[2].fixedAmount!.toString()).toBe("30000");
    // benefit 352,500 + 7,500 = 360,000; (1,198,700 + 7,500) × 1.08
    expect(total(checked)).toBe("1302696");
    expect(sheet.named("Budget_Total").value).toBe(1302696);
    const lumpSums = healthCheck(checked).filter((f) => f.rule === "lump-sum");
    expect(lumpSums).toHaveLength(1);
    expect(lumpSums[0]).toMatchObject({ cell: "G7", category: "benefit", severity: "warning" });
    expect(lumpSums[0].amount!.toString()).toBe("30000");
    expect(lumpSums[0].message.en).toContain('"Free car wash" is a lump sum');
  });

  it("takes an edited Budget formula's result, as the sheet's totals do", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set("G8", `${BUDGET_FORMULA(7)}*1.5`); // SMS 10,000 → 15,000
    const checked = readBudgetSheet(sheet.snapshot());
    expect(checked.budget.lines[3].fixedAmount!.toString()).toBe("15000");
    expect(checked.typedBudget[3]).toBe(false);
    expect(total(checked)).toBe(String(sheet.named("Budget_Total").value));
    expect(total(checked)).toBe("1299996"); // (1,198,700 + 5,000) × 1.08
    expect(healthCheck(checked).some((f) => f.rule === "lump-sum")).toBe(false);
  });

  it("reports text and errors in number cells at those cells and leaves out the lines whose amount is unknown", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set("D8", "lots"); // SMS quantity
    sheet.set("E16", "=1/0"); // Dashboard unit cost
    sheet.set("I5", "n/a"); // Discount actual
    const snapshot = sheet.snapshot();
    expect(snapshot.table.rows[11][col("budget")]).toEqual({ error: "#DIV/0!" });
    const checked = readBudgetSheet(snapshot);
    expect(checked.issues).toEqual([
      { cell: "I5", category: "benefit", field: "Actual", value: "n/a", kind: "text" },
      { cell: "D8", category: "promotion", field: "Quantity", value: "lots", kind: "text" },
      { cell: "E16", category: "system", field: "Unit cost", value: "#DIV/0!", kind: "error" },
    ]);
    expect(checked.budget.lines).toHaveLength(17);
    expect(itemsOf(checked)).not.toContain("SMS");
    expect(itemsOf(checked)).not.toContain("Dashboard");
    expect(checked.budget.lines[0].actual).toBeNull();

    const findings = healthCheck(checked);
    const cellValues = findings.filter((f) => f.rule === "cell-value");
    expect(cellValues.map((f) => [f.cell, f.severity])).toEqual([
      ["I5", "error"],
      ["D8", "error"],
      ["E16", "error"],
    ]);
    expect(cellValues[1].message.en).toBe(
      'D8 (Quantity) should be a number but holds the text "lots": enter a number.',
    );
    expect(cellValues[2].message.en).toContain("E16 (Unit cost) holds the error #DIV/0!");
    expect(findings.filter((f) => ["D8", "E16", "G16"].includes(f.cell ?? ""))).toHaveLength(2);
    expect(findings.some((f) => f.rule === "lump-sum")).toBe(false);
    // The lines whose Budget is an error are the ones the figures leave out, said first.
    expect(checked.excludedLines!.map((line) => [line.cell, line.item, line.value])).toEqual([
      ["G8", "SMS", "#VALUE!"],
      ["G16", "Dashboard", "#DIV/0!"],
    ]);
    expect(findings[0]).toMatchObject({ rule: "incomplete-total", severity: "error", cell: "G8" });
  });

  it("accepts numbers typed as text, which Excel calculates with", () => {
    const snapshot = snapshotFromPlan(campaignPlan());
    const gifts = snapshot.table.rows[1];
    gifts[col("quantity")] = "1,500";
    gifts[col("unitCost")] = " 20 ";
    gifts[col("actual")] = "¥31,000.50";
    snapshot.names.Budget_ContingencyRate.value = "8%";
    const checked = readBudgetSheet(snapshot);
    expect(checked.issues).toEqual([]);
    expect(checked.budget.lines[1].quantity!.toString()).toBe("1500");
    expect(checked.budget.lines[1].unitCost!.toString()).toBe("20");
    expect(checked.budget.lines[1].actual!.toString()).toBe("31000.5");
    expect(checked.budget.contingencyRate.toString()).toBe("0.08");
    expect(total(checked)).toBe("1294596");
    expect(healthCheck(checked).find((f) => f.rule === "overspend")).toMatchObject({ cell: "I6" });
  });

  it("reports a number beyond any budget as its cell, as typed, and keeps it out of every figure", () => {
    const snapshot = snapshotFromPlan(campaignPlan());
    snapshot.table.rows[0][col("quantity")] = "1e100000"; // Discount quantity, as text
    snapshot.table.rows[1][col("actual")] = " 1e40000 "; // Gifts actual
    snapshot.table.rows[2][col("unitCost")] = 2e15; // a typed number
    snapshot.names.Budget_Revenue.value = "-1E+400000";
    const health = sheetHealth(snapshot);
    expect(health.checked.issues).toEqual([
      { cell: "D5", category: "benefit", field: "Quantity", value: "1e100000", kind: "large" },
      { cell: "I6", category: "benefit", field: "Actual", value: " 1e40000 ", kind: "large" },
      { cell: "E7", category: "benefit", field: "Unit cost", value: "2000000000000000", kind: "large" },
      { cell: "O15", field: "Target revenue", value: "-1E+400000", kind: "large" },
    ]);
    expect(health.checked.budget.lines[0].quantity).toBeNull();
    expect(health.checked.budget.lines[1].actual).toBeNull();
    expect(health.checked.budget.goals.revenue).toBeNull();
    expect(health.total.toString()).toBe("1294596");
    const first = health.findings[0];
    expect([first.rule, first.severity, first.cell]).toEqual(["cell-value", "error", "D5"]);
    expect(first.message.en).toBe(
      'D5 (Quantity) holds "1e100000", not a number a budget can hold (it must be below 10^15): check for a stray exponent or extra digits.',
    );
    expect(health.findings.filter((f) => f.rule === "cell-value").map((f) => f.cell)).toEqual([
      "D5",
      "I6",
      "E7",
      "O15",
    ]);
  });

  it("reads figures just below the bound", () => {
    const snapshot = snapshotFromPlan(campaignPlan());
    snapshot.table.rows[1][col("actual")] = "999,999,999,999,999";
    const checked = readBudgetSheet(snapshot);
    expect(checked.issues).toEqual([]);
    expect(checked.budget.lines[1].actual!.toString()).toBe("999999999999999");
  });

  it("keeps a typed lump sum whose quantity is unreadable, and reports only the unreadable cell there", () => {
    const snapshot = snapshotFromPlan(campaignPlan());
    snapshot.table.rows[0][col("quantity")] = "lots";
    snapshot.table.rows[0][col("budget")] = 300000;
    snapshot.table.budgetFormulas[0] = null;
    const health = sheetHealth(snapshot);
    expect(health.checked.budget.lines).toHaveLength(19);
    expect(health.checked.budget.lines[0].quantity).toBeNull();
    expect(health.checked.budget.lines[0].fixedAmount!.toString()).toBe("300000");
    expect(health.total.toString()).toBe("1294596");
    expect(health.findings.filter((f) => f.cell === "D5" || f.cell === "G5").map((f) => [f.rule, f.cell])).toEqual([
      ["cell-value", "D5"],
      ["lump-sum", "G5"],
    ]);
  });

  it("reads a sheet whose names were deleted with the default ranges, no reserve and no goals", () => {
    const snapshot = { ...snapshotFromPlan(campaignPlan()), names: {} };
    const checked = readBudgetSheet(snapshot);
    expect(checked.budget.ranges).toEqual(defaultRanges());
    expect(checked.budget.contingencyRate.toString()).toBe("0");
    expect(checked.budget.goals).toEqual({ revenue: null, grossMargin: null, cap: null });
    expect(checked.cells).toEqual({ subtotal: {} });
    expect(total(checked)).toBe("1198700");
    expect(healthCheck(checked).find((f) => f.rule === "contingency-missing")?.cell).toBeUndefined();
  });

  it("reads ranges the planner edited: promotion's minimum at 4% ends its finding, a blank maximum is no bound", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set(sheet.named("Budget_Min_Promotion").address, 0.04);
    sheet.set(sheet.named("Budget_Max_Labor").address, null);
    const checked = readBudgetSheet(sheet.snapshot());
    expect(checked.budget.ranges.promotion.min.toString()).toBe("0.04");
    expect(checked.budget.ranges.labor.max.toString()).toBe("1");
    const shares = healthCheck(checked).filter((f) => f.rule === "share");
    expect(shares.map((f) => f.category)).toEqual(["benefit", "system", "fulfillment", "admin"]);
    expect(sheet.named("Budget_Min_Promotion").address).toBe("Q6");
  });

  it("reports an unreadable range end or rate once, at its cell", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set(sheet.named("Budget_Min_Benefit").address, "thirty");
    sheet.set(sheet.named("Budget_ContingencyRate").address, "eight");
    const health = sheetHealth(sheet.snapshot());
    expect(health.checked.issues).toEqual([
      { cell: "Q5", category: "benefit", field: "Benefit cost Min", value: "thirty", kind: "text" },
      { cell: "O18", category: "contingency", field: "Contingency rate", value: "eight", kind: "text" },
    ]);
    expect(health.findings.filter((f) => f.cell === "O18").map((f) => f.rule)).toEqual(["cell-value"]);
    expect(health.findings.some((f) => f.rule === "share" && f.category === "benefit")).toBe(false);
    expect(health.total.toString()).toBe("1198700");
  });

  it("reports a blank reserve rate as no reserve, at the rate cell", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set("O18", null);
    const findings = sheetHealth(sheet.snapshot()).findings;
    expect(findings.find((f) => f.rule === "contingency-missing")).toMatchObject({ cell: "O18", severity: "error" });
  });

  it("reads renamed headers at their standard position", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set("E4", "Unit price");
    sheet.set("E8", "lots");
    const checked = readBudgetSheet(sheet.snapshot());
    expect(checked.issues).toEqual([
      { cell: "E8", category: "promotion", field: "Unit price", value: "lots", kind: "text" },
    ]);
    expect(checked.budget.lines[0].unitCost!.toString()).toBe("150");

    const zh = loadSheet(campaignPlan("zh"));
    zh.set("E4", "单位价格");
    zh.set("A4", " 类别 ");
    const zhChecked = readBudgetSheet(zh.snapshot());
    expect(total(zhChecked)).toBe("1294596");
    expect(shareAmounts(healthCheck(zhChecked)).promotion).toBe("158222");
  });

  it("leaves out, and reports, lines of an unknown category or of the computed reserve; accepts the other language's names", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set("A5", "Marketing");
    sheet.set("A6", "Contingency reserve");
    sheet.set("A7", "权益成本");
    const checked = readBudgetSheet(sheet.snapshot());
    expect(checked.issues).toEqual([
      { cell: "A5", field: "Category", value: "Marketing", kind: "category" },
      { cell: "A6", field: "Category", value: "Contingency reserve", kind: "category" },
    ]);
    expect(checked.budget.lines).toHaveLength(17);
    expect(checked.budget.lines[0]).toMatchObject({ item: "Free car wash", category: "benefit" });
  });

  it("reads a second budget sheet with its own table and names", () => {
    const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
    const first = campaignPlan();
    const second = campaignPlan("en", "community", { sheetName: "Budget (2)", tableName: "BudgetLines2" });
    const firstId = addPlanToHyperFormula(hf, first);
    const secondId = addPlanToHyperFormula(hf, second);
    hf.setCellContents({ sheet: secondId, ...parseA1("O18") }, 0.05);
    const snapshot = snapshotFromHyperFormula(hf, secondId, second);
    expect(snapshot.sheetName).toBe("Budget (2)");
    expect(isBudgetSheet(snapshot)).toBe(true);
    const checked = readBudgetSheet(snapshot);
    const community = presetBudget("community", "en");
    community.contingencyRate = dec("0.05");
    expect(total(checked)).toBe(budgetTotals(community).total.toString());
    expect(snapshot.names.Budget_Total.value).toBe(budgetTotals(community).total.toNumber());
    expect(checked.budget.contingencyRate.toString()).toBe("0.05");
    expect(total(readBudgetSheet(snapshotFromHyperFormula(hf, firstId, first)))).toBe("1294596");
  });
});

describe("figures the sheet cannot vouch for", () => {
  it("flags a negative quantity, a 150% gross margin and a 150% range end at their cells", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set("D8", -100000); // SMS, 50,000 × 0.1 × 2 rounds: the line now takes ¥20,000 off the total
    sheet.set("O16", 1.5);
    sheet.set(sheet.named("Budget_Max_Labor").address, 1.5);
    const health = sheetHealth(sheet.snapshot());
    // (1,198,700 − 10,000 − 20,000) × 1.08: the sheet's own total, which drops with the negative line.
    expect(health.total.toString()).toBe("1262196");
    expect(sheet.named("Budget_Total").value).toBe(1262196);
    const ranged = health.findings.filter((f) => f.rule === "out-of-range");
    expect(ranged.map((f) => [f.cell, f.severity])).toEqual([
      ["D8", "error"],
      ["R8", "error"],
      ["O16", "error"],
    ]);
    expect(ranged[0].message.en).toBe('The Quantity of "SMS" is -100,000: it cannot be negative; enter 0 or more.');
    expect(ranged[2].message.zh).toBe("毛利率为 150%：不在 0% 到 100% 之间，请写成 8% 或 0.08 这样的比率。");
    expect(health.findings.slice(0, 3).map((f) => f.rule)).toEqual(Array(3).fill("out-of-range"));
  });

  it("says first that the sheet cannot total when a quantity is text, and marks the figures", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set("D5", "lots"); // Discount, ¥300,000
    const snapshot = sheet.snapshot();
    expect(snapshot.table.rows[0][col("budget")]).toEqual({ error: "#VALUE!" });
    expect(snapshot.names.Budget_Total.value).toEqual({ error: "#VALUE!" });
    const health = sheetHealth(snapshot);
    expect(health.checked.totalError).toBe("#VALUE!");
    // 898,700 × 1.08 without the discount line: not a figure the sheet shows.
    expect(health.total.toString()).toBe("970596");
    expect(health.findings[0]).toMatchObject({ rule: "incomplete-total", severity: "error", cell: "G5" });
    expect(health.findings[0].message.en).toBe(
      'The sheet cannot total: the Budget of 1 line cannot be read (G5 "Discount": #VALUE!). The total, subtotals and shares here leave out that line; fix the cells reported below.',
    );
    expect(health.findings[1]).toMatchObject({ rule: "cell-value", cell: "D5" });

    const json = healthJson(health, "en");
    expect([json.total, json.totalComplete, json.excludedLines]).toEqual(["970596", false, 1]);
    const text = healthText(health, "en");
    expect(text[0]).toBe(
      'Budget sheet "Budget" (table BudgetLines): total ¥970,596 (excluding 1 line the sheet cannot total)',
    );
    expect(text.find((line) => line.startsWith("Total"))).toMatch(/¥970,596\s+excluding 1 line$/);
    expect(healthText(health, "zh")[0]).toContain("合计 ¥970,596（不含 1 行，表格无法合计）");
  });

  it("marks the figures when the sheet's own total is an error though every line reads", () => {
    const sheet = loadSheet(campaignPlan());
    sheet.set("O18", "eight");
    const health = sheetHealth(sheet.snapshot());
    expect(health.checked.excludedLines).toEqual([]);
    expect(health.findings[0]).toMatchObject({ rule: "incomplete-total", cell: "O12" });
    expect(healthJson(health, "en")).toMatchObject({ total: "1198700", totalComplete: false, excludedLines: 0 });
  });

  it("keeps a complete total unmarked", () => {
    const health = sheetHealth(loadSheet(campaignPlan()).snapshot());
    expect(healthJson(health, "en")).toMatchObject({ total: "1294596", totalComplete: true, excludedLines: 0 });
    expect(healthText(health, "en")[0]).toBe('Budget sheet "Budget" (table BudgetLines): total ¥1,294,596');
  });

  describe.each([
    [
      "a saved file",
      () =>
        '=BudgetLines[[#This Row],[Quantity]]*BudgetLines[[#This Row],[Unit cost]]*IF(BudgetLines[[#This Row],[Times]]="",1,BudgetLines[[#This Row],[Times]])',
    ],
    ["Excel", () => '=[@Quantity]*[@[Unit cost]]*IF([@Times]="",1,[@Times])'],
    ["an engine without tables", (row: number) => BUDGET_FORMULA(row)],
  ])("a Budget formula as %s gives it, saved without recalculating", (_, formulaAt) => {
    /** The campaign as saved: SMS's quantity changed to 75,000 (× 0.1 × 2) while its Budget still shows 10,000. */
    function staleSnapshot(savedBudget: number) {
      const snapshot = snapshotFromPlan(campaignPlan());
      snapshot.table.budgetFormulas = snapshot.table.budgetFormulas.map((_, index) => formulaAt(index + 4));
      snapshot.table.rows[3][col("quantity")] = 75000;
      snapshot.table.rows[3][col("budget")] = savedBudget;
      return snapshot;
    }

    it("says the file needs recalculation, at the line, with the figures it shows", () => {
      const health = sheetHealth(staleSnapshot(10000));
      expect(health.checked.staleBudget!.map((stale, i) => (stale ? i : -1)).filter((i) => i >= 0)).toEqual([3]);
      const finding = health.findings.find((f) => f.rule === "needs-recalculation")!;
      expect(finding).toMatchObject({ severity: "error", cell: "G8", category: "promotion" });
      expect(finding.amount!.toString()).toBe("5000");
      expect(finding.message.en).toBe(
        'The file needs recalculation: the Budget of 1 line is not Quantity × Unit cost × Times (G8 "SMS": ¥10,000 shown, ¥15,000 by its inputs). The figures here are the saved ones; recalculate (F9 in Excel), save, then check again.',
      );
      expect(health.total.toString()).toBe("1294596");
      expect(health.findings.some((f) => f.rule === "lump-sum")).toBe(false);
    });

    it("takes a saved Budget within half a fen of the product as current", () => {
      expect(sheetHealth(staleSnapshot(15000.004)).findings.some((f) => f.rule === "needs-recalculation")).toBe(false);
      expect(sheetHealth(staleSnapshot(14999.995)).findings.some((f) => f.rule === "needs-recalculation")).toBe(false);
      expect(sheetHealth(staleSnapshot(15000.006)).findings.some((f) => f.rule === "needs-recalculation")).toBe(true);
    });
  });

  it("keeps an edited formula and a typed lump sum apart from a stale result", () => {
    const snapshot = snapshotFromPlan(campaignPlan());
    snapshot.table.budgetFormulas[3] = `${BUDGET_FORMULA(7)}*1.5`;
    snapshot.table.rows[3][col("budget")] = 15000;
    snapshot.table.budgetFormulas[2] = null;
    snapshot.table.rows[2][col("budget")] = 30000;
    const findings = sheetHealth(snapshot).findings;
    expect(findings.some((f) => f.rule === "needs-recalculation")).toBe(false);
    expect(findings.filter((f) => f.rule === "lump-sum").map((f) => f.cell)).toEqual(["G7"]);
  });
});

describe("telling a budget sheet from another sheet", () => {
  const contacts: SheetSnapshot = {
    sheetName: "Contacts",
    table: {
      name: "Table1",
      headerRow: 0,
      firstCol: 0,
      headers: ["Name", "Phone"],
      rows: [["Li", "123"]],
      budgetFormulas: [null],
    },
    names: {},
  };

  it("says a sheet without a BudgetLines table is not a budget sheet", () => {
    expect(isBudgetSheet(contacts)).toBe(false);
    expect(() => readBudgetSheet(contacts)).toThrow(NotABudgetSheetError);
    expect(() => readBudgetSheet(contacts)).toThrow('Sheet "Contacts" holds no budget lines table (BudgetLines).');
  });

  it("says a BudgetLines table without Category and Budget columns is not a budget table", () => {
    const renamed = { ...contacts, table: { ...contacts.table, name: "BudgetLines" } };
    expect(isBudgetSheet(renamed)).toBe(false);
    expect(() => readBudgetSheet(renamed)).toThrow("has no Category and Budget columns");
  });

  it("reads a budget table with every row blank as an empty budget", () => {
    const snapshot = snapshotFromPlan(campaignPlan());
    snapshot.table.rows = snapshot.table.rows.map((row) => row.map((_, i) => (i === col("budget") ? 0 : null)));
    const checked = readBudgetSheet(snapshot);
    expect(checked.budget.lines).toEqual([]);
    expect(checked.issues).toEqual([]);
    expect(total(checked)).toBe("0");
  });
});
