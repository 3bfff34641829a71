import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HealthJson } from "../src/sheet/healthReport";
import { describeWithLibreOffice } from "./helpers/libreoffice";
import { runScript, type Run } from "./helpers/runScript";
import JSZip from "jszip";
import {
  addLargeSheet,
  addSheetCopy,
  editFirstSheet,
  setCellNumber,
  setCellXml,
  stripCachedResults,
  withoutPositions,
} from "./helpers/xlsxEdits";

const work = mkdtempSync(join(tmpdir(), "budget-health-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const health = (...args: string[]) => runScript("src/cli/health.ts", args);

async function exportCampaign(name: string): Promise<string> {
  const out = join(work, name);
  const run = await runScript("src/cli/export.ts", ["--preset", "campaign", "--lang", "en", "--out", out]);
  if (run.code !== 0) throw new Error(`export failed: ${run.stderr}`);
  return out;
}

function write(name: string, bytes: Buffer | string): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

/** Exit 2 with one line on stderr naming the file, and no stack trace. */
function expectUnreadable(run: Run, ...phrases: string[]): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^health: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  for (const phrase of phrases) expect(lines[0]).toContain(phrase);
}

describe("npm run health on files that are not readable budgets", () => {
  let exported = "";
  beforeAll(async () => {
    exported = await exportCampaign("exported.xlsx");
  });

  it("says a text file renamed .xlsx is not a workbook", async () => {
    const path = write("notes.xlsx", "Budget: about a million\n");
    expectUnreadable(await health(path, "--lang", "en"), path, "not an .xlsx workbook: an .xlsx file is a zip archive");
    expectUnreadable(await health(path), "不是 .xlsx 工作簿");
  });

  it("says a truncated file is damaged", async () => {
    const bytes = readFileSync(exported);
    const path = write("truncated.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectUnreadable(await health(path, "--lang", "en"), "the file is damaged: it is a zip archive whose contents");
  });

  it("says what is wrong with each kind of file that is no readable workbook", async () => {
    /** An OLE compound file (an .xls, or an encrypted .xlsx) with the named streams in its directory. */
    const compoundFile = (...streams: string[]) => {
      const bytes = Buffer.alloc(2048);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
      ["Root Entry", ...streams].forEach((name, i) => bytes.write(name, 1024 + 128 * i, "utf16le"));
      return bytes;
    };
    const zipOf = async (files: Record<string, string>) => {
      const zip = new JSZip();
      for (const [path, text] of Object.entries(files)) zip.file(path, text);
      return zip.generateAsync({ type: "nodebuffer" });
    };
    const brokenSheet = await JSZip.loadAsync(readFileSync(exported)).then(async (zip) => {
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      zip.file("xl/worksheets/sheet1.xml", xml.replace("</sheetData>", "<row><c><v>1</v></row></sheetData>"));
      return zip.generateAsync({ type: "nodebuffer" });
    });
    const cases: [string, Buffer, string][] = [
      ["empty.xlsx", Buffer.alloc(0), "the file is empty (0 bytes)"],
      [
        "encrypted.xlsx",
        compoundFile("EncryptionInfo", "EncryptedPackage"),
        "the workbook is password-protected (encrypted)",
      ],
      [
        "old.xls",
        compoundFile("Workbook", "\u0005SummaryInformation"),
        "an Excel 97–2003 workbook (.xls), not an .xlsx",
      ],
      ["letter.xlsx", compoundFile("WordDocument"), "not an .xlsx workbook: an older Office file"],
      [
        "photos.xlsx",
        await zipOf({ "photo.txt": "not a picture" }),
        "a zip archive but not an .xlsx workbook: it has no workbook part",
      ],
      [
        "sheet.ods",
        await zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office/>" }),
        "an OpenDocument spreadsheet (.ods), not an .xlsx",
      ],
      ["broken.xlsx", brokenSheet, "the file is damaged: its part xl/worksheets/sheet1.xml cannot be read"],
    ];
    const runs = await Promise.all(cases.map(([name, bytes]) => health(write(name, bytes), "--lang", "en")));
    runs.forEach((run, i) => expectUnreadable(run, cases[i][2]));
  });

  it("reads a workbook whose rows and cells leave out their positions, as the file format allows", async () => {
    const original = await health(exported, "--json", "--lang", "en");
    const path = write("no-positions.xlsx", await withoutPositions(readFileSync(exported)));
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).not.toMatch(/<(row|c) r=/);
    const run = await health(path, "--json", "--lang", "en");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(original.code);
    const report = JSON.parse(run.stdout) as HealthJson;
    expect(report.total).toBe("1294596");
    expect(report).toEqual(JSON.parse(original.stdout));
  });

  it("checks the budget sheet without reading a large other sheet, even a malformed one", async () => {
    // 300,000 cells on a sheet whose XML is broken at its end: the budget is checked all the same.
    const path = write("with-sales-data.xlsx", await addLargeSheet(readFileSync(exported), 30_000, 10, "<row><c>"));
    const run = await health(path, "--json", "--lang", "en");
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as HealthJson;
    expect(report.sheet).toBe("Budget");
    expect(report.total).toBe("1294596");
    expect(report.categories.find((c) => c.key === "fulfillment")).toMatchObject({ amount: "500000", status: "high" });
    const checked = await health(path, "--sheet", "Sales data", "--lang", "en");
    expectUnreadable(checked, 'sheet "Sales data" holds no budget table');
  });

  it("reports a number no budget can hold at its cell, as typed, instead of working with it", async () => {
    let bytes = await setCellXml(readFileSync(exported), "D5", '<c r="D5" t="inlineStr"><is><t>1e100000</t></is></c>');
    bytes = await setCellXml(bytes, "I6", '<c r="I6"><v>1e40000</v></c>');
    const path = write("huge-figures.xlsx", bytes);
    const run = await health(path, "--json", "--lang", "en");
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as HealthJson).findings.filter((f) => f.rule === "cell-value");
    expect(findings.map((f) => [f.cell, f.severity])).toEqual([
      ["D5", "error"],
      ["I6", "error"],
    ]);
    expect(findings[0].message).toBe(
      'D5 (Quantity) holds "1e100000", not a number a budget can hold (it must be below 10^15): check for a stray exponent or extra digits.',
    );
    expect(findings[1].message).toContain('I6 (Actual) holds "1e40000", not a number a budget can hold');
  });

  it("keeps each finding on one line, quoting an item with a line break and a long cell short", async () => {
    let bytes = await setCellXml(
      readFileSync(exported),
      "B6",
      '<c r="B6" t="inlineStr"><is><t xml:space="preserve">Gifts\nfor members</t></is></c>',
    );
    bytes = await setCellXml(bytes, "I6", '<c r="I6"><v>40000</v></c>');
    bytes = await setCellXml(bytes, "D7", `<c r="D7" t="inlineStr"><is><t>${"many ".repeat(20_000)}</t></is></c>`);
    const run = await health(write("line-breaks.xlsx", bytes), "--lang", "en");
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    const overspend = lines.filter((line) => line.includes("overspent"));
    expect(overspend).toHaveLength(1);
    expect(overspend[0]).toMatch(/^warning\s+I6\s+"Gifts ⏎ for members" is overspent by ¥10,000: actual ¥40,000/);
    const text = lines.find((line) => line.includes("D7 (Quantity)"))!;
    expect(text).toContain(`holds the text "${"many ".repeat(12).trimEnd()}…": enter a number.`);
    expect(text.length).toBeLessThan(200);
  });

  it("says a workbook without a budget table holds no budget", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Contacts");
    sheet.addTable({
      name: "People",
      ref: "A1",
      columns: [{ name: "Name" }, { name: "Phone" }],
      rows: [["Li", "123"]],
    });
    workbook.addWorksheet("Notes").getCell("A1").value = "Budget";
    const path = write("contacts.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expectUnreadable(await health(path, "--lang", "en"), "no budget: no sheet has a BudgetLines table");
    expectUnreadable(
      await health(path, "--sheet", "Contacts", "--lang", "en"),
      'sheet "Contacts" holds no budget table',
    );
  });

  it("says when the formulas were saved without results", async () => {
    const stripped = write("uncalculated.xlsx", await stripCachedResults(readFileSync(exported)));
    expectUnreadable(
      await health(stripped, "--json", "--lang", "en"),
      'the formulas on sheet "Budget" have no saved results',
    );

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Budget");
    sheet.addTable({
      name: "BudgetLines",
      ref: "A1",
      columns: ["Category", "Item", "Quantity", "Unit cost", "Budget"].map((name) => ({ name })),
      rows: [
        ["Benefit cost", "Discount", 2000, 150, { formula: "C2*D2" } as ExcelJS.CellFormulaValue],
        ["Fulfillment cost", "Service", 2000, 250, { formula: "C3*D3" } as ExcelJS.CellFormulaValue],
      ],
    });
    const written = write("exceljs-formulas.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expectUnreadable(await health(written), "的公式没有计算结果");
  });

  it("takes a relative path from the folder npm was run in (INIT_CWD)", async () => {
    const run = await runScript("src/cli/health.ts", ["exported.xlsx", "--json", "--lang", "en"], { INIT_CWD: work });
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as HealthJson).sheet).toBe("Budget");
    const missing = await runScript("src/cli/health.ts", ["elsewhere.xlsx", "--lang", "en"], { INIT_CWD: work });
    expectUnreadable(missing, join(work, "elsewhere.xlsx"), "no such file");
  });

  it("says a file is missing, and what is wrong with the arguments", async () => {
    const missing = join(work, "no-such-budget.xlsx");
    const [noFile, noArgument, badLang, badOption, badSheet] = await Promise.all([
      health(missing, "--lang", "en"),
      health("--lang", "en"),
      health(exported, "--lang", "fr"),
      health(exported, "--colour", "--lang=en"),
      health(exported, "--sheet", "Summary", "--lang", "en"),
    ]);
    expectUnreadable(noFile, missing, "no such file");
    expectUnreadable(noArgument, "missing the workbook to check");
    expectUnreadable(badLang, "未知语言「fr」");
    expectUnreadable(badOption, "unknown option --colour");
    expectUnreadable(badSheet, 'no sheet "Summary"; the sheets are "Budget"');
  });
});

