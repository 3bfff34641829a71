import type { Lang } from "../model/categories";

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

export interface PlanStoreLabels {
  title: string;
  note: string;
  headers: Record<PlanStoreColumn, string>;
}

const ZH: PlanStoreLabels = {
  title: "方案数据",
  note: "加载项按此表读取并重写本页的方案（保存、改名、删除方案时）；请勿修改。每行一项：方案的输入、漏斗环节或一条明细。",
  headers: {
    plan: "方案",
    field: "字段",
    name: "名称",
    value: "数值",
    category: "类别",
    basis: "计算依据",
    quantity: "数量",
    unitCost: "单价",
    times: "次数",
    actual: "实际",
    owner: "责任人",
    note: "备注",
    driver: "驱动",
  },
};

const EN: PlanStoreLabels = {
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

export function planStoreLabels(lang: Lang): PlanStoreLabels {
  return lang === "zh" ? ZH : EN;
}
