import type { PlanStoreColumnKey } from "../keys";

export interface PlanStoreLabels {
  title: string;
  note: string;
  headers: Record<PlanStoreColumnKey, string>;
}

export const planStore: PlanStoreLabels = {
  title: "Plan data",
  note: "The add-in reads this sheet's plans from this table and rewrites it when a plan is saved, renamed or deleted; do not edit it. One row per item: a plan's input, a funnel stage or a line.",
  headers: {
    plan: "Plan",
    field: "Field",
    name: "Name",
    value: "Value",
    category: "Category",
    basis: "Basis",
    quantity: "Quantity",
    unitCost: "Unit cost",
    times: "Times",
    actual: "Actual",
    owner: "Owner",
    note: "Note",
    driver: "Driver",
  },
};
