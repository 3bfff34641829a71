import type { Lang } from "../model/categories";
import type { CategoryStatus } from "../model/totals";

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

export interface SheetLabels {
  sheetName: string;
  subtitle: string;
  headers: Record<TableColumnKey, string>;
  summaryTitle: string;
  summaryHeaders: { category: string; subtotal: string; share: string; min: string; max: string; status: string };
  total: string;
  status: Record<CategoryStatus, string>;
  goalsTitle: string;
  goals: {
    revenue: string;
    grossMargin: string;
    cap: string;
    contingencyRate: string;
    grossProfit: string;
    roi: string;
    directRoi: string;
    breakeven: string;
    gapToCap: string;
  };
  rateValidation: { title: string; message: string };
  nameComments: { total: string; subtotal: string; share: string; min: string; max: string };
}

const ZH: SheetLabels = {
  sheetName: "预算表",
  subtitle: "金额单位：元。黄色单元格为输入项；预算 = 数量 × 单价 × 次数，应急储备 = 前六类合计 × 储备比例。",
  headers: {
    category: "类别",
    item: "明细项",
    basis: "计算依据",
    quantity: "数量",
    unitCost: "单价",
    times: "次数",
    budget: "预算",
    share: "占比",
    actual: "实际",
    variance: "差异",
    owner: "责任人",
    note: "备注",
  },
  summaryTitle: "分类汇总",
  summaryHeaders: {
    category: "类别",
    subtotal: "小计",
    share: "占比",
    min: "建议下限",
    max: "建议上限",
    status: "状态",
  },
  total: "合计",
  status: { low: "偏低", ok: "合理", high: "偏高" },
  goalsTitle: "目标与回报",
  goals: {
    revenue: "目标收入",
    grossMargin: "毛利率",
    cap: "预算上限",
    contingencyRate: "应急储备比例",
    grossProfit: "毛利",
    roi: "ROI（按毛利）",
    directRoi: "直接 ROI（权益 + 推广）",
    breakeven: "盈亏平衡收入",
    gapToCap: "距预算上限（上限 − 合计）",
  },
  rateValidation: { title: "比率", message: "请输入 0% 到 100% 之间的比率，例如 8% 或 0.08。" },
  nameComments: { total: "预算合计", subtotal: "小计：", share: "占比：", min: "建议下限：", max: "建议上限：" },
};

const EN: SheetLabels = {
  sheetName: "Budget",
  subtitle:
    "Amounts in CNY (元). Yellow cells are inputs; Budget = Quantity × Unit cost × Times; contingency = the other six categories × the reserve rate.",
  headers: {
    category: "Category",
    item: "Item",
    basis: "Basis",
    quantity: "Quantity",
    unitCost: "Unit cost",
    times: "Times",
    budget: "Budget",
    share: "Share",
    actual: "Actual",
    variance: "Variance",
    owner: "Owner",
    note: "Note",
  },
  summaryTitle: "By category",
  summaryHeaders: {
    category: "Category",
    subtotal: "Subtotal",
    share: "Share",
    min: "Min",
    max: "Max",
    status: "Status",
  },
  total: "Total",
  status: { low: "Low", ok: "OK", high: "High" },
  goalsTitle: "Goals and return",
  goals: {
    revenue: "Target revenue",
    grossMargin: "Gross margin",
    cap: "Budget cap",
    contingencyRate: "Contingency rate",
    grossProfit: "Gross profit",
    roi: "ROI on gross profit",
    directRoi: "Direct ROI (benefit + promotion)",
    breakeven: "Break-even revenue",
    gapToCap: "Gap to cap (cap − total)",
  },
  rateValidation: { title: "Rate", message: "Enter a rate between 0% and 100%, e.g. 8% or 0.08." },
  nameComments: {
    total: "Budget total",
    subtotal: "Subtotal: ",
    share: "Share: ",
    min: "Recommended minimum: ",
    max: "Recommended maximum: ",
  },
};

export function sheetLabels(lang: Lang): SheetLabels {
  return lang === "zh" ? ZH : EN;
}
