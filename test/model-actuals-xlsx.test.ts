import { describe, expect, it } from "vitest";
import { presetBudget } from "../src/model";
import {
  importActuals,
  importActualsInChunks,
  type ActualsImport,
  type ExistingActual,
  type ImportedRow,
  type LineTarget,
} from "../src/model/actuals/importActuals";
import { actualsFileKind, numberText, openXlsx, readXlsxRows, serialDayText } from "../src/model/actuals/xlsxSheet";
import { BudgetInputError } from "../src/model/errors";
import { csvBytes } from "./helpers/actualsFiles";
import { xlsxBytes, type XlsxCell, type XlsxSheetSpec } from "./helpers/actualsXlsx";

const zhBudget = presetBudget("campaign", "zh");
const targets: LineTarget[] = zhBudget.lines.map((line) => ({ category: line.category, item: line.item }));
const item = (i: number) => zhBudget.lines[i].item;

const HEADER = ["交易日期", "报销金额", "费用项目", "凭证号", "状态"];
const serial = (value: string): XlsxCell => ({ number: value, date: "builtIn" });
const amount = (value: string): XlsxCell => ({ number: value });

/**
 * An expense export saved as .xlsx: dates as serials under a built-in and a custom date format and
 * as text; amounts as numbers (one stored with a binary float's seventeen digits, one in exponent
 * form) and as text; a blank row; an unknown item; two identical rows without a reference.
 */
function sheetRows(): XlsxCell[][] {
  return [
    ["费用明细导出"],
    [],
    HEADER,
    [serial("46145"), amount("1234.56"), item(0), "PZ-001", "已报销"],
    [{ number: "46146.75", date: "custom" }, amount("1234.5600000000001"), item(1), "PZ-002", "已支付"],
    ["2026/5/5", "￥2,000.10", item(1), "PZ-003", "已支付"],
    [serial("46148"), amount("-99.99"), item(3), "PZ-004", null],
    [],
    ["2026-05-09", amount("1.2345E3"), item(3), "PZ-005", "已占用"],
    [serial("46151"), amount("500"), "不存在的明细", "PZ-006", "已支付"],
    [serial("46152"), amount("0.1"), item(2), null, "已支付"],
    [serial("46152"), amount("0.1"), item(2), null, "已支付"],
  ];
}

/** The figures the rows hold, as a planner reads them in Excel. */
const EXPECTED = {
  days: ["2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06", "2026-05-09", "2026-05-10", "2026-05-10"],
  matchedAmounts: ["1234.56", "1234.56", "2000.10", "-99.99", "1234.50", "0.10", "0.10"],
  matchedLines: [4, 5, 6, 7, 9, 11, 12],
  matchedTotal: "5603.93",
};

const book = (spec: Partial<XlsxSheetSpec> = {}) => xlsxBytes([{ name: "明细", rows: sheetRows(), ...spec }]);

async function importXlsx(bytes: Uint8Array, existing?: ExistingActual[], sheet?: string) {
  const rows = await readXlsxRows(bytes, sheet);
  return importActuals(rows, { source: "费用.xlsx", targets, ...(existing ? { existing } : {}) });
}

const figures = (result: ActualsImport) => ({
  matched: result.matched.map((row) => [row.sourceLine, row.day, row.amount?.toFixed(2), row.line, row.status]),
  unmatched: result.unmatched.map((row) => [row.sourceLine, row.unmatched]),
  duplicates: result.duplicates.map((row) => row.sourceLine),
  amount: result.amount.toFixed(2),
});

const asExisting = (rows: ImportedRow[]): ExistingActual[] =>
  rows.map((row) => ({
    day: row.day,
    dateText: row.dateText,
    amount: row.amount,
    amountText: row.amountText,
    description: row.description,
    reference: row.reference,
    line: row.line === null ? "" : targets[row.line].item,
  }));

function inputError(error: unknown): string {
  expect(error).toBeInstanceOf(BudgetInputError);
  return (error as BudgetInputError).text.en;
}

