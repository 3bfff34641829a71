import type { RawCellContent } from "hyperformula";
import type { CellContent } from "../../sheet/plan";
import { resolveStructuredReferences, type ResolvableTable } from "../../sheet/structuredReferences";
import { literalText } from "../../sheet/grid/cellGrid";
import { numberFromText } from "../../model/numberText";
import { MONEY_FORMAT } from "../../sheet/formats";
import { PEOPLE_FORMAT } from "../../sheet/funnelBlock";

/** What a cell receives: the engine's input, and the formula as written when it is one. */
export interface CellEntry {
  input: RawCellContent;
  formula: string | null;
  /** The number format Excel gives a cell for how the number was typed: "¥150", "1,500", "8%". */
  numberFormat?: string;
}

/** The format Excel picks for a number typed with a currency sign, thousands separators or a percent sign. */
function typedFormat(typed: string): string | undefined {
  const text = typed.normalize("NFKC");
  if (text.includes("%")) return /\.\d/.test(text) ? "0.00%" : "0%";
  if (/[¥]/.test(text)) return MONEY_FORMAT;
  if (text.includes(",")) return PEOPLE_FORMAT;
  return undefined;
}

const isFormulaText = (text: string) => text.startsWith("=") && text.length > 1;

/** A formula for the engine, which knows no tables: structured references become A1 references. */
function engineFormula(formula: string, tables: readonly ResolvableTable[], row: number): string {
  try {
    return resolveStructuredReferences(formula, tables, row);
  } catch {
    // A reference to a column the table lacks stays as typed, and the engine shows its error.
    return formula;
  }
}

/** A planned cell as Excel receives it: text stays text (Excel's leading apostrophe), formulas as written. */
export function plannedEntry(content: CellContent, tables: readonly ResolvableTable[], row: number): CellEntry {
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
 * What a planner types, read as Excel reads it: "=…" a formula, "'…" text, "" an empty cell, a number
 * as Excel recognizes one ("1,500", "¥150", "8%", full-width digits) with the format that goes with it,
 * anything else a boolean or text as the engine recognizes it.
 */
export function typedEntry(typed: string, tables: readonly ResolvableTable[], row: number): CellEntry {
  if (typed === "") return { input: null, formula: null };
  if (isFormulaText(typed)) return { input: engineFormula(typed, tables, row), formula: typed };
  const number = typed.startsWith("'") ? null : numberFromText(typed);
  const value = number?.toNumber();
  if (value !== undefined && Number.isFinite(value)) {
    const numberFormat = typedFormat(typed);
    return { input: value, formula: null, ...(numberFormat ? { numberFormat } : {}) };
  }
  // A number too large for Excel ("1e400") stays the text it was typed as.
  if (number) return { input: literalText(typed), formula: null };
  return { input: typed, formula: null };
}
