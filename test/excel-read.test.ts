import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listBudgetSheets } from "../src/excel/budgetSheetList";
import { readBudgetSheet } from "../src/excel/readBudgetSheet";
import { readBudgetWorkbook } from "../src/excel/readBudgetWorkbook";
import { selectCell } from "../src/excel/selectCell";
import { presetBudget } from "../src/model";
import { a1, parseA1, rangeA1 } from "../src/sheet/address";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import type { CellContent, SheetPlan } from "../src/sheet/plan";
import { NotABudgetSheetError } from "../src/sheet/readBudgetSheet";
import { sheetHealth } from "../src/sheet/sheetHealth";
import type { SheetSnapshot } from "../src/sheet/snapshot";
import { snapshotFromPlan } from "../src/sheet/snapshotFromPlan";
import { collection, officeError } from "./helpers/excelMock";
import { WorkbookError } from "../src/workbook/workbookError";
import type { RangeContents } from "../src/sheet/grid/sheetGrid";

/** A table as Excel would list it on a sheet. */
interface MockTable {
  name: string;
  headers: string[];
  rowCount: number;
  showHeaders?: boolean;
}

interface MockName {
  name: string;
  type: string;
  formula: string;
}

interface MockSheet {
  name: string;
  id: string;
  tables: MockTable[];
  names: MockName[];
  /** The used range (cells with values); null for an empty sheet. */
  cells: RangeContents | null;
}

interface WorkbookMock {
  excel: OfficeMockObject & { context: OfficeMockObject };
  log: string[];
  sync: ReturnType<typeof vi.spyOn>;
}

function tableItem(table: MockTable, sheet: MockSheet, position: number) {
  return {
    name: table.name,
    showHeaders: table.showHeaders ?? true,
    columns: { items: table.headers.map((name) => ({ name })) },
    rows: { count: table.rowCount },
    worksheet: { name: sheet.name, id: sheet.id, position },
  };
}

