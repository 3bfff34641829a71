import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DetailedCellError, ErrorType, HyperFormula, type RawCellContent } from "hyperformula";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { registerBudgetFunctions } from "../src/preview/spreadsheet/budgetFunctionsPlugin";

beforeAll(() => registerBudgetFunctions());
afterEach(() => registerBudgetFunctions({ messageLanguage: "en" }));

const SEED_UP = [119756, 101792, 12215, 3420, 2223, 2000];

/** A one-sheet workbook; rows of cells from A1. */
function sheet(rows: RawCellContent[][]): HyperFormula {
  return HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
}

const at = (hf: HyperFormula, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);
const columnAt = (hf: HyperFormula, from: string, to: string) =>
  (hf.getRangeValues(hf.simpleCellRangeFromString(`${from}:${to}`, 0)!) as unknown[][]).map(([value]) => value);

function errorAt(hf: HyperFormula, a1: string): { type: ErrorType; message: string } {
  const value = at(hf, a1);
  expect(value).toBeInstanceOf(DetailedCellError);
  const { type, message } = value as DetailedCellError;
  return { type, message };
}

/** Rates in B2:B6, as a planner lays them out. */
const SEED_SHEET: RawCellContent[][] = [
  ["stage", "rate", null, "=BUDGET.FUNNEL(2000,B2:B6)"],
  ["reach", 0.85],
  ["open", 0.12],
  ["booking", 0.28],
  ["visit", 0.65],
  ["deal", 0.9],
];