describe("actuals from an .xlsx sheet", () => {
  it("reads serial and text dates, number and text amounts exactly, every row accounted for", async () => {
    const result = await importXlsx(await book());
    expect(result.sheet).toBe("明细");
    expect(result.read).toBe(8);
    expect(result.matched.length + result.unmatched.length + result.duplicates.length).toBe(result.read);
    expect(result.matched.map((row) => row.day)).toEqual(EXPECTED.days);
    expect(result.matched.map((row) => row.amount?.toFixed(2))).toEqual(EXPECTED.matchedAmounts);
    expect(result.matched.map((row) => row.sourceLine)).toEqual(EXPECTED.matchedLines);
    expect(result.matched.map((row) => targets[row.line!].item)).toEqual([
      item(0),
      item(1),
      item(1),
      item(3),
      item(3),
      item(2),
      item(2),
    ]);
    expect(result.unmatched.map((row) => [row.sourceLine, row.unmatched, row.amountText])).toEqual([
      [10, "noLine", "500"],
    ]);
    expect(result.amount.toFixed(2)).toBe(EXPECTED.matchedTotal);
    expect(result.committed.toFixed(2)).toBe("1234.50");
    expect(result.paid.toFixed(2)).toBe("4369.43");
  });

  it("gives the same rows as the same export saved as CSV", async () => {
    const fromXlsx = await importXlsx(await book());
    // What each cell shows in Excel: its date as a day, its number as Excel displays it.
    const csvRows = sheetRows().map((row) =>
      row.map((cell) => {
        if (cell === null || typeof cell === "string") return cell ?? "";
        return cell.date ? serialDayText(cell.number, false) : numberText(cell.number);
      }),
    );
    const fromCsv = importActuals(csvBytes(csvRows, ",", "utf-8"), { source: "费用.xlsx", targets });
    expect(figures(fromXlsx)).toEqual(figures(fromCsv));
  });

  it("reads inline strings, and rows and cells without references, as the same rows", async () => {
    const shared = figures(await importXlsx(await book()));
    expect(figures(await importXlsx(await book({ strings: "inline" })))).toEqual(shared);
    const unreferenced = await importXlsx(await book({ strings: "inline", withoutReferences: true }));
    expect(figures(unreferenced)).toEqual(shared);
  });

  it("adds nothing on a second import of the same sheet", async () => {
    const bytes = await book();
    const first = await importXlsx(bytes);
    const again = await importXlsx(bytes, asExisting([...first.matched, ...first.unmatched]));
    expect(again.read).toBe(8);
    expect(again.matched).toEqual([]);
    expect(again.unmatched).toEqual([]);
    expect(again.duplicates.map((row) => row.sourceLine)).toEqual([4, 5, 6, 7, 9, 10, 11, 12]);
    expect(again.amount.toFixed(2)).toBe("0.00");
  });

  it("picks the first sheet that holds rows, or the sheet named", async () => {
    const bytes = await xlsxBytes([
      { name: "封面", rows: [] },
      { name: "五月", rows: sheetRows() },
      { name: "六月", rows: [HEADER, [serial("46174"), amount("88.8"), item(0), "PZ-100", "已支付"]] },
    ]);
    expect((await openXlsx(bytes)).sheets).toEqual(["封面", "五月", "六月"]);
    expect((await importXlsx(bytes)).amount.toFixed(2)).toBe(EXPECTED.matchedTotal);
    const june = await importXlsx(bytes, undefined, "六月");
    expect(june.matched.map((row) => [row.day, row.amount?.toFixed(2)])).toEqual([["2026-06-01", "88.80"]]);
    expect(inputError(await importXlsx(bytes, undefined, "封面").catch((e: unknown) => e))).toBe(
      'the sheet "封面" holds no rows',
    );
    expect(inputError(await importXlsx(bytes, undefined, "七月").catch((e: unknown) => e))).toBe(
      'the workbook has no sheet "七月"; its sheets: 封面, 五月, 六月',
    );
    const empty = await xlsxBytes([{ name: "Sheet1", rows: [[], []] }]);
    expect(inputError(await importXlsx(empty).catch((e: unknown) => e))).toBe(
      "no sheet of the workbook holds any rows",
    );
  });

  it("reads a workbook another program wrote: dates as Date cells, amounts as numbers and formulas", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Expenses");
    sheet.addRow(["Date", "Amount", "Item", "Reference"]);
    sheet.addRow([new Date(Date.UTC(2026, 4, 3)), 1234.56, item(0), "A-1"]);
    sheet.addRow([new Date(Date.UTC(2026, 4, 4)), 0.1, item(0), "A-2"]);
    sheet.addRow(["2026-05-05", "2,000.00", item(1), "A-3"]);
    sheet.addRow([new Date(Date.UTC(2026, 4, 6)), { formula: "0.1+0.2", result: 0.30000000000000004 }, item(1), "A-4"]);
    sheet.getColumn(1).numFmt = "yyyy-mm-dd";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importXlsx(bytes);
    expect(result.sheet).toBe("Expenses");
    expect(result.matched.map((row) => [row.sourceLine, row.day, row.amount?.toFixed(2)])).toEqual([
      [2, "2026-05-03", "1234.56"],
      [3, "2026-05-04", "0.10"],
      [4, "2026-05-05", "2000.00"],
      [5, "2026-05-06", "0.30"],
    ]);
    expect(result.amount.toFixed(2)).toBe("3234.96");
  });

  it("reads dates of the 1904 system", async () => {
    const rows = [HEADER, [serial("44683"), amount("10"), item(0), "PZ-1", "已支付"]];
    const result = await importXlsx(await xlsxBytes([{ name: "A", rows }], { date1904: true }));
    expect(result.matched.map((row) => row.day)).toEqual(["2026-05-03"]);
  });

  it("refuses a protected, damaged or foreign file with one clear reason", async () => {
    const cfb = (stream: string) => {
      const name = Array.from(stream).flatMap((c) => [c.charCodeAt(0), 0]);
      return new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(40).fill(0), ...name]);
    };
    const kindError = (bytes: Uint8Array) => {
      try {
        return actualsFileKind(bytes);
      } catch (error) {
        return inputError(error);
      }
    };
    expect(kindError(cfb("EncryptedPackage"))).toMatch(/^the workbook is protected with a password/);
    expect(kindError(cfb("Workbook"))).toMatch(/^this is an old \.xls workbook/);
    expect(kindError(await book())).toBe("xlsx");
    expect(kindError(csvBytes([HEADER], ",", "utf-8"))).toBe("csv");

    const whole = await book();
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    expect(inputError(await readXlsxRows(cut).catch((e: unknown) => e))).toMatch(
      /^the \.xlsx workbook is damaged \(the end of the zip directory is missing\)/,
    );
    // A part whose deflated bytes are garbled.
    const garbled = whole.slice();
    const sheetAt = findText(garbled, "xl/worksheets/sheet1.xml");
    for (let i = sheetAt + 30; i < sheetAt + 60; i++) garbled[i] ^= 0x5a;
    expect(inputError(await readXlsxRows(garbled).catch((e: unknown) => e))).toMatch(
      /^the \.xlsx workbook is damaged \(xl\/worksheets\/sheet1\.xml cannot be unpacked\)/,
    );
    // A zip that is not a workbook.
    const JSZip = (await import("jszip")).default;
    const other = await new JSZip().file("readme.txt", "hello").generateAsync({ type: "uint8array" });
    expect(inputError(await readXlsxRows(other).catch((e: unknown) => e))).toMatch(
      /^this is neither a CSV file nor an \.xlsx workbook/,
    );
  });
});

