import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runActuals } from "../src/cli/actualsCommand";
import type { CommandOutput } from "../src/cli/exportCommand";
import { runRollup } from "../src/cli/rollupCommand";
import { writeWorkbookToXlsx } from "../src/cli/xlsx/writePlanToXlsx";
import { presetBudget, timelinePreset } from "../src/model";
import { buildCompanionPlans } from "../src/sheet/buildCompanionPlans";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import type { BenchResult } from "./types";

const WORKBOOKS = 200;

const quiet = (): CommandOutput & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, out: (line) => lines.push(line), err: (line) => lines.push(line) };
};

/**
 * 200 campaign workbooks as a region has them: a third phased campaigns (budget, Phasing and Execution
 * report sheets) with 600 rows of actuals imported, a third of the same without actuals, a third plain
 * event budgets. Each file is read on its own, from its bytes, as the roll-up meets them.
 */
async function workbooks(dir: string): Promise<string[]> {
  const { budget, phasing } = timelinePreset("campaign-timeline", "zh");
  const plan = buildSheetPlan(budget, { lang: "zh" });
  const phased = await writeWorkbookToXlsx(plan, buildCompanionPlans(budget, plan, [], { lang: "zh", phasing }));
  writeFileSync(join(dir, "phased.xlsx"), phased);
  const rows = ["单号,日期,明细项,金额,状态"];
  for (let i = 0; i < 600; i++)
    rows.push(
      `BX-${i},2026-0${5 + (i % 3)}-${String((i % 28) + 1).padStart(2, "0")},${budget.lines[i % budget.lines.length].item},${(i % 97) + 0.25},${i % 5 === 0 ? "已占用" : "已支付"}`,
    );
  writeFileSync(join(dir, "spend.csv"), rows.join("\n"));
  const previous = process.env.INIT_CWD;
  process.env.INIT_CWD = dir;
  try {
    const code = await runActuals(["import", "phased.xlsx", "spend.csv", "--out", "with-actuals.xlsx"], quiet());
    if (code !== 0) throw new Error("the actuals import for the bench failed");
  } finally {
    if (previous === undefined) delete process.env.INIT_CWD;
    else process.env.INIT_CWD = previous;
  }
  const event = presetBudget("event", "zh");
  const eventBytes = await writeWorkbookToXlsx(buildSheetPlan(event, { lang: "zh" }), []);
  const sources = [readFileSync(join(dir, "with-actuals.xlsx")), phased, eventBytes];
  return Array.from({ length: WORKBOOKS }, (_, i) => {
    const path = join(dir, `campaign-${String(i + 1).padStart(3, "0")}.xlsx`);
    writeFileSync(path, sources[i % sources.length]);
    return path;
  });
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "budget-rollup-bench-"));
  try {
    const files = await workbooks(dir);
    const output = quiet();
    const start = performance.now();
    const code = await runRollup([...files, "--out", join(dir, "portfolio.xlsx"), "--json"], output);
    const ms = performance.now() - start;
    if (code !== 0) throw new Error(`the roll-up failed: ${output.lines.join(" ")}`);
    const result = JSON.parse(output.lines.join("\n")) as { campaigns: unknown[]; unreadable: unknown[] };
    if (result.campaigns.length !== WORKBOOKS || result.unreadable.length !== 0)
      throw new Error("every workbook must be rolled up");
    return [
      {
        name: `portfolio roll-up of ${WORKBOOKS} campaign workbooks (a third with actuals, a third phased only)`,
        value: ms,
        unit: "ms",
        target: 30_000,
        better: "lower",
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
