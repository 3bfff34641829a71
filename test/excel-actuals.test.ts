import { afterEach, describe, expect, it, vi } from "vitest";
import { excelActuals, READ_BAND_ROWS } from "../src/excel/actuals";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { Decimal, sum } from "../src/model/decimal";
import { presetBudget } from "../src/model/presets";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { actualsStrings } from "../src/i18n";
import { readableBudgetSheet, readablePlainSheet, type ReadableSheet } from "./helpers/excelMock";
import { buildCompanionPlans } from "../src/sheet/buildCompanionPlans";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { createExcelStandIn, WEB_PAYLOAD_LIMIT } from "./helpers/excelStandIn";
import { csvBytes } from "./helpers/actualsFiles";

afterEach(() => {
  vi.unstubAllGlobals();
});

const budget = presetBudget("campaign", "zh");
const items = budget.lines.map((line) => line.item);

function standIn(others: ReadableSheet[] = []) {
  const sheet = readableBudgetSheet(buildSheetPlan(budget, { lang: "zh", sheetName: "预算表" }));
  const excel = createExcelStandIn({
    workbook: {
      sheets: ["预算表", ...others.map((s) => s.name)],
      tables: [],
      names: [],
      readable: [sheet, ...others],
      activeSheet: "预算表",
    },
    excelApi: REQUIRED_EXCEL_API,
  });
  excel.install();
  return excel;
}

/** n rows of an expense export: every line's item in turn, one in 97 an item no line has, amounts to the fen. */
function export_(n: number) {
  const records = [["日期", "金额", "明细项", "单号", "经办人"]];
  let matched = new Decimal(0);
  let unknownAmount = new Decimal(0);
  for (let i = 0; i < n; i++) {
    const unknown = i % 97 === 96;
    const amount = new Decimal(1000 + (i % 5000)).plus(new Decimal(i % 100).div(100));
    if (!unknown) matched = matched.plus(amount);
    else unknownAmount = unknownAmount.plus(amount);
    records.push([
      `2026-05-${String(1 + (i % 28)).padStart(2, "0")}`,
      amount.toFixed(2),
      unknown ? "城市广告牌" : items[i % items.length],
      `BX-${String(i).padStart(6, "0")}`,
      "王芳",
    ]);
  }
  return { bytes: csvBytes(records, ",", "utf-8"), matched, unknownAmount, unknown: Math.floor((n + 1) / 97) };
}

