import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import ts from "typescript";
import DecimalJs from "decimal.js";
import { describe, expect, it } from "vitest";
import { ROOT, auditProgram } from "./helpers/apiSetAudit";

/*
 * The ES5 bundles (the custom functions, the ribbon command) carry decimal.js without the methods the
 * product never calls (scripts/decimalSubsetLoader.cjs). Here: the product calls none of them, and what is
 * left computes as decimal.js does.
 */

const loader = createRequire(import.meta.url)("../scripts/decimalSubsetLoader.cjs") as {
  OMITTED: string[];
  decimalSubset: (source: string, omitted?: string[]) => { code: string; removed: string[] };
};
const DECIMAL_SOURCE = readFileSync(join(ROOT, "node_modules/decimal.js/decimal.mjs"), "utf8");
const ES5_ENTRIES = ["src/functions/functions.ts", "src/commands/commands.ts"];

const isDecimalDeclaration = (declaration: ts.Declaration) =>
  /[\\/]decimal\.js[\\/]decimal\.d\.ts$/.test(declaration.getSourceFile().fileName);

/** The decimal.js members the project's files reachable from `entries` (and `extra` files) name. */
function decimalMembersUsed(entries: readonly string[], extra: Record<string, string> = {}): Set<string> {
  const program = auditProgram(entries, extra);
  const checker = program.getTypeChecker();
  const used = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const declarations = checker.getSymbolAtLocation(node.name)?.declarations ?? [];
      if (declarations.some(isDecimalDeclaration)) used.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (!file.isDeclarationFile && !file.fileName.includes("node_modules")) visit(file);
  }
  return used;
}

/** The subset's Decimal constructor, run apart from the rest. */
function subsetDecimal(): typeof DecimalJs {
  const { code } = loader.decimalSubset(DECIMAL_SOURCE);
  const script = code.replace(/^export default Decimal;$/m, "").replace(/^export var Decimal\b/m, "var Decimal");
  return runInNewContext(`${script}\nDecimal;`, {}) as typeof DecimalJs;
}

describe("decimal.js in the ES5 bundles", () => {
  const { removed } = loader.decimalSubset(DECIMAL_SOURCE);

  it("leaves out only methods the functions and the ribbon command never call", () => {
    const used = decimalMembersUsed(ES5_ENTRIES);
    expect(used).toContain("dividedBy");
    expect(used).toContain("toDecimalPlaces");
    expect([...used].filter((name) => removed.includes(name))).toEqual([]);
  });

  it("would notice a call of a method it leaves out", () => {
    const used = decimalMembersUsed(["test/extra/rootOfCount.ts"], {
      "test/extra/rootOfCount.ts": [
        'import { Decimal } from "../../src/model/decimal";',
        "export const rootOfCount = (count: Decimal) => count.squareRoot().plus(count.ln());",
      ].join("\n"),
    });
    expect([...used].filter((name) => removed.includes(name)).sort()).toEqual(["ln", "squareRoot"]);
  });

  it("refuses to leave out a method decimal.js itself still calls", () => {
    // Reading "0x1p-2" raises 2 to a power: pow stays.
    expect(() => loader.decimalSubset(DECIMAL_SOURCE, [...loader.OMITTED, "pow"])).toThrow(/Decimal\.pow/);
  });

  it("computes what decimal.js computes", () => {
    const Subset = subsetDecimal().clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
    const Full = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
    // The subset is a different build: without square roots.
    expect([typeof Subset.sqrt, typeof new Subset(4).squareRoot]).toEqual(["undefined", "undefined"]);
    const cases: [string, (D: typeof DecimalJs) => string][] = [
      ["69 ÷ 0.69", (D) => new D(69).dividedBy("0.69").toString()],
      ["2000 ÷ 0.12 up", (D) => new D(2000).dividedBy("0.12").toDecimalPlaces(0, D.ROUND_CEIL).toString()],
      ["1198700 × 8%", (D) => new D(1198700).times("0.08").toString()],
      ["700000 × 40% ÷ 1300000", (D) => new D(700000).times("0.4").dividedBy(1300000).toString()],
      ["1.1 ^ 12", (D) => new D("1.1").toPower(12).toString()],
      ["2 ^ 0.5", (D) => new D(2).toPower("0.5").toString()],
      ["0x1p-2", (D) => new D("0x1p-2").toString()],
      ["−0.05 fixed", (D) => new D("-0.05").toFixed(3)],
      ["1e21", (D) => new D("1e21").plus(1).toString()],
    ];
    for (const [name, compute] of cases) expect(compute(Subset), name).toBe(compute(Full));
  });
});
