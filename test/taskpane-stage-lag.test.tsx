import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { presetBudget } from "../src/model/presets";
import { stageLagChoice } from "../src/taskpane/stageLagField";
import { StageLagField } from "../src/taskpane/views/StageLagField";

describe("the Timeline view's stage lag field", () => {
  const budget = presetBudget("campaign-funnel", "zh");

  it("shows the lag as typed with the hint while it is a whole number below the period count", () => {
    const lag = stageLagChoice(budget, "1", 3, "en");
    const html = renderToStaticMarkup(<StageLagField lang="en" typed="1" problem={lag.problem} onChange={() => {}} />);
    expect(html).toContain("Stage lag (periods)");
    expect(html).toContain('value="1"');
    expect(html).toContain("less than the number of periods");
    expect(html).not.toContain('aria-invalid="true"');
  });

  it("says inline what is wrong, with the value as typed, in the pane's language", () => {
    const lag = stageLagChoice(budget, "3", 3, "zh");
    const html = renderToStaticMarkup(<StageLagField lang="zh" typed="3" problem={lag.problem} onChange={() => {}} />);
    expect(html).toContain("阶段滞后（期）");
    expect(html).toContain("阶段滞后期数应为 0 到 2 的整数，而不是“3”。");
    expect(html).toContain('aria-invalid="true"');
  });
});

describe("the stage lag the Timeline view takes", () => {
  const funnelBudget = presetBudget("campaign-funnel", "en");

  it("is shown for a funnel budget only and gives the lag typed, a whole number below the period count", () => {
    expect(stageLagChoice(presetBudget("campaign", "en"), "1", 3, "en")).toEqual({ shown: false, problem: null });
    expect(stageLagChoice(funnelBudget, " 2 ", 3, "en")).toEqual({ shown: true, problem: null, stageLag: 2 });
    expect(stageLagChoice(funnelBudget, "0", 1, "en")).toEqual({ shown: true, problem: null, stageLag: 0 });
  });

  it("says what is wrong with the value as typed, in the pane's language", () => {
    expect(stageLagChoice(funnelBudget, "3", 3, "en").problem).toBe(
      'The stage lag must be a whole number of periods from 0 to 2, not "3".',
    );
    expect(stageLagChoice(funnelBudget, "-1", 6, "zh").problem).toBe("阶段滞后期数应为 0 到 5 的整数，而不是“-1”。");
    expect(stageLagChoice(funnelBudget, "1.5", 6, "en").problem).toContain('not "1.5"');
    expect(stageLagChoice(funnelBudget, "", 6, "en").problem).toContain('not ""');
    expect(stageLagChoice(funnelBudget, "two", 6, "en").stageLag).toBeUndefined();
  });
});
