import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import {
  budgetTotals,
  dec,
  planFigures,
  presetBudget,
  scenarioOutcomes,
  takePlan,
  validateFunnel,
  withTargetDeals,
  type Budget,
} from "../src/model";
import { addPlanToHyperFormula } from "../src/preview/spreadsheet/loadPlan";
import { a1, parseA1 } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { sheetHealth } from "../src/sheet/sheetHealth";
import { stageNameName } from "../src/sheet/funnelBlock";
import { defaultDriftStages } from "../src/sheet/readFunnelBlock";
import { snapshotFromPlan } from "../src/sheet/snapshotFromPlan";
import { snapshotFromHyperFormula } from "./helpers/snapshotFromHyperFormula";
import type { Lang } from "../src/i18n";

function loadFunnelSheet(lang: Lang) {
  const plan = buildSheetPlan(presetBudget("campaign-funnel", lang), { lang });
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
  const sheetId = addPlanToHyperFormula(hf, plan);
  const set = (address: string, content: string | number | null) =>
    hf.setCellContents({ sheet: sheetId, ...parseA1(address) }, content);
  const snapshot = () => snapshotFromHyperFormula(hf, sheetId, plan);
  const read = () => readBudgetSheet(snapshot());
  const address = (name: string) => a1(plan.names.find((n) => n.name === name)!.ref);
  return { plan, set, snapshot, read, address };
}

const totalOf = (budget: Budget) => budgetTotals(budget).total.toString();

describe.each(["zh", "en"] as const)("reading the campaign-funnel sheet (%s) evaluated by HyperFormula", (lang) => {
  const model = presetBudget("campaign-funnel", lang);

  it("reads the funnel block: pool, stages and rates, target and order value", () => {
    const { read } = loadFunnelSheet(lang);
    const checked = read();
    expect(checked.issues).toEqual([]);
    const funnel = checked.budget.funnel!;
    expect(funnel.poolName).toBe(model.funnel!.poolName);
    expect(funnel.stages.map((stage) => [stage.name, stage.rate.toString()])).toEqual(
      model.funnel!.stages.map((stage) => [stage.name, stage.rate.toString()]),
    );
    expect(funnel.targetDeals.toString()).toBe("2000");
    expect(funnel.averageOrderValue.toString()).toBe("350");
    expect([funnel.participationStage, funnel.conversionStage]).toEqual([
      model.funnel!.participationStage,
      model.funnel!.conversionStage,
    ]);
  });

  it("reads each line's Driver, and none for the lines no stage drives", () => {
    const checked = loadFunnelSheet(lang).read();
    expect(checked.budget.lines.map((line) => line.driver)).toEqual(model.lines.map((line) => line.driver));
    expect(checked.budget.lines.filter((line) => line.driver).length).toBeGreaterThan(5);
  });

  it("gives the model's totals, and the model's scenarios", () => {
    const checked = loadFunnelSheet(lang).read();
    expect(totalOf(checked.budget)).toBe(totalOf(model));
    expect(checked.budget.goals.revenue!.toString()).toBe("700000");
    const fromSheet = scenarioOutcomes(checked.budget).map((outcome) => [outcome.deals, outcome.total].join(" "));
    const fromModel = scenarioOutcomes(model).map((outcome) => [outcome.deals, outcome.total].join(" "));
    expect(fromSheet).toEqual(fromModel);
  });

  it("follows the target when the sheet's is changed to 2600, as the model does", () => {
    const { set, read, address } = loadFunnelSheet(lang);
    set(address("Budget_TargetDeals"), 2600);
    const checked = read();
    const aimed = withTargetDeals(model, dec(2600));
    expect(checked.budget.funnel!.targetDeals.toString()).toBe("2600");
    expect(totalOf(checked.budget)).toBe(totalOf(aimed));
    expect(totalOf(checked.budget)).not.toBe(totalOf(model));
    expect(checked.budget.goals.revenue!.toString()).toBe("910000");
    const quantities = (budget: Budget) => budget.lines.map((line) => line.quantity?.toString());
    expect(quantities(checked.budget)).toEqual(quantities(aimed));
  });

  it("makes a plan with the model's figures", () => {
    const { set, read, address } = loadFunnelSheet(lang);
    set(address("Budget_TargetDeals"), 2600);
    const [plan] = takePlan([], read().budget, lang);
    const [expected] = takePlan([], withTargetDeals(model, dec(2600)), lang);
    const [got, want] = [planFigures(plan), planFigures(expected)];
    expect(got.total.toString()).toBe(want.total.toString());
    expect(got.roi!.toString()).toBe(want.roi!.toString());
    expect(got.deals!.toString()).toBe("2600");
  });
});