describe("importing actuals in Excel (the client library against the stand-in)", () => {
  it("writes 50,000 rows as a new Actuals sheet in bands that each stay under 5 MB, every row and fen accounted for", async () => {
    const excel = standIn();
    const file = export_(50_000);
    const result = await excelActuals.write("预算表", { fileName: "报销.csv", bytes: file.bytes });
    expect(excel.library.deniedSets).toEqual([]);
    expect(excel.syncs.map((s) => s.error)).toEqual(Array(excel.syncs.length).fill(undefined));
    for (const s of excel.syncs) expect(s.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    for (const s of excel.syncs) expect(s.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    // One read, then the bands: the result says how many syncs the write took.
    expect(result.syncs).toBe(excel.syncs.length - 1);
    expect(result.syncs).toBeGreaterThan(1);
    expect(result.syncs).toBeLessThanOrEqual(6);
    expect(result).toMatchObject({
      sheetName: "实际支出",
      read: 50_000,
      matched: 50_000 - file.unknown,
      unmatched: file.unknown,
      duplicates: 0,
      written: 50_000,
      amount: file.matched.toFixed(2),
    });
    expect(excel.sheetNames()).toEqual(["预算表", "实际支出"]);
    const headers = actualsStrings("zh").sheet.headers;
    const table = excel.addedTables("实际支出");
    expect(table).toHaveLength(1);
    // What the table holds, through the header row and every band: each row once, the amounts to the fen.
    const written = JSON.stringify(excel.syncs.slice(1).map((s) => s.actions));
    expect(written).toContain(`"${headers.amount}"`);
    expect(excel.tableNames()).toContain("Actuals");
    // Read back: every row once, in the file's order, the amounts together exact to the fen.
    const back = await excelActuals.read("预算表");
    expect(back.existing).toHaveLength(50_000);
    expect(back.existing[49_999].reference).toBe("BX-049999");
    expect(sum(back.existing.map((row) => row.amount!)).toFixed(2)).toBe(
      file.matched.plus(file.unknownAmount).toFixed(2),
    );
  });

  it("adds nothing the second time, reading the rows back 5,000 a sync", async () => {
    const excel = standIn();
    const file = export_(12_000);
    const first = await excelActuals.write("预算表", { fileName: "a.csv", bytes: file.bytes });
    expect(first.written).toBe(12_000);
    const before = excel.syncs.length;
    const again = await excelActuals.write("预算表", { fileName: "a.csv", bytes: file.bytes });
    expect(again).toMatchObject({ read: 12_000, matched: 0, unmatched: 0, duplicates: 12_000, written: 0, syncs: 0 });
    // The read: one sync for the sheets and names, one per 5,000 rows of the Actuals table.
    expect(excel.syncs.length - before).toBe(1 + Math.ceil(12_000 / READ_BAND_ROWS));
    for (const s of excel.syncs) expect(s.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  });

  it("adds only the new rows of an overlapping export under the table's rows, the amounts exact", async () => {
    const excel = standIn();
    const file = export_(300);
    await excelActuals.write("预算表", { fileName: "a.csv", bytes: file.bytes });
    const next = csvBytes(
      [
        ["日期", "金额", "明细项", "单号", "经办人"],
        ["2026-05-01", "1000.00", items[0], "BX-000000", "王芳"],
        ["2026-06-01", "0.10", items[1], "BX-900001", "王芳"],
        ["2026-06-02", "(0.30)", items[2], "BX-900002", "王芳"],
      ],
      "\t",
      "gb18030",
    );
    const result = await excelActuals.write("预算表", { fileName: "b.csv", bytes: next });
    expect(result).toMatchObject({ read: 3, matched: 2, duplicates: 1, written: 2, amount: "-0.20", syncs: 1 });
    // Read back: the 300 rows, then the two new ones under them, the amounts exact.
    const back = await excelActuals.read("预算表");
    expect(back.actualsSheet).toBe("实际支出");
    expect(back.existing).toHaveLength(302);
    expect(back.existing.slice(300).map((row) => [row.reference, row.amount?.toFixed(2), row.day])).toEqual([
      ["BX-900001", "0.10", "2026-06-01"],
      ["BX-900002", "-0.30", "2026-06-02"],
    ]);
    expect(sum(back.existing.map((row) => row.amount!)).toFixed(2)).toBe(
      file.matched.plus(file.unknownAmount).plus("-0.20").toFixed(2),
    );
    expect(JSON.stringify(excel.syncs[excel.syncs.length - 3].actions)).not.toContain("BX-000000");
    expect(sum([new Decimal("0.10"), new Decimal("-0.30")]).toFixed(2)).toBe(result.amount);
  });

  it("refuses to write into a table named Actuals that the import did not write", async () => {
    const excel = standIn([
      {
        name: "Mine",
        tables: [{ name: "Actuals", headers: ["When", "How much"], rows: [] }],
        names: [],
        usedRange: null,
      },
    ]);
    const failure = await excelActuals
      .write("预算表", { fileName: "a.csv", bytes: export_(3).bytes })
      .catch((error: unknown) => error);
    expect((failure as Error).message).toContain('"Mine" has a table named Actuals');
    expect(excel.syncs).toHaveLength(1);
  });
});

describe("importing actuals into a phased workbook in Excel (the client library against the stand-in)", () => {
  /** The campaign's phasing sheet over three months, as the Timeline view writes it. */
  function phasingSheet(): ReadableSheet {
    const budgetPlan = buildSheetPlan(budget, { lang: "zh", sheetName: "预算表" });
    const choice: CategoryPhasing = {
      periods: { unit: "month", first: "2026-05", count: 3 },
      profiles: evenProfiles(),
    };
    const [phasing] = buildCompanionPlans(budget, budgetPlan, [], {
      lang: "zh",
      phasing: phasingByCategory(budget, choice),
    });
    return readablePlainSheet(phasing);
  }

  it("finds the phasing sheet in the read and points its actuals-counted cells at the new table in the write's sync", async () => {
    const excel = standIn([phasingSheet()]);
    const file = csvBytes(
      [
        ["日期", "金额", "明细项", "单号", "状态"],
        ["2026-05-03", "1,234.56", items[1], "BX-1", "已支付"],
      ],
      ",",
      "utf-8",
    );
    const result = await excelActuals.write("预算表", { fileName: "报销.csv", bytes: file });
    expect(excel.syncs.map((s) => s.error)).toEqual(Array(excel.syncs.length).fill(undefined));
    // The read (one sync, and one for the phasing sheet's settings), then the write in one.
    expect(excel.syncs).toHaveLength(3);
    expect(result).toMatchObject({ matched: 1, written: 1, syncs: 1 });
    const written = excel.writes("分期计划").filter((w) => w.property === "Formulas");
    const formulas = written.flatMap((w) => (w.value as unknown[][]).flat()).map(String);
    const counting = formulas.filter((f) => f.includes("COUNTIFS(Actuals["));
    // Every line and the reserve, in each of the three months; nothing typed is written over.
    expect(counting).toHaveLength((items.length + 1) * 3);
    expect(counting.some((f) => f.includes(`"=${items[1]}"`))).toBe(true);
    expect(formulas.some((f) => /^-?\d/.test(f))).toBe(false);
  });
});
