import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  dec,
  presetBudget,
  timelinePreset,
  type Budget,
  type LineSpan,
  type PeriodActuals,
  type Phasing,
} from "../src/model";
import { CHINA_RETAIL_CALENDAR } from "../src/model/seasonalCalendar";
import { a1 } from "../src/sheet/address";
import { FilledCell, fill } from "../src/sheet/formulaFill";
import { buildPhasingPlan, type PhasingPlanOptions } from "../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import type { PlainSheetPlan } from "../src/sheet/plan";

/**
 * What a phasing sheet holds, cell by cell, in the order the plan lists them: every formula, text,
 * number, model result and number format, then the names, styles, rules and validations. Digests of
 * these lines pin the sheets the plan produced before its formulas were shared per block.
 */
function contents(plan: PlainSheetPlan): string[] {
  const lines = plan.cells.map((cell) => {
    const { content } = cell;
    const what =
      content.kind === "formula"
        ? `${content.formula} -> ${String(content.result)}`
        : content.kind === "text"
          ? `'${content.text}`
          : content.value.toString();
    return `${a1(cell)} ${what} [${cell.numberFormat ?? ""}]`;
  });
  return [...lines, JSON.stringify({ ...plan, cells: plan.cells.length })];
}

const digest = (plan: PlainSheetPlan) => createHash("sha256").update(contents(plan).join("\n")).digest("hex");

function phasingPlan(budget: Budget, phasing: Phasing, options: PhasingPlanOptions) {
  return buildPhasingPlan(budget, phasing, buildSheetPlan(budget, { lang: options.lang }), options);
}

/** A generated budget of `count` lines over `periods` periods: every profile, custom weights included. */
function generated(count: number, periods: number, unit: "month" | "week") {
  const base = presetBudget("campaign", "en");
  const budget: Budget = {
    ...base,
    lines: Array.from({ length: count }, (_, i) => ({ ...base.lines[i % base.lines.length], item: `Line ${i + 1}` })),
  };
  const kinds = ["even", "front", "back", "seasonal"] as const;
  const span = (i: number): LineSpan => {
    const first = 1 + (i % Math.min(12, periods));
    const last = Math.min(periods, first + (i % 13));
    if (i % 5 === 4) {
      const weights = Array.from({ length: last - first + 1 }, (_, k) => dec((k % 3) + 1));
      return { first, last, profile: { kind: "custom", weights } };
    }
    return { first, last, profile: { kind: kinds[i % 4] } };
  };
  const phasing: Phasing = {
    periods: { unit, first: unit === "month" ? "2026-01" : "2026-01-05", count: periods },
    calendar: CHINA_RETAIL_CALENDAR,
    lines: Array.from({ length: count }, (_, i) => span(i)),
    contingency: { first: 1, last: periods, profile: { kind: "even" } },
  };
  const actuals: PeriodActuals = Array.from({ length: count + 1 }, (_, r) =>
    r % 3 === 0 ? Array.from({ length: periods }, (_, p) => (p < 4 ? dec(100 * r + p) : undefined)) : undefined,
  ) as PeriodActuals;
  return { budget, phasing, actuals };
}

function funnelPhasing(): { budget: Budget; phasing: Phasing } {
  const { phasing } = timelinePreset("campaign-timeline", "en");
  const lines: LineSpan[] = [...phasing.lines];
  lines[3] = { first: 1, last: 2, profile: { kind: "custom", weights: [dec(1), dec(3)] } };
  return { budget: presetBudget("campaign-funnel", "en"), phasing: { ...phasing, lines } };
}

