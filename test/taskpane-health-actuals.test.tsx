import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { healthStrings } from "../src/i18n";
import { actualsFindings } from "../src/model/actualsHealth";
import { lineAmount } from "../src/model/totals";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { parseA1 } from "../src/sheet/address";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { runHealthCheck } from "../src/taskpane/healthCheckRun";
import { CheckedBudget } from "../src/taskpane/views/CheckedBudget";
import { csvBytes } from "./helpers/actualsFiles";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(2026, 6, 15, 12));
});
afterEach(() => vi.useRealTimers());

const known = { sheets: [], activeSheetId: null, pickedSheetId: null };

describe("the health check view with imported actuals", () => {
  it("shows each actuals rule's finding, with its text and cell, as npm run health does", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insert({ preset: "campaign", lang: "zh" });
    const first = await workbook.read();
    if (first.sheet.kind !== "budget") throw new Error("no budget");
    const budgetSheet = first.sheet.snapshot.sheetName;
    const checked = readBudgetSheet(first.sheet.snapshot);
    const item = (i: number) => checked.budget.lines[i].item;
    // A line left without a plan: its quantity typed as 0.
    const quantity = parseA1(checked.lineCells[5].quantity!);
    workbook.spreadsheet.enterCell(quantity.row, quantity.col, "0");

    // Before any import the check has no actuals finding.
    const before = await runHealthCheck(workbook, known);
    if (before.outcome.kind !== "checked") throw new Error(before.outcome.kind);
    expect(before.outcome.health.findings.filter((f) => f.rule.includes("actuals") || f.rule.includes("plan"))).toEqual(
      [],
    );

    const bytes = csvBytes(
      [
        ["日期", "金额", "明细项", "单号", "状态"],
        ["2026-05-03", "10,000,000.00", item(1), "PO-1", "已下单"],
        ["2026-05-04", "100.01", item(5), "BX-2", "已支付"],
        ["2026-05-05", "250.50", "不存在的明细", "BX-3", "已支付"],
      ],
      ",",
      "utf-8",
    );
    const written = await workbook.actuals!.write(budgetSheet, { fileName: "导出.csv", bytes });
    expect(written).toMatchObject({ matched: 2, unmatched: 1 });

    const result = await runHealthCheck(workbook, known);
    if (result.outcome.kind !== "checked") throw new Error(result.outcome.kind);
    const findings = result.outcome.health.findings;
    const byRule = (rule: string) => findings.filter((f) => f.rule === rule);
    for (const rule of [
      "forecast-over-baseline",
      "forecast-over-cap",
      "committed-over-plan",
      "unmatched-actuals",
      "actuals-stale",
      "spent-without-plan",
    ])
      expect(byRule(rule), rule).toHaveLength(1);

    const sheet = `'${written.sheetName}'`;
    const unmatched = byRule("unmatched-actuals")[0];
    expect(unmatched.amount!.toFixed(2)).toBe("250.50");
    expect(unmatched.cell).toMatch(new RegExp(`^${sheet}!B\\d+$`));
    expect(unmatched.message.zh).toContain("有 1 行实际支出（¥250.50）尚未对应到预算明细");
    expect(byRule("actuals-stale")[0].amount!.toNumber()).toBe(71);
    expect(byRule("spent-without-plan")[0].amount!.toFixed(2)).toBe("100.01");
    expect(byRule("spent-without-plan")[0].cell).toMatch(new RegExp(`^${sheet}!`));
    expect(byRule("spent-without-plan")[0].message.en).toContain(item(5));
    const committed = byRule("committed-over-plan")[0];
    expect(committed.message.en).toContain(item(1));
    // Over the line's plan by what is committed beyond it.
    expect(committed.amount!.plus(lineAmount(checked.budget.lines[1])).toFixed(2)).toBe("10000000.00");

    // The same findings the model gives for the sheet's rows, text for text.
    const health = await workbook.actuals!.health(budgetSheet, { today: "2026-07-15" });
    const model = actualsFindings(health!.input);
    const shown = findings.filter((f) => model.some((m) => m.rule === f.rule));
    expect(Object.fromEntries(shown.map((f) => [f.rule, f.message]))).toEqual(
      Object.fromEntries(model.map((m) => [m.rule, m.message])),
    );

    // The view shows them, with a way to their cells.
    const html = renderToStaticMarkup(
      <CheckedBudget health={result.outcome.health} lang="en" strings={healthStrings("en")} onGoToCell={() => {}} />,
    );
    for (const finding of model) expect(html).toContain(escapeHtml(finding.message.en));
    expect(html).toContain(escapeHtml(unmatched.cell!));
  });
});

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
