import { describe, expect, it } from "vitest";
import { dec, presetBudget } from "../src/model";
import { parseAmount } from "../src/model/actuals/amount";
import { parseCsv } from "../src/model/actuals/csv";
import { parseDay } from "../src/model/actuals/date";
import { decodeText } from "../src/model/actuals/decodeText";
import {
  importActuals,
  type ExistingActual,
  type ImportedRow,
  type LineTarget,
} from "../src/model/actuals/importActuals";
import { BudgetInputError } from "../src/model/errors";
import { csvBytes, encodeGb18030, type Encoding } from "./helpers/actualsFiles";

const zhBudget = presetBudget("campaign", "zh");
const targets: LineTarget[] = zhBudget.lines.map((line) => ({ category: line.category, item: line.item }));
const item = (i: number) => zhBudget.lines[i].item;

const HEADER = ["交易日期", "报销金额", "费用项目", "凭证号", "经办人", "状态"];
/** Ten rows: matched by name (even with full-width and case differences), unmatched, refunds, committed. */
function records(): string[][] {
  return [
    HEADER,
    ["2026-05-03", "1,234.50", item(0), "PZ-001", "张三", "已报销"],
    ["2026/5/4", "￥2,000.00", ` ${item(1)} `, "PZ-002", "李四", "已支付"],
    ["2026年5月5日", "（300.10）", item(1), "PZ-003", "李四", "已支付"],
    ["2026-05-06", "-99.99", item(3), "", "王五", ""],
    ["2026-05-06", "１２３４５.６７", item(3), "", "王五", "已占用"],
    ["2026-05-07", "500元", "不存在的明细", "PZ-006", "", "已支付"],
    ["2026-05-08", "abc", item(0), "PZ-007", "", "已支付"],
    ["not a date", "10", item(0), "PZ-008", "", "已支付"],
    ["2026-05-09", "RMB 1,000,000.01", item(15), "PZ-009", "赵六", "已下单"],
    ["2026-05-10", "88.8", `备注\n含换行, 和逗号 "引号"`, "PZ-010", "", "已支付"],
  ];
}

const accounted = (result: ReturnType<typeof importActuals>) =>
  result.matched.length + result.unmatched.length + result.duplicates.length;
const amounts = (rows: ImportedRow[]) => rows.map((row) => row.amount?.toFixed(2) ?? null);

