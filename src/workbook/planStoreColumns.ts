/** The columns of the table that keeps a budget's plans, in their order on the sheet. */
export const PLAN_STORE_COLUMNS = [
  "plan",
  "field",
  "name",
  "value",
  "category",
  "basis",
  "quantity",
  "unitCost",
  "times",
  "actual",
  "owner",
  "note",
  "driver",
] as const;
export type PlanStoreColumn = (typeof PLAN_STORE_COLUMNS)[number];
