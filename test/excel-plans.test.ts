import { afterEach, describe, expect, it, vi } from "vitest";
import { excelPlans } from "../src/excel/planSnapshots";
import { dec, planFigures, presetBudget, presetPlans, takePlan, withTargetDeals, type BudgetPlan } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { buildPlansComparisonPlan } from "../src/sheet/buildPlansComparisonPlan";
import {
  createExcelMock,
  installExcelMock,
  officeError,
  readableBudgetSheet,
  type ExcelMockOptions,
  type FakeWorksheet,
  type ReadableSheet,
} from "./helpers/excelMock";
import { planStoreLabels } from "../src/i18n";
import { WorkbookError } from "../src/workbook/workbookError";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { createExcelStandIn } from "./helpers/excelStandIn";
import { planStoreRows, readPlanStore } from "../src/workbook/planStore";
import { PLAN_STORE_COLUMNS } from "../src/workbook/planStoreColumns";

const BUDGET = "预算表";
const PLANS = "方案对比";

/** The campaign-funnel budget sheet as inserted, aimed at `targetDeals`. */
function budgetSheet(targetDeals = 2000): ReadableSheet {
  const budget = withTargetDeals(presetBudget("campaign-funnel", "zh"), dec(targetDeals));
  return readableBudgetSheet(buildSheetPlan(budget, { lang: "zh", sheetName: BUDGET }));
}

/** A plans sheet keeping `plans` of the budget table BudgetLines, as the add-in writes it. */
function plansSheet(plans: readonly BudgetPlan[], name = PLANS, tableName = "BudgetPlans"): ReadableSheet {
  const rows = planStoreRows("BudgetLines", plans, "zh").map((row) =>
    row.map((cell) => (cell === null ? "" : typeof cell === "string" ? cell : cell.toNumber())),
  );
  const labels = planStoreLabels("zh");
  return {
    name,
    tables: [{ name: tableName, headers: PLAN_STORE_COLUMNS.map((column) => labels.headers[column]), rows }],
    names: [],
    usedRange: null,
  };
}

function setUp(readable: ReadableSheet[], options: Partial<ExcelMockOptions> & { others?: string[] } = {}) {
  const mock = createExcelMock({
    workbook: {
      sheets: [...readable.map((sheet) => sheet.name), ...(options.others ?? ["Sheet1"])],
      tables: [],
      names: [],
      readable,
      activeSheet: BUDGET,
      ...options.workbook,
    },
    ...options,
  });
  installExcelMock(mock);
  const sync = vi.spyOn(mock.context, "sync");
  return { mock, sync };
}

const presets = presetPlans("campaign-funnel", "zh");

