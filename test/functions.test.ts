import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Decimal } from "../src/model/decimal";
import { excelErrorFor } from "../src/functions/excelErrors";
import { BudgetInputError } from "../src/model/errors";
import { CODES_WITH_MESSAGE, StandInFunctionError, outcomeOf, standInRuntime, type Outcome } from "./functionsRuntime";

type FunctionsModule = typeof import("../src/functions/functions");

const runtime = standInRuntime();
let functions: FunctionsModule;

beforeAll(async () => {
  // functions.ts associates its functions when it loads, so the runtime must be there first.
  vi.stubGlobal("CustomFunctions", runtime.CustomFunctions);
  functions = await import("../src/functions/functions");
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.stubGlobal("CustomFunctions", runtime.CustomFunctions);
});

const RATES_COLUMN = [[0.85], [0.12], [0.28], [0.65], [0.9]];
const RATES_ROW = [[0.85, 0.12, 0.28, 0.65, 0.9]];
const SEED_UP = [119756, 101792, 12215, 3420, 2223, 2000];

const column = (values: number[]) => values.map((value) => [value]);
const outcome = (call: () => unknown): Outcome => outcomeOf(call, StandInFunctionError);

describe("registration", () => {
  it("associates each of the six ids exactly once", () => {
    expect([...runtime.associateCalls.entries()]).toEqual([
      ["FUNNEL", 1],
      ["FUNNEL.FORWARD", 1],
      ["ROI", 1],
      ["BREAKEVEN", 1],
      ["CONTINGENCY", 1],
      ["CAC", 1],
    ]);
    expect(runtime.associated.get("FUNNEL")).toBe(functions.funnel);
    expect(runtime.associated.get("FUNNEL.FORWARD")).toBe(functions.funnelForward);
  });
});

describe("BUDGET.FUNNEL", () => {
  it("gives the seed's whole-people funnel, top first, from a column of rates", () => {
    expect(functions.funnel(2000, RATES_COLUMN)).toEqual(column(SEED_UP));
  });

  it("reads a row of rates the same way", () => {
    expect(functions.funnel(2000, RATES_ROW)).toEqual(column(SEED_UP));
  });

  it("needs 100 people for 69 at 69%, where a float division would say 101", () => {
    expect(69 / 0.69).toBeGreaterThan(100);
    expect(functions.funnel(69, [[0.69]])).toEqual([[100], [69]]);
    expect(functions.funnel(69, [[0.69]], "up")).toEqual([[100], [69]]);
  });

  it("without rounding gives 119706.00, 101750.10, 12210.01, 3418.80, 2222.22, 2000", () => {
    const counts = functions.funnel(2000, RATES_COLUMN, "none").map(([count]) => count);
    [119706.0, 101750.1, 12210.01, 3418.8, 2222.22, 2000].forEach((expected, stage) =>
      expect(counts[stage]).toBeCloseTo(expected, 2),
    );
    expect(counts[4]).toBe(2222.222222222222);
  });

  it('"nearest" rounds every stage half up', () => {
    expect(functions.funnel(2000, RATES_COLUMN, "nearest")).toEqual(column([119676, 101725, 12207, 3418, 2222, 2000]));
  });

  it("reads the rounding word whatever its case or surrounding spaces; blank means the default", () => {
    expect(functions.funnel(2000, RATES_COLUMN, " UP ")).toEqual(column(SEED_UP));
    expect(functions.funnel(2000, RATES_COLUMN, "")).toEqual(column(SEED_UP));
    expect(functions.funnel(2000, RATES_COLUMN, null as unknown as string)).toEqual(column(SEED_UP));
    expect(functions.funnel(2000, RATES_COLUMN, "None")[4][0]).toBe(2222.222222222222);
  });

  it("reads rates by one rule: a number is a fraction of 1, text may carry a percent sign", () => {
    // 65% as a number, as the text "65%" and as the text "0.65": all three are sixty-five percent.
    const expected = functions.funnel(2000, [[0.85], [0.65]]);
    expect(expected).toEqual(column([3620, 3077, 2000]));
    expect(functions.funnel(2000, [[0.85], ["65%"]])).toEqual(expected);
    expect(functions.funnel(2000, [["85 %"], ["0.65"]])).toEqual(expected);
    expect(functions.returnOnGrossProfit(1000000, "40%", 500000)).toBe(0.8);
    expect(functions.contingencyReserve([[1198700]], "10%")).toBe(119870);
  });

  it("takes a 100% stage and a target of 0", () => {
    expect(functions.funnel(2000, [[1], [0.5]])).toEqual(column([4000, 4000, 2000]));
    expect(functions.funnel(0, RATES_COLUMN)).toEqual(column([0, 0, 0, 0, 0, 0]));
  });
});

