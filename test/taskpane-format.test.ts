import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  Decimal,
  PRESET_IDS,
  applyFunnel,
  budgetTotals,
  formatCount,
  formatMoney,
  formatPercent,
  formatRatio,
  presetBudget,
  scenarioOutcomes,
  type Budget,
  type Funnel,
} from "../src/model";
import { insertErrorMessage, insertedMessage } from "../src/workbook/insertMessages";
import { isDarkColor } from "../src/excel/officeEnvironment";
import { funnelStrings, langFromLocale, paneStrings, type Strings } from "../src/i18n";
import { WorkbookError } from "../src/workbook/workbookError";
import { BreakEvenPanel } from "../src/taskpane/views/BreakEvenPanel";
import { InsertOutcome } from "../src/taskpane/views/InsertOutcome";
import { PresetCard } from "../src/taskpane/views/PresetCard";
import { ScenarioTable } from "../src/taskpane/views/ScenarioTable";

/** The text of each element of the markup whose opening tag matches `open`, in order. */
const texts = (html: string, open: RegExp) =>
  [...html.matchAll(new RegExp(`<${open.source}[^>]*>([^<]*)<`, "g"))].map((match) => match[1]);

describe("formatMoney", () => {
  it("writes 元 with thousands separators and two decimals", () => {
    expect(formatMoney(new Decimal("1294596"), 2)).toBe("¥1,294,596.00");
    expect(formatMoney(new Decimal("95896"), 2)).toBe("¥95,896.00");
    expect(formatMoney(new Decimal("999.5"), 2)).toBe("¥999.50");
    expect(formatMoney(new Decimal("0"), 2)).toBe("¥0.00");
    expect(formatMoney("1234567890123.45", 2)).toBe("¥1,234,567,890,123.45");
  });

  it("rounds half away from zero, once, at display", () => {
    expect(formatMoney(new Decimal("0.005"), 2)).toBe("¥0.01");
    expect(formatMoney(new Decimal("2.675"), 2)).toBe("¥2.68"); // 2.675 is 2.67499… as a double
    expect(formatMoney(new Decimal("-2.675"), 2)).toBe("-¥2.68");
    expect(formatMoney(new Decimal("1999.994999"), 2)).toBe("¥1,999.99");
    expect(formatMoney(new Decimal("999999.995"), 2)).toBe("¥1,000,000.00");
  });

  it("shows negatives with the sign first and never as -0", () => {
    expect(formatMoney(new Decimal("-1234.5"), 2)).toBe("-¥1,234.50");
    expect(formatMoney(new Decimal("-0.004"), 2)).toBe("¥0.00");
  });

  it("keeps huge and tiny amounts out of exponent notation", () => {
    expect(formatMoney(new Decimal("1e21"), 2)).toBe("¥1,000,000,000,000,000,000,000.00");
    expect(formatMoney(new Decimal("1e-9"), 2)).toBe("¥0.00");
  });

  it("shows a dash for what is not a number", () => {
    expect(formatMoney(new Decimal(NaN), 2)).toBe("—");
    expect(formatMoney(new Decimal(Infinity), 2)).toBe("—");
  });

  it("shows whole yuan unless asked for decimals", () => {
    expect(formatMoney(new Decimal("1411667.1792"))).toBe("¥1,411,667");
    expect(formatMoney(new Decimal("-0.5"))).toBe("-¥1");
  });

  it("formats the campaign preset's total as the domain states it", () => {
    const totals = budgetTotals(presetBudget("campaign", "zh"));
    expect(formatMoney(totals.total, 2)).toBe("¥1,294,596.00");
    expect(formatMoney(totals.contingency, 2)).toBe("¥95,896.00");
  });
});