describe("reading a funnel the planner has edited", () => {
  it("takes a renamed stage and its lines' Driver as the sheet shows them", () => {
    const { plan, set, read, address } = loadFunnelSheet("en");
    set(address(stageNameName(4)), "Came in");
    const driverCol = plan.table.columns.indexOf("Driver");
    plan.cells
      .filter((cell) => cell.col === driverCol && cell.content.kind === "text" && cell.content.text === "Visited")
      .forEach((cell) => set(a1(cell), "Came in"));
    const checked = read();
    expect(checked.issues).toEqual([]);
    expect(checked.budget.funnel!.stages[3].name).toBe("Came in");
    expect(checked.budget.lines.filter((line) => line.driver === "Came in")).toHaveLength(3);
    expect(totalOf(checked.budget)).toBe(totalOf(presetBudget("campaign-funnel", "en")));
  });

  it("reports a rate typed as a word at its cell, and counts it as 0", () => {
    const { set, read, address } = loadFunnelSheet("en");
    set(address("Budget_Rate2"), "twelve");
    const checked = read();
    expect(checked.issues).toContainEqual({
      cell: address("Budget_Rate2"),
      field: "Rate Opened",
      value: "twelve",
      kind: "text",
    });
    expect(checked.budget.funnel!.stages[1].rate.toString()).toBe("0");
  });

  it("flags a stage rate of 150% typed into the sheet at its cell, once", () => {
    const { set, snapshot, address } = loadFunnelSheet("en");
    set(address("Budget_Rate2"), 1.5);
    const health = sheetHealth(snapshot());
    const ranged = health.findings.filter((f) => f.rule === "out-of-range");
    expect(ranged).toMatchObject([{ cell: address("Budget_Rate2"), severity: "error" }]);
    expect(ranged[0].message.en).toBe(
      'The rate of stage "Opened" is 150%: a stage rate is the share of the stage above that gets this far, above 0% and at most 100%.',
    );
  });

  it("reports a rate typed as a word once, not again as a 0% rate", () => {
    const { plan, address } = loadFunnelSheet("en");
    const snapshot = snapshotFromPlan(plan);
    snapshot.names.Budget_Rate2.value = "twelve";
    const findings = sheetHealth(snapshot).findings.filter((f) => f.cell === address("Budget_Rate2"));
    expect(findings.map((f) => f.rule)).toEqual(["cell-value"]);
  });

  it("reads a rate cell by the one rate rule: text 12% and 0.12 are 12%; 12 is refused with advice", () => {
    const { set, read, address } = loadFunnelSheet("en");
    for (const text of ["'12%", "'0.12", "' 12 %"]) {
      set(address("Budget_Rate2"), text);
      const checked = read();
      expect(checked.issues, text).toEqual([]);
      expect(checked.budget.funnel!.stages[1].rate.toString(), text).toBe("0.12");
    }
    set(address("Budget_Rate2"), 12);
    expect(() => validateFunnel(read().budget.funnel!)).toThrow(
      "Rate 2 is 12: a rate is a fraction of 1, so write 12% or 0.12",
    );
    set(address("Budget_Rate2"), 1.2);
    expect(() => validateFunnel(read().budget.funnel!)).toThrow("Rate 2 is 120%: a rate cannot exceed 100%");
  });
});

