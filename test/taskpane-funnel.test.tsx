import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { breakEvenAverageOrderValue, dec, presetBudget, withTargetDeals, type Decimal } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { funnelInputWrites, missingNames, readFunnelInputs } from "../src/sheet/funnelInputs";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { snapshotFromPlan } from "../src/sheet/snapshotFromPlan";
import { funnelBarWidths } from "../src/taskpane/funnelBarGeometry";
import {
  draftsFromInputs,
  editDraft,
  hasProblems,
  parseOrderValue,
  parseRate,
  parseTargetDeals,
  startEditing,
  valuesToUse,
} from "../src/taskpane/funnelDrafts";
import { breakEvenFigure, funnelFigures } from "../src/taskpane/funnelFigures";
import { readFunnelSheet } from "../src/taskpane/funnelSheetRead";
import { FunnelChart } from "../src/taskpane/views/FunnelChart";
import { FunnelInputsForm } from "../src/taskpane/views/FunnelInputsForm";
import { FunnelScenariosView } from "../src/taskpane/views/FunnelScenariosView";
import type { BudgetWorkbook, BudgetWorkbookRead } from "../src/workbook/budgetWorkbook";
import { funnelStrings, paneStrings } from "../src/i18n";

const snapshotOf = (preset: "campaign" | "campaign-funnel", lang: "zh" | "en") =>
  snapshotFromPlan(buildSheetPlan(presetBudget(preset, lang), { lang }));
const enSnapshot = snapshotOf("campaign-funnel", "en");
const enChecked = readBudgetSheet(enSnapshot);
const enInputs = readFunnelInputs(enSnapshot, enChecked)!;
const enBudget = { ...enChecked.budget, funnel: enChecked.budget.funnel! };
const strings = (values: readonly Decimal[]) => values.map((value) => value.toString());

describe("typed figures", () => {
  it("read target deals as a whole number from 0 to a billion, however it is written", () => {
    expect(parseTargetDeals("2600")).toEqual({ ok: true, value: dec(2600) });
    expect(parseTargetDeals(" 2,600 ")).toEqual({ ok: true, value: dec(2600) });
    expect(parseTargetDeals("２６００")).toEqual({ ok: true, value: dec(2600) });
    expect(parseTargetDeals("0")).toEqual({ ok: true, value: dec(0) });
    expect(parseTargetDeals("-5")).toEqual({ ok: false, problem: "negative" });
    expect(parseTargetDeals("2.5")).toEqual({ ok: false, problem: "whole" });
    expect(parseTargetDeals("abc")).toEqual({ ok: false, problem: "number" });
    expect(parseTargetDeals("")).toEqual({ ok: false, problem: "number" });
    expect(parseTargetDeals("2e9")).toEqual({ ok: false, problem: "large" });
  });

  it("read a rate by the one rate rule: a percent sign, or a fraction of 1, as in Excel and BUDGET.FUNNEL", () => {
    expect(parseRate("28%")).toEqual({ ok: true, value: dec("0.28") });
    expect(parseRate("0.28")).toEqual({ ok: true, value: dec("0.28") });
    expect(parseRate(" 12.5 % ")).toEqual({ ok: true, value: dec("0.125") });
    expect(parseRate("0.65")).toEqual({ ok: true, value: dec("0.65") });
    expect(parseRate("100%")).toEqual({ ok: true, value: dec(1) });
    expect(parseRate("1")).toEqual({ ok: true, value: dec(1) });
    const rule = (text: string) => {
      const parsed = parseRate(text);
      return !parsed.ok && parsed.problem.kind === "rule" ? parsed.problem.text : parsed;
    };
    expect(rule("28")).toEqual({
      en: "This rate is 28: a rate is a fraction of 1, so write 28% or 0.28",
      zh: "该转化率为 28：比率按百分比或小数填写，请写成 28% 或 0.28",
    });
    expect(rule("150%")).toEqual({
      en: "This rate is 150%: a rate cannot exceed 100%",
      zh: "该转化率为 150%：比率不能超过 100%",
    });
    expect(rule("1.5")).toMatchObject({ en: "This rate is 150%: a rate cannot exceed 100%" });
    expect(rule("-5%")).toMatchObject({ en: "This rate is -5%: a stage rate must be above 0% and at most 100%" });
    expect(rule("0")).toMatchObject({ en: "This rate is 0%: a stage rate must be above 0% and at most 100%" });
    expect(parseRate("0.00001%")).toEqual({ ok: false, problem: { kind: "small" } });
    expect(parseRate("text")).toEqual({ ok: false, problem: { kind: "number" } });
  });

  it("read an order value in 元, decimals allowed", () => {
    expect(parseOrderValue("¥350.50")).toEqual({ ok: true, value: dec("350.5") });
    expect(parseOrderValue("-1")).toEqual({ ok: false, problem: "negative" });
  });

  it("start from the sheet's cells, rates in percent without binary noise", () => {
    expect(draftsFromInputs(enInputs)).toEqual({
      targetDeals: "2000",
      averageOrderValue: "350",
      rates: ["85%", "12%", "28%", "65%", "90%"],
    });
  });

  it("keep each field's last valid figure while it is in error, and say which field", () => {
    let editing = startEditing(draftsFromInputs(enInputs));
    expect(hasProblems(editing.problems)).toBe(false);
    editing = editDraft(editing, { field: "targetDeals", text: "2600" });
    editing = editDraft(editing, { field: "targetDeals", text: "26x" });
    editing = editDraft(editing, { field: "rate", index: 2, text: "150%" });
    expect(editing.problems).toEqual({
      targetDeals: "number",
      rates: [
        undefined,
        undefined,
        {
          kind: "rule",
          text: { en: "This rate is 150%: a rate cannot exceed 100%", zh: "该转化率为 150%：比率不能超过 100%" },
        },
        undefined,
        undefined,
      ],
    });
    const values = valuesToUse(editing.lastValid)!;
    expect(values.targetDeals.toString()).toBe("2600");
    expect(strings(values.rates)).toEqual(["0.85", "0.12", "0.28", "0.65", "0.9"]);
    editing = editDraft(editing, { field: "rate", index: 2, text: "30%" });
    expect(editing.problems.rates[2]).toBeUndefined();
    expect(valuesToUse(editing.lastValid)!.rates[2].toString()).toBe("0.3");
  });

  it("have nothing to compute with while a field has never been valid", () => {
    const editing = startEditing({ targetDeals: "#REF!", averageOrderValue: "350", rates: ["85%"] });
    expect(editing.problems.targetDeals).toBe("number");
    expect(valuesToUse(editing.lastValid)).toBeNull();
  });
});