/** Where a part's local header names it: its data follows the name. */
function findText(bytes: Uint8Array, text: string): number {
  const pattern = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i++) {
    if (pattern.every((byte, j) => bytes[i + j] === byte)) return i + pattern.length;
  }
  throw new Error(`${text} not found`);
}

describe("an .xlsx cell's stored text", () => {
  it("turns serials into days with the 1900 leap-year quirk", () => {
    expect(serialDayText("1", false)).toBe("1900-01-01");
    expect(serialDayText("59", false)).toBe("1900-02-28");
    expect(serialDayText("60", false)).toBe("1900-02-29");
    expect(serialDayText("61", false)).toBe("1900-03-01");
    expect(serialDayText("25569", false)).toBe("1970-01-01");
    expect(serialDayText("46145.999988426", false)).toBe("2026-05-03");
    expect(serialDayText("0", true)).toBe("1904-01-01");
  });

  it("keeps numbers as decimals, never through a binary float", () => {
    expect(numberText("1234.56")).toBe("1234.56");
    expect(numberText("1234.5600000000001")).toBe("1234.56");
    expect(numberText("0.30000000000000004")).toBe("0.3");
    expect(numberText("1.2345E3")).toBe("1234.5");
    expect(numberText("99999999999.99")).toBe("99999999999.99");
    expect(numberText("-7.5E-1")).toBe("-0.75");
  });
});

describe("the chunked import", () => {
  it("gives exactly the one-shot result on 50,000 rows, its progress rising to the total", async () => {
    const records: string[][] = [HEADER];
    for (let i = 0; i < 50_000; i++) {
      const line = i % 23 === 0 ? "不存在的明细" : item(i % zhBudget.lines.length);
      const fen = (i * 7919) % 1_000_000;
      records.push([
        `2026-05-${String((i % 28) + 1).padStart(2, "0")}`,
        `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`,
        line,
        i % 5 === 0 ? "" : `PZ-${i % 40_000}`,
        i % 3 === 0 ? "已占用" : "已支付",
      ]);
    }
    const bytes = csvBytes(records, ",", "utf-8");
    // The first thousand rows were imported before: those of them that come again are duplicates.
    const before = importActuals(csvBytes(records.slice(0, 1_001), ",", "utf-8"), { source: "前.csv", targets });
    const options = { source: "大文件.csv", targets, existing: asExisting([...before.matched, ...before.unmatched]) };
    const once = importActuals(bytes, options);
    const progress: [number, number][] = [];
    let pauses = 0;
    const chunked = await importActualsInChunks(bytes, options, (done, total) => progress.push([done, total]), {
      chunkRows: 3_000,
      pause: async () => {
        pauses++;
      },
    });
    expect(chunked).toEqual(once);
    expect(once.read).toBe(50_000);
    expect(once.matched.length + once.unmatched.length + once.duplicates.length).toBe(50_000);
    expect(once.duplicates.length).toBe(1_000);
    expect(progress[0]).toEqual([0, 50_000]);
    expect(progress.at(-1)).toEqual([50_000, 50_000]);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i][0]).toBeGreaterThan(progress[i - 1][0]);
      expect(progress[i][1]).toBe(50_000);
    }
    expect(progress.map(([done]) => done).slice(1, 4)).toEqual([3_000, 6_000, 9_000]);
    expect(pauses).toBe(17);
  });
});
