import { describe, expect, it } from "vitest";
import type { BenchResult } from "../bench/types";
import { meetsTarget, missedTargets, verdict } from "../bench/verdict";

const funnel: BenchResult = {
  name: "BUDGET.FUNNEL(2000, 5 rates) evaluations per second",
  value: 146_635,
  unit: "ops/s",
  target: 200_000,
  better: "higher",
};
const bundle: BenchResult = { name: "task pane bundle, gzipped", value: 95, unit: "KB", target: 120, better: "lower" };

describe("the bench's verdict", () => {
  it("misses a higher-is-better target below it and meets it at or above it", () => {
    expect(meetsTarget(funnel)).toBe(false);
    expect(meetsTarget({ ...funnel, value: 200_000 })).toBe(true);
    expect(verdict(funnel)).toBe("MISSED (target ≥ 200000 ops/s)");
  });

  it("misses a lower-is-better target above it and meets it at or below it", () => {
    expect(meetsTarget(bundle)).toBe(true);
    expect(meetsTarget({ ...bundle, value: 120 })).toBe(true);
    expect(meetsTarget({ ...bundle, value: 120.5 })).toBe(false);
  });

  it("names every missed target, with its value, so the run can fail on them", () => {
    const unmeasured: BenchResult = { name: "rows", value: 19, unit: "rows" };
    expect(meetsTarget(unmeasured)).toBeUndefined();
    expect(missedTargets([funnel, bundle, unmeasured, { ...bundle, value: 130 }])).toEqual([
      "missed: BUDGET.FUNNEL(2000, 5 rates) evaluations per second: 146635 ops/s, target ≥ 200000 ops/s",
      "missed: task pane bundle, gzipped: 130 KB, target ≤ 120 KB",
    ]);
    expect(missedTargets([bundle, unmeasured])).toEqual([]);
  });
});