describe("formatPercent", () => {
  it("writes a fraction as a percentage, with two decimals unless asked for others", () => {
    expect(formatPercent(new Decimal("0.2723"), 1)).toBe("27.2%");
    expect(formatPercent(new Decimal("0.08"), 1)).toBe("8.0%");
    expect(formatPercent(new Decimal("1"), 1)).toBe("100.0%");
    expect(formatPercent(new Decimal("12.5"), 1)).toBe("1,250.0%");
    expect(formatPercent(new Decimal("0.0476"))).toBe("4.76%");
  });

  it("takes the number of decimals and rounds half away from zero", () => {
    expect(formatPercent(new Decimal("0.27225"), 2)).toBe("27.23%");
    expect(formatPercent(new Decimal("0.0005"), 1)).toBe("0.1%");
    expect(formatPercent(new Decimal("0.125"), 0)).toBe("13%");
    expect(formatPercent(new Decimal("-0.0004"), 1)).toBe("0.0%");
    expect(formatPercent(new Decimal("-0.25"), 1)).toBe("-25.0%");
  });

  it("gives the campaign preset's shares as the domain states them", () => {
    const { shares } = budgetTotals(presetBudget("campaign", "en"));
    expect(formatPercent(shares.benefit, 2)).toBe("27.23%");
    expect(formatPercent(shares.fulfillment, 2)).toBe("38.62%");
    expect(formatPercent(shares.contingency, 2)).toBe("7.41%");
  });

  it("adds up to 100% for every preset", () => {
    for (const id of PRESET_IDS) {
      const { shares } = budgetTotals(presetBudget(id, "en"));
      const sum = Object.values(shares).reduce((total, share) => total.plus(share), new Decimal(0));
      expect(formatPercent(sum, 1), id).toBe("100.0%");
    }
  });
});

describe("counts and ratios", () => {
  it("group people by thousands and give ROI two decimals", () => {
    expect(formatCount(new Decimal("119756"))).toBe("119,756");
    expect(formatCount(new Decimal("2222.222"), 2)).toBe("2,222.22");
    expect(formatRatio(new Decimal("0.21627"))).toBe("0.22");
    expect(formatRatio(new Decimal("-1234.5"))).toBe("-1,234.50");
  });
});

describe("the figures the pane shows", () => {
  it("gives a template's subtotals to the fen and its shares to one decimal", () => {
    const html = renderToStaticMarkup(
      createElement(PresetCard, {
        preset: "campaign",
        lang: "en",
        strings: paneStrings("en"),
        busy: false,
        state: undefined,
        onInsert: () => {},
      }),
    );
    // benefit, promotion, system, labor, fulfillment, administrative, contingency; then the total
    expect(texts(html, /td/)).toEqual(
      [
        ["¥352,500.00", "27.2%"],
        ["¥61,600.00", "4.8%"],
        ["¥18,000.00", "1.4%"],
        ["¥231,600.00", "17.9%"],
        ["¥500,000.00", "38.6%"],
        ["¥35,000.00", "2.7%"],
        ["¥95,896.00", "7.4%"],
        ["¥1,294,596.00", "100.0%"],
      ].flat(),
    );
  });

  it("gives each scenario's figures in whole yuan, people and ROI to two decimals", () => {
    const html = renderToStaticMarkup(
      createElement(ScenarioTable, {
        scenarios: scenarioOutcomes(presetBudget("campaign-funnel", "en")),
        strings: funnelStrings("en"),
      }),
    );
    const base = (row: string) => texts(html, new RegExp(`td[^>]*data-scenario="base" data-row="${row}"`))[0];
    // The base scenario is the budget as planned: the standard plan's 2,000 deals, ¥1,411,667.1792,
    // ¥700,000 × 40% gross profit, and ¥1,411,667.1792 ÷ 40% to break even.
    expect(["deals", "total", "revenue", "grossProfit", "roi", "breakEvenRevenue"].map(base)).toEqual([
      "2,000",
      "¥1,411,667",
      "¥700,000",
      "¥280,000",
      "0.20",
      "¥3,529,168",
    ]);
  });

  it("names the stage's rate without an article that cannot fit every stage name", () => {
    expect(funnelStrings("en").breakEvenRate("Opened", "30.5%", "28%", "1,000", "3,279")).toBe(
      "ROI reaches 1 when the Opened rate is at least 30.5% (now 28%): 1,000 of the 3,279 people at the stage above.",
    );
  });

  it("gives the break-even order value to the fen", () => {
    const budget = applyFunnel(presetBudget("campaign-funnel", "en")) as Budget & { funnel: Funnel };
    const html = renderToStaticMarkup(
      createElement(BreakEvenPanel, { budget, lang: "en", strings: funnelStrings("en") }),
    );
    // ROI is 1 where 2,000 deals × order value × 40% = ¥1,411,667.1792: ¥1,764.583974.
    expect(texts(html, /p[^>]*aria-live="polite"/)).toEqual([
      "ROI is exactly 1 at an average order value of ¥1,764.58 (now ¥350.00).",
    ]);
  });
});

