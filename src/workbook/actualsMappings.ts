import { headRecords, type ActualsInput } from "../model/actuals/importActuals";
import { columnIndexes, type ColumnMapping } from "../model/actuals/mapping";

/** The workbook-level name that keeps the saved column mappings, as one JSON text constant. */
export const MAPPINGS_NAME = "Actuals_Mappings";
/** Excel's longest text constant in a formula: older mappings give way to the one just used. */
export const MAPPINGS_TEXT_LIMIT = 255;

/** The saved mappings from the name's formula (="{…}"); none when it is absent or not ours. */
export function parseMappings(formula: string | null | undefined): Record<string, ColumnMapping> {
  if (!formula) return {};
  try {
    const parsed: unknown = JSON.parse(formula.replace(/^=?"|"$/g, "").replace(/""/g, '"'));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, ColumnMapping>)
      : {};
  } catch {
    return {};
  }
}

/**
 * The mappings as the name's text constant, the one just used first and the others while they fit
 * in Excel's 255 characters; the formula the name is given (="…", quotes doubled).
 */
export function mappingsFormula(mappings: Record<string, ColumnMapping>, used: string): string {
  const kept: Record<string, ColumnMapping> = { [used]: mappings[used] };
  const formulaOf = (value: Record<string, ColumnMapping>) => `="${JSON.stringify(value).replace(/"/g, '""')}"`;
  for (const [name, mapping] of Object.entries(mappings)) {
    if (name === used) continue;
    const next = { ...kept, [name]: mapping };
    if (JSON.stringify(next).length <= MAPPINGS_TEXT_LIMIT) kept[name] = mapping;
  }
  return formulaOf(kept);
}

/** The saved mapping whose columns the file's header row has (among its first rows); null when none fits. */
export function fittingMapping(input: ActualsInput, mappings: Record<string, ColumnMapping>) {
  const entries = Object.entries(mappings);
  if (entries.length === 0) return null;
  let head: string[][];
  try {
    head = headRecords(input, HEAD_LINES);
  } catch {
    return null;
  }
  for (const [key, mapping] of entries) {
    for (const headers of head) {
      try {
        columnIndexes(headers, mapping);
        return { key, mapping };
      } catch {
        continue;
      }
    }
  }
  return null;
}

/** How many lines of a file are looked at for its header row when choosing a saved mapping. */
const HEAD_LINES = 20;

/** The key a mapping is saved under: the saved one it replaces, else the file's name without its extension. */
export const mappingKey = (fileName: string) => fileName.replace(/\.[^.]*$/, "").trim() || "default";
