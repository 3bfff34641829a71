import { presetBudget, type Budget } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { medianMs, type BenchResult } from "./types";

/** The campaign preset's lines repeated up to `count` lines. */
export function largeBudget(count: number): Budget {
  const base = presetBudget("campaign", "zh");
  const lines = Array.from({ length: count }, (_, i) => ({
    ...base.lines[i % base.lines.length],
    item: `明细 ${i + 1}`,
  }));
  return { ...base, lines };
}

export async function run(): Promise<BenchResult[]> {
  const budget = largeBudget(1000);
  const ms = medianMs(() => buildSheetPlan(budget, { lang: "zh" }));
  return [{ name: "SheetPlan of a 1,000-line budget (median)", value: ms, unit: "ms", target: 20, better: "lower" }];
}
