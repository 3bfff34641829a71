import { describe, expect, it } from "vitest";
import { Decimal } from "../src/model/decimal";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { ACTUALS_NAMES } from "../src/sheet/buildActualsPlan";
import { previewImport } from "../src/workbook/actuals";
import { MAPPINGS_NAME } from "../src/workbook/actualsMappings";
import { WorkbookError } from "../src/workbook/workbookError";
import { csvBytes } from "./helpers/actualsFiles";

const HEADER = ["日期", "金额", "明细项", "单号", "状态"];

/** An expense export: matched lines, a refund, a committed PO, an unknown item, a bad amount, two identical rows. */
const FIRST: string[][] = [
  HEADER,
  ["2026-05-03", "￥12,345.67", "到店礼品", "BX-001", "已支付"],
  ["2026/5/4", "(1,000.01)", "到店礼品", "BX-002", ""],
  ["2026-05-05", "80000", "短信触达", "PO-7", "已下单"],
  ["2026-05-06", "3,210.05", "城市广告牌", "BX-003", "已支付"],
  ["2026-05-07", "abc", "差旅", "BX-004", "已支付"],
  ["2026-05-08", "99.99", "差旅", "", ""],
  ["2026-05-08", "99.99", "差旅", "", ""],
];

async function campaign() {
  const workbook = new MemoryWorkbook();
  await workbook.insert({ preset: "campaign", lang: "zh" });
  const budgetSheet = workbook.spreadsheet.activeSheetTab.name;
  return { workbook, budgetSheet, actuals: workbook.actuals! };
}

function namedValue(workbook: MemoryWorkbook, sheetName: string, name: string): Decimal {
  const spreadsheet = workbook.spreadsheet;
  const sheet = spreadsheet.sheetByKey(sheetName)!;
  const cell = spreadsheet.namedCell(sheet, name)!;
  const value = spreadsheet.cellAt(sheet, cell.row, cell.col).value;
  if (typeof value !== "number") throw new Error(`${name} holds ${JSON.stringify(value)}`);
  return new Decimal(value).toDecimalPlaces(2);
}