describe("the phasing sheet's cells", () => {
  it("are the same for the campaign-timeline preset, in both languages", () => {
    const zh = timelinePreset("campaign-timeline", "zh");
    const en = timelinePreset("campaign-timeline", "en");
    expect({
      zh: digest(phasingPlan(zh.budget, zh.phasing, { lang: "zh" })),
      en: digest(phasingPlan(en.budget, en.phasing, { lang: "en", currentPeriod: 2 })),
    }).toEqual({
      zh: "cebafc0541e9e287f193ed12d04c6f188ef531761287b83db6654c8e5af8a9ad",
      en: "92367f3f3eae2d8900bb476529ca056f544ffaf288dd4857ae455ab0c108712c",
    });
  });

  it("are the same for a funnel budget with a stage lag", () => {
    const { budget, phasing } = funnelPhasing();
    expect(digest(phasingPlan(budget, phasing, { lang: "en", stageLag: 1 }))).toBe(
      "84c456a8425e86f247373b280b542b51a4573a6db3973d8754f0a929d2b56730",
    );
  });

  it("are the same for a large generated budget over months and over weeks, actuals typed", () => {
    const months = generated(300, 24, "month");
    const weeks = generated(120, 30, "week");
    const options = { lang: "en", currentPeriod: 3, actuals: months.actuals } as const;
    expect({
      months: digest(phasingPlan(months.budget, months.phasing, options)),
      weeks: digest(phasingPlan(weeks.budget, weeks.phasing, { lang: "zh", actuals: weeks.actuals })),
    }).toEqual({
      months: "6661efd6d87b9aad56415abe72be74e402fafc695e9d7792bb472198eab83bc8",
      weeks: "f8de3540d5347da0621f9d0fa1c9a0c4b4961cf41f2e8707b0b65b71c743e2f6",
    });
  });

  it("reads the first line's formulas as written before", () => {
    const { budget, phasing } = timelinePreset("campaign-timeline", "en");
    const plan = phasingPlan(budget, phasing, { lang: "en" });
    const at = (address: string) => {
      const cell = plan.cells.find((c) => a1(c) === address);
      return cell?.content.kind === "formula" ? cell.content.formula : undefined;
    };
    expect(at("H17")).toBe(
      '=IF($G17<>"",NA(),SIGN($C17)*(H136+IF(COUNTIF($H$158:$J$158,">"&H158)+COUNTIF($H158:H158,H158)<=$C158,1,0))/100)',
    );
    expect(at("I114")).toBe(
      "=IF(AND(I$15>=$D17,I$15<=$E17,I$15<=Budget_PeriodCount),CHOOSE($F114+1,0,1,$E17-I$15+1,I$15-$D17+1,N(I74)," +
        "INDEX($C$97:$C$108,MONTH(I$16))),0)",
    );
    expect(at("J137")).toBe("=IF($C115>0,INT(ROUND($C137*J115/$C115,6)),0)");
    expect(at("H160")).toBe("=IF($C116>0,ROUND((ROUND($C138*H116/$C116,6)-H138)*1000000,0),0)");
    expect(at("F115")).toBe(
      '=IF($F18="Even",1,IF($F18="Front-loaded",2,IF($F18="Back-loaded",3,IF($F18="Custom",4,IF($F18="Seasonal",5,0)))))',
    );
  });
});

describe("a formula written once for a block", () => {
  const sum = fill`=SUM(${{ col: 7, rowOffset: 2, colDollar: true }},${{ colOffset: -1, row: 14, rowDollar: true }},N(${{ colOffset: 0, rowOffset: -1 }}))`;

  it("reads in each cell as written for that cell", () => {
    expect(sum.at(16, 8)).toBe("=SUM($H19,H$15,N(I16))");
    expect(sum.at(16, 27)).toBe("=SUM($H19,AA$15,N(AB16))");
    expect(sum.at(999, 30)).toBe("=SUM($H1002,AD$15,N(AE999))");
    expect(sum.at(16, 9)).toBe("=SUM($H19,I$15,N(J16))");
  });

  it("takes a part written once in two places", () => {
    const share = fill`ROUND(${{ colOffset: 0, rowOffset: 0 }}/2,6)`;
    expect(fill`=IF(${share}>0,INT(${share}),0)`.at(4, 2)).toBe("=IF(ROUND(C5/2,6)>0,INT(ROUND(C5/2,6)),0)");
  });

  it("reads from another block as in the cells it was made for, its fixed references kept", () => {
    const moved = sum.readFrom(-200);
    expect(moved.at(216, 8)).toBe("=SUM($H19,H$15,N(I16))");
    expect(moved.at(217, 9)).toBe("=SUM($H20,I$15,N(J17))");
  });

  it("keeps its cell's content when the cell is copied or written out", () => {
    const cell = new FilledCell(sum, 16, 8, dec("12.5"), "0.00");
    expect({ ...cell, row: 40 }.content.formula).toBe("=SUM($H19,H$15,N(I16))");
    expect(JSON.parse(JSON.stringify(cell))).toEqual({
      row: 16,
      col: 8,
      content: { kind: "formula", formula: "=SUM($H19,H$15,N(I16))", result: "12.5" },
      numberFormat: "0.00",
    });
  });
});
