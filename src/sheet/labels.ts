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
  /** The column a funnel budget's table adds after Note: the stage that drives a line's quantity. */
  driverHeader: string;
  /** The subtitle of a budget derived from a funnel. */
  funnelSubtitle: string;
  funnel: FunnelLabels;
  charts: { shares: string; share: string; min: string; max: string; funnel: string; people: string };
}

/** The reverse-funnel block of a funnel budget's sheet. */
export interface FunnelLabels {
  title: string;
  targetDeals: string;
  averageOrderValue: string;
  headers: { stage: string; rate: string; required: string; drivenCost: string };
  drivenTotal: string;
  fixedLines: string;
  note: string;
  rateValidation: { title: string; message: string };
  countValidation: { title: string; message: string };
  moneyValidation: { title: string; message: string };
  nameComments: {
    targetDeals: string;
    averageOrderValue: string;
    poolRequired: string;
    stage: string;
    stageName: string;
    rate: string;
  };
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
  driverHeader: "驱动",
  funnelSubtitle:
    "金额单位：元。黄色单元格为输入项；“驱动”列写有漏斗环节的明细，数量 = 该环节所需人数（见下方漏斗）；预算 = 数量 × 单价 × 次数。",
  funnel: {
    title: "漏斗倒推",
    targetDeals: "目标成交（单）",
    averageOrderValue: "客单价",
    headers: { stage: "环节", rate: "转化率", required: "所需人数", drivenCost: "驱动成本" },
    drivenTotal: "由漏斗驱动的明细合计",
    fixedLines: "其余明细合计（不随漏斗变化）",
    note: "所需人数 = 下一环节人数 ÷ 下一环节转化率，逐级向上取整；目标收入 = 目标成交 × 客单价。",
    rateValidation: { title: "转化率", message: "请输入大于 0% 且不超过 100% 的转化率，例如 28% 或 0.28。" },
    countValidation: { title: "目标成交", message: "请输入不小于 0 的成交单数，例如 2000。" },
    moneyValidation: { title: "客单价", message: "请输入不小于 0 的金额（元），例如 350。" },
    nameComments: {
      targetDeals: "目标成交（单）",
      averageOrderValue: "客单价",
      poolRequired: "漏斗顶端所需人数（客户池）",
      stage: "所需人数：",
      stageName: "环节名称：",
      rate: "转化率：",
    },
  },
  charts: {
    shares: "分类占比与建议范围",
    share: "占比",
    min: "建议下限",
    max: "建议上限",
    funnel: "漏斗：各环节所需人数",
    people: "所需人数",
  },
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
  driverHeader: "Driver",
  funnelSubtitle:
    "Amounts in CNY (元). Yellow cells are inputs; a line with a funnel stage in Driver takes that stage's required people as its quantity (see the funnel below); Budget = Quantity × Unit cost × Times.",
  funnel: {
    title: "Reverse funnel",
    targetDeals: "Target deals",
    averageOrderValue: "Average order value",
    headers: { stage: "Stage", rate: "Rate", required: "People needed", drivenCost: "Driven cost" },
    drivenTotal: "Lines driven by the funnel",
    fixedLines: "Other lines (do not follow the funnel)",
    note: "People needed = the next stage's people ÷ its rate, rounded up at every stage; target revenue = target deals × average order value.",
    rateValidation: { title: "Rate", message: "Enter a rate above 0% and at most 100%, e.g. 28% or 0.28." },
    countValidation: { title: "Target deals", message: "Enter a number of deals, 0 or more, e.g. 2000." },
    moneyValidation: { title: "Average order value", message: "Enter an amount in CNY, 0 or more, e.g. 350." },
    nameComments: {
      targetDeals: "Target deals",
      averageOrderValue: "Average order value",
      poolRequired: "People needed at the top of the funnel (the pool)",
      stage: "People needed: ",
      stageName: "Stage name: ",
      rate: "Rate: ",
    },
  },
  charts: {
    shares: "Category shares against recommended ranges",
    share: "Share",
    min: "Min",
    max: "Max",
    funnel: "Funnel: people needed at each stage",
    people: "People needed",
  },
};

export function sheetLabels(lang: Lang): SheetLabels {
  return lang === "zh" ? ZH : EN;
}
