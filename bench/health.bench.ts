import { healthCheck, lineAmount, presetBudget, type Budget } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { TABLE_COLUMN_KEYS } from "../src/sheet/labels";
import { sheetHealth } from "../src/sheet/sheetHealth";
import { readBudgetSheet } from "../src/sheet/readBudgetSheet";
import type { SheetSnapshot } from "../src/sheet/snapshot";
import { snapshotFromPlan } from "../src/sheet/snapshotFromPlan";
import { medianMs, type BenchResult } from "./types";

const LINES = 5000;

/** The campaign's lines repeated; every third has its actual spend, one in twenty of those over budget. */
function largeBudget(count: number): Budget {
  const base = presetBudget("campaign", "zh");
  const lines = Array.from({ length: count }, (_, i) => {
    const line = base.lines[i % base.lines.length];
    const planned = lineAmount(line);
    const actual = i % 3 !== 0 ? null : planned.times(i % 60 === 0 ? "1.1" : "0.95");
    return { ...line, item: `明细 ${i + 1}`, actual };
  });
  return { ...base, lines };
}

/** The values a sheet of that budget shows, as one read returns them. */
function largeSnapshot(count: number): SheetSnapshot {
  return snapshotFromPlan(buildSheetPlan(largeBudget(count), { lang: "zh" }));
}

export async function run(): Promise<BenchResult[]> {
  const snapshot = largeSnapshot(LINES);
  const findings = healthCheck(readBudgetSheet(snapshot));
  if (findings.length === 0) throw new Error("the large budget should have findings");
  const checked = readBudgetSheet(snapshot);
  const ms = medianMs(() => healthCheck(readBudgetSheet(snapshot)), 20);
  const readMs = medianMs(() => readBudgetSheet(snapshot), 20);
  const checkMs = medianMs(() => healthCheck(checked), 20);
  const kilobytes = Buffer.byteLength(JSON.stringify(snapshot)) / 1024;
  // Slips of the keyboard: huge exponents typed in number cells, each a finding and no figure.
  const slips = largeSnapshot(19);
  for (const [index, row] of slips.table.rows.entries()) {
    row[TABLE_COLUMN_KEYS.indexOf("quantity")] = index % 2 === 0 ? "1e100000" : "1e40000";
    row[TABLE_COLUMN_KEYS.indexOf("actual")] = "1e40000";
  }
  const slipsMs = medianMs(() => sheetHealth(slips), 20);
  return [
    {
      name: "readBudgetSheet + healthCheck, 5,000-line sheet (median)",
      value: ms,
      unit: "ms",
      target: 50,
      better: "lower",
    },
    { name: "  of which readBudgetSheet (median)", value: readMs, unit: "ms" },
    { name: "  of which healthCheck (median)", value: checkMs, unit: "ms" },
    {
      name: "sheetHealth, 19 lines typed 1e40000, 1e100000 (median)",
      value: slipsMs,
      unit: "ms",
      target: 50,
      better: "lower",
    },
    {
      name: "Snapshot of a 5,000-line sheet as JSON (one read)",
      value: kilobytes,
      unit: "KB",
      target: 5120,
      better: "lower",
    },
  ];
}
