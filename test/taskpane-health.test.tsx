import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { dec, formatPercent, presetBudget, type Finding } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { sheetHealth } from "../src/sheet/sheetHealth";
import { snapshotFromPlan } from "../src/sheet/snapshotFromPlan";
import { mostSevereFirst } from "../src/model";
import { countBySeverity } from "../src/taskpane/findingsOrder";
import {
  changeNeedsCheck,
  runHealthCheck,
  type HealthCheckOutcome,
  type HealthCheckReader,
  type KnownWorkbook,
} from "../src/taskpane/healthCheckRun";
import { rangeText, shareBarGeometry, shareScale } from "../src/taskpane/shareBarGeometry";
import { CheckedBudget } from "../src/taskpane/views/CheckedBudget";
import { FindingList } from "../src/taskpane/views/FindingList";
import { HealthCheckView } from "../src/taskpane/views/HealthCheckView";
import { NotABudgetSheet } from "../src/taskpane/views/NotABudgetSheet";
import { PresetCard } from "../src/taskpane/views/PresetCard";
import { ShareBars } from "../src/taskpane/views/ShareBars";
import { healthStrings, paneStrings } from "../src/i18n";
import type { BudgetSheetList, BudgetWorkbookRead } from "../src/workbook/budgetWorkbook";
import { WorkbookError } from "../src/workbook/workbookError";

const enPlan = buildSheetPlan(presetBudget("campaign", "en"), { lang: "en" });
const snapshot = snapshotFromPlan(enPlan);
const health = sheetHealth(snapshot);
const promotion = health.categories.find((category) => category.key === "promotion")!;

describe("share bars", () => {
  it("put every category on one scale: the largest share or range end, up to the next 10%", () => {
    // Benefit's range ends at 50%, the largest share or bound of the campaign.
    expect(shareScale(health.categories).toString()).toBe("0.5");
    expect(shareScale([{ share: dec("0.02"), range: { min: dec(0), max: dec("0.03") } }]).toString()).toBe("0.1");
    expect(shareScale([{ share: dec("1.4"), range: { min: dec(0), max: dec(1) } }]).toString()).toBe("1");
  });

  it("draw the share as a fill and the range as a band, in percentages of the track", () => {
    expect(shareBarGeometry(dec("0.0476"), { min: dec("0.15"), max: dec("0.25") }, dec("0.5"))).toEqual({
      fill: "9.52%",
      bandStart: "30%",
      bandWidth: "20%",
    });
    expect(shareBarGeometry(dec("-0.1"), { min: dec("0.3"), max: dec("2") }, dec("0.5"))).toEqual({
      fill: "0%",
      bandStart: "60%",
      bandWidth: "40%",
    });
  });

  it("say the same in words", () => {
    expect(formatPercent(promotion.share)).toBe("4.76%");
    expect(rangeText(promotion.range)).toBe("15%–25%");
    expect(rangeText({ min: dec("0.035"), max: dec("0.125") })).toBe("3.5%–12.5%");
    const html = renderToStaticMarkup(
      <ShareBars categories={health.categories} lang="en" strings={healthStrings("en")} />,
    );
    expect(html).toContain('role="img" aria-label="Promotion cost 4.76%, range 15%–25%, low"');
    expect(html.match(/role="img"/g)).toHaveLength(7);
    const zh = renderToStaticMarkup(
      <ShareBars categories={health.categories} lang="zh" strings={healthStrings("zh")} />,
    );
    expect(zh).toContain('aria-label="推广成本 4.76%，建议区间 15%–25%，偏低"');
  });
});

describe("findings", () => {
  const finding = (severity: Finding["severity"], cell?: string): Finding => ({
    rule: "share",
    severity,
    message: { en: `${severity} ${cell ?? ""}`, zh: `中文 ${severity}` },
    ...(cell ? { cell } : {}),
  });

  it("come most severe first, in rule order within a severity, and are counted", () => {
    const findings = [
      finding("info", "O12"),
      finding("warning", "O5"),
      finding("error", "O20"),
      finding("warning", "O6"),
    ];
    expect(mostSevereFirst(findings).map((f) => f.cell)).toEqual(["O20", "O5", "O6", "O12"]);
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 2, info: 1 });
    expect(healthStrings("en").findingsSummary({ error: 1, warning: 2, info: 0 })).toBe("1 error, 2 warnings, 0 notes");
  });

  it("offer a button to the cell of each finding that has one, in the pane's language", () => {
    const onGoToCell = vi.fn();
    const html = renderToStaticMarkup(
      <FindingList
        findings={[finding("error", "O20"), finding("info")]}
        lang="zh"
        strings={healthStrings("zh")}
        onGoToCell={onGoToCell}
      />,
    );
    expect(html).toContain("转到 O20");
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain("中文 error");
    expect(html).toContain("错误");
  });

  it("name the tab in the pane's language", () => {
    expect(paneStrings("zh").tabHealth).toBe("健康检查");
    expect(paneStrings("en").tabHealth).toBe("Health check");
  });
});

