import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  StandInFunctionError,
  outcomeOf,
  standInRuntime,
  type BudgetFunction,
  type StandInRuntime,
} from "./functionsRuntime";
import { goldenSignatures, signaturesOf, type FunctionsMetadata } from "./functionsSignatures";

/*
 * The shipped bundle is what is tested: functions.js as the project's webpack config builds it, run in a
 * sandbox with a stand-in for Office's custom-functions runtime. dist/ is used when it is up to date;
 * otherwise the build goes to a directory of its own, so that other tests reading dist/ are never raced.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BUILD_INPUTS = [join(ROOT, "src/functions"), join(ROOT, "src/model"), join(ROOT, "webpack.config.js")];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestChange(join(path, entry))));
}

/** A directory holding an up-to-date production build. */
function freshBuild(): string {
  const dist = join(ROOT, "dist");
  const bundle = join(dist, "functions.js");
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(...BUILD_INPUTS.map(newestChange))) return dist;
  const out = mkdtempSync(join(tmpdir(), "budget-functions-"));
  try {
    execFileSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 300_000,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(
      `the production build failed:\n${String(stdout ?? "").slice(-3000)}\n${String(stderr ?? "").slice(-2000)}`,
    );
  }
  return out;
}

let buildDir: string;
let bundlePath: string;

/** Loads the bundle as Office would: a fresh global scope with the runtime and office.js already there. */
function loadBundle(displayLanguage: string): StandInRuntime {
  const runtime = standInRuntime();
  const office = { context: { displayLanguage }, onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) };
  const sandbox = createContext({ CustomFunctions: runtime.CustomFunctions, Office: office, console });
  runInContext(readFileSync(bundlePath, "utf8"), sandbox, { filename: bundlePath });
  return runtime;
}

let runtime: StandInRuntime;
const call = (id: string, ...args: unknown[]) => (runtime.associated.get(id) as BudgetFunction)(...args);
const outcome = (id: string, ...args: unknown[]) => outcomeOf(() => call(id, ...args), StandInFunctionError);

beforeAll(() => {
  buildDir = freshBuild();
  bundlePath = join(buildDir, "functions.js");
  runtime = loadBundle("en-US");
}, 360_000);

afterAll(() => {
  if (buildDir && buildDir !== join(ROOT, "dist")) rmSync(buildDir, { recursive: true, force: true });
});

describe("the functions.js bundle", () => {
  it("associates every id of functions.json exactly once", () => {
    const ids = goldenSignatures().map((signature) => signature.id);
    expect([...runtime.associateCalls.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) expect(runtime.associateCalls.get(id), id).toBe(1);
  });

  it("computes the worked examples", () => {
    const rates = [[0.85], [0.12], [0.28], [0.65], [0.9]];
    expect(call("FUNNEL", 2000, rates)).toEqual([[119756], [101792], [12215], [3420], [2223], [2000]]);
    expect(call("FUNNEL", 2000, [[0.85, 0.12, 0.28, 0.65, 0.9]], "none")).toEqual(
      [119706.00205894324, 101750.10175010175, 12210.01221001221, 3418.803418803419, 2222.222222222222, 2000].map(
        (count) => [count],
      ),
    );
    expect(call("FUNNEL", 69, [[0.69]])).toEqual([[100], [69]]);
    expect(call("FUNNEL.FORWARD", 119756, rates)).toEqual([[119756], [101792], [12215], [3420], [2223], [2000]]);
    expect(call("ROI", 700000, 0.4, 1300000)).toBeCloseTo(0.2154, 4);
    expect(call("BREAKEVEN", 1300000, 0.4)).toBe(3250000);
    expect(call("CONTINGENCY", [[1198700]])).toBe(95896);
    expect(call("CONTINGENCY", [[1198700]], 0.1)).toBe(119870);
    expect(call("CAC", 500000, 25000)).toBe(20);
  });

  it("throws the runtime's own CustomFunctions.Error on bad input", () => {
    expect(outcome("FUNNEL", 2000, [[0.85], [0.12], [65]])).toEqual({
      code: "#VALUE!",
      message: "Rate 3 is 65: a rate is a fraction of 1, so write 65% or 0.65",
    });
    expect(outcome("FUNNEL", 2000, [[0.85], [""]])).toEqual({
      code: "#VALUE!",
      message: "Rate 2 is blank: enter the stage's rate, e.g. 65% or 0.65",
    });
    // Excel shows no message with #DIV/0!: the bundle gives none.
    expect(outcome("BREAKEVEN", 1300000, 0)).toEqual({ code: "#DIV/0!", message: "" });
  });

  it("speaks Chinese under a Chinese Office", () => {
    const chinese = loadBundle("zh-CN");
    const result = outcomeOf(() => (chinese.associated.get("CAC") as BudgetFunction)(-1, 5), StandInFunctionError);
    expect(result).toEqual({ code: "#VALUE!", message: "获客花费为 -1：不能为负数" });
  });

  it("carries no formula engine: HyperFormula is for the preview only", () => {
    expect(readFileSync(bundlePath, "utf8")).not.toMatch(/hyperformula/i);
  });
});

describe("the other functions files of the build", () => {
  it("functions.json has the golden signatures", () => {
    const metadata = JSON.parse(readFileSync(join(buildDir, "functions.json"), "utf8")) as FunctionsMetadata;
    expect(signaturesOf(metadata)).toEqual(goldenSignatures());
  });

  it("functions.html loads Office's custom functions runtime from Office's servers, then the bundle", () => {
    const html = readFileSync(join(buildDir, "functions.html"), "utf8");
    const runtimeScript = html.indexOf("https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js");
    expect(runtimeScript).toBeGreaterThan(-1);
    expect(html.indexOf("functions.js", runtimeScript)).toBeGreaterThan(runtimeScript);
    expect(html).not.toContain("office.js");
  });

  it("functions.zh-CN.json, when the build makes it, has the same signatures", (context) => {
    const localized = join(buildDir, "functions.zh-CN.json");
    if (!existsSync(localized)) context.skip();
    const metadata = JSON.parse(readFileSync(localized, "utf8")) as FunctionsMetadata;
    expect(signaturesOf(metadata)).toEqual(goldenSignatures());
  });
});
