/** Table headers, in column order; the en set is part of the sheet contract. */
export const TABLE_COLUMN_KEYS = [
  "category",
  "item",
  "basis",
  "quantity",
  "unitCost",
  "times",
  "budget",
  "share",
  "actual",
  "variance",
  "owner",
  "note",
] as const;
export type TableColumnKey = (typeof TABLE_COLUMN_KEYS)[number];