describe("the funnel inputs of a sheet", () => {
  it("are found through the sheet's names, the stages named as the sheet names them", () => {
    expect(enInputs.targetDeals).toEqual({ address: "Q27", value: 2000 });
    expect(enInputs.averageOrderValue.value).toBe(350);
    expect(enInputs.rates.map((rate) => rate.value)).toEqual([0.85, 0.12, 0.28, 0.65, 0.9]);
    expect(enInputs.stageNames).toEqual(["Customer pool", "Reached", "Opened", "Booked", "Visited", "Deals"]);
    const zh = snapshotOf("campaign-funnel", "zh");
    expect(readFunnelInputs(zh, readBudgetSheet(zh))!.stageNames).toEqual([
      "客户池",
      "触达",
      "打开",
      "预约",
      "到店",
      "成交",
    ]);
  });

  it("keep what a planner left in a cell, for the field to show and question", () => {
    const names = { ...enSnapshot.names, Budget_Rate3: { address: "Q34", value: "high" } };
    const snapshot = { ...enSnapshot, names };
    const inputs = readFunnelInputs(snapshot, readBudgetSheet(snapshot))!;
    expect(draftsFromInputs(inputs).rates[2]).toBe("high");
  });

  it("are absent from a budget without a funnel", () => {
    const campaign = snapshotOf("campaign", "en");
    expect(readFunnelInputs(campaign, readBudgetSheet(campaign))).toBeNull();
  });

  it("are written by name, and a name the sheet lacks is found before writing", () => {
    const values = { targetDeals: dec(2600), averageOrderValue: dec(350), rates: [dec("0.85"), dec("0.5")] };
    expect(funnelInputWrites(values)).toEqual([
      { name: "Budget_TargetDeals", value: 2600 },
      { name: "Budget_AOV", value: 350 },
      { name: "Budget_Rate1", value: 0.85 },
      { name: "Budget_Rate2", value: 0.5 },
    ]);
    expect(missingNames(enSnapshot, ["budget_targetdeals", "Budget_Rate6"])).toEqual(["Budget_Rate6"]);
  });
});

describe("the figures the view draws", () => {
  const values = (targetDeals: number) => ({
    targetDeals: dec(targetDeals),
    averageOrderValue: dec(350),
    rates: ["0.85", "0.12", "0.28", "0.65", "0.9"].map(dec),
  });

  it("work back from 2,000 deals to 119,756 people, and from 2,600 to 155,638", () => {
    const at2000 = funnelFigures(enBudget, values(2000));
    expect(at2000.kind === "figures" && strings(at2000.counts)).toEqual([
      "119756",
      "101792",
      "12215",
      "3420",
      "2223",
      "2000",
    ]);
    const at2600 = funnelFigures(enBudget, values(2600));
    if (at2600.kind !== "figures") throw new Error(at2600.text.en);
    expect(at2600.counts[0].toString()).toBe("155638");
    expect(at2600.scenarios.map((scenario) => scenario.deals.toString())).toEqual(["1663", "2600", "3744"]);
    expect(at2600.scenarios[1].total.toFixed(2)).toBe("1775216.78");
  });

  it("solve for the break-even order value, and give the model's words when no rate breaks even", () => {
    const figures = funnelFigures(enBudget, values(2600));
    if (figures.kind !== "figures") throw new Error(figures.text.en);
    const orderValue = breakEvenFigure(figures.budget, { kind: "order-value" });
    const model = breakEvenAverageOrderValue(withTargetDeals(presetBudget("campaign-funnel", "en"), dec(2600)));
    expect(orderValue).toEqual({ kind: "order-value", value: model });
    const booked = breakEvenFigure(figures.budget, { kind: "rate", stage: 3 });
    expect(booked.kind === "none" && booked.text.en).toMatch(/^No Booked rate up to 100% breaks even/);
  });

  it("say what the model cannot use, rather than throwing", () => {
    const lines = enBudget.lines.map((line) => (line.driver ? { ...line, driver: "Nowhere" } : line));
    const figures = funnelFigures({ ...enBudget, lines }, values(2000));
    expect(figures.kind === "model-error" && figures.text.en).toContain('"Nowhere"');
  });
});

