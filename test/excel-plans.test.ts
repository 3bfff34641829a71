import { afterEach, describe, expect, it, vi } from "vitest";
import { excelPlans } from "../src/excel/planSnapshots";
import { dec, planFigures, presetBudget, presetPlans, withTargetDeals, type BudgetPlan } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
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

/** The plans the table written on a sheet reads back as. */
function storedOn(sheet: FakeWorksheet): BudgetPlan[] {
  const [table] = sheet.addedTables;
  const body = table.address.replace(/^A(\d+)/, (_, row: string) => `A${Number(row) + 1}`);
  const rows = sheet
    .rangesAt(body)[0]
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
  it("adds the plan to those kept and rebuilds the plans sheet in its place", async () => {
    const { mock, sync } = setUp([budgetSheet(2200), plansSheet(presets.slice(0, 2))]);
    const result = await excelPlans.take(BUDGET);
    // The names, then the plans' table by its name, then the write.
    expect(sync).toHaveBeenCalledTimes(3);
    expect(result).toMatchObject({ sheetName: PLANS });
    expect(result.plans.map((plan) => plan.name)).toEqual(["保守", "标准", "激进"]);
    expect(result.plans[2].budget.funnel!.targetDeals.toString()).toBe("2200");

    // Built complete under a free name, then swapped for the old sheet: its name and tab position.
    const [built] = mock.addedSheets;
    const swap = mock.log.slice(mock.log.indexOf(`${PLANS}: delete`));
    expect(swap).toEqual([`${PLANS}: delete`, `方案对比 (2): rename ${PLANS}`, `${PLANS}: position 1`, "sync"]);
    expect(mock.log).toContain("worksheets.add 方案对比 (2)");
    expect(built.name).toBe(PLANS);
    expect(storedOn(built).map((plan) => plan.name)).toEqual(["保守", "标准", "激进"]);
    expect(built.addedTables[0].name).toBe("BudgetPlans2");
    expectBudgetSheetUntouched(mock.log);
  });

  it("keeps the kept plans' figures through the rewrite", async () => {
    const { mock } = setUp([budgetSheet(), plansSheet(presets.slice(0, 3))]);
    await excelPlans.take(BUDGET, "再来一个");
    const stored = storedOn(mock.addedSheets[0]);
    stored.slice(0, 3).forEach((plan, index) => {
      expect(planFigures(plan).total.toString()).toBe(planFigures(presets[index]).total.toString());
      expect(planFigures(plan).roi?.toString()).toBe(planFigures(presets[index]).roi?.toString());
    });
  });

  it("refuses a fifth plan with a message, after the read and without writing", async () => {
    const { mock, sync } = setUp([budgetSheet(), plansSheet(presets)]);
    const error = await planError(excelPlans.take(BUDGET, "第五个"));
    expect(error.message).toBe("There are already 4 plans: delete one before taking another");
    expect(error.text.zh).toBe("已有 4 个方案：请先删除一个再保存新方案");
    expect(sync).toHaveBeenCalledTimes(2);
    expect(mock.addedSheets).toEqual([]);
    expect(mock.deletedSheets.size).toBe(0);
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
    expect(mock.log).toContain("Q3 对比: delete");
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
    expect(storedOn(mock.addedSheets[0]).map((plan) => plan.name)).toEqual(["保守", "基准方案", "激进"]);
    expectBudgetSheetUntouched(mock.log);
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
    expect(storedOn(mock.addedSheets[0]).map((plan) => plan.name)).toEqual(["保守", "标准", "优化"]);
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
  it("removes the half-built sheet and keeps the old plans when the write stops before the swap", async () => {
    const { mock, sync } = setUp([budgetSheet(), plansSheet(presets.slice(0, 2))], {
      failingSyncs: {
        3: { error: officeError("GeneralException", "An internal error has occurred."), stopsAt: `${PLANS}: delete` },
      },
    });
    const error = await planError(excelPlans.take(BUDGET));
    expect(error.message).toBe(
      "Excel could not write the plans sheet: An internal error has occurred. Nothing was changed.",
    );
    expect(error.text.zh).toContain("未做任何更改");
    expect(sync).toHaveBeenCalledTimes(5);
    const writeSync = mock.log.indexOf("sync", mock.log.indexOf("sync", mock.log.indexOf("sync") + 1) + 1);
    const afterFailure = mock.log.slice(writeSync + 1);
    expect(afterFailure).toEqual([
      "worksheets.getItemOrNullObject 方案对比 (2)",
      `worksheets.getItemOrNullObject ${PLANS}`,
      "sync",
      "方案对比 (2): delete",
      "sync",
    ]);
    expect(mock.deletedSheets.has(PLANS)).toBe(false);
  });

  it("leaves the new sheet and says where the plans are when the old one is already gone", async () => {
    const { mock } = setUp([budgetSheet(), plansSheet(presets.slice(0, 2))], {
      failingSyncs: {
        3: {
          error: officeError("GeneralException", "An internal error has occurred."),
          stopsAt: `方案对比 (2): rename`,
        },
      },
    });
    const error = await planError(excelPlans.take(BUDGET));
    expect(error.message).toBe(
      'Excel could not finish writing the plans sheet: An internal error has occurred. Check sheet "方案对比 (2)": it may be partly written.',
    );
    expect(mock.addedSheets[0].deleted).toBe(false);
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