function createWorkbookMock(sheets: MockSheet[], activeSheet: string): WorkbookMock {
  const log: string[] = [];
  let failure: Error | undefined;
  const key = (index: number) => `sheet${index}`;
  const sheetData = (sheet: MockSheet, position: number) => ({
    name: sheet.name,
    id: sheet.id,
    tables: collection(sheet.tables.map((table) => tableItem(table, sheet, position))),
    names: collection(sheet.names),
    usedRange: {
      address: sheet.cells?.address ?? "",
      values: sheet.cells?.values ?? [],
      valueTypes: sheet.cells?.valueTypes ?? [],
      formulas: sheet.cells?.formulas ?? [],
      isNullObject: sheet.cells === null,
      // Excel answers isNullObject with any load of a *OrNullObject result.
      load(this: OfficeMockObject, properties: string) {
        return OfficeMockObject.prototype.load.call(this, `${properties},isNullObject`);
      },
    },
    getUsedRangeOrNullObject(this: { usedRange: unknown }, valuesOnly?: boolean) {
      log.push(`${sheet.name}: getUsedRangeOrNullObject valuesOnly=${valuesOnly}`);
      return this.usedRange;
    },
    activate() {
      log.push(`${sheet.name}: activate`);
    },
    getRange(address: string) {
      return { select: () => log.push(`${sheet.name}: select ${address}`) };
    },
  });

  const data = {
    context: {
      workbook: {
        worksheets: {
          ...Object.fromEntries(sheets.map((sheet, index) => [key(index), sheetData(sheet, index)])),
          getActiveWorksheet(this: Record<string, unknown>) {
            return this[key(sheets.findIndex((sheet) => sheet.name === activeSheet))];
          },
          getItem(this: Record<string, unknown>, nameOrId: string) {
            log.push(`worksheets.getItem ${nameOrId}`);
            const index = sheets.findIndex(
              (sheet) => sheet.id === nameOrId || sheet.name.toUpperCase() === nameOrId.toUpperCase(),
            );
            if (index >= 0) return this[key(index)];
            failure = officeError("ItemNotFound", "The requested resource doesn't exist.");
            return this[key(0)];
          },
        },
        tables: collection(
          sheets.flatMap((sheet, position) => sheet.tables.map((table) => tableItem(table, sheet, position))),
        ),
      },
      async sync(this: OfficeMockObject) {
        log.push("sync");
        await OfficeMockObject.prototype.sync.call(this);
        if (failure) throw failure;
      },
    },
    async run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(data) as WorkbookMock["excel"];
  vi.stubGlobal("Excel", excel);
  const isSetSupported = (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= 9;
  vi.stubGlobal("Office", new OfficeMockObject({ context: { requirements: { isSetSupported } } }));
  return { excel, log, sync: vi.spyOn(excel.context, "sync") };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A cell as Excel reports it: its value, value type and formula. */
function excelCell(content: CellContent | undefined): { value: unknown; type: string; formula: unknown } {
  if (!content || (content.kind === "text" && content.text === "")) return { value: "", type: "Empty", formula: "" };
  switch (content.kind) {
    case "text":
      return { value: content.text, type: "String", formula: content.text };
    case "number":
      return { value: content.value.toNumber(), type: "Double", formula: content.value.toNumber() };
    case "formula": {
      const value = typeof content.result === "string" ? content.result : content.result.toNumber();
      return { value, type: typeof value === "string" ? "String" : "Double", formula: content.formula };
    }
  }
}

/** The used range of a freshly written plan, moved down and right by `offset` (rows inserted above, a column left). */
function usedRangeOfPlan(plan: SheetPlan, sheetName: string, offset = { rows: 0, cols: 0 }): RangeContents {
  const rows = Math.max(...plan.cells.map((cell) => cell.row)) + 1;
  const cols = Math.max(...plan.cells.map((cell) => cell.col)) + 1;
  const byPosition = new Map(plan.cells.map((cell) => [`${cell.row}:${cell.col}`, cell.content]));
  const grid = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: cols }, (_, col) => excelCell(byPosition.get(`${row}:${col}`))),
  );
  const quoted = /^[A-Za-z_]\w*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  const top = { row: offset.rows, col: offset.cols };
  return {
    address: `${quoted}!${rangeA1(top, { row: top.row + rows - 1, col: top.col + cols - 1 })}`,
    values: grid.map((row) => row.map((cell) => cell.value)),
    valueTypes: grid.map((row) => row.map((cell) => cell.type)),
    formulas: grid.map((row) => row.map((cell) => cell.formula)),
  };
}

function budgetSheet(
  plan: SheetPlan,
  options: { name?: string; id?: string; offset?: { rows: number; cols: number } } = {},
): MockSheet {
  const name = options.name ?? plan.sheetName;
  const offset = options.offset ?? { rows: 0, cols: 0 };
  const quoted = `'${name.replace(/'/g, "''")}'`;
  return {
    name,
    id: options.id ?? `{${name}}`,
    tables: [
      {
        name: plan.table.name,
        headers: [...plan.table.columns],
        rowCount: plan.table.lastDataRow - plan.table.firstDataRow + 1,
      },
    ],
    names: [
      ...plan.names.map((n) => ({
        name: n.name,
        type: "Range",
        formula: `=${quoted}!${a1({ row: n.ref.row + offset.rows, col: n.ref.col + offset.cols }, true)}`,
      })),
      // A name whose cell was deleted, and one that is a constant: neither refers to a cell.
      { name: "Budget_Old", type: "Error", formula: `=${quoted}!#REF!` },
      { name: "Budget_Note", type: "String", formula: '="draft"' },
    ],
    cells: usedRangeOfPlan(plan, name, offset),
  };
}

