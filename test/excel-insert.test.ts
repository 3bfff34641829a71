import { afterEach, describe, expect, it, vi } from "vitest";
import { applySheetPlan } from "../src/excel/applySheetPlan";
import { insertBudgetSheet } from "../src/excel/insertBudgetSheet";
import { a1 } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { presetBudget } from "../src/model";
import {
  createExcelMock,
  installExcelMock,
  officeError,
  type ExcelMock,
  type ExistingWorkbook,
} from "./helpers/excelMock";
import { WorkbookError } from "../src/workbook/workbookError";

const WORKBOOK_WITH_A_BUDGET: ExistingWorkbook = {
  sheets: ["预算表", "Sheet1"],
  tables: ["BudgetLines"],
  names: ["Budget_Total"],
};

function setUp(options: Parameters<typeof createExcelMock>[0]) {
  const mock = createExcelMock(options);
  installExcelMock(mock);
  const sync = vi.spyOn(mock.context, "sync");
  return { mock, sync };
}

/** The single range written with formulas on the new sheet, as the grid Excel received. */
function formulasWritten(mock: ExcelMock): { address: string; grid: unknown[][] } {
  const written = mock.addedSheets[0].ranges.filter((range) => range.formulas !== undefined);
  expect(written).toHaveLength(1);
  return { address: written[0].address, grid: written[0].formulas! };
}

/** The name the insertion added its n-th sheet under (1-based), before giving it its final name. */
function placeholder(mock: ExcelMock, n = 1): string {
  const added = mock.log.filter((entry) => entry.startsWith("worksheets.add ")).map((entry) => entry.slice(15));
  expect(added[n - 1]).toMatch(/^~budget-[0-9a-z]{8}-\d$/);
  return added[n - 1];
}

