import { describe, expect, it } from "vitest";
import { INSERTION_API_SETS, REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { Decimal } from "../src/model";
import type { PlannedCell } from "../src/sheet/plan";
import { cellGrid, literalText } from "../src/sheet/grid/cellGrid";
import { columnWidthPoints } from "../src/sheet/grid/columnWidth";

describe("literalText", () => {
  it("marks text Excel would evaluate with a leading apostrophe", () => {
    expect(literalText("=1+1")).toBe("'=1+1");
    expect(literalText("+86 138 0000 0000")).toBe("'+86 138 0000 0000");
    expect(literalText("-5%")).toBe("'-5%");
    expect(literalText("@owner")).toBe("'@owner");
    expect(literalText("  =SUM(A1)")).toBe("'  =SUM(A1)");
  });

  it("marks text Excel would read as a number, date, boolean or error", () => {
    expect(literalText("001")).toBe("'001");
    expect(literalText("2025-01-31")).toBe("'2025-01-31");
    expect(literalText("TRUE")).toBe("'TRUE");
    expect(literalText("#N/A")).toBe("'#N/A");
  });

  it("keeps an apostrophe the text itself starts with", () => {
    expect(literalText("'quoted")).toBe("''quoted");
  });

  it("leaves ordinary labels as they are", () => {
    expect(literalText("折扣让利")).toBe("折扣让利");
    expect(literalText("Store posters")).toBe("Store posters");
    expect(literalText("a=b")).toBe("a=b");
    expect(literalText("")).toBe("");
  });
});

describe("cellGrid", () => {
  const cells: PlannedCell[] = [
    { row: 1, col: 2, content: { kind: "text", text: "Item" } },
    { row: 2, col: 3, content: { kind: "number", value: new Decimal("0.08") }, numberFormat: "0.00%" },
    { row: 3, col: 2, content: { kind: "formula", formula: "=D3*2", result: new Decimal("0.16") } },
    { row: 3, col: 4, content: { kind: "text", text: "=not a formula" } },
  ];
  const grid = cellGrid(cells);

  it("spans the bounding box of the cells", () => {
    expect(grid.address).toBe("C2:E4");
    expect(grid.formulas).toHaveLength(3);
    expect(grid.formulas.every((row) => row.length === 3)).toBe(true);
  });

  it("places formulas, numbers and text, with empty cells as empty strings", () => {
    expect(grid.formulas).toEqual([
      ["Item", "", ""],
      ["", 0.08, ""],
      ["=D3*2", "", "'=not a formula"],
    ]);
  });

  it("gives every cell a number format, General where the plan sets none", () => {
    expect(grid.numberFormats).toEqual([
      ["General", "General", "General"],
      ["General", "0.00%", "General"],
      ["General", "General", "General"],
    ]);
  });
});

describe("columnWidthPoints", () => {
  it("turns Excel's default 8.43 characters into its default 48 points", () => {
    expect(columnWidthPoints(8.43)).toBe(48);
  });

  it("counts 7 pixels a character plus 5 of padding, at 0.75 points a pixel", () => {
    expect(columnWidthPoints(16)).toBe(87.75); // 117 px
    expect(columnWidthPoints(44)).toBe(234.75); // 313 px
  });
});

describe("requirements", () => {
  it("checks the highest ExcelApi set any call needs", () => {
    expect(REQUIRED_EXCEL_API).toBe("1.9");
    expect(INSERTION_API_SETS.find((entry) => entry.set === "1.9")?.api).toMatch(/pageLayout/);
  });
});