describe("importing actuals into the in-memory workbook", () => {
  it("accounts for every row before writing, and writes matched and unmatched rows with the names to the fen", async () => {
    const { workbook, budgetSheet, actuals } = await campaign();
    const bytes = csvBytes(FIRST, ",", "utf-8");
    const context = await actuals.read(budgetSheet);
    expect(context.actualsSheet).toBeNull();
    const seen = previewImport(context, { fileName: "报销.csv", bytes });
    const { result } = seen;
    expect(result.read).toBe(7);
    expect(result.matched.length + result.unmatched.length + result.duplicates.length).toBe(result.read);
    expect(result.matched.map((row) => row.sourceLine)).toEqual([2, 3, 4, 7, 8]);
    expect(result.unmatched.map((row) => [row.sourceLine, row.unmatched])).toEqual([
      [5, "noLine"],
      [6, "badAmount"],
    ]);
    expect(result.duplicates).toEqual([]);
    expect(result.amount.toFixed(2)).toBe("91545.64");

    // The planner assigns the billboard row to 门店海报 before writing.
    const poster = context.lines.findIndex((line) => line.item === "门店海报");
    const written = await actuals.write(budgetSheet, { fileName: "报销.csv", bytes, assignments: { 5: poster } });
    expect(written).toMatchObject({
      sheetName: "实际支出",
      read: 7,
      matched: 6,
      assigned: 1,
      unmatched: 1,
      duplicates: 0,
      amount: "94755.69",
      written: 7,
      syncs: 1,
    });
    // Paid: 12,345.67 − 1,000.01 + 3,210.05 + 99.99 × 2; committed: the PO.
    expect(namedValue(workbook, "实际支出", ACTUALS_NAMES.actual).toFixed(2)).toBe("14755.69");
    expect(namedValue(workbook, "实际支出", ACTUALS_NAMES.committed).toFixed(2)).toBe("80000.00");
    const table = workbook.spreadsheet.tableRows("Actuals")!;
    expect(table.rows).toHaveLength(7);
    expect(table.rows.map((row) => row[2])).toEqual([
      "到店礼品",
      "到店礼品",
      "短信触达",
      "门店海报",
      null,
      "差旅",
      "差旅",
    ]);
    // The mapping used is saved under the file's name.
    expect(workbook.spreadsheet.definedNameFormula(MAPPINGS_NAME)).toContain("报销");
  });

  it("adds nothing when the same file is imported again, and only the new rows of an overlapping export", async () => {
    const { workbook, budgetSheet, actuals } = await campaign();
    const bytes = csvBytes(FIRST, "\t", "gb18030");
    const poster = (await actuals.read(budgetSheet)).lines.findIndex((line) => line.item === "门店海报");
    await actuals.write(budgetSheet, { fileName: "a.csv", bytes, assignments: { 5: poster } });
    const before = namedValue(workbook, "实际支出", ACTUALS_NAMES.actual);

    const again = await actuals.write(budgetSheet, { fileName: "a.csv", bytes });
    expect(again).toMatchObject({ read: 7, matched: 0, unmatched: 0, duplicates: 7, written: 0, syncs: 0 });
    expect(workbook.spreadsheet.tableRows("Actuals")!.rows).toHaveLength(7);
    expect(namedValue(workbook, "实际支出", ACTUALS_NAMES.actual).equals(before)).toBe(true);

    // The next export repeats two rows and adds two: the billboard again (matched as assigned before) and a new one.
    const next = csvBytes(
      [
        HEADER,
        FIRST[1],
        FIRST[6],
        ["2026-06-01", "500.50", "城市广告牌", "BX-009", ""],
        ["2026-06-02", "0.01", "差旅", "BX-010", ""],
      ],
      ",",
      "utf-8-bom",
    );
    const preview = previewImport(await actuals.read(budgetSheet), { fileName: "b.csv", bytes: next });
    expect(preview.result.duplicates.map((row) => row.sourceLine)).toEqual([2, 3]);
    expect(preview.result.matched.map((row) => [row.description, row.matchedBy])).toEqual([
      ["城市广告牌", "remembered"],
      ["差旅", "name"],
    ]);
    const added = await actuals.write(budgetSheet, { fileName: "b.csv", bytes: next });
    expect(added).toMatchObject({ read: 4, matched: 2, duplicates: 2, written: 2, amount: "500.51" });
    expect(workbook.spreadsheet.tableRows("Actuals")!.rows).toHaveLength(9);
    // The sheet's sums take the appended rows in.
    expect(namedValue(workbook, "实际支出", ACTUALS_NAMES.actual).minus(before).toFixed(2)).toBe("500.51");
  });

  it("never writes into a table named Actuals that the import did not write", async () => {
    const { workbook, budgetSheet, actuals } = await campaign();
    const sheet = workbook.spreadsheet.addPlainSheet({
      sheetName: "Mine",
      lang: "en",
      cells: [],
      styles: [],
      columnWidths: [],
      names: [],
      conditionalFormats: [],
      validations: [],
      freezeRows: 0,
      printArea: "A1",
    });
    workbook.spreadsheet.addValueTable(sheet, "Actuals", 0, ["When", "How much"], []);
    const bytes = csvBytes(FIRST, ",", "utf-8");
    const failure = await actuals.write(budgetSheet, { fileName: "a.csv", bytes }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkbookError);
    expect((failure as WorkbookError).text.en).toContain('"Mine" has a table named Actuals');
    expect(workbook.spreadsheet.tableRows("Actuals")!.rows).toEqual([]);
    expect(workbook.spreadsheet.sheetTabs().map((tab) => tab.name)).not.toContain("实际支出");
  });

  it("says what is wrong with a file that is not a CSV", async () => {
    const { budgetSheet, actuals } = await campaign();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const failure = await actuals
      .write(budgetSheet, { fileName: "a.xlsx", bytes: zip })
      .catch((error: unknown) => error);
    expect((failure as WorkbookError).kind).toBe("refused");
    expect((failure as WorkbookError).text.en).toMatch(/zip file/);
  });
});