describe("BUDGET.FUNNEL.FORWARD", () => {
  it("rounds down by default: whole people actually reached", () => {
    expect(functions.funnelForward(119756, RATES_COLUMN)).toEqual(column(SEED_UP));
    expect(functions.funnelForward(119756, RATES_ROW, "down")).toEqual(column(SEED_UP));
  });

  it('"none" and "nearest"', () => {
    const none = functions.funnelForward(119756, RATES_COLUMN, "none").map(([count]) => count);
    expect(none).toEqual([119756, 101792.6, 12215.112, 3420.23136, 2223.150384, 2000.8353456]);
    expect(functions.funnelForward(119756, RATES_COLUMN, "nearest")).toEqual(
      column([119756, 101793, 12215, 3420, 2223, 2001]),
    );
  });
});

describe("BUDGET.ROI, BREAKEVEN, CONTINGENCY, CAC", () => {
  it("ROI on gross profit: 700,000 at 40% on 1,300,000 is 0.2154", () => {
    expect(functions.returnOnGrossProfit(700000, 0.4, 1300000)).toBeCloseTo(0.2154, 4);
    expect(functions.returnOnGrossProfit(1000000, 0.4, 500000)).toBe(0.8);
    expect(functions.returnOnGrossProfit(900000, 0.4, 500000)).toBe(0.72);
  });

  it("a margin of 0 earns nothing: ROI 0, not an error (nothing is divided by it)", () => {
    expect(functions.returnOnGrossProfit(700000, 0, 1300000)).toBe(0);
  });

  it("break-even revenue: 1,300,000 at 40% is 3,250,000", () => {
    expect(functions.breakEvenRevenue(1300000, 0.4)).toBe(3250000);
  });

  it("contingency: 8% of 1,198,700 is 95,896, from a number or a range, blank cells counting for nothing", () => {
    expect(functions.contingencyReserve([[1198700]])).toBe(95896);
    expect(functions.contingencyReserve(1198700 as unknown as number[][])).toBe(95896);
    const sixSubtotals = [[352500], [61600], [18000], [231600], [500000], [35000]];
    expect(functions.contingencyReserve(sixSubtotals)).toBe(95896);
    expect(functions.contingencyReserve(sixSubtotals, 0.1)).toBe(119870);
    expect(
      functions.contingencyReserve(
        [
          [352500, ""],
          [null, 846200],
        ] as unknown as number[][],
        0.08,
      ),
    ).toBe(95896);
    expect(functions.contingencyReserve([[1198700]], null as unknown as number)).toBe(95896);
    expect(functions.contingencyReserve([[1198700]], 0)).toBe(0);
  });

  it("CAC: 500,000 over 25,000 new customers is 20", () => {
    expect(functions.customerAcquisitionCost(500000, 25000)).toBe(20);
  });
});

type Call = [name: string, call: (f: FunctionsModule) => unknown, code: string, message: string];