describe("BUDGET functions in HyperFormula", () => {
  it("=BUDGET.FUNNEL(2000,B2:B6) in D1 spills the six counts down D1:D6", () => {
    const hf = sheet(SEED_SHEET);
    expect(columnAt(hf, "D1", "D6")).toEqual(SEED_UP);
    expect(at(hf, "D7")).toBeNull();
  });

  it("recalculates the spill when a rate changes", () => {
    const hf = sheet(SEED_SHEET);
    hf.setCellContents(hf.simpleCellAddressFromString("B6", 0)!, 1);
    expect(columnAt(hf, "D1", "D6")).toEqual([107746, 91584, 10990, 3077, 2000, 2000]);
  });

  it("reads a row of rates, percentages as typed, literal rates and every rounding", () => {
    const hf = sheet([
      [null, "85%", "12%", "28%", "65%", "90%"],
      [
        "=BUDGET.FUNNEL(2000,B1:F1)",
        '=BUDGET.FUNNEL(2000,B1:F1,"none")',
        '=BUDGET.FUNNEL(2000,B1:F1,"nearest")',
        "=BUDGET.FUNNEL(69,0.69)",
        "=BUDGET.FUNNEL.FORWARD(119756,B1:F1)",
        '=BUDGET.FUNNEL.FORWARD(119756,B1:F1,"nearest")',
      ],
    ]);
    expect(columnAt(hf, "A2", "A7")).toEqual(SEED_UP);
    const none = columnAt(hf, "B2", "B7") as number[];
    [119706.0, 101750.1, 12210.01, 3418.8, 2222.22, 2000].forEach((count, stage) =>
      expect(none[stage]).toBeCloseTo(count, 2),
    );
    expect(columnAt(hf, "C2", "C7")).toEqual([119676, 101725, 12207, 3418, 2222, 2000]);
    expect(columnAt(hf, "D2", "D4")).toEqual([100, 69, null]);
    expect(columnAt(hf, "E2", "E7")).toEqual(SEED_UP);
    expect(columnAt(hf, "F2", "F7")).toEqual([119756, 101793, 12215, 3420, 2223, 2001]);
  });

  it("computes ROI, break-even, contingency and CAC", () => {
    const hf = sheet([
      [
        "=BUDGET.ROI(700000,40%,1300000)",
        "=BUDGET.BREAKEVEN(1300000,0.4)",
        "=BUDGET.CONTINGENCY(D1:D7)",
        "352500",
        "=BUDGET.CAC(500000,25000)",
      ],
      ["=BUDGET.CONTINGENCY(D1:D7,10%)", "=BUDGET.CONTINGENCY(1198700)", null, 61600],
      [null, null, null, 18000],
      [null, null, null, 231600],
      [null, null, null, null],
      [null, null, null, 500000],
      [null, null, null, 35000],
    ]);
    expect(at(hf, "A1")).toBeCloseTo(0.2154, 4);
    expect(at(hf, "B1")).toBe(3250000);
    expect(at(hf, "C1")).toBe(95896);
    expect(at(hf, "E1")).toBe(20);
    expect(at(hf, "A2")).toBe(119870);
    expect(at(hf, "B2")).toBe(95896);
  });

  it("gives #VALUE! naming the rate written as a whole percent", () => {
    const hf = sheet(SEED_SHEET);
    hf.setCellContents(hf.simpleCellAddressFromString("B4", 0)!, 28);
    expect(errorAt(hf, "D1")).toEqual({
      type: ErrorType.VALUE,
      message: "Rate 3 is 28: a rate is a fraction of 1, so write 28% or 0.28",
    });
  });

  it("gives #VALUE! for a blank or text rate and for a block of rates, #DIV/0! for no margin", () => {
    const hf = sheet([
      [
        0.85,
        0.85,
        "=BUDGET.FUNNEL(2000,A1:A2)",
        "=BUDGET.FUNNEL(2000,B1:B2)",
        "=BUDGET.FUNNEL(2000,A1:B2)",
        "=BUDGET.BREAKEVEN(1,0)",
        '=BUDGET.FUNNEL(2000,A1,"ceil")',
      ],
      [null, "high"],
    ]);
    expect(errorAt(hf, "C1")).toEqual({
      type: ErrorType.VALUE,
      message: "Rate 2 is blank: enter the stage's rate, e.g. 65% or 0.65",
    });
    expect(errorAt(hf, "D1")).toEqual({
      type: ErrorType.VALUE,
      message: 'Rate 2 is the text "high": enter a number, e.g. 65% or 0.65',
    });
    expect(errorAt(hf, "E1")).toEqual({
      type: ErrorType.VALUE,
      message: "Rates are 2 rows × 2 columns: give one row or one column of stage rates",
    });
    // As in Excel, #DIV/0! comes without a message.
    expect(errorAt(hf, "F1")).toEqual({ type: ErrorType.DIV_BY_ZERO, message: "" });
    expect(errorAt(hf, "G1")).toEqual({
      type: ErrorType.VALUE,
      message: 'Rounding "ceil" is not known: use "up", "none" or "nearest"',
    });
  });

  it("passes an error in a rate cell through, as Excel does", () => {
    const hf = sheet([[0.85, "=1/0", "=BUDGET.FUNNEL(2000,A1:B1)"]]);
    expect(errorAt(hf, "C1").type).toBe(ErrorType.DIV_BY_ZERO);
  });

  it("can give its messages in Chinese", () => {
    registerBudgetFunctions({ messageLanguage: "zh" });
    const hf = sheet([["=BUDGET.CAC(-1,5)"]]);
    expect(errorAt(hf, "A1")).toEqual({ type: ErrorType.VALUE, message: "获客花费为 -1：不能为负数" });
  });
});

describe("license boundary", () => {
  const SHIPPED = ["src/functions", "src/taskpane", "src/commands", "src/excel"].map((dir) =>
    fileURLToPath(new URL(`../${dir}`, import.meta.url)),
  );

  function sourceFiles(dir: string): string[] {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return [];
    }
    return entries.flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|js)$/.test(entry) ? [path] : [];
    });
  }

  it("no shipped code imports HyperFormula (GPL-3.0) or the preview", () => {
    const offenders = SHIPPED.flatMap(sourceFiles).filter((file) =>
      /(from\s+|import\(|require\()\s*["'](hyperformula|[./]*\/preview\/)/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
