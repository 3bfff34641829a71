import type { BenchResult } from "./types";

/** Whether a figure meets its target; undefined for a figure measured without one. */
export function meetsTarget(result: BenchResult): boolean | undefined {
  if (result.target === undefined) return undefined;
  return result.better === "higher" ? result.value >= result.target : result.value <= result.target;
}

function targetText(result: BenchResult): string {
  return `${result.better === "higher" ? "≥" : "≤"} ${result.target} ${result.unit}`;
}

/** The verdict column of the report: "ok (target ≥ 200000 ops/s)", "MISSED (…)", or nothing. */
export function verdict(result: BenchResult): string {
  const ok = meetsTarget(result);
  if (ok === undefined) return "";
  return `${ok ? "ok" : "MISSED"} (target ${targetText(result)})`;
}

/** One line per missed target, naming the figure, its value and its target; empty when every target is met. */
export function missedTargets(results: readonly BenchResult[]): string[] {
  return results
    .filter((result) => meetsTarget(result) === false)
    .map((result) => `missed: ${result.name}: ${result.value} ${result.unit}, target ${targetText(result)}`);
}