const BAD_INPUTS: Call[] = [
  [
    "rate as a whole percent",
    (f) => f.funnel(2000, [[0.85], [0.12], [65]]),
    "#VALUE!",
    "Rate 3 is 65: a rate is a fraction of 1, so write 65% or 0.65",
  ],
  [
    "rate of 0",
    (f) => f.funnel(2000, [[0.85], [0]]),
    "#VALUE!",
    "Rate 2 is 0%: a stage rate must be above 0% and at most 100%",
  ],
  [
    "negative rate",
    (f) => f.funnel(2000, [[-0.5]]),
    "#VALUE!",
    "Rate 1 is -50%: a stage rate must be above 0% and at most 100%",
  ],
  ["rate above 100%", (f) => f.funnel(2000, [[1.5]]), "#VALUE!", "Rate 1 is 150%: a rate cannot exceed 100%"],
  [
    "rate as text above 100%",
    (f) => f.funnel(2000, [["150%"]]),
    "#VALUE!",
    "Rate 1 is 150%: a rate cannot exceed 100%",
  ],
  ["rate of 250", (f) => f.funnel(2000, [[250]]), "#VALUE!", "Rate 1 is 250: a rate cannot exceed 100%"],
  [
    "rate as a whole percent, as text",
    (f) => f.funnel(2000, [[0.85], ["28"]]),
    "#VALUE!",
    "Rate 2 is 28: a rate is a fraction of 1, so write 28% or 0.28",
  ],
  [
    "blank rate (empty text)",
    (f) => f.funnel(2000, [[0.85], [""]] as unknown as number[][]),
    "#VALUE!",
    "Rate 2 is blank: enter the stage's rate, e.g. 65% or 0.65",
  ],
  [
    "blank rate (null)",
    (f) => f.funnel(2000, [[0.85], [null]] as unknown as number[][]),
    "#VALUE!",
    "Rate 2 is blank: enter the stage's rate, e.g. 65% or 0.65",
  ],
  [
    "text rate",
    (f) => f.funnel(2000, [["abc"]] as unknown as number[][]),
    "#VALUE!",
    'Rate 1 is the text "abc": enter a number, e.g. 65% or 0.65',
  ],
  [
    "boolean rate",
    (f) => f.funnel(2000, [[true]] as unknown as number[][]),
    "#VALUE!",
    "Rate 1 is TRUE: enter a number, e.g. 65% or 0.65",
  ],
  [
    "2-D block of rates",
    (f) =>
      f.funnel(2000, [
        [0.5, 0.5],
        [0.5, 0.5],
        [0.5, 0.5],
      ]),
    "#VALUE!",
    "Rates are 3 rows × 2 columns: give one row or one column of stage rates",
  ],
  ["no rates", (f) => f.funnel(2000, []), "#VALUE!", "No conversion rates: give at least one stage rate, e.g. 90%"],
  [
    "an empty row of rates",
    (f) => f.funnel(2000, [[]]),
    "#VALUE!",
    "No conversion rates: give at least one stage rate, e.g. 90%",
  ],
  ["ragged rates", (f) => f.funnel(2000, [[0.5], [0.5, 0.5]]), "#VALUE!", "Rates must be a rectangular range"],
  ["rate NaN", (f) => f.funnel(2000, [[NaN]]), "#NUM!", ""],
  ["rate Infinity", (f) => f.funnel(2000, [[0.5], [Infinity]]), "#NUM!", ""],
  ["negative target", (f) => f.funnel(-1, RATES_COLUMN), "#VALUE!", "Target is -1: it cannot be negative"],
  [
    "text target",
    (f) => f.funnel("2000" as unknown as number, RATES_COLUMN),
    "#VALUE!",
    'Target is the text "2000": enter a number, e.g. 2000',
  ],
  [
    "blank target",
    (f) => f.funnel(null as unknown as number, RATES_COLUMN),
    "#VALUE!",
    "Target is blank: enter a number, e.g. 2000",
  ],
  ["infinite target", (f) => f.funnel(Infinity, RATES_COLUMN), "#NUM!", ""],
  [
    "range as target",
    (f) => f.funnel([[1, 2]] as unknown as number, RATES_COLUMN),
    "#VALUE!",
    "Target must be a single number, not a range",
  ],
  [
    "unknown rounding",
    (f) => f.funnel(2000, RATES_COLUMN, "ceil"),
    "#VALUE!",
    'Rounding "ceil" is not known: use "up", "none" or "nearest"',
  ],
  [
    '"down" for the reverse funnel',
    (f) => f.funnel(2000, RATES_COLUMN, "down"),
    "#VALUE!",
    'Rounding "down" is not known: use "up", "none" or "nearest"',
  ],
  [
    "number as rounding",
    (f) => f.funnel(2000, RATES_COLUMN, 1 as unknown as string),
    "#VALUE!",
    'Rounding 1 is not known: use "up", "none" or "nearest"',
  ],
  ["result beyond a double", (f) => f.funnel(1e308, [[1e-300]]), "#NUM!", ""],
  [
    '"up" for the forward funnel',
    (f) => f.funnelForward(1000, RATES_COLUMN, "up"),
    "#VALUE!",
    'Rounding "up" is not known: use "down", "none" or "nearest"',
  ],
  ["negative pool", (f) => f.funnelForward(-5, RATES_COLUMN), "#VALUE!", "Pool is -5: it cannot be negative"],
  [
    "forward rate as a whole percent",
    (f) => f.funnelForward(1000, [[85, 0.12]]),
    "#VALUE!",
    "Rate 1 is 85: a rate is a fraction of 1, so write 85% or 0.85",
  ],
  ["ROI cost 0", (f) => f.returnOnGrossProfit(700000, 0.4, 0), "#DIV/0!", ""],
  ["ROI negative cost", (f) => f.returnOnGrossProfit(700000, 0.4, -1), "#VALUE!", "Cost is -1: it cannot be negative"],
  [
    "ROI negative revenue",
    (f) => f.returnOnGrossProfit(-700000, 0.4, 1300000),
    "#VALUE!",
    "Revenue is -700000: it cannot be negative",
  ],
  [
    "ROI margin as a whole percent",
    (f) => f.returnOnGrossProfit(700000, 40, 1300000),
    "#VALUE!",
    "Gross margin is 40: a rate is a fraction of 1, so write 40% or 0.4",
  ],
  [
    "ROI boolean revenue",
    (f) => f.returnOnGrossProfit(true as unknown as number, 0.4, 1),
    "#VALUE!",
    "Revenue is TRUE: enter a number, e.g. 700000",
  ],
  ["break-even margin 0", (f) => f.breakEvenRevenue(1300000, 0), "#DIV/0!", ""],
  ["break-even negative cost", (f) => f.breakEvenRevenue(-1, 0.4), "#VALUE!", "Cost is -1: it cannot be negative"],
  [
    "break-even negative margin",
    (f) => f.breakEvenRevenue(1300000, -0.4),
    "#VALUE!",
    "Gross margin is -40%: it cannot be negative",
  ],
  [
    "contingency text amount",
    (f) => f.contingencyReserve([[1], ["x"]] as unknown as number[][]),
    "#VALUE!",
    'Amount 2 is the text "x": enter a number, e.g. 1198700',
  ],
  [
    "contingency rate as a whole percent",
    (f) => f.contingencyReserve([[100]], 8),
    "#VALUE!",
    "Rate is 8: a rate is a fraction of 1, so write 8% or 0.08",
  ],
  [
    "contingency negative rate",
    (f) => f.contingencyReserve([[100]], -0.05),
    "#VALUE!",
    "Rate is -5%: it cannot be negative",
  ],
  [
    "contingency negative base",
    (f) => f.contingencyReserve([[-100], [50]]),
    "#VALUE!",
    "Amounts add up to -50: the base of a reserve cannot be negative",
  ],
  [
    "contingency rate above 100%",
    (f) => f.contingencyReserve([[100]], 1.5),
    "#VALUE!",
    "Rate is 150%: a rate cannot exceed 100%",
  ],
  [
    "contingency rate as text",
    (f) => f.contingencyReserve([[100]], "eight"),
    "#VALUE!",
    'Rate is the text "eight": enter a number, e.g. 8%',
  ],
  ["contingency infinite amount", (f) => f.contingencyReserve([[Infinity]]), "#NUM!", ""],
  ["CAC no new customers", (f) => f.customerAcquisitionCost(500000, 0), "#DIV/0!", ""],
  ["CAC negative spend", (f) => f.customerAcquisitionCost(-1, 5), "#VALUE!", "Spend is -1: it cannot be negative"],
  [
    "CAC blank spend",
    (f) => f.customerAcquisitionCost("" as unknown as number, 5),
    "#VALUE!",
    "Spend is blank: enter a number, e.g. 500000",
  ],
];