const contactsSheet: MockSheet = {
  name: "Contacts",
  id: "{Contacts}",
  tables: [{ name: "People", headers: ["Name", "Phone"], rowCount: 1 }],
  names: [],
  cells: {
    address: "Contacts!A1:B2",
    values: [
      ["Name", "Phone"],
      ["Li", "138"],
    ],
    valueTypes: [
      ["String", "String"],
      ["String", "String"],
    ],
    formulas: [
      ["Name", "Phone"],
      ["Li", "138"],
    ],
  },
};
const emptySheet: MockSheet = { name: "Sheet1", id: "{Sheet1}", tables: [], names: [], cells: null };

const enPlan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
const zhPlan = buildSheetPlan(presetBudget("campaign", "zh"), {
  lang: "zh",
  sheetName: "预算表",
  tableName: "BudgetLines2",
});

/** The plan's snapshot once rows were inserted above it and a column to its left, on a renamed sheet. */
function movedSnapshot(plan: SheetPlan, sheetName: string, offset: { rows: number; cols: number }): SheetSnapshot {
  const snapshot = snapshotFromPlan(plan);
  const move = (address: string) => {
    const ref = parseA1(address);
    return a1({ row: ref.row + offset.rows, col: ref.col + offset.cols });
  };
  return {
    sheetName,
    table: {
      ...snapshot.table,
      headerRow: snapshot.table.headerRow + offset.rows,
      firstCol: snapshot.table.firstCol + offset.cols,
    },
    names: Object.fromEntries(
      Object.entries(snapshot.names).map(([name, cell]) => [name, { ...cell, address: move(cell.address) }]),
    ),
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("the read should have failed"),
    (error: unknown) => error,
  );
}

