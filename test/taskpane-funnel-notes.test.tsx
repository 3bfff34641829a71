import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { presetBudget } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { readFunnelInputs } from "../src/sheet/funnelInputs";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import { snapshotFromPlan } from "../src/sheet/snapshotFromPlan";
import {
  draftsFromInputs,
  editDraft,
  startEditing,
  valuesToUse,
  type FunnelEditing,
} from "../src/taskpane/funnelDrafts";
import { funnelFigures } from "../src/taskpane/funnelFigures";
import type { FunnelScenarios } from "../src/taskpane/useFunnelScenarios";
import { FunnelScenariosView } from "../src/taskpane/views/FunnelScenariosView";
import { funnelStrings, paneStrings } from "../src/i18n";

const snapshot = snapshotFromPlan(buildSheetPlan(presetBudget("campaign-funnel", "en"), { lang: "en" }));
const checked = readBudgetSheet(snapshot);
const inputs = readFunnelInputs(snapshot, checked)!;
const budget = { ...checked.budget, funnel: checked.budget.funnel! };

const state = vi.hoisted(() => ({ current: null as unknown }));
vi.mock("../src/taskpane/useFunnelScenarios", () => ({ useFunnelScenarios: () => state.current }));

/** The view's markup for the fields as edited; the figures follow from them as the hook computes them. */
function viewWith(editing: FunnelEditing): string {
  const values = valuesToUse(editing.lastValid);
  const scenarios: FunnelScenarios = {
    read: { kind: "read", sheet: { kind: "funnel", sheet: { id: "{1}", name: "Budget" }, snapshot, budget, inputs } },
    editing,
    figures: values ? funnelFigures(budget, values) : null,
    write: { kind: "idle" },
    edit: () => {},
    reread: () => {},
    writeToSheet: () => {},
  } as FunnelScenarios;
  state.current = scenarios;
  const workbook = {
    insert: vi.fn(),
    list: vi.fn(),
    read: vi.fn(),
    select: vi.fn(),
    writeFunnelInputs: vi.fn(),
    plans: { read: vi.fn(), take: vi.fn(), rename: vi.fn(), delete: vi.fn() },
  };
  return renderToStaticMarkup(<FunnelScenariosView lang="en" strings={paneStrings("en")} workbook={workbook} />);
}

const strings = funnelStrings("en");
const count = (html: string, text: string) => html.split(text).length - 1;

describe("the funnel view's notes about a field in error", () => {
  it("say once that the figures wait, without speaking of a last valid value, for a field never valid", () => {
    const drafts = { ...draftsFromInputs(inputs), targetDeals: "#REF!" };
    const html = viewWith(startEditing(drafts));
    expect(count(html, strings.targetProblems.number!)).toBe(1);
    expect(count(html, strings.incomplete)).toBe(1);
    expect(html).not.toContain(strings.keptLastValid);
    expect(html).not.toContain(strings.fixFieldsFirst);
  });

  it("say the results keep the last valid value once a field that was valid is in error", () => {
    const editing = editDraft(startEditing(draftsFromInputs(inputs)), { field: "targetDeals", text: "26x" });
    const html = viewWith(editing);
    expect(count(html, strings.targetProblems.number!)).toBe(1);
    expect(count(html, strings.keptLastValid)).toBe(1);
    expect(html).not.toContain(strings.incomplete);
  });
});