describe("bad input: the right Excel error, saying what to fix", () => {
  it.each(BAD_INPUTS)("%s", (_name, call, code, message) => {
    expect(outcome(() => call(functions))).toEqual({ code, message });
  });

  it("carries a message only with #VALUE! or #N/A, the errors Excel shows one with, on every error path", () => {
    // The stand-in's Error refuses a message with any other code, so every path exercised here (and by the
    // properties below) is checked; this names the outcome of each listed one.
    for (const [name, call] of BAD_INPUTS) {
      const result = outcome(() => call(functions));
      expect("code" in result, name).toBe(true);
      if (!("code" in result)) continue;
      if (result.message !== "") expect(CODES_WITH_MESSAGE, name).toContain(result.code);
      else expect(["#NUM!", "#DIV/0!"], name).toContain(result.code);
    }
    for (const kind of ["value", "num", "div0"] as const) {
      const error = excelErrorFor(new BudgetInputError(kind, { en: "what to fix", zh: "请修改" }));
      if (error.message !== undefined) expect(CODES_WITH_MESSAGE, kind).toContain(error.code);
    }
    expect(excelErrorFor(new Error("boom"))).toEqual({ code: "#VALUE!", message: "could not compute: boom" });
  });

  it("speaks Chinese when Office's display language is Chinese", () => {
    vi.stubGlobal("Office", { context: { displayLanguage: "zh-CN" } });
    expect(outcome(() => functions.funnel(2000, [[0.85], [0.12], [65]]))).toEqual({
      code: "#VALUE!",
      message: "第 3 个转化率为 65：比率按百分比或小数填写，请写成 65% 或 0.65",
    });
    expect(outcome(() => functions.contingencyReserve([[100]], 1.5))).toEqual({
      code: "#VALUE!",
      message: "应急比例为 150%：比率不能超过 100%",
    });
    vi.stubGlobal("Office", { context: { displayLanguage: "en-US" } });
    expect(outcome(() => functions.breakEvenRevenue(1, 0))).toMatchObject({ code: "#DIV/0!" });
  });
});