describe("the funnel chart", () => {
  it("draws each bar as a share of the widest, keeping a sliver for a small stage", () => {
    const counts = [119756, 101792, 12215, 3420, 2223, 2000].map(dec);
    expect(funnelBarWidths(counts)).toEqual(["100%", "85%", "10.2%", "2.86%", "1.86%", "1.67%"]);
    expect(funnelBarWidths([dec(1_000_000), dec(1), dec(0)])).toEqual(["100%", "0.5%", "0%"]);
    expect(funnelBarWidths([dec(0), dec(0)])).toEqual(["0%", "0%"]);
  });

  it("is a labelled list whose items say each stage and its people", () => {
    const html = renderToStaticMarkup(
      <FunnelChart stageNames={["客户池", "成交"]} counts={[dec(119756), dec(2000)]} strings={funnelStrings("zh")} />,
    );
    expect(html).toContain('<ul style="');
    expect(html).toContain(`aria-label="${funnelStrings("zh").funnelListLabel}"`);
    expect(html).toMatch(/<span>客户池<\/span><span[^>]*>119,756<\/span>/);
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(2);
    expect(html).not.toMatch(/#[0-9a-f]{6}/i);
  });
});

describe("the funnel view", () => {
  it("shows each field's problem under it, in the pane's language", () => {
    let editing = editDraft(startEditing(draftsFromInputs(enInputs)), { field: "rate", index: 0, text: "65" });
    editing = editDraft(editing, { field: "rate", index: 1, text: "abc" });
    const expected = {
      zh: ["该转化率为 65：比率按百分比或小数填写，请写成 65% 或 0.65。", funnelStrings("zh").rateProblems.number],
      en: [
        "This rate is 65: a rate is a fraction of 1, so write 65% or 0.65.",
        funnelStrings("en").rateProblems.number,
      ],
    };
    for (const lang of ["zh", "en"] as const) {
      const html = renderToStaticMarkup(
        <FunnelInputsForm
          editing={editing}
          stageNames={enInputs.stageNames.slice(1)}
          strings={funnelStrings(lang)}
          lang={lang}
          onEdit={() => {}}
        />,
      );
      for (const message of expected[lang]) expect(html).toContain(message);
      expect(html).toContain('value="28%"');
      expect(html.match(/aria-invalid="true"/g)).toHaveLength(2);
    }
  });

  it("starts by reading, with a spinner in a live region", () => {
    const workbook = {
      insert: vi.fn(),
      list: vi.fn(),
      read: vi.fn(),
      select: vi.fn(),
      writeFunnelInputs: vi.fn(),
      plans: { read: vi.fn(), take: vi.fn(), rename: vi.fn(), delete: vi.fn() },
    };
    const html = renderToStaticMarkup(
      <FunnelScenariosView lang="en" strings={paneStrings("en")} workbook={workbook} />,
    );
    expect(html).toMatch(/role="status" aria-live="polite"[^>]*>.*Reading the budget sheet…/);
  });

  it("reads the active sheet's cells only when it is a budget sheet", async () => {
    const sheet = { name: "Budget", id: "{1}" };
    const read: BudgetWorkbookRead = {
      sheets: [{ ...sheet, tableName: "BudgetLines" }],
      active: "Budget",
      activeSheet: sheet,
      sheet: { kind: "budget", sheetId: "{1}", snapshot: snapshotOf("campaign", "en") },
    };
    const reader: Pick<BudgetWorkbook, "list" | "read"> = {
      list: vi.fn(async () => ({ sheets: [], active: null, activeSheet: { name: "Orders", id: "{2}" } })),
      read: vi.fn(async () => read),
    };
    expect(await readFunnelSheet(reader)).toEqual({ kind: "not-a-budget", sheet: { name: "Orders", id: "{2}" } });
    expect(reader.read).not.toHaveBeenCalled();
    reader.list = vi.fn(async () => read);
    expect(await readFunnelSheet(reader)).toEqual({ kind: "no-funnel", sheet });
    expect(reader.read).toHaveBeenCalledWith("{1}");
  });
});
