import { ESLint } from "eslint";
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { officeReferences } from "./helpers/officeReferences";

const ROOT = resolve(__dirname, "..");
const eslint = new ESLint({ cwd: ROOT });

/** The rules `npm run lint` reports for a file of that path holding that code. */
async function lintRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

const importing = (from: string) => `import { x } from "${from}";\nexport const y = x;\n`;

describe("npm run lint keeps the layers' direction (planted imports)", () => {
  it.each([
    ["src/model/planted.ts", "../sheet/address", "model/ importing sheet/"],
    ["src/model/planted.ts", "../taskpane/App", "model/ importing the pane"],
    ["src/sheet/planted.ts", "../workbook/budgetWorkbook", "sheet/ importing the workbook core"],
    ["src/sheet/grid/planted.ts", "../../excel/readBudgetSheet", "a sheet/ subfolder importing an adapter"],
    ["src/i18n/planted.ts", "../model", "the language tables importing model/"],
    ["src/workbook/planted.ts", "../excel/insertBudgetSheet", "the port importing its Excel adapter"],
    ["src/workbook/planted.ts", "../preview/memoryWorkbook", "the port importing its in-memory adapter"],
    ["src/taskpane/views/Planted.tsx", "../../excel/officeEnvironment", "a view choosing the Excel adapter"],
    ["src/taskpane/planted.ts", "../preview/memoryWorkbook", "the pane choosing the preview's adapter"],
    ["src/functions/planted.ts", "../excel/officeEnvironment", "a function module that is not the entry point"],
    ["src/cli/planted.ts", "../preview/spreadsheet/loadPlan", "the command line reaching into the preview"],
    ["src/excel/planted.ts", "../taskpane/App", "the Excel adapter importing the pane"],
  ])("%s importing %s (%s) is refused", async (path, from) => {
    expect(await lintRules(path, importing(from))).toContain("no-restricted-imports");
  });

  it.each([
    ["src/taskpane/index.tsx", "../excel/officeEnvironment"],
    ["src/commands/commands.ts", "../excel/ribbonCommand"],
    ["src/functions/functions.ts", "../excel/officeEnvironment"],
    ["src/preview/index.tsx", "./memoryWorkbook"],
    ["src/excel/planted.ts", "../workbook/insertBudget"],
    ["src/sheet/planted.ts", "../model/budget"],
    ["src/i18n/zh/planted.ts", "../en/sheet"],
  ])("%s may import %s", async (path, from) => {
    expect(await lintRules(path, importing(from))).not.toContain("no-restricted-imports");
  });
});

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

/** The entry points, whose bootstraps wait for Office (Office.onReady, Office.actions.associate). */
const ENTRY_POINTS = ["src/taskpane/index.tsx", "src/taskpane/firstView.ts", "src/commands/commands.ts"];

describe("Office.js is named only in src/excel/", () => {
  const files = sources(join(ROOT, "src")).map((path) => relative(ROOT, path));

  it("no file outside src/excel/ but the entry points' bootstraps names Office or Excel", () => {
    const outside = files
      .filter((file) => !file.startsWith("src/excel/"))
      .flatMap((file) => officeReferences(join(ROOT, file)).map((line) => `${file}:${line}`));
    const bootstraps = outside.filter((line) => ENTRY_POINTS.some((entry) => line.startsWith(entry)));
    expect(outside.filter((line) => !bootstraps.includes(line))).toEqual([]);
    for (const line of bootstraps) expect(line).toMatch(/Office\.(onReady|actions\.associate)|typeof Office/);
  });

  it("every file in src/excel/ does", () => {
    const silent = files.filter(
      (file) => file.startsWith("src/excel/") && officeReferences(join(ROOT, file)).length === 0,
    );
    expect(silent).toEqual([]);
  });

  it("finds a planted use, and not a comment or a string", () => {
    const planted =
      'export const a = "Excel.run"; // Office.context\nexport const b = () => Office.context.displayLanguage;\n';
    expect(officeReferences("planted.ts", planted)).toEqual([
      "2:export const b = () => Office.context.displayLanguage;",
    ]);
  });
});