const BUDGET = { name: "Budget", tableName: "BudgetLines", id: "{b}" };
const BUDGET_2 = { name: "Budget (2)", tableName: "BudgetLines2", id: "{b2}" };
const OTHER = { name: "Orders", id: "{o}" };

function listOf(active: { name: string; id: string }, sheets = [BUDGET, BUDGET_2]): BudgetSheetList {
  return { sheets, active: sheets.find((sheet) => sheet.id === active.id)?.name ?? null, activeSheet: active };
}

/** A workbook whose active sheet is `active`; reading any budget sheet gives the campaign snapshot. */
function fakeReader(active: { name: string; id: string }, sheets = [BUDGET, BUDGET_2]) {
  const list = vi.fn(async () => listOf(active, sheets));
  const read = vi.fn(async (sheetId: string): Promise<BudgetWorkbookRead> => {
    const sheet = sheets.find((candidate) => candidate.id === sheetId);
    if (!sheet) throw new WorkbookError("missing-sheet", { en: "gone", zh: "没有了" });
    return {
      ...listOf(active, sheets),
      sheet: { kind: "budget", sheetId, snapshot: { ...snapshot, sheetName: sheet.name } },
    };
  });
  const reader: HealthCheckReader = { list, read };
  return { reader, list, read };
}

const nothingKnown: KnownWorkbook = { sheets: [], activeSheetId: null, pickedSheetId: null };

describe("a health check", () => {
  it("first lists the sheets, then reads the active budget sheet", async () => {
    const { reader, list, read } = fakeReader(BUDGET);
    const result = await runHealthCheck(reader, nothingKnown);
    expect(list).toHaveBeenCalledTimes(1);
    expect(read.mock.calls).toEqual([["{b}"]]);
    expect(result.outcome.kind).toBe("checked");
    expect(result).toMatchObject({ sheets: [BUDGET, BUDGET_2], activeSheetId: "{b}", pickedSheetId: null });
  });

  it("re-checks a sheet it knows to be a budget with one read", async () => {
    const { reader, list, read } = fakeReader(BUDGET);
    const first = await runHealthCheck(reader, nothingKnown);
    list.mockClear();
    read.mockClear();
    const again = await runHealthCheck(reader, first);
    expect(list).not.toHaveBeenCalled();
    expect(read).toHaveBeenCalledTimes(1);
    expect(again.outcome).toEqual(first.outcome);
  });

  it("never reads the cells of an active sheet that is not a budget", async () => {
    const { reader, read } = fakeReader(OTHER);
    const result = await runHealthCheck(reader, { sheets: [BUDGET], activeSheetId: OTHER.id, pickedSheetId: null });
    expect(read).not.toHaveBeenCalled();
    expect(result.outcome).toEqual({ kind: "not-a-budget", sheet: OTHER });
    expect(result.sheets).toEqual([BUDGET, BUDGET_2]);
  });

  it("checks the picked sheet, whatever is active", async () => {
    const { reader, read } = fakeReader(OTHER);
    const result = await runHealthCheck(reader, {
      sheets: [BUDGET, BUDGET_2],
      activeSheetId: OTHER.id,
      pickedSheetId: BUDGET_2.id,
    });
    expect(read.mock.calls).toEqual([["{b2}"]]);
    expect(result.outcome).toMatchObject({ kind: "checked", sheet: { id: "{b2}", name: "Budget (2)" } });
    expect(result.pickedSheetId).toBe("{b2}");
  });

  it("forgets a picked sheet that was deleted and follows the active sheet again", async () => {
    const { reader, read } = fakeReader(BUDGET, [BUDGET]);
    const result = await runHealthCheck(reader, {
      sheets: [BUDGET, BUDGET_2],
      activeSheetId: BUDGET.id,
      pickedSheetId: BUDGET_2.id,
    });
    expect(read.mock.calls).toEqual([["{b2}"], ["{b}"]]);
    expect(result.pickedSheetId).toBeNull();
    expect(result.outcome).toMatchObject({ kind: "checked", sheet: { id: "{b}" } });
  });

  it("keeps what it knew when Excel fails", async () => {
    const { reader, read } = fakeReader(BUDGET);
    const failure = new WorkbookError("host", { en: "busy", zh: "忙" });
    read.mockRejectedValueOnce(failure);
    const known = { sheets: [BUDGET], activeSheetId: BUDGET.id, pickedSheetId: null };
    expect(await runHealthCheck(reader, known)).toEqual({ ...known, outcome: { kind: "failed", error: failure } });
  });
});