/** Anything Excel could pass for one cell, and some things it should not. */
const anyCell = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.69, 0.85, 1, -0, 1e308, 5e-324, Number.MAX_SAFE_INTEGER),
  fc.string({ maxLength: 6 }),
  fc.constantFrom("up", "none", "nearest", "down", "", null, undefined, true, false),
);
const anyRange = fc.array(fc.array(anyCell, { minLength: 0, maxLength: 4 }), { minLength: 0, maxLength: 4 });
const anyArgument = fc.oneof(anyCell, anyRange);

/** A call either gives finite numbers or throws a CustomFunctions.Error of a known kind: nothing else. */
function expectFiniteOrExcelError(call: () => unknown): void {
  const result = outcome(call);
  if ("threw" in result) throw new Error(`threw ${String(result.threw)}`);
  if ("code" in result) {
    expect(["#VALUE!", "#NUM!", "#DIV/0!"]).toContain(result.code);
    expect(result.message).not.toMatch(/^could not compute/);
    // Excel shows a message only with #VALUE! (and #N/A): every #VALUE! says what to fix, the others say nothing.
    if (result.code === "#VALUE!") expect(result.message.length).toBeGreaterThan(0);
    else expect(result.message).toBe("");
    return;
  }
  const numbers = Array.isArray(result.value) ? (result.value as unknown[][]).flat() : [result.value];
  for (const number of numbers) expect(Number.isFinite(number)).toBe(true);
}