/** The plans the table last written on a sheet reads back as. */
function storedOn(sheet: FakeWorksheet): BudgetPlan[] {
  const table = sheet.addedTables[sheet.addedTables.length - 1];
  const body = table.address.replace(/^A(\d+)/, (_, row: string) => `A${Number(row) + 1}`);
  const rows = sheet
    .rangesAt(body)
    .filter((range) => range.formulas !== undefined)
    .at(-1)!
    .formulas!.map((row) =>
      row.map((value) => (value === "" ? null : typeof value === "string" ? value.replace(/^'/, "") : value)),
    ) as (string | number | null)[][];
  return readPlanStore(rows).plans;
}

async function planError(promise: Promise<unknown>): Promise<WorkbookError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

/** Nothing is written to the live budget sheet: no call was made on it. */
function expectBudgetSheetUntouched(log: string[]): void {
  expect(log.filter((entry) => entry.startsWith(`${BUDGET}: `))).toEqual([]);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("takePlanSnapshot on a budget without plans", () => {
  it("reads once, writes once, and creates the plans sheet with the budget as it now is", async () => {
    const { mock, sync } = setUp([budgetSheet(2600)]);
    const result = await excelPlans.take(BUDGET);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(mock.log[mock.log.length - 1]).toBe("sync");
    expect(result.sheetName).toBe(PLANS);
    expect(result.plans.map((plan) => [plan.id, plan.name])).toEqual([["plan-1", "保守"]]);
    expect(result.plans[0].budget.funnel!.targetDeals.toString()).toBe("2600");
    expect(mock.addedSheets.map((sheet) => sheet.name)).toEqual([PLANS]);
    expectBudgetSheetUntouched(mock.log);
  });

  it("writes the plans compared and the table that keeps them, with the model's figures", async () => {
    const { mock } = setUp([budgetSheet(2600)]);
    await excelPlans.take(BUDGET, "目标 2600");
    const [sheet] = mock.addedSheets;
    expect(sheet.addedTables).toHaveLength(1);
    expect(sheet.addedTables[0]).toMatchObject({ name: "BudgetPlans", hasHeaders: true });
    const [stored] = storedOn(sheet);
    expect(stored.name).toBe("目标 2600");
    const expected = planFigures({
      id: "x",
      name: "x",
      budget: withTargetDeals(presetBudget("campaign-funnel", "zh"), dec(2600)),
    });
    expect(planFigures(stored).total.toString()).toBe(expected.total.toString());
    expect(planFigures(stored).roi!.toString()).toBe(expected.roi!.toString());
    // The comparison grid names the plan in its header row.
    const grid = sheet.ranges.find(
      (range) => range.formulas !== undefined && range.address.startsWith("A1:"),
    )!.formulas!;
    expect(grid[3]).toContain("目标 2600");
  });

  it('creates it under a free name when a sheet is already called "方案对比"', async () => {
    const { mock } = setUp([budgetSheet()], { others: [PLANS] });
    const result = await excelPlans.take(BUDGET);
    expect(result.sheetName).toBe("方案对比 (2)");
    expect(mock.addedSheets.map((sheet) => sheet.name)).toEqual(["方案对比 (2)"]);
    expect(mock.deletedSheets.size).toBe(0);
  });

  it("refuses a budget sheet with cells it cannot read, naming them, and writes nothing", async () => {
    const sheet = budgetSheet();
    // E5, the first line's unit cost, typed as a word.
    sheet.usedRange!.values[4][4] = "abc";
    sheet.usedRange!.valueTypes[4][4] = "String";
    sheet.tables[0].rows[0][4] = "abc";
    const { mock, sync } = setUp([sheet]);
    const error = await planError(excelPlans.take(BUDGET));
    expect(error.message).toBe(
      'Sheet "预算表" has cells that cannot be read: E5 (abc). Correct them, then save the plan.',
    );
    expect(error.text.zh).toBe("工作表“预算表”中有无法读取的单元格：E5（abc）。请更正后再保存方案。");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(mock.addedSheets).toEqual([]);
  });
});

describe("takePlanSnapshot next to kept plans", () => {
  it("adds the plan to those kept and rewrites the plans sheet in place", async () => {
    const { mock, sync } = setUp([budgetSheet(2200), plansSheet(presets.slice(0, 2))]);
    const result = await excelPlans.take(BUDGET);
    // The names, then the plans' table by its name, then the write.
    expect(sync).toHaveBeenCalledTimes(3);
    expect(result).toMatchObject({ sheetName: PLANS });
    expect(result.plans.map((plan) => plan.name)).toEqual(["保守", "标准", "激进"]);
    expect(result.plans[2].budget.funnel!.targetDeals.toString()).toBe("2200");

    // The same sheet: no sheet added, deleted, renamed or moved; its table and columns A:M cleared first.
    expect(mock.addedSheets).toEqual([]);
    expect(mock.deletedSheets.size).toBe(0);
    const write = mock.log.slice(mock.log.indexOf(`${PLANS}: tables.getItem BudgetPlans delete`));
    expect(write.slice(0, 3)).toEqual([
      `${PLANS}: tables.getItem BudgetPlans delete`,
      `${PLANS}: conditionalFormats.clearAll A:M`,
      `${PLANS}: clear A:M All`,
    ]);
    expect(write.filter((entry) => / (delete|rename|position)\b/.test(entry)).slice(1)).toEqual([]);
    const sheet = mock.sheet(PLANS);
    expect(storedOn(sheet).map((plan) => plan.name)).toEqual(["保守", "标准", "激进"]);
    expect(sheet.addedTables.map((table) => table.name)).toEqual(["BudgetPlans"]);
    expectBudgetSheetUntouched(mock.log);
  });

  it("keeps the kept plans' figures through the rewrite", async () => {
    const { mock } = setUp([budgetSheet(), plansSheet(presets.slice(0, 3))]);
    await excelPlans.take(BUDGET, "再来一个");
    const stored = storedOn(mock.sheet(PLANS));
    stored.slice(0, 3).forEach((plan, index) => {
      expect(planFigures(plan).total.toString()).toBe(planFigures(presets[index]).total.toString());
      expect(planFigures(plan).roi?.toString()).toBe(planFigures(presets[index]).roi?.toString());
    });
  });

  it("refuses a sixth plan with a message, after the read and without writing", async () => {
    const five = takePlan(presets, presetBudget("campaign-funnel", "zh"), "zh", "第五个");
    const { mock, sync } = setUp([budgetSheet(), plansSheet(five)]);
    const error = await planError(excelPlans.take(BUDGET, "第六个"));
    expect(error.message).toBe("There are already 5 plans: delete one before taking another");
    expect(error.text.zh).toBe("已有 5 个方案：请先删除一个再保存新方案");
    expect(sync).toHaveBeenCalledTimes(2);
    expect(mock.addedSheets).toEqual([]);
    expect(mock.deletedSheets.size).toBe(0);
  });

  it("saves a plan next to the funnel preset's four", async () => {
    const { mock } = setUp([budgetSheet(2600), plansSheet(presets)]);
    const result = await excelPlans.take(BUDGET, "第五个");
    expect(result.plans.map((plan) => plan.name)).toEqual(["保守", "标准", "激进", "优化", "第五个"]);
    expect(storedOn(mock.sheet(PLANS)).at(-1)!.budget.funnel!.targetDeals.toString()).toBe("2600");
  });

  it("refuses a name another plan has", async () => {
    setUp([budgetSheet(), plansSheet(presets.slice(0, 2))]);
    const error = await planError(excelPlans.take(BUDGET, " 标准 "));
    expect(error.text).toEqual({ en: 'There is already a plan named "标准"', zh: "已有名为“标准”的方案" });
  });

  it("finds the plans by the budget table they name, on a renamed plans sheet", async () => {
    const { mock } = setUp([budgetSheet(), plansSheet(presets.slice(0, 1), "Q3 对比")], { others: [PLANS] });
    const result = await excelPlans.take(BUDGET);
    expect(result.sheetName).toBe("Q3 对比");
    expect(result.plans.map((plan) => plan.name)).toEqual(["保守", "标准"]);
    expect(mock.log).toContain("Q3 对比: clear A:M All");
    expect(storedOn(mock.sheet("Q3 对比")).map((plan) => plan.name)).toEqual(["保守", "标准"]);
  });

  it("leaves another budget's plans alone", async () => {
    const other = plansSheet(presets.slice(0, 2), "方案对比 (2)", "BudgetPlans7");
    other.tables[0].rows[0][PLAN_STORE_COLUMNS.indexOf("name")] = "BudgetLines2";
    const { mock } = setUp([budgetSheet(), other]);
    const result = await excelPlans.take(BUDGET);
    expect(result.plans.map((plan) => plan.name)).toEqual(["保守"]);
    expect(result.sheetName).toBe(PLANS);
    expect(mock.deletedSheets.size).toBe(0);
  });
});

describe("renamePlanSnapshot", () => {
  it("renames in a read (names, then the plans' table) and one write, the budget sheet untouched", async () => {
    const { mock, sync } = setUp([budgetSheet(), plansSheet(presets.slice(0, 3))]);
    const result = await excelPlans.rename(BUDGET, "标准", "基准方案");
    expect(sync).toHaveBeenCalledTimes(3);
    expect(result.plans.map((plan) => plan.name)).toEqual(["保守", "基准方案", "激进"]);
    expect(storedOn(mock.sheet(PLANS)).map((plan) => plan.name)).toEqual(["保守", "基准方案", "激进"]);
    expectBudgetSheetUntouched(mock.log);
  });

  it("keeps a note the planner typed beside the add-in's columns: every write stays within A:M", async () => {
    const { mock } = setUp([budgetSheet(), plansSheet(presets.slice(0, 3))]);
    await excelPlans.rename(BUDGET, "标准", "基准方案");
    const sheet = mock.sheet(PLANS);
    expect(sheet.deleted).toBe(false);
    expect(mock.addedSheets).toEqual([]);
    const columns = (address: string) =>
      address
        .split(":")
        .map((part) => /^([A-Z]+)/.exec(part)![1])
        .map((letters) => [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0));
    const touched = sheet.ranges.map((range) => range.address);
    expect(touched.length).toBeGreaterThan(10);
    // A note in N1 (column 14) or anywhere right of M is never cleared, written or formatted.
    expect(touched.filter((address) => columns(address).some((col) => col > 13))).toEqual([]);
  });

  it("refuses a name another plan has, whatever its case or width", async () => {
    const { mock, sync } = setUp([budgetSheet(), plansSheet(presets.slice(0, 3))]);
    const error = await planError(excelPlans.rename(BUDGET, "标准", "激进"));
    expect(error.text.zh).toBe("已有名为“激进”的方案");
    expect(sync).toHaveBeenCalledTimes(2);
    expect(mock.addedSheets).toEqual([]);
  });

  it("says so when no plan has that name", async () => {
    setUp([budgetSheet(), plansSheet(presets.slice(0, 1))]);
    const error = await planError(excelPlans.rename(BUDGET, "标准", "新名"));
    expect(error.text).toEqual({ en: 'There is no plan named "标准".', zh: "没有名为“标准”的方案。" });
  });
});

describe("deletePlanSnapshot", () => {
  it("deletes in a read (names, then the plans' table) and one write", async () => {
    const { mock, sync } = setUp([budgetSheet(), plansSheet(presets)]);
    const result = await excelPlans.delete(BUDGET, "激进");
    expect(sync).toHaveBeenCalledTimes(3);
    expect(result.plans.map((plan) => [plan.id, plan.name])).toEqual([
      ["plan-1", "保守"],
      ["plan-2", "标准"],
      ["plan-3", "优化"],
    ]);
    expect(storedOn(mock.sheet(PLANS)).map((plan) => plan.name)).toEqual(["保守", "标准", "优化"]);
    expectBudgetSheetUntouched(mock.log);
  });

  it("takes the plans sheet away with the last plan", async () => {
    const { mock } = setUp([budgetSheet(), plansSheet(presets.slice(0, 1))]);
    const result = await excelPlans.delete(BUDGET, "保守");
    expect(result).toEqual({ sheetName: null, plans: [] });
    expect(mock.addedSheets).toEqual([]);
    expect(mock.log.slice(-2)).toEqual([`${PLANS}: delete`, "sync"]);
  });
});

describe("when Excel cannot change the plans", () => {
  it("writes the old plans back in place when the write fails", async () => {
    const { mock, sync } = setUp([budgetSheet(), plansSheet(presets.slice(0, 2))], {
      failingSyncs: { 3: officeError("GeneralException", "An internal error has occurred.") },
    });
    const error = await planError(excelPlans.take(BUDGET));
    expect(error.message).toBe(
      "Excel could not write the plans sheet: An internal error has occurred. Nothing was changed.",
    );
    expect(error.text.zh).toContain("未做任何更改");
    // The write, then: is the table still there, then the old plans written back.
    expect(sync).toHaveBeenCalledTimes(5);
    const sheet = mock.sheet(PLANS);
    expect(storedOn(sheet).map((plan) => plan.name)).toEqual(["保守", "标准"]);
    expect(mock.addedSheets).toEqual([]);
    expect(mock.deletedSheets.size).toBe(0);
  });

  it("says which sheet to check when the old plans cannot be written back either", async () => {
    setUp([budgetSheet(), plansSheet(presets.slice(0, 2))], {
      failingSyncs: {
        3: officeError("GeneralException", "An internal error has occurred."),
        5: officeError("GeneralException", "An internal error has occurred."),
      },
    });
    const error = await planError(excelPlans.take(BUDGET));
    expect(error.message).toBe(
      'Excel could not finish writing the plans sheet: An internal error has occurred. Check sheet "方案对比": it may be partly written.',
    );
  });

  it("removes a plans sheet it added when the write fails", async () => {
    const { mock } = setUp([budgetSheet()], {
      failingSyncs: { 2: officeError("GeneralException", "An internal error has occurred.") },
    });
    const error = await planError(excelPlans.take(BUDGET));
    expect(error.message).toContain("Nothing was changed.");
    expect(mock.addedSheets[0].deleted).toBe(true);
  });

  it("stops after the read when the workbook's structure is protected", async () => {
    const { sync } = setUp([budgetSheet()], {
      workbook: { sheets: [BUDGET], tables: [], names: [], readable: [budgetSheet()], structureProtected: true },
    });
    const error = await planError(excelPlans.take(BUDGET));
    expect(error.text.en).toContain("structure is protected");
    expect(error.text.zh).toContain("工作簿结构受保护");
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("says the budget sheet is gone when it was deleted or renamed", async () => {
    setUp([budgetSheet()]);
    const error = await planError(excelPlans.take("Q3"));
    expect(error.text.en).toBe('The sheet "Q3" is no longer in the workbook: it was deleted or renamed.');
  });

  it("says what Excel needs where this Excel is too old, without a call", async () => {
    const { sync } = setUp([budgetSheet()], { excelApi: "1.8" });
    const error = await planError(excelPlans.take(BUDGET));
    expect(error.text.en).toContain("ExcelApi 1.9");
    expect(sync).not.toHaveBeenCalled();
  });
});

describe("readPlanSnapshots", () => {
  it("reads the kept plans in two syncs: the names, then the plans' table by its name", async () => {
    const { mock, sync } = setUp([budgetSheet(), plansSheet(presets.slice(0, 2))]);
    const result = await excelPlans.read(BUDGET);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(result.sheetName).toBe(PLANS);
    expect(result.plans.map((plan) => plan.name)).toEqual(["保守", "标准"]);
    expect(mock.log.filter((entry) => entry !== "sync" && !entry.startsWith("worksheets.getItem "))).toEqual([]);
  });

  it("finds none for a budget without plans, in one sync", async () => {
    const { sync } = setUp([budgetSheet()]);
    expect(await excelPlans.read(BUDGET)).toEqual({ sheetName: null, plans: [] });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});

describe("the table that keeps the plans", () => {
  const values = (rows: ReturnType<typeof planStoreRows>) =>
    rows.map((row) => row.map((cell) => (cell === null ? null : typeof cell === "string" ? cell : cell.toNumber())));
  const facts = (plan: BudgetPlan) => ({
    name: plan.name,
    title: plan.budget.title,
    rate: plan.budget.contingencyRate.toString(),
    goals: Object.values(plan.budget.goals).map((goal) => goal?.toString() ?? null),
    funnel: plan.budget.funnel && {
      ...plan.budget.funnel,
      targetDeals: plan.budget.funnel.targetDeals.toString(),
      averageOrderValue: plan.budget.funnel.averageOrderValue.toString(),
      stages: plan.budget.funnel.stages.map((stage) => `${stage.name} ${stage.rate.toString()}`),
    },
    lines: plan.budget.lines.map((line) =>
      Object.fromEntries(Object.entries(line).map(([key, value]) => [key, value?.toString() ?? null])),
    ),
  });

  it.each(["zh", "en"] as const)("reads back the preset's plans as they were taken (%s)", (lang) => {
    const plans = presetPlans("campaign-funnel", lang);
    const stored = readPlanStore(values(planStoreRows("BudgetLines3", plans, lang)));
    expect(stored.budgetTable).toBe("BudgetLines3");
    expect(stored.plans.map(facts)).toEqual(plans.map(facts));
    expect(stored.plans.map((plan) => plan.id)).toEqual(["plan-1", "plan-2", "plan-3", "plan-4"]);
  });

  it("reads back a plan without a funnel, a lump sum and text Excel would evaluate", () => {
    const budget = presetBudget("campaign", "en");
    budget.lines[0] = { ...budget.lines[0], item: "=1+1", owner: "", fixedAmount: dec(1234.5) };
    const plans: BudgetPlan[] = [{ id: "plan-9", name: "2025", budget }];
    const stored = readPlanStore(values(planStoreRows("BudgetLines", plans, "en")));
    expect(stored.plans.map(facts)).toEqual(plans.map(facts));
    expect(stored.plans[0].budget.funnel).toBeUndefined();
    expect(planFigures(stored.plans[0]).total.toString()).toBe(planFigures(plans[0]).total.toString());
  });

  it("passes over rows of a field it does not know", () => {
    const rows = values(planStoreRows("BudgetLines", presets.slice(0, 1), "zh"));
    rows.splice(2, 0, [
      "保守",
      "comment",
      "kept by a later version",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(readPlanStore(rows).plans.map(facts)).toEqual(presets.slice(0, 1).map(facts));
  });
});

describe("a rename through Excel's client library", () => {
  it("rewrites the plans sheet in place within A:M, using nothing above ExcelApi 1.9", async () => {
    const excel = createExcelStandIn({
      workbook: {
        sheets: [BUDGET, PLANS],
        tables: [],
        names: [],
        readable: [budgetSheet(), plansSheet(presets.slice(0, 3))],
        activeSheet: PLANS,
      },
      excelApi: REQUIRED_EXCEL_API,
    });
    excel.install();
    const result = await excelPlans.rename(BUDGET, "标准", "基准方案");

    expect(result.plans.map((plan) => plan.name)).toEqual(["保守", "基准方案", "激进"]);
    expect(excel.library.deniedSets).toEqual([]);
    expect(excel.syncs.map((sync) => sync.error)).toEqual([undefined, undefined, undefined]);
    // The same sheet in the same place, its table under its own name.
    expect(excel.sheetNames()).toEqual([BUDGET, PLANS]);
    expect(excel.tableNames()).toEqual(["BudgetLines", "BudgetPlans"]);
    const written = excel.writes(PLANS);
    expect(written.find((write) => write.property === "Clear()")?.address).toBe("A:M");
    // A note in N1, or anywhere right of column M, is never cleared or written.
    const lastColumn = (address: string) => address.split(":").at(-1)!.replace(/\d+$/, "");
    const beyondM = written.filter(({ address }) => lastColumn(address).length > 1 || lastColumn(address) > "M");
    expect(written.length).toBeGreaterThan(4);
    expect(beyondM).toEqual([]);
    const header = written.find((write) => write.property === "Formulas" && write.address.startsWith("A1:"));
    expect((header?.value as unknown[][])[3]).toContain("基准方案");
  });
});

describe("the plans sheet's print area follows the plans", () => {
  const printArea = (plans: readonly BudgetPlan[]) => buildPlansComparisonPlan(plans, { lang: "zh" }).printArea;

  it("grows by a column when a plan is saved beside two", async () => {
    const { mock } = setUp([budgetSheet(2200), plansSheet(presets.slice(0, 2))]);
    const result = await excelPlans.take(BUDGET);
    // Labels in A, lines in B, the three plans in C, D and E, down to the break-even revenue.
    const expected = printArea(result.plans);
    expect(expected).toMatch(/^A1:E\d+$/);
    expect(expected).not.toBe(printArea(presets.slice(0, 2)));
    expect(mock.sheet(PLANS).pageLayout.printArea).toBe(expected);
  });

  it("shrinks when a plan is deleted, and is set after the cells are written, in the write's sync", async () => {
    const { mock } = setUp([budgetSheet(), plansSheet(presets)]);
    const result = await excelPlans.delete(BUDGET, "激进");
    expect(mock.sheet(PLANS).pageLayout.printArea).toMatch(/^A1:E\d+$/);
    expect(mock.sheet(PLANS).pageLayout.printArea).toBe(printArea(result.plans));
    const write = mock.log.slice(mock.log.indexOf(`${PLANS}: clear A:M All`));
    const setAt = write.indexOf(`${PLANS}: setPrintArea ${printArea(result.plans)}`);
    expect(setAt).toBeGreaterThan(0);
    expect(write.slice(setAt).filter((entry) => entry === "sync")).toHaveLength(1);
  });
});