describe("reading the quantities of a funnel sheet", () => {
  const model = presetBudget("campaign-funnel", "en");
  const sheet = () => {
    const loaded = loadFunnelSheet("en");
    const { table } = loaded.plan;
    const cell = (item: string, header: string) =>
      a1({
        row: table.firstDataRow + model.lines.findIndex((line) => line.item === item),
        col: table.firstCol + table.columns.indexOf(header),
      });
    return { ...loaded, cell };
  };

  it("takes a typed line's quantity from Own quantity and a driven line's from Quantity, each at its cell", () => {
    const { read, cell } = sheet();
    const checked = read();
    expect(checked.issues).toEqual([]);
    const wecom = model.lines.findIndex((line) => line.item === "WeCom outreach");
    const gifts = model.lines.findIndex((line) => line.item === "Store-visit gifts");
    expect(checked.budget.lines[wecom].quantity?.toString()).toBe("250");
    expect(checked.lineCells[wecom].quantity).toBe(cell("WeCom outreach", "Own quantity"));
    expect(checked.budget.lines[gifts].quantity?.toString()).toBe("2223");
    expect(checked.lineCells[gifts].quantity).toBe(cell("Store-visit gifts", "Quantity"));
    expect(totalOf(checked.budget)).toBe("1411667.1792");
  });

  it("follows a quantity typed over: WeCom outreach 300 hours makes its Budget 15,000", () => {
    const { read, set, cell } = sheet();
    set(cell("WeCom outreach", "Own quantity"), 300);
    const checked = read();
    const wecom = model.lines.findIndex((line) => line.item === "WeCom outreach");
    expect(checked.budget.lines[wecom].quantity?.toString()).toBe("300");
    expect(checked.budget.lines[wecom].fixedAmount).toBeUndefined();
    expect(totalOf(checked.budget)).toBe("1414367.1792");
  });

  it("reports text typed as an own quantity at that cell, under its header", () => {
    const { read, set, cell } = sheet();
    set(cell("Outbound calls", "Own quantity"), "lots");
    const issue = read().issues.find((i) => i.cell === cell("Outbound calls", "Own quantity"));
    expect(issue).toMatchObject({ field: "Own quantity", value: "lots", category: "promotion" });
  });

  it("skips a row cleared of everything typed, though its Quantity formula shows 0", () => {
    const { set, cell, snapshot } = sheet();
    for (const header of ["Category", "Item", "Basis", "Unit cost", "Times", "Owner", "Own quantity"])
      set(cell("WeCom outreach", header), null);
    const wecom = model.lines.findIndex((line) => line.item === "WeCom outreach");
    const cleared = snapshot();
    // Excel shows a reference to a blank cell as 0 (HyperFormula leaves it blank).
    cleared.table.rows[wecom][cleared.table.headers.indexOf("Quantity")] = 0;
    const checked = readBudgetSheet(cleared);
    expect(checked.issues).toEqual([]);
    expect(checked.budget.lines.map((line) => line.item)).not.toContain("WeCom outreach");
    expect(checked.budget.lines).toHaveLength(model.lines.length - 1);
  });
});

describe("a sheet without a funnel block", () => {
  it("reads no funnel and no Driver", () => {
    const checked = readBudgetSheet(snapshotFromPlan(buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" })));
    expect(checked.budget.funnel).toBeUndefined();
    expect(checked.budget.lines.every((line) => line.driver === undefined)).toBe(true);
  });
});

describe("defaultDriftStages", () => {
  it("drifts the second and third stages, or the last there is", () => {
    expect(defaultDriftStages(5)).toEqual({ participationStage: 2, conversionStage: 3 });
    expect(defaultDriftStages(2)).toEqual({ participationStage: 2, conversionStage: 2 });
    expect(defaultDriftStages(1)).toEqual({ participationStage: 1, conversionStage: 1 });
  });
});
