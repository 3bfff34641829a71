import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellResult, loadWorkbook, namedCell, readDefinedNames } from "../src/cli/xlsx/readXlsx";
import { dec, presetBudget, type Decimal } from "../src/model";
import { expectClose, LIBREOFFICE_TOLERANCE } from "./helpers/expectClose";
import { describeWithLibreOffice } from "./helpers/libreoffice";
import { runScript } from "./helpers/runScript";
import { csvBytes } from "./helpers/actualsFiles";

const work = mkdtempSync(join(tmpdir(), "budget-actuals-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const actuals = (...args: string[]) => runScript("src/cli/actuals.ts", args, { INIT_CWD: work });

const zh = presetBudget("campaign", "zh");
const en = presetBudget("campaign", "en");

/** A 费控 export in GBK, tab separated: 12 rows, 3 of them not matching a line. */
function zhExport(): Uint8Array {
  const item = (i: number) => zh.lines[i].item;
  return csvBytes(
    [
      ["报销单号", "交易日期", "费用项目", "报销金额", "经办人", "状态"],
      ["BX-01", "2026-05-03", item(1), "1,234.56", "张三", "已报销"],
      ["BX-02", "2026/5/4", item(1), "￥765.44", "张三", "已报销"],
      ["BX-03", "2026年5月6日", item(7), "（100.01）", "李四", "已报销"],
      ["BX-04", "2026-05-07", item(7), "3,000.00", "李四", "已下单"],
      ["BX-05", "2026-05-08", item(15), "450,000.00", "王五", "已占用"],
      ["BX-06", "2026-05-09", item(15), "60,000.10", "王五", "已支付"],
      ["BX-07", "2026-05-10", item(18), "21,000", "赵六", "已支付"],
      ["BX-08", "2026-05-10", '=HYPERLINK("x")', "10.00", "", "已支付"],
      ["BX-09", "2026-05-11", "咖啡", "35", "", "已支付"],
      ["BX-10", "2026-05-12", item(0), "abc", "", "已支付"],
      ["", "2026-05-12", item(3), "0.10", "", ""],
      ["", "2026-05-12", item(3), "0.20", "", ""],
    ],
    "\t",
    "gb18030",
  );
}

/** The model's figures for zhExport: actual paid and committed on matched lines. */
const ZH_ACTUAL = dec("1234.56")
  .plus("765.44")
  .minus("100.01")
  .plus("60000.10")
  .plus("21000")
  .plus("0.10")
  .plus("0.20");
const ZH_COMMITTED = dec("3000").plus("450000");
// Forecast: every line at its plan except where spend exceeds it: fulfillment 510,000.10 of 500,000 and
// travel 21,000 of 20,000; the posters' 2,899.99 of 7,500 and the rest stay at plan.
const ZH_FORECAST = dec("1294596").plus("10000.10").plus("1000");

async function exportBudget(name: string, lang: "zh" | "en"): Promise<string> {
  const out = join(work, name);
  const run = await runScript("src/cli/export.ts", ["--preset", "campaign", "--lang", lang, "--out", out], {
    INIT_CWD: work,
  });
  if (run.code !== 0) throw new Error(`export failed: ${run.stderr}`);
  return out;
}

async function loadWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

async function named(path: string) {
  const bytes = readFileSync(path);
  const workbook = await loadWorkbook(bytes);
  const names = await readDefinedNames(bytes);
  return { workbook, names, value: (name: string) => cellResult(namedCell(workbook, names, name)) };
}

let budget = "";
beforeAll(async () => {
  budget = await exportBudget("budget-zh.xlsx", "zh");
  writeFileSync(join(work, "feikong.csv"), zhExport());
}, 60_000);

describe("npm run actuals -- import", () => {
  it("imports a GBK, tab-separated export: the summary, the sheet's rows and its names", async () => {
    const run = await actuals("import", "budget-zh.xlsx", "feikong.csv", "--out", "imported.xlsx", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const expectedAmount = ZH_ACTUAL.plus(ZH_COMMITTED);
    expect(JSON.parse(run.stdout)).toEqual({
      read: 12,
      matched: 9,
      unmatched: 3,
      duplicates: 0,
      amount: expectedAmount.toFixed(2),
    });
    const { workbook, value } = await named(join(work, "imported.xlsx"));
    expect(value("Budget_Actual")).toBeCloseTo(ZH_ACTUAL.toNumber(), 6);
    expect(value("Budget_Committed")).toBe(ZH_COMMITTED.toNumber());
    expect(value("Budget_Forecast")).toBeCloseTo(ZH_FORECAST.toNumber(), 6);
    expect(value("Budget_ForecastVariance")).toBeCloseTo(ZH_FORECAST.minus("1294596").toNumber(), 6);
    const sheet = workbook.getWorksheet("实际支出")!;
    const texts: unknown[] = [];
    sheet.eachRow((row) => texts.push(row.getCell(8).value));
    // The description typed as a formula is text in the sheet, never a formula.
    expect(texts).toContain('=HYPERLINK("x")');
    // The budget sheet is still there, unchanged in what it holds.
    expect(workbook.getWorksheet("预算表")).toBeDefined();
    expect(readFileSync(budget).length).toBeGreaterThan(0);
  }, 60_000);

  it("a second import of the same file adds nothing, and the rows stay as they were", async () => {
    const run = await actuals("import", "imported.xlsx", "feikong.csv", "--out", "again.xlsx", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ read: 12, matched: 0, unmatched: 0, duplicates: 12, amount: "0.00" });
    const before = await named(join(work, "imported.xlsx"));
    const after = await named(join(work, "again.xlsx"));
    for (const name of ["Budget_Actual", "Budget_Committed", "Budget_Forecast"])
      expect(after.value(name), name).toBeCloseTo(before.value(name) as number, 6);
    expect(after.workbook.getWorksheet("实际支出")!.rowCount).toBe(before.workbook.getWorksheet("实际支出")!.rowCount);
  }, 60_000);

  it("prints the summary in words, and an English export with a saved mapping on the next import", async () => {
    const enBudget = await exportBudget("budget-en.xlsx", "en");
    expect(enBudget).toContain("budget-en");
    writeFileSync(
      join(work, "bank.csv"),
      csvBytes(
        [
          ["Posted", "Value", "Memo"],
          ["2026-05-03", "(1,000.00)", en.lines[4].item],
          ["2026-05-04", "2,500.50", en.lines[4].item],
        ],
        ",",
        "utf-8-bom",
      ),
    );
    const first = await actuals(
      "import",
      "budget-en.xlsx",
      "bank.csv",
      "--out",
      "bank.xlsx",
      "--columns",
      "date=Posted,amount=Value,item=Memo",
      "--mapping",
      "bank",
      "--lang",
      "en",
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Read 2 rows");
    expect(first.stdout).toContain("Matched: 2 rows, ¥1,500.50");
    expect(first.stdout).toContain("date + amount + description for 2");
    writeFileSync(
      join(work, "bank2.csv"),
      csvBytes(
        [
          ["Memo", "Posted", "Value"],
          [en.lines[4].item, "2026-05-04", "2,500.50"],
          [en.lines[5].item, "2026-05-05", "99"],
        ],
        ",",
        "utf-8",
      ),
    );
    const second = await actuals(
      "import",
      "bank.xlsx",
      "bank2.csv",
      "--out",
      "bank2.xlsx",
      "--mapping",
      "bank",
      "--json",
    );
    expect(second.stderr).toBe("");
    expect(JSON.parse(second.stdout)).toEqual({ read: 2, matched: 1, unmatched: 0, duplicates: 1, amount: "99.00" });
    const { value } = await named(join(work, "bank2.xlsx"));
    expect(value("Budget_Actual")).toBeCloseTo(1599.5, 6);
  }, 60_000);

  it("adds a second file's rows under the table: a note beside it, an edited amount and a formula stay, nothing counts twice", async () => {
    // The planner's edits on the first import's Actuals sheet: a note beside the table, BX-01's amount
    // corrected to 1,300.00 and BX-02's amount written as a formula (765.44, as before).
    const zip = await JSZip.loadAsync(readFileSync(join(work, "imported.xlsx")));
    const part = "xl/worksheets/sheet2.xml";
    const tablePart = "xl/tables/table2.xml";
    const tableRef = /ref="A(\d+):I(\d+)"/.exec(await zip.file(tablePart)!.async("string"))!;
    const [header, last] = [Number(tableRef[1]), Number(tableRef[2])];
    expect(last - header).toBe(12);
    const note = `<c r="L${header + 1}" t="inlineStr"><is><t>核对：5月发票已收</t></is></c>`;
    let xml = await zip.file(part)!.async("string");
    xml = xml
      .replace(new RegExp(`(<row r="${header + 1}"[^>]*>[\\s\\S]*?)(</row>)`), `$1${note}$2`)
      .replace(new RegExp(`(<c r="D${header + 1}"[^>]*>)<v>1234.56</v>`), "$1<v>1300</v>")
      .replace(new RegExp(`(<c r="D${header + 2}"[^>]*>)<v>765.44</v>`), "$1<f>700+65.44</f><v>765.44</v>");
    expect(xml).toContain(note);
    expect(xml).toContain("<v>1300</v>");
    expect(xml).toContain("<f>700+65.44</f>");
    zip.file(part, xml);
    writeFileSync(join(work, "edited-first.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    // The next export: BX-06 again (already imported), and two new rows.
    writeFileSync(
      join(work, "feikong2.csv"),
      csvBytes(
        [
          ["报销单号", "交易日期", "费用项目", "报销金额", "经办人", "状态"],
          ["BX-06", "2026-05-09", zh.lines[15].item, "60,000.10", "王五", "已支付"],
          ["BX-11", "2026-05-20", zh.lines[1].item, "100.00", "张三", "已支付"],
          ["BX-12", "2026-05-21", zh.lines[7].item, "50.00", "李四", "已下单"],
        ],
        "\t",
        "gb18030",
      ),
    );
    const run = await actuals("import", "edited-first.xlsx", "feikong2.csv", "--out", "appended.xlsx", "--json");
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ read: 3, matched: 2, unmatched: 0, duplicates: 1, amount: "150.00" });

    const out = await JSZip.loadAsync(readFileSync(join(work, "appended.xlsx")));
    const after = await out.file(part)!.async("string");
    expect(after).toContain(note);
    expect(after).toMatch(new RegExp(`<c r="D${header + 1}"[^>]*><v>1300</v>`));
    expect(after).toContain("<f>700+65.44</f>");
    expect(await out.file(tablePart)!.async("string")).toContain(`ref="A${header}:I${last + 2}"`);
    const { workbook, value } = await named(join(work, "appended.xlsx"));
    const sheet = workbook.getWorksheet("实际支出")!;
    expect([last + 1, last + 2].map((r) => sheet.getCell(`G${r}`).value)).toEqual(["BX-11", "BX-12"]);
    expect(sheet.getCell(`G${last + 3}`).value).toBeNull();
    // Paid: the first file's, BX-01 corrected (+65.44), BX-11's 100; BX-06 once. Committed: + BX-12's 50.
    expect(value("Budget_Actual")).toBeCloseTo(ZH_ACTUAL.plus("65.44").plus(100).toNumber(), 6);
    expect(value("Budget_Committed")).toBeCloseTo(ZH_COMMITTED.plus(50).toNumber(), 6);
  }, 60_000);

  it("refuses to add rows over something typed under the table, and writes nothing", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(work, "imported.xlsx")));
    const part = "xl/worksheets/sheet2.xml";
    const last = Number(/ref="A\d+:I(\d+)"/.exec(await zip.file("xl/tables/table2.xml")!.async("string"))![1]);
    const xml = await zip.file(part)!.async("string");
    const below = `<row r="${last + 1}"><c r="C${last + 1}" t="inlineStr"><is><t>合计见上</t></is></c></row>`;
    zip.file(part, xml.replace("</sheetData>", `${below}</sheetData>`));
    writeFileSync(join(work, "blocked.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const run = await actuals("import", "blocked.xlsx", "feikong2.csv", "--out", "blocked-out.xlsx", "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(
      `actuals: the new rows go under the Actuals table on the sheet "实际支出", but C${last + 1} there is not empty: move what is under the table, then import again`,
    );
    expect(existsSync(join(work, "blocked-out.xlsx"))).toBe(false);
  }, 60_000);

  describe("bad input: one line on stderr, exit 2, no file written or changed", () => {
    const expectRefused = async (args: string[], out: string, message: RegExp) => {
      const path = join(work, out);
      const before = existsSync(path) ? statSync(path).mtimeMs : null;
      const run = await actuals(...args);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(existsSync(path) ? statSync(path).mtimeMs : null).toBe(before);
    };

    it("a workbook without an actuals header given as the actuals file", async () => {
      await expectRefused(
        ["import", "budget-zh.xlsx", "budget-zh.xlsx", "--out", "x1.xlsx"],
        "x1.xlsx",
        /budget-zh\.xlsx：没有找到含日期、金额和明细项/,
      );
    });
    it("a file in neither UTF-8 nor GB18030", async () => {
      writeFileSync(join(work, "latin.csv"), Buffer.from([0x64, 0x61, 0x74, 0x65, 0x2c, 0x81, 0x20, 0xff, 0x0a]));
      await expectRefused(
        ["import", "budget-zh.xlsx", "latin.csv", "--out", "x2.xlsx", "--lang", "en"],
        "x2.xlsx",
        /latin\.csv: the file is neither UTF-8 nor GBK\/GB18030/,
      );
    });
    it("a workbook without a budget", async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Sheet1").getCell("A1").value = "hello";
      await workbook.xlsx.writeFile(join(work, "plain.xlsx"));
      await expectRefused(
        ["import", "plain.xlsx", "feikong.csv", "--out", "x3.xlsx", "--lang", "en"],
        "x3.xlsx",
        /plain\.xlsx: no budget/,
      );
    });
    it("an existing --out, and --out naming the input", async () => {
      writeFileSync(join(work, "taken.xlsx"), "keep me");
      await expectRefused(
        ["import", "budget-zh.xlsx", "feikong.csv", "--out", "taken.xlsx", "--lang", "en"],
        "taken.xlsx",
        /already exists; add --force/,
      );
      expect(readFileSync(join(work, "taken.xlsx"), "utf8")).toBe("keep me");
      await expectRefused(
        ["import", "imported.xlsx", "feikong.csv", "--out", "imported.xlsx", "--force", "--lang", "en"],
        "imported.xlsx",
        /must not be an input file/,
      );
    });
    it("a workbook whose own table is named Actuals", async () => {
      const workbook = await loadWorkbookFile(budget);
      const sheet = workbook.addWorksheet("Mine");
      sheet.addTable({
        name: "Actuals",
        ref: "A1",
        headerRow: true,
        columns: [{ name: "Vendor" }, { name: "Sum" }],
        rows: [["ACME", 5]],
      });
      await workbook.xlsx.writeFile(join(work, "own-table.xlsx"));
      await expectRefused(
        ["import", "own-table.xlsx", "feikong.csv", "--out", "x6.xlsx", "--lang", "en"],
        "x6.xlsx",
        /sheet "Mine" has a table named Actuals that the import did not write/,
      );
    });
    it("a file without the needed headers, and an unknown option", async () => {
      writeFileSync(join(work, "nohead.csv"), "a,b\n1,2\n");
      await expectRefused(
        ["import", "budget-zh.xlsx", "nohead.csv", "--out", "x4.xlsx", "--lang", "en"],
        "x4.xlsx",
        /no header row names a date, an amount and an item column/,
      );
      await expectRefused(
        ["import", "budget-zh.xlsx", "nohead.csv", "--out", "x5.xlsx", "--nope"],
        "x5.xlsx",
        /--nope/,
      );
    });
  });
});

describeWithLibreOffice("the Actuals sheet recalculated by LibreOffice", (session) => {
  /** The workbook recalculated by LibreOffice: what the Actuals sheet's names show. */
  async function recalculatedNames(path: string) {
    const recalculated = await session().libreOffice.recalculate(path);
    const workbook = await loadWorkbook(recalculated);
    const names = (await readDefinedNames(recalculated)).filter(
      (n) => n.localSheetId === workbook.worksheets.findIndex((w) => w.name === "实际支出"),
    );
    return (name: string) => cellResult(namedCell(workbook, names, name));
  }

  it("Budget_Actual, Budget_Committed, Budget_Forecast and the variance equal the model", async () => {
    // Without the cached results, and with one amount edited in the table (fulfillment's 60,000.10
    // paid becomes 70,000.10), so only the formulas summing the table can give the figures.
    const zip = await JSZip.loadAsync(readFileSync(join(work, "imported.xlsx")));
    const part = "xl/worksheets/sheet2.xml";
    const xml = await zip.file(part)!.async("string");
    expect(xml).toContain("<v>60000.1</v>");
    zip.file(part, xml.replace(/(<\/f>)<v>[^<]*<\/v>/g, "$1").replace("<v>60000.1</v>", "<v>70000.1</v>"));
    const edited = join(session().workDir, "edited.xlsx");
    writeFileSync(edited, await zip.generateAsync({ type: "nodebuffer" }));
    const value = await recalculatedNames(edited);
    const expected: Record<string, Decimal> = {
      Budget_Actual: ZH_ACTUAL.plus(10000),
      Budget_Committed: ZH_COMMITTED,
      Budget_Forecast: ZH_FORECAST.plus(10000),
      Budget_ForecastVariance: ZH_FORECAST.plus(10000).minus("1294596"),
    };
    for (const [name, figure] of Object.entries(expected))
      expectClose(value(name), figure, name, LIBREOFFICE_TOLERANCE, "0.001");
  }, 240_000);

  it("sums the rows a second import added under the table, from the formulas alone", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(work, "appended.xlsx")));
    for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
      const xml = await zip.file(path)!.async("string");
      zip.file(path, xml.replace(/(<\/f>)<v>[^<]*<\/v>/g, "$1"));
    }
    const stripped = join(session().workDir, "appended.xlsx");
    writeFileSync(stripped, await zip.generateAsync({ type: "nodebuffer" }));
    const value = await recalculatedNames(stripped);
    expectClose(value("Budget_Actual"), ZH_ACTUAL.plus("65.44").plus(100), "Budget_Actual", LIBREOFFICE_TOLERANCE);
    expectClose(value("Budget_Committed"), ZH_COMMITTED.plus(50), "Budget_Committed", LIBREOFFICE_TOLERANCE);
  }, 240_000);
});