describe("reading an actuals file", () => {
  const cases: [Encoding, "," | "\t"][] = [
    ["utf-8", ","],
    ["utf-8-bom", ","],
    ["gb18030", ","],
    ["utf-8", "\t"],
    ["gb18030", "\t"],
  ];
  it.each(cases)("%s, %j separated: every row accounted for, amounts exact to the fen", (encoding, delimiter) => {
    const result = importActuals(csvBytes(records(), delimiter, encoding), { source: "a.csv", targets });
    expect(result.encoding).toBe(encoding === "gb18030" ? "gb18030" : "utf-8");
    expect(result.delimiter).toBe(delimiter);
    expect(result.read).toBe(10);
    expect(accounted(result)).toBe(10);
    expect(amounts(result.matched)).toEqual(["1234.50", "2000.00", "-300.10", "-99.99", "12345.67", "1000000.01"]);
    expect(result.matched.map((row) => row.line)).toEqual([0, 1, 1, 3, 3, 15]);
    expect(result.matched.map((row) => row.status)).toEqual(["paid", "paid", "paid", "paid", "committed", "committed"]);
    expect(result.amount.toFixed(2)).toBe("1015180.09");
    expect(result.paid.toFixed(2)).toBe("2834.41");
    expect(result.committed.toFixed(2)).toBe("1012345.68");
    expect(result.unmatched.map((row) => row.unmatched)).toEqual(["noLine", "badAmount", "badDate", "noLine"]);
    // The quoted field keeps its line break, comma and quotes; the row after it is on line 12.
    expect(result.unmatched[3].description).toBe(`备注\n含换行, 和逗号 "引号"`);
    expect(result.unmatched[3].sourceLine).toBe(11);
    expect(result.identities).toEqual({ reference: 8, content: 2 });
  });

  it("a second import of the same file adds nothing; an overlapping export adds only its new rows", () => {
    const bytes = csvBytes(records(), ",", "gb18030");
    const first = importActuals(bytes, { source: "a.csv", targets });
    const existing: ExistingActual[] = [...first.matched, ...first.unmatched].map((row) => ({
      ...row,
      line: row.line === null ? "" : targets[row.line].item,
    }));
    const again = importActuals(bytes, { source: "a.csv", targets, existing });
    expect([again.matched.length, again.unmatched.length, again.duplicates.length]).toEqual([0, 0, 10]);
    expect(again.amount.toFixed(2)).toBe("0.00");

    const overlap = [
      ...records().slice(0, 1),
      ...records().slice(6),
      ["2026-05-11", "10.00", item(2), "PZ-011", "", ""],
    ];
    const next = importActuals(csvBytes(overlap, "\t", "utf-8"), { source: "b.csv", targets, existing });
    expect([next.read, next.matched.length, next.duplicates.length]).toEqual([6, 1, 5]);
    expect(amounts(next.matched)).toEqual(["10.00"]);
  });

  it("two identical rows without a reference both count, and both are known on the next import", () => {
    const file = [HEADER, ["2026-05-03", "50", item(2), "", "", ""], ["2026-05-03", "50.00", item(2), "", "", ""]];
    const first = importActuals(csvBytes(file, ",", "utf-8"), { source: "a.csv", targets });
    expect(amounts(first.matched)).toEqual(["50.00", "50.00"]);
    const existing = [{ ...first.matched[0], line: item(2) }];
    const second = importActuals(csvBytes(file, ",", "utf-8"), { source: "a.csv", targets, existing });
    expect([second.matched.length, second.duplicates.length]).toEqual([1, 1]);
  });

  it("matches by a line's code and by a match the planner made before", () => {
    const coded: LineTarget[] = targets.map((t, i) => ({ ...t, code: `L${String(i + 1).padStart(2, "0")}` }));
    const file = [HEADER, ["2026-05-03", "1", "l16", "A", "", ""], ["2026-05-03", "2", "门店海报印刷", "B", "", ""]];
    const existing: ExistingActual[] = [
      {
        day: "2026-04-01",
        dateText: "2026-04-01",
        amount: dec(5),
        amountText: "5",
        description: "门店海报印刷",
        reference: "OLD",
        line: item(7),
      },
    ];
    const result = importActuals(csvBytes(file, ",", "utf-8"), { source: "a.csv", targets: coded, existing });
    expect(result.matched.map((row) => [row.line, row.matchedBy])).toEqual([
      [15, "code"],
      [7, "remembered"],
    ]);
  });

  it("an English export with title lines above its header, and a saved mapping", () => {
    const en = presetBudget("campaign", "en");
    const enTargets = en.lines.map((line) => ({ category: line.category, item: line.item }));
    const file = [
      ["Account: 6222 0000"],
      ["Date", "Amount", "Line", "Reference", "Status"],
      ["2026-05-03", "(1,000.00)", en.lines[4].item.toUpperCase(), "R1", "refunded"],
      ["46146", "2.5", en.lines[4].item, "R2", "ordered"],
    ];
    const result = importActuals(csvBytes(file, ",", "utf-8"), { source: "bank.csv", targets: enTargets });
    expect(result.read).toBe(2);
    expect(amounts(result.matched)).toEqual(["-1000.00", "2.50"]);
    expect(result.matched.map((row) => row.day)).toEqual(["2026-05-03", "2026-05-04"]);
    const mapped = importActuals(
      csvBytes(
        [
          ["D", "A", "X"],
          ["2026-05-03", "7", en.lines[0].item],
        ],
        ",",
        "utf-8",
      ),
      {
        source: "x.csv",
        targets: enTargets,
        mapping: { date: "D", amount: "a", item: "X" },
      },
    );
    expect(amounts(mapped.matched)).toEqual(["7.00"]);
  });

  it("refuses what is not a CSV file with one clear reason", () => {
    const reason = (bytes: Uint8Array) => {
      try {
        importActuals(bytes, { source: "x", targets });
      } catch (error) {
        expect(error).toBeInstanceOf(BudgetInputError);
        return (error as BudgetInputError).text.en;
      }
      return "no error";
    };
    expect(reason(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(/zip file/);
    expect(reason(new Uint8Array([1, 0, 2, 3]))).toMatch(/not a text file/);
    expect(reason(new Uint8Array([0x81, 0x20, 0xff]))).toMatch(/neither UTF-8 nor GBK/);
    expect(reason(new TextEncoder().encode("a,b\n1,2\n"))).toMatch(/no header row/);
    expect(reason(new TextEncoder().encode('日期,金额,明细项\n2026-05-01,"1,0\n'))).toMatch(/line 2 is never closed/);
    expect(reason(new TextEncoder().encode("\r\n\r\n"))).toMatch(/no rows/);
  });
});

describe("amounts, dates and fields", () => {
  it.each([
    ["1,234.50", "1234.50"],
    ["¥1,234.50", "1234.50"],
    ["￥1,234.50", "1234.50"],
    ["（1,234.50）", "-1234.50"],
    ["(¥1,234.50)", "-1234.50"],
    ["-1234.5", "-1234.50"],
    ["−1234.5", "-1234.50"],
    ["¥-5", "-5.00"],
    ["RMB 12.3", "12.30"],
    ["１２３４.５０元", "1234.50"],
    ["0.1", "0.10"],
    ["1.5e3", "1500.00"],
  ])("%s is %s", (input, expected) => {
    const reading = parseAmount(input);
    expect(reading.ok && reading.value.toFixed(2)).toBe(expected);
  });

  it("adds to the fen exactly where doubles would not", () => {
    const tenths = Array.from({ length: 10 }, () => parseAmount("0.10"));
    const total = tenths.reduce((acc, r) => (r.ok ? acc.plus(r.value) : acc), dec(0));
    expect(total.toString()).toBe("1");
  });

  it.each([
    ["1e100000", "tooLarge"],
    ["1" + "0".repeat(45), "tooLong"],
    ["2000000000000", "tooLarge"],
    ["1.234", "subFen"],
    ["12,34", "notANumber"],
    ["", "blank"],
    ["1.2.3", "notANumber"],
  ])("%s is refused (%s)", (input, reason) => {
    expect(parseAmount(input)).toEqual({ ok: false, reason });
  });

  it.each([
    ["2026-05-03", "2026-05-03"],
    ["2026/5/3", "2026-05-03"],
    ["2026.5.3", "2026-05-03"],
    ["2026年5月3日", "2026-05-03"],
    ["２０２６年５月３日", "2026-05-03"],
    ["20260503", "2026-05-03"],
    ["2026-05-03 14:22:01", "2026-05-03"],
    ["46145", "2026-05-03"],
    ["2026-02-30", null],
    ["5/3/2026", null],
  ])("the day %s is %s", (input, expected) => {
    expect(parseDay(input)).toBe(expected);
  });

  it("an Excel serial number from a workbook cell is a day", () => {
    expect(parseDay(46145.75)).toBe("2026-05-03");
  });

  it("CSV: quotes, CR, LF and CRLF records, a BOM", () => {
    expect(parseCsv('\uFEFFa,"b,1"\r\n"x""y",\r"line\nbreak",z\n').records).toEqual([
      ["a", "b,1"],
      ['x"y', ""],
      ["line\nbreak", "z"],
    ]);
    expect(decodeText(encodeGb18030("金额,报销")).text).toBe("金额,报销");
  });
});