async function insertionError(promise: Promise<unknown>): Promise<WorkbookError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("insertBudgetSheet into a workbook that already has a budget", () => {
  const zhPlan = buildSheetPlan(presetBudget("campaign", "zh"), {
    lang: "zh",
    sheetName: "预算表 (2)",
    tableName: "BudgetLines2",
  });

  it("takes the next free sheet and table names and returns the model's total", async () => {
    setUp({ workbook: WORKBOOK_WITH_A_BUDGET });
    const result = await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    expect(result).toEqual({ sheetName: "预算表 (2)", tableName: "BudgetLines2", total: "1294596" });
  });

  it("talks to Excel in exactly three syncs: the read with the sheet added, the content, the decorations", async () => {
    const { mock, sync } = setUp({ workbook: WORKBOOK_WITH_A_BUDGET });
    await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    expect(sync).toHaveBeenCalledTimes(3);
    const syncs = mock.log.flatMap((entry, index) => (entry === "sync" ? [index] : []));
    expect(syncs).toHaveLength(3);
    expect(mock.log.slice(0, syncs[0])).toEqual([`worksheets.add ${placeholder(mock)}`]);
    const content = mock.log.slice(syncs[0] + 1, syncs[1]);
    expect(content).toContain("预算表 (2): formulas A1:S23");
    expect(content.some((entry) => /freezeRows|setPrintArea|pageLayout/.test(entry))).toBe(false);
    const decorations = mock.log.slice(syncs[1] + 1, syncs[2]);
    expect(decorations.filter((entry) => entry.startsWith("预算表 (2): "))).toEqual([
      "预算表 (2): freezeRows 4",
      "预算表 (2): setPrintArea A1:S23",
      "预算表 (2): pageLayout.orientation Landscape",
      '预算表 (2): pageLayout.zoom {"horizontalFitToPages":1}',
    ]);
    expect(syncs[2]).toBe(mock.log.length - 1);
  });

  it("leaves the existing sheet, table and workbook-level name untouched", async () => {
    const { mock } = setUp({ workbook: WORKBOOK_WITH_A_BUDGET });
    const workbook = mock.excel.context.workbook as unknown as Record<string, { items: { name: string }[] }>;
    await insertBudgetSheet({ preset: "campaign", lang: "zh" });

    expect(workbook.worksheets.items).toEqual([{ name: "预算表" }, { name: "Sheet1" }]);
    expect(workbook.tables.items).toEqual([{ name: "BudgetLines" }]);
    expect(workbook.names.items).toEqual([{ name: "Budget_Total" }]);
    const added = placeholder(mock);
    const touchingOthers = mock.log.filter(
      (entry) =>
        entry !== "sync" &&
        !entry.startsWith("预算表 (2): ") &&
        !entry.startsWith(`${added}: `) &&
        entry !== `worksheets.add ${added}` &&
        entry !== `worksheets.getItem ${mock.addedSheets[0].id}`,
    );
    expect(touchingOthers).toEqual(["suspendApiCalculationUntilNextSync"]);
    expect(mock.addedSheets.map((sheet) => sheet.name)).toEqual(["预算表 (2)"]);
    expect(mock.addedSheets[0].deleted).toBe(false);
  });

  it("adds the table over the header and line rows, named and styled", async () => {
    const { mock } = setUp({ workbook: WORKBOOK_WITH_A_BUDGET });
    await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    const sheet = mock.addedSheets[0];
    expect(sheet.addedTables).toEqual([
      { address: "A4:L23", hasHeaders: true, name: "BudgetLines2", style: "TableStyleMedium2" },
    ]);
    expect(sheet.rangesAt("A4:L4")[0].values).toEqual([
      ["类别", "明细项", "计算依据", "数量", "单价", "次数", "预算", "占比", "实际", "差异", "责任人", "备注"],
    ]);
  });

  it("queues the writes in an order Excel accepts: table and names before the formulas", async () => {
    const { mock } = setUp({ workbook: WORKBOOK_WITH_A_BUDGET });
    await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    const at = (entry: string) => {
      const index = mock.log.indexOf(entry);
      expect(index, entry).toBeGreaterThan(-1);
      return index;
    };
    const order = [
      at(`worksheets.add ${placeholder(mock)}`),
      at("suspendApiCalculationUntilNextSync"),
      at(`${placeholder(mock)}: rename 预算表 (2)`),
      at("预算表 (2): values A4:L4"),
      at("预算表 (2): tables.add A4:L23"),
      at("预算表 (2): names.add Budget_Subtotal_Benefit"),
      at("预算表 (2): names.add Budget_Total"),
      at("预算表 (2): formulas A1:S23"),
      at("预算表 (2): numberFormat A1:S23"),
      at("预算表 (2): activate"),
      at("预算表 (2): select A1"),
      mock.log.indexOf("sync", at("预算表 (2): select A1")),
      at("预算表 (2): freezeRows 4"),
      at("预算表 (2): setPrintArea A1:S23"),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("writes every cell in one formulas grid, the formulas in their places", async () => {
    const { mock } = setUp({ workbook: WORKBOOK_WITH_A_BUDGET });
    await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    const { address, grid } = formulasWritten(mock);
    expect(address).toBe("A1:S23");
    expect(grid).toHaveLength(23);
    expect(grid.every((row) => row.length === 19)).toBe(true);

    // G5, the first line's budget, refers to the new table by its new name.
    expect(grid[4][6]).toBe(
      '=BudgetLines2[[#This Row],[数量]]*BudgetLines2[[#This Row],[单价]]*IF(BudgetLines2[[#This Row],[次数]]="",1,BudgetLines2[[#This Row],[次数]])',
    );
    expect(grid[4].slice(0, 6)).toEqual(["权益成本", "折扣让利", "成交 2,000 单 × 平均让利 150 元", 2000, 150, 1]);
    // O12, the total; O11, contingency on the six categories above it.
    expect(grid[11][14]).toBe("=SUM(O5:O11)");
    expect(grid[10][14]).toBe("=SUM(O5:O10)*Budget_ContingencyRate");
    expect(grid[0][0]).toBe("营销活动预算（汽车保养）");
    expect(grid[1][18]).toBe(""); // nothing planned there

    const formulaCells = zhPlan.cells.filter((cell) => cell.content.kind === "formula");
    expect(formulaCells.length).toBeGreaterThan(60);
    for (const cell of formulaCells) {
      expect(grid[cell.row][cell.col], a1(cell)).toBe(cell.content.kind === "formula" && cell.content.formula);
    }
  });

  it("writes one number format grid over the same box, General where the plan sets none", async () => {
    const { mock } = setUp({ workbook: WORKBOOK_WITH_A_BUDGET });
    await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    const [range] = mock.addedSheets[0].ranges.filter((r) => r.numberFormat !== undefined);
    expect(range.address).toBe("A1:S23");
    const formats = range.numberFormat as string[][];
    expect(formats[4][4]).toBe('"¥"#,##0.00'); // E5, unit cost
    expect(formats[4][7]).toBe("0.00%"); // H5, share
    expect(formats[0][0]).toBe("General");
    expect(formats.flat()).toHaveLength(23 * 19);
  });

  it("defines the plan's names on the new sheet, each on its cell", async () => {
    const { mock } = setUp({ workbook: WORKBOOK_WITH_A_BUDGET });
    await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    const names = mock.addedSheets[0].addedNames;
    expect(names).toEqual(
      zhPlan.names.map((name) => ({ name: name.name, address: a1(name.ref, true), comment: name.comment })),
    );
    expect(names.find((name) => name.name === "Budget_Total")).toEqual({
      name: "Budget_Total",
      address: "$O$12",
      comment: "预算合计",
    });
    expect(names).toHaveLength(38); // 4 a category × 7, the total, 9 goals
  });

  it("styles, sizes, flags, validates and lays out the sheet for print", async () => {
    const { mock } = setUp({ workbook: WORKBOOK_WITH_A_BUDGET });
    await insertBudgetSheet({ preset: "campaign", lang: "zh" });
    const sheet = mock.addedSheets[0];

    expect(sheet.rangesAt("A1")[0].format.font).toEqual({ bold: true, size: 14 });
    expect(sheet.rangesAt("S5:S11").some((range) => range.format.horizontalAlignment === "Center")).toBe(true);
    expect(sheet.rangesAt("A:A")[0].format.columnWidth).toBe(87.75); // 16 characters
    expect(sheet.rangesAt("C:C")[0].format.columnWidth).toBe(234.75); // 44 characters

    const statusRules = sheet.rangesAt("S5:S11").flatMap((range) => range.conditionalFormats.added);
    expect(statusRules.map((rule) => rule.type)).toEqual(["Custom", "Custom", "Custom"]);
    expect(statusRules[0].custom.rule.formula).toBe('=AND($Q5<>"",$P5<$Q5)');
    expect(statusRules[0].custom.format.fill.color).toBe("#FFEB9C");
    expect(statusRules[0].custom.format.font.color).toBe("#7F6000");

    const categoryColumn = sheet.rangesAt("A5:A23")[0].dataValidation;
    expect(categoryColumn.rule).toEqual({
      list: { inCellDropDown: true, source: "权益成本,推广成本,系统开发成本,人力成本,履约成本,管理成本" },
    });
    const rate = sheet.rangesAt("O18")[0].dataValidation;
    expect(rate.rule).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
    expect(rate.prompt).toEqual({
      showPrompt: true,
      title: "比率",
      message: "请输入 0% 到 100% 之间的比率，例如 8% 或 0.08。",
    });

    expect(sheet.frozenRows).toBe(4);
    expect(sheet.pageLayout.printArea).toBe("A1:S23");
    expect(sheet.pageLayout.orientation).toBe("Landscape");
    // One page wide; the height left unset, as Office.js documents it (no 0).
    expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
  });

  it("numbers past every sheet, table and defined name it finds, whatever their case", async () => {
    setUp({
      workbook: { sheets: ["Budget", "BUDGET (2)"], tables: ["BudgetLines", "budgetlines2"], names: ["BUDGETLINES3"] },
    });
    const result = await insertBudgetSheet({ preset: "event", lang: "en" });
    expect(result.sheetName).toBe("Budget (3)");
    expect(result.tableName).toBe("BudgetLines4");
    expect(result.total).toBe("500040"); // 463,000 of lines + 8% contingency
  });
});

describe("text typed by users", () => {
  it("arrives as text with a leading apostrophe when Excel would evaluate it", () => {
    const budget = presetBudget("campaign", "en");
    budget.lines[0] = { ...budget.lines[0], item: "=1+1", owner: "+86 138 0000 0000", note: "-5%" };
    budget.lines[1] = { ...budget.lines[1], item: "@owner", owner: "Marketing" };
    const plan = buildSheetPlan(budget, { lang: "en" });
    const mock = createExcelMock({ workbook: { sheets: [], tables: [], names: [] } });

    applySheetPlan(mock.requestContext, plan);

    const { grid } = formulasWritten(mock);
    const [line1, line2] = [grid[4], grid[5]];
    expect(line1[1]).toBe("'=1+1"); // Item
    expect(line1[10]).toBe("'+86 138 0000 0000"); // Owner
    expect(line1[11]).toBe("'-5%"); // Note
    expect(line2[1]).toBe("'@owner");
    expect(line2[10]).toBe("Marketing");
    // Only the plan's formula cells start with "=".
    const formulaPlaces = new Set(plan.cells.filter((c) => c.content.kind === "formula").map((c) => a1(c)));
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value === "string" && value.startsWith("="))
          expect(formulaPlaces.has(a1({ row: r, col: c }))).toBe(true);
      }),
    );
  });
});

