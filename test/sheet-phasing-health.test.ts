import { describe, expect, it } from "vitest";
import { Decimal } from "../src/model/decimal";
import { BudgetInputError } from "../src/model/errors";
import { phaseBudget } from "../src/model/phasing";
import { timelineHealth } from "../src/model/timelineHealth";
import { timelinePreset } from "../src/model/timelinePresets";
import { a1 } from "../src/sheet/address";
import { periodSerial, phasingLayout } from "../src/sheet/buildPhasingPlan";
import { phasingOverTime, type PhasingHealthValues } from "../src/sheet/phasingHealth";
import { periodHealthLabels } from "../src/i18n";

const { budget, phasing } = timelinePreset("campaign-timeline", "en");
const phased = phaseBudget(budget, phasing);
const layout = phasingLayout(phased.rows.length);
/** May's plan of the first line is nothing: 500 spent there is over it. */
const actuals = [[new Decimal(500)]];

const values = (settings: PhasingHealthValues["settings"], currentPeriod = 1): PhasingHealthValues => ({
  sheetName: "Phasing",
  rows: phased.rows.map((row) => ({ category: row.category, item: row.item, plan: row.periods })),
  periodStarts: phased.periods.map(periodSerial),
  currentPeriod,
  actuals,
  settings,
});

const failure = (settings: PhasingHealthValues["settings"]) => {
  try {
    phasingOverTime(values(settings));
  } catch (error) {
    if (error instanceof BudgetInputError) return error.text.en;
    throw error;
  }
  return null;
};

describe("the phasing sheet's values as the health rules over time read them", () => {
  it("takes the whole axis and ±10% when the sheet leaves the settings blank or predates them", () => {
    const model = timelineHealth(phased, actuals, { currentPeriod: 1 });
    for (const settings of [{}, { campaignFirst: null, campaignLast: " ", executionTolerance: null }]) {
      const read = phasingOverTime(values(settings));
      expect(read.options).toEqual({
        currentPeriod: 1,
        tolerance: new Decimal("0.1"),
        campaign: { first: 1, last: 3 },
      });
      expect(timelineHealth(read.phased, read.actuals, read.options)).toEqual(model);
    }
  });

  it("points a row's finding at its actual or plan cell, execution at the rate", () => {
    const { cells } = phasingOverTime(values({}));
    expect(cells!.actual(0, 1)).toBe(`'Phasing'!${a1({ row: layout.actuals.first, col: layout.periodCol(0) })}`);
    expect(cells!.plan(2, 3)).toBe(`'Phasing'!${a1({ row: layout.lines.first + 2, col: layout.periodCol(2) })}`);
    expect(cells!.executionRate).toBe(`'Phasing'!${a1(layout.executionRate)}`);
  });

  it("measures no execution before the first period, the other rules still apply", () => {
    const read = phasingOverTime(values({}, 0));
    const rules = timelineHealth(read.phased, read.actuals, read.options).map((f) => f.rule);
    expect(rules).toEqual(["period-over-plan"]);
  });

  it("refuses a campaign period or a tolerance it cannot use, naming the cell and the value as shown", () => {
    const words = periodHealthLabels("en");
    const at = (ref: { row: number; col: number }) => `'Phasing'!${a1(ref)}`;
    expect(failure({ campaignFirst: "two" })).toBe(
      words.badSetting(
        "Phasing",
        at(layout.campaignFirst),
        words.settings.campaignFirst,
        "two",
        words.reasons.campaignPeriod(3),
      ),
    );
    expect(failure({ campaignLast: 4 })).toBe(
      words.badSetting(
        "Phasing",
        at(layout.campaignLast),
        words.settings.campaignLast,
        "4",
        words.reasons.campaignPeriod(3),
      ),
    );
    expect(failure({ campaignFirst: 3, campaignLast: 2 })).toBe(
      words.badSetting(
        "Phasing",
        at(layout.campaignLast),
        words.settings.campaignLast,
        "2",
        words.reasons.campaignOrder,
      ),
    );
    expect(failure({ executionTolerance: -0.05 })).toBe(
      words.badSetting(
        "Phasing",
        at(layout.executionTolerance),
        words.settings.tolerance,
        "-5%",
        words.reasons.tolerance,
      ),
    );
    expect(failure({ executionTolerance: 0.125 })).toBeNull();
    expect(phasingOverTime(values({ executionTolerance: 0.125 })).options.tolerance?.toString()).toBe("0.125");
  });
});

describe("a phasing sheet of weeks", () => {
  it("names each week by its first day in the findings, as the model's axis does", () => {
    const weeks = { ...phasing, periods: { unit: "week" as const, first: "2026-05-04", count: 3 } };
    const weekly = phaseBudget(budget, weeks);
    const read = phasingOverTime({
      sheetName: "Phasing",
      rows: weekly.rows.map((row) => ({ category: row.category, item: row.item, plan: row.periods })),
      periodStarts: weekly.periods.map(periodSerial),
      currentPeriod: 1,
      actuals,
      settings: {},
    });
    expect(read.phased.periods.map((p) => p.label)).toEqual(["2026-05-04", "2026-05-11", "2026-05-18"]);
    expect(timelineHealth(read.phased, read.actuals, read.options)).toEqual(
      timelineHealth(weekly, actuals, { currentPeriod: 1 }),
    );
  });
});
