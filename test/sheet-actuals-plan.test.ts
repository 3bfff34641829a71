import { describe, expect, it } from "vitest";
import { dec } from "../src/model";
import { a1 } from "../src/sheet/address";
import {
  ACTUALS_NAMES,
  buildActualsPlan,
  exactCriterion,
  type ActualsPlanInput,
  type ActualsTableRow,
} from "../src/sheet/buildActualsPlan";
import { number, text } from "../src/sheet/cellContent";

const row = (line: string, amount: string, status: string, description = line): ActualsTableRow => ({
  date: number(dec(46145)),
  period: text("2026-05"),
  line: text(line),
  amount: number(dec(amount)),
  status: text(status),
  source: text("a.csv"),
  reference: text(""),
  description: text(description),
  owner: text(""),
});

const input: ActualsPlanInput = {
  lang: "en",
  sheetName: "Actuals",
  budgetSheetName: "Budget's sheet",
  lines: [
    { category: "promotion", item: "Posters *A4*", plan: dec("7500"), planCell: "G12" },
    { category: "admin", item: "Travel", plan: dec("20000"), planCell: "G23" },
    { category: "contingency", item: "Contingency reserve", plan: dec("95896"), planCell: "O13" },
  ],
  total: dec("123396"),
  totalCell: "O14",
  cap: null,
  rows: [
    row("posters *a4*", "7000.10", "Paid"),
    row("Posters *A4*", "900", "committed"),
    row("Travel", "25000", "Paid"),
    row("", "35", "Paid", "=SUM(A1:A9)"),
    { ...row("Travel", "0", "Paid"), amount: text("12,34") },
  ],
};

describe("the Actuals sheet plan", () => {
  const plan = buildActualsPlan(input);
  const at = (name: string) => {
    const ref = plan.names.find((n) => n.name === name)!.ref;
    return plan.cells.find((c) => c.row === ref.row && c.col === ref.col)!.content;
  };

  it("sums the table as SUMIFS would: any case, text amounts and unassigned rows left out", () => {
    const result = (name: string) => {
      const content = at(name);
      return content.kind === "formula" ? String(content.result) : null;
    };
    expect(result(ACTUALS_NAMES.actual)).toBe("32000.1");
    expect(result(ACTUALS_NAMES.committed)).toBe("900");
    // Posters 7,900.10 of 7,500; travel 25,000 of 20,000; the reserve at its plan.
    expect(result(ACTUALS_NAMES.forecast)).toBe("128796.1");
    expect(result(ACTUALS_NAMES.forecastVariance)).toBe("5400.1");
  });

  it("matches an item with wildcards and quotes exactly, and reads the plan from the budget sheet", () => {
    expect(exactCriterion('Posters *A4* "big"?~')).toBe('"=Posters ~*A4~* ""big""~?~~"');
    const formulas = plan.cells.flatMap((c) => (c.content.kind === "formula" ? [c.content.formula] : []));
    expect(formulas).toContain(`=SUMIFS(Actuals[Amount],Actuals[Line],"=Posters ~*A4~*",Actuals[Status],"Paid")`);
    expect(formulas).toContain(`='Budget''s sheet'!$G$12`);
    expect(formulas).toContain(`='Budget''s sheet'!$O$14`);
  });

  it("writes what the planner typed as text, never as a formula", () => {
    const typed = plan.cells.find((c) => c.content.kind === "text" && c.content.text === "=SUM(A1:A9)");
    expect(typed).toBeDefined();
    expect(a1(typed!)).toBe(`H${plan.table.firstDataRow + 4}`);
    const badAmount = plan.cells.find((c) => c.content.kind === "text" && c.content.text === "12,34");
    expect(badAmount).toBeDefined();
    expect(plan.table.lastDataRow - plan.table.firstDataRow + 1).toBe(5);
  });
});