describe("readBudgetSheet", () => {
  it("reads the active campaign sheet in exactly one sync, as the plan's snapshot", async () => {
    const mock = createWorkbookMock([emptySheet, budgetSheet(enPlan)], "Budget");
    const snapshot = await readBudgetSheet();
    expect(mock.sync).toHaveBeenCalledTimes(1);
    expect(snapshot).toEqual(snapshotFromPlan(enPlan));
    expect(mock.log).toEqual(["Budget: getUsedRangeOrNullObject valuesOnly=true", "sync"]);
  });

  it("gives the checked figures of the worked example", async () => {
    createWorkbookMock([budgetSheet(enPlan)], "Budget");
    const health = sheetHealth(await readBudgetSheet());
    expect(health.total.toString()).toBe("1294596");
    expect(health.findings.map((f) => f.rule)).toEqual(["roi-below-one", ...Array(6).fill("share")]);
    expect(health.findings[0].cell).toBe("O20");
  });

  it("finds the table and the named cells where they are now, on a renamed sheet read by name", async () => {
    const offset = { rows: 2, cols: 1 };
    const name = "Q3 'Promo' (2)";
    const mock = createWorkbookMock([emptySheet, budgetSheet(enPlan, { name, offset })], "Sheet1");
    const snapshot = await readBudgetSheet(name);
    expect(mock.sync).toHaveBeenCalledTimes(1);
    expect(snapshot).toEqual(movedSnapshot(enPlan, name, offset));
    expect(snapshot.table.headerRow).toBe(5);
    expect(snapshot.names.Budget_Total.address).toBe("P14");
    expect(sheetHealth(snapshot).findings[0].cell).toBe("P22");
  });

  it("reads an error value as { error } and text that only looks like one as text", async () => {
    const sheet = budgetSheet(enPlan);
    const cells = sheet.cells!;
    // G7: the Budget of the third line shows #DIV/0!; B8: a planner typed "#N/A" as an item's name.
    cells.values[6][6] = "#DIV/0!";
    cells.valueTypes[6][6] = "Error";
    cells.values[7][1] = "#N/A";
    cells.valueTypes[7][1] = "String";
    const roi = parseA1("O20");
    cells.values[roi.row][roi.col] = "#VALUE!";
    cells.valueTypes[roi.row][roi.col] = "Error";
    createWorkbookMock([sheet], "Budget");

    const snapshot = await readBudgetSheet();
    expect(snapshot.table.rows[2][6]).toEqual({ error: "#DIV/0!" });
    expect(snapshot.table.rows[3][1]).toBe("#N/A");
    expect(snapshot.names.Budget_ROI).toEqual({ address: "O20", value: { error: "#VALUE!" } });
    const findings = sheetHealth(snapshot).findings;
    // The line the error leaves out of the figures is said first, then the cell itself.
    expect(findings[0]).toMatchObject({ rule: "incomplete-total", severity: "error", cell: "G7" });
    expect(findings[1]).toMatchObject({ rule: "cell-value", severity: "error", cell: "G7" });
  });

  it("reads the table at its current length: a line added at the end, typed over with a number", async () => {
    const sheet = budgetSheet(enPlan);
    const cells = sheet.cells!;
    const newRow = enPlan.table.lastDataRow + 1; // row 24, below every other block
    cells.values.push(
      ["Admin cost", "Courier", "", 1, 500, "", 500, 0, "", "", "", "", "", "", "", "", "", "", ""].map((v, c) =>
        c < 12 ? v : "",
      ),
    );
    cells.valueTypes.push(
      cells.values[newRow].map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : "String")),
    );
    cells.formulas.push([...cells.values[newRow]]);
    cells.address = `Budget!${rangeA1({ row: 0, col: 0 }, { row: newRow, col: 18 })}`;
    sheet.tables[0].rowCount += 1;
    createWorkbookMock([sheet], "Budget");

    const snapshot = await readBudgetSheet();
    expect(snapshot.table.rows).toHaveLength(20);
    expect(snapshot.table.rows[19].slice(0, 7)).toEqual(["Admin cost", "Courier", null, 1, 500, null, 500]);
    expect(snapshot.table.budgetFormulas[19]).toBeNull();
    expect(snapshot.table.budgetFormulas[0]).toMatch(/^=/);
  });

  it("picks the budget table among the sheet's tables", async () => {
    const sheet = budgetSheet(enPlan);
    sheet.tables.unshift({ name: "Notes", headers: ["Date", "Note"], rowCount: 3 });
    createWorkbookMock([sheet], "Budget");
    expect((await readBudgetSheet()).table.name).toBe("BudgetLines");
  });

  it("says a sheet without a budget table is not a budget sheet, in one sync", async () => {
    const mock = createWorkbookMock([contactsSheet, emptySheet], "Contacts");
    const error = await rejection(readBudgetSheet());
    expect(error).toBeInstanceOf(NotABudgetSheetError);
    expect((error as NotABudgetSheetError).sheetName).toBe("Contacts");
    expect((error as NotABudgetSheetError).text.zh).toContain("Contacts");
    expect(mock.sync).toHaveBeenCalledTimes(1);
    expect(await rejection(readBudgetSheet("Sheet1"))).toBeInstanceOf(NotABudgetSheetError);
  });

  it("asks for the header row when the budget table has it turned off", async () => {
    const sheet = budgetSheet(enPlan);
    sheet.tables[0].showHeaders = false;
    createWorkbookMock([sheet], "Budget");
    const error = await rejection(readBudgetSheet());
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).kind).toBe("header-row-hidden");
  });

  it("reports a sheet that is gone, and Excel's own failures, in the planner's words", async () => {
    createWorkbookMock([budgetSheet(enPlan)], "Budget");
    const missing = await rejection(readBudgetSheet("Old budget"));
    expect(missing).toBeInstanceOf(WorkbookError);
    expect((missing as WorkbookError).kind).toBe("missing-sheet");
    expect((missing as WorkbookError).text.en).toContain('"Old budget"');

    const mock = createWorkbookMock([budgetSheet(enPlan)], "Budget");
    vi.spyOn(mock.excel.context, "sync").mockRejectedValueOnce(
      officeError("InvalidOperationInCellEditMode", "Cell edit mode."),
    );
    const editing = (await rejection(readBudgetSheet())) as WorkbookError;
    expect(editing.kind).toBe("host");
    expect(editing.text.en).toBe(
      'Excel could not read the budget sheet: a cell is being edited: press Enter or Esc, then try again (Excel: "Cell edit mode").',
    );
  });

  it("names the Excel needed, without calling Excel, when this one is too old", async () => {
    const mock = createWorkbookMock([budgetSheet(enPlan)], "Budget");
    vi.stubGlobal("Office", new OfficeMockObject({ context: { requirements: { isSetSupported: () => false } } }));
    const error = (await rejection(readBudgetSheet())) as WorkbookError;
    expect(error.kind).toBe("not-supported");
    expect(error.text.en).toContain("ExcelApi 1.7");
    expect(mock.sync).not.toHaveBeenCalled();
  });
});

