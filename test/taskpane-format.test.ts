import { describe, expect, it } from "vitest";
import {
  Decimal,
  PRESET_IDS,
  budgetTotals,
  formatMoney as formatModelMoney,
  formatPercent as formatModelPercent,
  presetBudget,
  type DecimalInput,
} from "../src/model";

/** The pane shows money with two decimals and shares with one. */
const formatMoney = (value: DecimalInput, decimals = 2) => formatModelMoney(value, decimals);
const formatPercent = (value: DecimalInput, decimals = 1) => formatModelPercent(value, decimals);
import { insertErrorMessage, insertedMessage } from "../src/workbook/insertMessages";
import { isDarkColor } from "../src/excel/officeEnvironment";
import { langFromLocale, paneStrings, type Strings } from "../src/i18n";
import { WorkbookError } from "../src/workbook/workbookError";

describe("formatMoney", () => {
  it("writes 元 with thousands separators and two decimals", () => {
    expect(formatMoney(new Decimal("1294596"))).toBe("¥1,294,596.00");
    expect(formatMoney(new Decimal("95896"))).toBe("¥95,896.00");
    expect(formatMoney(new Decimal("999.5"))).toBe("¥999.50");
    expect(formatMoney(new Decimal("0"))).toBe("¥0.00");
    expect(formatMoney("1234567890123.45")).toBe("¥1,234,567,890,123.45");
  });

  it("rounds half away from zero, once, at display", () => {
    expect(formatMoney(new Decimal("0.005"))).toBe("¥0.01");
    expect(formatMoney(new Decimal("2.675"))).toBe("¥2.68"); // 2.675 is 2.67499… as a double
    expect(formatMoney(new Decimal("-2.675"))).toBe("-¥2.68");
    expect(formatMoney(new Decimal("1999.994999"))).toBe("¥1,999.99");
    expect(formatMoney(new Decimal("999999.995"))).toBe("¥1,000,000.00");
  });

  it("shows negatives with the sign first and never as -0", () => {
    expect(formatMoney(new Decimal("-1234.5"))).toBe("-¥1,234.50");
    expect(formatMoney(new Decimal("-0.004"))).toBe("¥0.00");
  });

  it("keeps huge and tiny amounts out of exponent notation", () => {
    expect(formatMoney(new Decimal("1e21"))).toBe("¥1,000,000,000,000,000,000,000.00");
    expect(formatMoney(new Decimal("1e-9"))).toBe("¥0.00");
  });

  it("shows a dash for what is not a number", () => {
    expect(formatMoney(new Decimal(NaN))).toBe("—");
    expect(formatMoney(new Decimal(Infinity))).toBe("—");
  });

  it("formats the campaign preset's total as the domain states it", () => {
    const totals = budgetTotals(presetBudget("campaign", "zh"));
    expect(formatMoney(totals.total)).toBe("¥1,294,596.00");
    expect(formatMoney(totals.contingency)).toBe("¥95,896.00");
  });
});

describe("formatPercent", () => {
  it("writes a fraction as a percentage with one decimal by default", () => {
    expect(formatPercent(new Decimal("0.2723"))).toBe("27.2%");
    expect(formatPercent(new Decimal("0.08"))).toBe("8.0%");
    expect(formatPercent(new Decimal("1"))).toBe("100.0%");
    expect(formatPercent(new Decimal("12.5"))).toBe("1,250.0%");
  });

  it("takes the number of decimals and rounds half away from zero", () => {
    expect(formatPercent(new Decimal("0.27225"), 2)).toBe("27.23%");
    expect(formatPercent(new Decimal("0.0005"), 1)).toBe("0.1%");
    expect(formatPercent(new Decimal("0.125"), 0)).toBe("13%");
    expect(formatPercent(new Decimal("-0.0004"), 1)).toBe("0.0%");
    expect(formatPercent(new Decimal("-0.25"))).toBe("-25.0%");
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
      expect(formatPercent(sum), id).toBe("100.0%");
    }
  });
});

describe("insertion messages", () => {
  const result = { sheetName: "预算表 (2)", tableName: "BudgetLines_2", total: "1294596" };

  it("report the sheet, table and formatted total in the pane's language", () => {
    expect(insertedMessage(result, "en")).toBe(
      'Inserted sheet "预算表 (2)" with table BudgetLines_2; total ¥1,294,596.00.',
    );
    expect(insertedMessage(result, "zh")).toBe("已插入工作表“预算表 (2)”（表格 BudgetLines_2），合计 ¥1,294,596.00。");
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