describe("a file saved without recalculating", () => {
  it("says which lines need recalculation instead of trusting the saved Budget", async () => {
    // SMS's quantity (D8) from 50,000 to 75,000; its Budget keeps the saved ¥10,000.
    const stale = write(
      "campaign-stale.xlsx",
      await setCellNumber(readFileSync(await exportCampaign("stale.xlsx")), "D8", 75000),
    );
    const run = await health(stale, "--json", "--lang", "en");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as HealthJson;
    const stales = report.findings.filter((f) => f.rule === "needs-recalculation");
    expect(stales.map((f) => [f.severity, f.cell])).toEqual([["error", "G8"]]);
    expect(stales[0].message).toContain('G8 "SMS": ¥10,000 shown, ¥15,000 by its inputs');
  });
});

describeWithLibreOffice("npm run health on the campaign workbook recalculated by LibreOffice", (session) => {
  let recalculated = "";
  let profitable = "";
  let twoSheets = "";
  let textQuantity = "";

  beforeAll(async () => {
    const { libreOffice } = session();
    const exported = await exportCampaign("campaign.xlsx");
    recalculated = write("campaign-recalculated.xlsx", await libreOffice.recalculate(exported));
    // Revenue 4,000,000 at 40% margin: ROI 1.24 on the 1,294,596 total.
    const edited = write("campaign-revenue.xlsx", await setCellNumber(readFileSync(exported), "O15", 4_000_000));
    profitable = write("campaign-revenue-recalculated.xlsx", await libreOffice.recalculate(edited));
    // "lots" typed in Discount's quantity (D5): the sheet shows #VALUE! in its Budget and its total.
    const withText = write(
      "campaign-text-quantity-saved.xlsx",
      await editFirstSheet(readFileSync(exported), (xml) =>
        xml.replace(/<c r="D5"([^>]*)><v>[^<]*<\/v><\/c>/, '<c r="D5"$1 t="inlineStr"><is><t>lots</t></is></c>'),
      ),
    );
    textQuantity = write("campaign-text-quantity.xlsx", await libreOffice.recalculate(withText));
    twoSheets = write(
      "two-budgets.xlsx",
      await addSheetCopy(readFileSync(recalculated), "Budget (2)", "BudgetLines2", (xml) =>
        xml.replace(/(<c r="O15"[^>]*>)<v>[^<]*<\/v>/, "$1<v>4000000</v>"),
      ),
    );
  });

  it("reports the campaign as JSON: total, the seven categories, six share findings and the ROI error", async () => {
    const run = await health(recalculated, "--json", "--lang", "en");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as HealthJson;
    expect(Object.keys(report)).toEqual(["sheet", "total", "totalComplete", "excludedLines", "categories", "findings"]);
    expect([report.totalComplete, report.excludedLines]).toEqual([true, 0]);
    expect(report.sheet).toBe("Budget");
    expect(report.total).toBe("1294596");
    expect(report.categories.map((c) => [c.key, c.amount, c.status])).toEqual([
      ["benefit", "352500", "low"],
      ["promotion", "61600", "low"],
      ["system", "18000", "low"],
      ["labor", "231600", "high"],
      ["fulfillment", "500000", "high"],
      ["admin", "35000", "low"],
      ["contingency", "95896", "ok"],
    ]);
    expect(report.categories[1]).toEqual({
      key: "promotion",
      amount: "61600",
      share: "0.047582",
      min: "0.15",
      max: "0.25",
      status: "low",
    });
    expect(report.findings.map((f) => [f.rule, f.severity, f.category, f.cell])).toEqual([
      ["roi-below-one", "error", null, "O20"],
      ["share", "warning", "benefit", "O5"],
      ["share", "warning", "promotion", "O6"],
      ["share", "warning", "system", "O7"],
      ["share", "warning", "labor", "O8"],
      ["share", "warning", "fulfillment", "O9"],
      ["share", "warning", "admin", "O10"],
    ]);
    expect(Object.keys(report.findings[0])).toEqual(["rule", "severity", "category", "cell", "amount", "message"]);
    expect(report.findings[2].message).toBe(
      "Promotion cost is 4.76% of the total, below its range 15%–25%: add ¥158,222 to reach 15% (the total and the reserve grow with it).",
    );
  });

  it("gives the messages in Chinese with --json --lang zh", async () => {
    const report = JSON.parse((await health(recalculated, "--json")).stdout) as HealthJson;
    expect(report.findings[0].message).toContain("按毛利计算的 ROI 为 0.22，低于 1");
  });

  it("prints the findings with their cells for people, in Chinese by default and in English", async () => {
    const zh = await health(recalculated);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain("合计 ¥1,294,596");
    expect(zh.stdout).toMatch(/推广成本\s+¥61,600\s+4\.76%\s+15%–25%\s+偏低/);
    expect(zh.stdout).toContain("发现 7 项：错误 1，警告 6");
    expect(zh.stdout).toMatch(/错误\s+O20\s+按毛利计算的 ROI 为 0\.22/);
    expect(zh.stdout).toMatch(/警告\s+O6\s+推广成本占比 4\.76%，低于建议区间 15%–25%：需增加 ¥158,222/);

    const en = await health(recalculated, "--lang", "en");
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(/Fulfillment cost\s+¥500,000\s+38\.62%\s+20%–35%\s+High/);
    expect(en.stdout).toContain("7 findings: 1 error, 6 warnings");
    expect(en.stdout).toMatch(
      /warning\s+O8\s+Labor cost is 17\.89% of the total, above its range 10%–15%: cut or move ¥44,643/,
    );
  });

  it("exits 0 when no finding is an error", async () => {
    const run = await health(profitable, "--json", "--lang", "en");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as HealthJson;
    expect(report.total).toBe("1294596");
    expect(report.findings.map((f) => f.rule)).toEqual(Array(6).fill("share"));
  });

  it("says first that the sheet cannot total, and marks the total that leaves the line out", async () => {
    const run = await health(textQuantity, "--json", "--lang", "en");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as HealthJson;
    expect([report.total, report.totalComplete, report.excludedLines]).toEqual(["970596", false, 1]);
    expect(report.findings.slice(0, 2).map((f) => [f.rule, f.cell])).toEqual([
      ["incomplete-total", "G5"],
      ["cell-value", "D5"],
    ]);
    const text = await health(textQuantity, "--lang", "en");
    expect(text.stdout.split("\n")[0]).toBe(
      'Budget sheet "Budget" (table BudgetLines): total ¥970,596 (excluding 1 line the sheet cannot total)',
    );
  });

  it("checks the first budget sheet, names the others, and checks another with --sheet", async () => {
    const first = await health(twoSheets, "--lang", "en");
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('Budget sheet "Budget" (table BudgetLines)');
    expect(first.stdout).toContain("The workbook has other budget sheets: Budget (2). Choose one with --sheet.");
    const second = await health(twoSheets, "--sheet", "Budget (2)", "--json");
    expect(second.code).toBe(0);
    expect((JSON.parse(second.stdout) as HealthJson).sheet).toBe("Budget (2)");
  });
});
