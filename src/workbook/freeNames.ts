/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Excel compares sheet, table and defined names without regard to case. */
function nameKey(name: string): string {
  return name.toUpperCase();
}

/** The longest start of `text` within `maxLength` UTF-16 units, never splitting a character. */
function clip(text: string, maxLength: number): string {
  let clipped = "";
  for (const ch of text) {
    if (clipped.length + ch.length > maxLength) break;
    clipped += ch;
  }
  return clipped;
}

/** "预算表", then "预算表 (2)", "预算表 (3)"…: the first that no existing sheet has. */
export function freeSheetName(base: string, existingSheets: readonly string[]): string {
  const taken = new Set(existingSheets.map(nameKey));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = clip(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/**
 * "BudgetLines", then "BudgetLines2", "BudgetLines3"…: the first that is neither a table nor a
 * workbook-level defined name (tables and defined names share one namespace).
 */
export function freeTableName(
  base: string,
  existingTables: readonly string[],
  definedNames: readonly string[],
): string {
  const taken = new Set([...existingTables, ...definedNames].map(nameKey));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}