describe("insertion messages", () => {
  const result = { sheetName: "预算表 (2)", tableName: "BudgetLines_2", total: "1294596" };

  it("report the sheet, table and formatted total in the pane's language", () => {
    expect(insertedMessage(result, "en")).toBe('Sheet "预算表 (2)" with table BudgetLines_2; total ¥1,294,596.00.');
    expect(insertedMessage(result, "zh")).toBe("工作表“预算表 (2)”（表格 BudgetLines_2），合计 ¥1,294,596.00。");
  });

  it("name the phasing sheet and execution report inserted with a budget spread over time", () => {
    const overTime = { ...result, phasingSheetName: "分期计划 (2)", executionReportSheetName: "月度执行报告" };
    expect(insertedMessage(overTime, "en")).toBe(
      'Sheet "预算表 (2)" with table BudgetLines_2; total ¥1,294,596.00. Phased on sheet "分期计划 (2)", with the execution report on "月度执行报告".',
    );
    expect(insertedMessage(overTime, "zh")).toBe(
      "工作表“预算表 (2)”（表格 BudgetLines_2），合计 ¥1,294,596.00。分期计划在工作表“分期计划 (2)”，执行报告在“月度执行报告”。",
    );
  });

  it("say 'inserted' once: the title says it, the message names what", () => {
    for (const lang of ["en", "zh"] as const) {
      const html = renderToStaticMarkup(
        createElement(InsertOutcome, {
          state: { kind: "inserted", preset: "campaign", result },
          lang,
          strings: paneStrings(lang),
        }),
      );
      const shown = html.replace(/<[^>]*>/g, " ").replace(/&quot;/g, '"').replace(/\s+/g, " ").trim();
      expect(shown).toBe(
        lang === "en"
          ? 'Inserted Sheet "预算表 (2)" with table BudgetLines_2; total ¥1,294,596.00.'
          : "已插入 工作表“预算表 (2)”（表格 BudgetLines_2），合计 ¥1,294,596.00。",
      );
    }
  });

  it("explain a WorkbookError in its own words, in either language", () => {
    const error = new WorkbookError("protected", {
      zh: "工作簿受保护，无法插入工作表。",
      en: "The workbook is protected.",
    });
    expect(insertErrorMessage(error, "zh")).toBe("工作簿受保护，无法插入工作表。");
    expect(insertErrorMessage(error, "en")).toBe("The workbook is protected.");
  });

  it("keep Office's wording for an unexpected error", () => {
    expect(insertErrorMessage(new Error("GeneralException"), "en")).toBe(
      "The budget sheet could not be inserted: GeneralException",
    );
    expect(insertErrorMessage("timeout", "zh")).toBe("插入预算表时出错：timeout");
  });
});

describe("the strings table", () => {
  it("has every entry in both languages, with Chinese in the zh table", () => {
    const keys = Object.keys(paneStrings("en")).sort();
    expect(Object.keys(paneStrings("zh")).sort()).toEqual(keys);
    for (const key of keys as (keyof Strings)[]) {
      const zh = paneStrings("zh")[key];
      const en = paneStrings("en")[key];
      expect(typeof zh, key).toBe(typeof en);
      const [zhText, enText] =
        typeof zh === "function" ? [String(zh("x", "y", "z")), String((en as typeof zh)("x", "y", "z"))] : [zh, en];
      expect(zhText, key).not.toBe(enText);
      // The language switch is written in the language it switches to.
      const chinese = key === "switchLanguage" ? enText : zhText;
      expect(chinese, key).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe("language and theme detection", () => {
  it("uses Chinese for any zh locale and English otherwise", () => {
    for (const tag of ["zh-CN", "zh-TW", "zh-Hans", "ZH-cn", " zh"]) expect(langFromLocale(tag), tag).toBe("zh");
    for (const tag of ["en-US", "en-GB", "fr-FR", "", undefined, null])
      expect(langFromLocale(tag), String(tag)).toBe("en");
  });

  it("tells dark backgrounds from light ones", () => {
    for (const color of ["#000000", "#262626", "#333", "#1f1f1f", "#0e7c66"])
      expect(isDarkColor(color), color).toBe(true);
    for (const color of ["#FFFFFF", "#f3f3f3", "#e6e6e6", "#fff"]) expect(isDarkColor(color), color).toBe(false);
    expect(isDarkColor("not a colour")).toBe(false);
  });
});
