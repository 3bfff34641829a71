import type { RawCellContent } from "hyperformula";
import type { CellContent } from "../../sheet/plan";
import { resolveStructuredReferences } from "../../sheet/structuredReferences";
import type { TablePlan } from "../../sheet/plan";
import { literalText } from "../../sheet/grid/cellGrid";

/** What a cell receives: the engine's input, and the formula as written when it is one. */
export interface CellEntry {
  input: RawCellContent;
  formula: string | null;
}

const isFormulaText = (text: string) => text.startsWith("=") && text.length > 1;

/** A formula for the engine, which knows no tables: structured references become A1 references. */
function engineFormula(formula: string, tables: readonly TablePlan[], row: number): string {
  try {
    return resolveStructuredReferences(formula, tables, row);
  } catch {
    // A reference to a column the table lacks stays as typed, and the engine shows its error.
    return formula;
  }
}

/** A planned cell as Excel receives it: text stays text (Excel's leading apostrophe), formulas as written. */
export function plannedEntry(content: CellContent, tables: readonly TablePlan[], row: number): CellEntry {
  switch (content.kind) {
    case "text":
      return { input: content.text === "" ? null : literalText(content.text), formula: null };
    case "number":
      return { input: content.value.toNumber(), formula: null };
    case "formula":
      return { input: engineFormula(content.formula, tables, row), formula: content.formula };
  }
}

/**
 * What a planner types, read as Excel reads it: "=…" a formula, "'…" text, "" an empty cell, anything
 * else a number, percentage, boolean or text as the engine recognizes it.
 */
export function typedEntry(typed: string, tables: readonly TablePlan[], row: number): CellEntry {
  if (typed === "") return { input: null, formula: null };
  if (isFormulaText(typed)) return { input: engineFormula(typed, tables, row), formula: typed };
  return { input: typed, formula: null };
}