describe("properties", () => {
  it("no input makes any function throw anything but a CustomFunctions.Error, or return a non-finite number", () => {
    fc.assert(
      fc.property(anyArgument, anyArgument, anyArgument, (a, b, c) => {
        const f = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
        for (const name of [
          "funnel",
          "funnelForward",
          "returnOnGrossProfit",
          "breakEvenRevenue",
          "contingencyReserve",
          "customerAcquisitionCost",
        ]) {
          expectFiniteOrExcelError(() => f[name](a, b, c));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the same holds for numbers of every size in well-formed calls", () => {
    const anyNumber = fc.double({ noNaN: false });
    fc.assert(
      fc.property(anyNumber, fc.array(anyNumber, { minLength: 1, maxLength: 6 }), anyNumber, (x, list, y) => {
        expectFiniteOrExcelError(() => functions.funnel(x, column(list)));
        expectFiniteOrExcelError(() => functions.funnelForward(x, [list], "none"));
        expectFiniteOrExcelError(() => functions.returnOnGrossProfit(x, list[0], y));
        expectFiniteOrExcelError(() => functions.breakEvenRevenue(x, y));
        expectFiniteOrExcelError(() => functions.contingencyReserve(column(list), y));
        expectFiniteOrExcelError(() => functions.customerAcquisitionCost(x, y));
      }),
      { numRuns: 400 },
    );
  });

  /** Rates as planners write them (0.01% steps) and as any double in (0, 1]. */
  const rate = fc.oneof(
    fc.integer({ min: 1, max: 10000 }).map((basisPoints) => basisPoints / 10000),
    fc.double({ min: 1e-6, max: 1, noNaN: true }),
  );
  const rates = fc.array(rate, { minLength: 1, maxLength: 6 });
  const target = fc.oneof(fc.integer({ min: 0, max: 1_000_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true }));

  it('"up" never needs fewer people than "none", and each stage needs exactly the target at the bottom', () => {
    fc.assert(
      fc.property(target, rates, (goal, stageRates) => {
        const up = functions.funnel(goal, column(stageRates)).map(([count]) => count);
        const none = functions.funnel(goal, column(stageRates), "none").map(([count]) => count);
        expect(up).toHaveLength(stageRates.length + 1);
        expect(up[stageRates.length]).toBe(goal);
        up.forEach((count, stage) => expect(count).toBeGreaterThanOrEqual(none[stage]));
      }),
    );
  });

  it('the "up" pool reaches the target when run forward without rounding, and one person fewer would not', () => {
    fc.assert(
      fc.property(target, rates, (goal, stageRates) => {
        const up = functions.funnel(goal, column(stageRates)).map(([count]) => count);
        // Beyond 2^53 a cell cannot hold a whole number of people exactly.
        fc.pre(up[0] <= Number.MAX_SAFE_INTEGER);
        const reached = functions.funnelForward(up[0], column(stageRates), "none").map(([count]) => count);
        expect(reached[stageRates.length]).toBeGreaterThanOrEqual(goal);
        // Each stage's whole-people count is the least that gives the stage below it.
        stageRates.forEach((stageRate, stage) => {
          expect(reached[stage]).toBeGreaterThanOrEqual(up[stage]);
          const rateDecimal = new Decimal(String(stageRate));
          const below = new Decimal(String(up[stage + 1]));
          const needed = new Decimal(String(up[stage]));
          expect(needed.times(rateDecimal).greaterThanOrEqualTo(below)).toBe(true);
          if (up[stage] > 0) expect(needed.minus(1).times(rateDecimal).lessThan(below)).toBe(true);
        });
      }),
    );
  });

  it("contingency is linear in the rate", () => {
    const amount = fc.integer({ min: 0, max: 10_000_000_00 }).map((cents) => cents / 100);
    const basisPoints = fc.integer({ min: 0, max: 5000 });
    fc.assert(
      fc.property(
        fc.array(amount, { minLength: 1, maxLength: 10 }),
        basisPoints,
        basisPoints,
        (amounts, first, second) => {
          const reserve = (points: number) => functions.contingencyReserve(column(amounts), points / 10000);
          const together = reserve(first + second);
          expect(reserve(first) + reserve(second)).toBeCloseTo(together, 6);
          expect(reserve(0)).toBe(0);
          // Twice the rate, twice the reserve.
          expect(reserve(2 * first)).toBeCloseTo(2 * reserve(first), 6);
        },
      ),
    );
  });

  it("ROI at the break-even revenue is 1, and CAC × new customers is the spend", () => {
    const money = fc.integer({ min: 1, max: 1_000_000_000 });
    const margin = fc.integer({ min: 1, max: 100 }).map((percent) => percent / 100);
    fc.assert(
      fc.property(money, margin, money, (cost, grossMargin, newCustomers) => {
        const revenue = functions.breakEvenRevenue(cost, grossMargin);
        expect(functions.returnOnGrossProfit(revenue, grossMargin, cost)).toBeCloseTo(1, 12);
        expect(functions.customerAcquisitionCost(cost, newCustomers) * newCustomers).toBeCloseTo(cost, 4);
      }),
    );
  });
});