describe("when Excel cannot insert", () => {
  it("names the Excel needed and makes no call at all when ExcelApi 1.9 is missing", async () => {
    const { mock, sync } = setUp({ workbook: WORKBOOK_WITH_A_BUDGET, excelApi: "1.8" });
    const error = await insertionError(insertBudgetSheet({ preset: "campaign", lang: "zh" }));
    expect(error.message).toBe(
      "Inserting a budget needs Excel 2021 or later, Excel for Microsoft 365 or Excel on the web (ExcelApi 1.9); this Excel has an older version.",
    );
    expect(error.text.zh).toContain("ExcelApi 1.9");
    expect(error.text.zh).toContain("Excel 2021");
    expect(mock.isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.9");
    expect(sync).not.toHaveBeenCalled();
    expect(mock.log).toEqual([]);
  });

  it("says it needs Excel when there is no Office host", async () => {
    vi.stubGlobal("Office", undefined);
    vi.stubGlobal("Excel", undefined);
    const error = await insertionError(insertBudgetSheet({ preset: "campaign", lang: "en" }));
    expect(error.message).toBe("Inserting a budget needs Excel: open this add-in from Excel's ribbon.");
  });

  it("stops after the read when the workbook's structure is protected, taking its placeholder sheet away", async () => {
    const { mock, sync } = setUp({ workbook: { ...WORKBOOK_WITH_A_BUDGET, structureProtected: true } });
    const error = await insertionError(insertBudgetSheet({ preset: "campaign", lang: "en" }));
    expect(error.message).toBe(
      "The workbook's structure is protected: unprotect it (Review › Protect Workbook) to insert a budget sheet.",
    );
    expect(error.text.zh).toBe("工作簿结构受保护：请先取消保护（审阅 › 保护工作簿），再插入预算表。");
    expect(sync).toHaveBeenCalledTimes(3);
    const added = placeholder(mock);
    expect(mock.log).toEqual([
      `worksheets.add ${added}`,
      "sync",
      `worksheets.getItemOrNullObject ${mock.addedSheets[0].id}`,
      "sync",
      `${added}: delete`,
      "sync",
    ]);
  });

  it("removes the added sheet when the write fails and says nothing changed, in Excel's words too", async () => {
    const { mock, sync } = setUp({
      workbook: WORKBOOK_WITH_A_BUDGET,
      failingSyncs: { 2: officeError("AccessDenied", "Access denied. You do not have permission.") },
    });
    const error = await insertionError(insertBudgetSheet({ preset: "campaign", lang: "zh" }));

    expect(error.message).toBe(
      "Excel could not insert the budget sheet: the workbook does not allow this change (it may be protected, " +
        'read-only or restricted) (Excel: "Access denied. You do not have permission"). Nothing was changed.',
    );
    expect(error.text.zh).toContain("未做任何更改");
    expect(error.text.zh).toContain("Access denied. You do not have permission");
    expect(error.cause).toMatchObject({ code: "AccessDenied" });

    expect(mock.addedSheets[0].deleted).toBe(true);
    const afterFailure = mock.log.slice(mock.log.indexOf("sync", mock.log.indexOf("sync") + 1) + 1);
    expect(afterFailure).toEqual(["worksheets.getItemOrNullObject {added-1}", "sync", "预算表 (2): delete", "sync"]);
    expect(sync).toHaveBeenCalledTimes(4);
  });

  it("passes on Excel's message as it is when the error code has no plain words", async () => {
    setUp({
      workbook: WORKBOOK_WITH_A_BUDGET,
      failingSyncs: { 2: officeError("GeneralException", "An internal error has occurred.") },
    });
    const error = await insertionError(insertBudgetSheet({ preset: "campaign", lang: "en" }));
    expect(error.message).toBe(
      "Excel could not insert the budget sheet: An internal error has occurred. Nothing was changed.",
    );
    expect(error.text.zh).toBe("Excel 无法插入预算表：An internal error has occurred。未做任何更改。");
  });

  it("asks the user to finish editing a cell when Excel is in cell edit mode", async () => {
    const { mock, sync } = setUp({
      workbook: WORKBOOK_WITH_A_BUDGET,
      failingSyncs: {
        1: officeError("InvalidOperationInCellEditMode", "The operation isn't supported in cell edit mode."),
      },
    });
    const error = await insertionError(insertBudgetSheet({ preset: "campaign", lang: "en" }));
    expect(error.message).toContain("a cell is being edited: press Enter or Esc, then try again");
    expect(error.message).toContain("Nothing was changed.");
    // The refused read is asked again without adding, and what it added under its placeholder name is deleted.
    expect(sync).toHaveBeenCalledTimes(3);
    expect(mock.log.slice(mock.log.indexOf("sync") + 1)).toEqual([
      `worksheets.getItemOrNullObject ${placeholder(mock)}`,
      "sync",
      `${placeholder(mock)}: delete`,
      "sync",
    ]);
  });

  it("says a partly built sheet may remain when removing it fails too", async () => {
    const { mock } = setUp({
      workbook: WORKBOOK_WITH_A_BUDGET,
      failingSyncs: {
        2: officeError("ItemAlreadyExists", "A resource with the same name or identifier already exists."),
        3: officeError("GeneralException", "An internal error has occurred."),
      },
    });
    const error = await insertionError(insertBudgetSheet({ preset: "campaign", lang: "zh" }));
    expect(error.message).toContain("a sheet, table or name with the same name already exists");
    expect(error.message).toContain('A partly built sheet "预算表 (2)" may remain');
    expect(error.message).not.toContain("Nothing was changed");
    expect(mock.addedSheets[0].deleted).toBe(false);
  });
});