describe("listBudgetSheets", () => {
  const sheets = [emptySheet, budgetSheet(enPlan), contactsSheet, budgetSheet(zhPlan)];

  it("lists the budget sheets in tab order with their tables, in one sync", async () => {
    const mock = createWorkbookMock(sheets, "预算表");
    expect(await listBudgetSheets()).toEqual({
      sheets: [
        { name: "Budget", tableName: "BudgetLines", id: "{Budget}" },
        { name: "预算表", tableName: "BudgetLines2", id: "{预算表}" },
      ],
      active: "预算表",
      activeSheet: { name: "预算表", id: "{预算表}" },
    });
    expect(mock.sync).toHaveBeenCalledTimes(1);
  });

  it("has no active budget sheet when the active sheet is another", async () => {
    createWorkbookMock(sheets, "Contacts");
    const list = await listBudgetSheets();
    expect(list.active).toBeNull();
    expect(list.activeSheet).toEqual({ name: "Contacts", id: "{Contacts}" });
  });
});

describe("readBudgetWorkbook", () => {
  it("lists the budget sheets and reads the active one in the same sync", async () => {
    const mock = createWorkbookMock([emptySheet, budgetSheet(enPlan), budgetSheet(zhPlan)], "预算表");
    const read = await readBudgetWorkbook();
    expect(mock.sync).toHaveBeenCalledTimes(1);
    expect(read.sheets.map((sheet) => sheet.name)).toEqual(["Budget", "预算表"]);
    expect(read.active).toBe("预算表");
    expect(read.sheet).toEqual({ kind: "budget", sheetId: "{预算表}", snapshot: snapshotFromPlan(zhPlan) });
  });

  it("reads a sheet by its id, and gives a sheet that is not a budget as a result", async () => {
    const mock = createWorkbookMock([contactsSheet, budgetSheet(enPlan, { id: "{7}" })], "Contacts");
    const byId = await readBudgetWorkbook("{7}");
    expect(byId.sheet.kind === "budget" && byId.sheet.snapshot.sheetName).toBe("Budget");

    const active = await readBudgetWorkbook();
    expect(active.sheet).toMatchObject({ kind: "not-a-budget", sheetId: "{Contacts}", sheetName: "Contacts" });
    expect(active.sheets).toEqual([{ name: "Budget", tableName: "BudgetLines", id: "{7}" }]);
    expect(active.active).toBeNull();
    expect(mock.sync).toHaveBeenCalledTimes(2);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const mock = createWorkbookMock([emptySheet, budgetSheet(enPlan)], "Sheet1");
    await selectCell("Budget", "O20");
    expect(mock.sync).toHaveBeenCalledTimes(1);
    expect(mock.log).toEqual(["worksheets.getItem Budget", "Budget: activate", "Budget: select O20", "sync"]);
  });

  it("says so when the sheet is gone", async () => {
    createWorkbookMock([emptySheet], "Sheet1");
    const error = (await rejection(selectCell("Budget", "O20"))) as WorkbookError;
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error.kind).toBe("missing-sheet");
  });
});
