import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellResult, loadWorkbook, namedCell, readDefinedNames } from "../src/cli/xlsx/readXlsx";
import { dec, presetBudget } from "../src/model";
import { runScript } from "./helpers/runScript";
import { csvBytes } from "./helpers/actualsFiles";
import { xlsxBytes, type XlsxCell } from "./helpers/actualsXlsx";

const work = mkdtempSync(join(tmpdir(), "budget-actuals-xlsx-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const actuals = (...args: string[]) => runScript("src/cli/actuals.ts", args, { INIT_CWD: work });
const zh = presetBudget("campaign", "zh");
const item = (i: number) => zh.lines[i].item;
const serial = (value: string): XlsxCell => ({ number: value, date: "builtIn" });
const amount = (value: string): XlsxCell => ({ number: value });

/** A workbook whose first sheet is a cover, the export on the second, June's rows on the third. */
async function exportWorkbook(): Promise<Uint8Array> {
  const header = ["交易日期", "报销金额", "费用项目", "凭证号", "状态"];
  return xlsxBytes([
    { name: "说明", rows: [] },
    {
      name: "五月",
      rows: [
        header,
        [serial("46145"), amount("1234.5600000000001"), item(1), "BX-01", "已报销"],
        ["2026/5/4", "￥765.44", item(1), "BX-02", "已报销"],
        [serial("46147"), amount("450000"), item(15), "BX-03", "已占用"],
        [serial("46148"), amount("35"), "咖啡", "BX-04", "已支付"],
      ],
      strings: "inline",
      withoutReferences: true,
    },
    { name: "六月", rows: [header, [serial("46174"), amount("0.1"), item(3), "BX-05", "已支付"]] },
  ]);
}

beforeAll(async () => {
  const run = await runScript(
    "src/cli/export.ts",
    ["--preset", "campaign", "--lang", "zh", "--out", join(work, "budget.xlsx")],
    { INIT_CWD: work },
  );
  if (run.code !== 0) throw new Error(`export failed: ${run.stderr}`);
  writeFileSync(join(work, "export.xlsx"), await exportWorkbook());
}, 60_000);

describe("npm run actuals -- import with an .xlsx export", () => {
  it("reads the first sheet holding rows, amounts to the fen, and a second import adds nothing", async () => {
    const run = await actuals("import", "budget.xlsx", "export.xlsx", "--out", "one.xlsx", "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      read: 4,
      matched: 3,
      unmatched: 1,
      duplicates: 0,
      amount: dec("1234.56").plus("765.44").plus("450000").toFixed(2),
    });
    const bytes = await import("node:fs/promises").then((fs) => fs.readFile(join(work, "one.xlsx")));
    const workbook = await loadWorkbook(bytes);
    const names = await readDefinedNames(bytes);
    expect(cellResult(namedCell(workbook, names, "Budget_Actual"))).toBe(2000);
    expect(cellResult(namedCell(workbook, names, "Budget_Committed"))).toBe(450000);

    const again = await actuals("import", "one.xlsx", "export.xlsx", "--out", "two.xlsx", "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ read: 4, matched: 0, unmatched: 0, duplicates: 4, amount: "0.00" });
  }, 60_000);

  it("reads the sheet --sheet names, and says which in the summary", async () => {
    const run = await actuals(
      "import",
      "budget.xlsx",
      "export.xlsx",
      "--sheet",
      "六月",
      "--out",
      "june.xlsx",
      "--lang",
      "en",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Read 1 rows from ${join(work, "export.xlsx")}, sheet 六月`);
  }, 60_000);

  it("refuses a missing or empty sheet, --sheet with a CSV, a protected or damaged workbook: one line, exit 2, no file", async () => {
    writeFileSync(join(work, "a.csv"), csvBytes([["日期", "金额", "明细项"]], ",", "utf-8"));
    const protectedFile = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Array(32).fill(0),
      ...Array.from("EncryptedPackage").flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    writeFileSync(join(work, "locked.xlsx"), protectedFile);
    const whole = await exportWorkbook();
    writeFileSync(join(work, "cut.xlsx"), whole.subarray(0, whole.length - 30));
    const cases: [string[], RegExp][] = [
      [["export.xlsx", "--sheet", "七月"], /has no sheet "七月"; its sheets: 说明, 五月, 六月$/],
      [["export.xlsx", "--sheet", "说明"], /the sheet "说明" holds no rows$/],
      [["a.csv", "--sheet", "五月"], /^actuals: --sheet applies to an \.xlsx actuals file only$/],
      [["locked.xlsx"], /locked\.xlsx: the workbook is protected with a password/],
      [["cut.xlsx"], /cut\.xlsx: the \.xlsx workbook is damaged \(/],
    ];
    for (const [[file, ...rest], message] of cases) {
      const run = await actuals("import", "budget.xlsx", file, ...rest, "--out", "never.xlsx", "--lang", "en");
      expect(run.code, file).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
      expect(existsSync(join(work, "never.xlsx"))).toBe(false);
    }
  }, 120_000);
});