describe("re-checking as the workbook changes", () => {
  const checked: HealthCheckOutcome = { kind: "checked", sheet: { id: "{b}", name: "Budget" }, health };
  const following: KnownWorkbook = { sheets: [BUDGET], activeSheetId: "{b}", pickedSheetId: null };

  it("follows edits of the budget shown, not of other sheets", () => {
    expect(changeNeedsCheck({ kind: "changed", sheetId: "{b}" }, following, checked)).toBe(true);
    expect(changeNeedsCheck({ kind: "changed", sheetId: "{o}" }, following, checked)).toBe(false);
    expect(
      changeNeedsCheck({ kind: "changed", sheetId: "{o}" }, following, { kind: "not-a-budget", sheet: OTHER }),
    ).toBe(false);
  });

  it("follows the active sheet unless one was picked; any sheet added or deleted", () => {
    expect(changeNeedsCheck({ kind: "activated", sheetId: "{o}" }, following, checked)).toBe(true);
    expect(changeNeedsCheck({ kind: "activated", sheetId: "{b}" }, following, checked)).toBe(false);
    expect(
      changeNeedsCheck({ kind: "activated", sheetId: "{o}" }, { ...following, pickedSheetId: "{b}" }, checked),
    ).toBe(false);
    expect(changeNeedsCheck({ kind: "added", sheetId: "{new}" }, following, checked)).toBe(true);
    expect(changeNeedsCheck({ kind: "deleted", sheetId: "{o}" }, following, checked)).toBe(true);
  });
});

describe("the view", () => {
  const noop = () => {};

  it("shows the total, the seven bars and the findings of a checked budget, most severe first", () => {
    const html = renderToStaticMarkup(
      <CheckedBudget health={health} lang="en" strings={healthStrings("en")} onGoToCell={noop} />,
    );
    expect(html).toContain("&quot;Budget&quot;: total ¥1,294,596");
    expect(html).toContain("1 error, 6 warnings, 0 notes");
    expect(html.indexOf("Go to O20")).toBeLessThan(html.indexOf("Go to O5"));
    expect(html.match(/<h2/g)).toHaveLength(2);
    expect(html).not.toContain("cannot total");
  });

  it("says the sheet cannot total before the figures that leave a line out", () => {
    const broken = snapshotFromPlan(enPlan);
    broken.table.rows[0][broken.table.headers.indexOf("Quantity")] = "lots";
    broken.table.rows[0][broken.table.headers.indexOf("Budget")] = { error: "#VALUE!" };
    broken.names.Budget_Total.value = { error: "#VALUE!" };
    const brokenHealth = sheetHealth(broken);
    const html = renderToStaticMarkup(
      <CheckedBudget health={brokenHealth} lang="en" strings={healthStrings("en")} onGoToCell={noop} />,
    );
    expect(html).toContain("total ¥970,596");
    const note = html.indexOf(
      "The sheet cannot total: the total and shares here exclude 1 line whose Budget cannot be read.",
    );
    expect(note).toBeGreaterThan(html.indexOf("total ¥970,596"));
    expect(note).toBeLessThan(html.indexOf("Share by category"));
    expect(html.indexOf("Go to G5")).toBeLessThan(html.indexOf("Go to D5"));
    const zh = renderToStaticMarkup(
      <CheckedBudget health={brokenHealth} lang="zh" strings={healthStrings("zh")} onGoToCell={noop} />,
    );
    expect(zh).toContain("表格无法合计：这里的合计和占比不含 1 行预算无法读取的明细。");
  });

  it("says plainly that a sheet is not a budget and offers to insert one", () => {
    const html = renderToStaticMarkup(
      <NotABudgetSheet
        sheetName="Orders"
        budgetSheetsExist={false}
        lang="en"
        strings={healthStrings("en")}
        paneStrings={paneStrings("en")}
        insertState={{ kind: "idle" }}
        onInsert={noop}
      />,
    );
    expect(html).toContain("This sheet is not a budget sheet");
    expect(html).toContain("Sheet &quot;Orders&quot; holds no budget lines table.");
    expect(html).not.toContain("choose one of the workbook");
    expect(html).toContain("Insert a budget sheet</button>");
  });

  it("starts by reading, with a spinner in a live region and the Re-check button", () => {
    const workbook = {
      insert: vi.fn(),
      list: vi.fn(),
      read: vi.fn(),
      select: vi.fn(),
      writeFunnelInputs: vi.fn(),
      plans: { read: vi.fn(), take: vi.fn(), rename: vi.fn(), delete: vi.fn() },
    };
    const html = renderToStaticMarkup(<HealthCheckView lang="zh" strings={paneStrings("zh")} workbook={workbook} />);
    expect(html).toMatch(/role="status" aria-live="polite"[^>]*>.*正在读取预算表…/);
    expect(html).toContain("重新检查</button>");
  });
});

describe("a preset card", () => {
  const card = (preset: "campaign" | "community" | "campaign-funnel", lang: "zh" | "en") =>
    renderToStaticMarkup(
      <PresetCard
        preset={preset}
        lang={lang}
        strings={paneStrings(lang)}
        busy={false}
        state={undefined}
        onInsert={() => {}}
      />,
    );

  it("says which findings the worked examples raise on purpose, and why", () => {
    expect(card("campaign", "en")).toContain(
      "Flagged on purpose: this is the source text&#x27;s own budget, with six shares outside their ranges and an ROI on gross profit of 0.22",
    );
    expect(card("campaign-funnel", "zh")).toContain("有意保留的问题：与原始资料的预算同样的输入");
  });

  it("has no such note for an example that passes its own health check", () => {
    expect(card("community", "en")).not.toContain("Flagged on purpose");
    expect(card("community", "en")).toContain("¥529,760.00");
  });
});
