import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellResult, loadWorkbook } from "../src/cli/xlsx/readXlsx";
import { presetBudget } from "../src/model";
import { csvBytes } from "./helpers/actualsFiles";
import { runScript } from "./helpers/runScript";

const work = mkdtempSync(join(tmpdir(), "budget-rollup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const env = { INIT_CWD: work };
const rollup = (...args: string[]) => runScript("src/cli/rollup.ts", args, env);

beforeAll(async () => {
  for (const [name, preset] of [
    ["campaign.xlsx", "campaign"],
    ["event.xlsx", "event"],
  ] as const) {
    const run = await runScript("src/cli/export.ts", ["--preset", preset, "--lang", "en", "--out", name], env);
    if (run.code !== 0) throw new Error(run.stderr);
  }
  const en = presetBudget("campaign", "en");
  writeFileSync(
    join(work, "spend.csv"),
    csvBytes(
      [
        ["Date", "Amount", "Item", "Status"],
        ["2026-05-03", "520,000.00", en.lines[15].item, "paid"],
        ["2026-05-04", "1,000.50", en.lines[0].item, "committed"],
      ],
      ",",
      "utf-8",
    ),
  );
  const run = await runScript(
    "src/cli/actuals.ts",
    ["import", "campaign.xlsx", "spend.csv", "--out", "campaign-actuals.xlsx"],
    env,
  );
  if (run.code !== 0) throw new Error(run.stderr);
  writeFileSync(join(work, "notes.xlsx"), "not a workbook");
}, 90_000);

describe("npm run rollup", () => {
  it("one row per campaign with its figures, the totals, and the unreadable files with why", async () => {
    const run = await rollup(
      "campaign-actuals.xlsx",
      "event.xlsx",
      "notes.xlsx",
      "--out",
      "portfolio.xlsx",
      "--json",
      "--lang",
      "en",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    // Fulfillment 520,000 paid of 500,000: the forecast is 20,000 over the total.
    expect(result.campaigns).toEqual([
      {
        file: "campaign-actuals.xlsx",
        title: "Budget",
        total: "1294596.00",
        baseline: null,
        actual: "520000.00",
        committed: "1000.50",
        forecast: "1314596.00",
        executionRate: null,
        roi: "0.2163",
        errors: expect.any(Number),
      },
      expect.objectContaining({
        file: "event.xlsx",
        total: "500040.00",
        actual: "0.00",
        forecast: "500040.00",
        errors: 0,
      }),
    ]);
    expect(result.campaigns[0].errors).toBeGreaterThan(0);
    expect(result.totals).toEqual({
      total: "1794636.00",
      baseline: null,
      actual: "520000.00",
      committed: "1000.50",
      forecast: "1814636.00",
    });
    expect(result.unreadable).toEqual([
      { file: join(work, "notes.xlsx"), why: expect.stringMatching(/not an \.xlsx workbook/) },
    ]);
    const workbook = await loadWorkbook(readFileSync(join(work, "portfolio.xlsx")));
    const sheet = workbook.worksheets[0];
    expect(cellResult(sheet.getCell("G4"))).toBe(1814636);
    expect(cellResult(sheet.getCell("A7"))).toBe(join(work, "notes.xlsx"));
  }, 60_000);

  it("bad input: one line, exit 2, nothing written", async () => {
    writeFileSync(join(work, "taken.xlsx"), "keep");
    for (const args of [["event.xlsx", "--out", "taken.xlsx"], ["notes.xlsx", "--out", "p2.xlsx"], ["event.xlsx"]]) {
      const run = await rollup(...args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(readFileSync(join(work, "taken.xlsx"), "utf8")).toBe("keep");
    expect(() => readFileSync(join(work, "p2.xlsx"))).toThrow();
  }, 60_000);
});
