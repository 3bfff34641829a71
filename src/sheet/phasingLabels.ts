import type { ProfileKind } from "../model/phasing";
import type { PeriodUnit } from "../model/periods";
import type { Lang } from "../i18n";

/** The phasing sheet's words. Profile and unit words are also what a planner types in their cells. */
export interface PhasingLabels {
  sheetName: string;
  title: string;
  subtitle: string;
  settings: {
    firstPeriod: string;
    unit: string;
    periodCount: string;
    currentPeriod: string;
    phasedTotal: string;
    budgetTotal: string;
    planToDate: string;
    actualToDate: string;
    executionRate: string;
  };
  planTitle: string;
  periodNumber: string;
  headers: {
    category: string;
    item: string;
    budget: string;
    first: string;
    last: string;
    profile: string;
    check: string;
    total: string;
  };
  profiles: Record<ProfileKind, string>;
  units: Record<PeriodUnit, string>;
  periodTotal: string;
  cumulativePlan: string;
  actualTitle: string;
  actualTotal: string;
  cumulativeActual: string;
  customTitle: string;
  calendarTitle: string;
  calendarHeaders: { month: string; weight: string };
  months: readonly string[];
  workingTitle: string;
  workingNote: string;
  weightsTitle: string;
  weightSum: string;
  floorsTitle: string;
  fen: string;
  remaindersTitle: string;
  missingFen: string;
  /** What the check column says of a line that cannot be spread. */
  checks: { span: string; profile: string; negative: string; zero: string };
  validations: {
    profile: { title: string; message: string };
    unit: { title: string; message: string };
    period: { title: string; message: string };
    weight: { title: string; message: string };
  };
  nameComments: {
    periodCount: string;
    firstPeriod: string;
    periodUnit: string;
    currentPeriod: string;
    phasedTotal: string;
    planToDate: string;
    actualToDate: string;
    executionRate: string;
  };
}

const ZH: PhasingLabels = {
  sheetName: "分期计划",
  title: "分期计划：预算按期分摊",
  subtitle:
    "每项明细在其首期到末期之间按权重分摊：平均 1:1:1；前高后低 n…1；前低后高 1…n；自定义按下方自定义权重；季节日历按每期所在月份的日历权重。每期先向下取整到分，差额的分逐一补给余数最大的期（余数相同补给较早的期），各期之和恰好等于预算。黄色单元格可修改。",
  settings: {
    firstPeriod: "首期",
    unit: "分期单位",
    periodCount: "期数",
    currentPeriod: "当前期",
    phasedTotal: "分期合计",
    budgetTotal: "预算总额（预算表）",
    planToDate: "截至当前期计划",
    actualToDate: "截至当前期实际",
    executionRate: "执行率",
  },
  planTitle: "分期计划",
  periodNumber: "期次",
  headers: {
    category: "类别",
    item: "明细",
    budget: "预算",
    first: "首期",
    last: "末期",
    profile: "分摊方式",
    check: "检查",
    total: "合计",
  },
  profiles: { even: "平均", front: "前高后低", back: "前低后高", custom: "自定义", seasonal: "季节日历" },
  units: { month: "月", week: "周" },
  periodTotal: "每期合计",
  cumulativePlan: "累计计划",
  actualTitle: "实际支出（按期填写）",
  actualTotal: "每期实际合计",
  cumulativeActual: "累计实际",
  customTitle: "自定义权重（分摊方式为“自定义”的明细使用，跨期外的单元格不计）",
  calendarTitle: "季节日历：",
  calendarHeaders: { month: "月份", weight: "权重" },
  months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
  workingTitle: "计算过程（请勿修改）",
  workingNote: "权重、每期取整到分后的份额（以分计）与余数（以百万分之一分计）；差额的分按余数从大到小补给。",
  weightsTitle: "权重",
  weightSum: "权重合计",
  floorsTitle: "取整份额（分）",
  fen: "预算（分）",
  remaindersTitle: "余数（百万分之一分）",
  missingFen: "待补的分",
  checks: {
    span: "首期、末期应为 1 到期数之间的整数，且首期不晚于末期",
    profile: "分摊方式应为：平均、前高后低、前低后高、自定义或季节日历",
    negative: "权重不能为负数",
    zero: "跨期内的权重合计为 0",
  },
  validations: {
    profile: { title: "分摊方式", message: "平均 / 前高后低 / 前低后高 / 自定义 / 季节日历" },
    unit: { title: "分期单位", message: "月 / 周" },
    period: { title: "期次", message: "请输入 1 到期数之间的整数。" },
    weight: { title: "权重", message: "请输入 0 或正数；只有权重之间的比例有意义。" },
  },
  nameComments: {
    periodCount: "分期期数",
    firstPeriod: "首期的第一天",
    periodUnit: "分期单位：月或周",
    currentPeriod: "执行率计算到的当前期",
    phasedTotal: "各明细各期之和，恰好等于预算总额（到分）",
    planToDate: "截至当前期的计划",
    actualToDate: "截至当前期的实际支出",
    executionRate: "执行率 = 截至当前期实际 ÷ 截至当前期计划",
  },
};

const EN: PhasingLabels = {
  sheetName: "Phasing",
  title: "Phasing: the budget over time",
  subtitle:
    "Each line is spread from its first to its last period by weights: even 1:1:1; front-loaded n…1; back-loaded 1…n; custom by the custom weights below; seasonal by the calendar weight of the month each period starts in. Every period is floored to the fen, then the missing fen go one by one to the periods with the largest remainders (the earlier period on a tie), so a line's periods add up exactly to its budget. Yellow cells are inputs.",
  settings: {
    firstPeriod: "First period",
    unit: "Period unit",
    periodCount: "Periods",
    currentPeriod: "Current period",
    phasedTotal: "Phased total",
    budgetTotal: "Budget total (budget sheet)",
    planToDate: "Plan to date",
    actualToDate: "Actual to date",
    executionRate: "Execution rate",
  },
  planTitle: "Phased plan",
  periodNumber: "Period",
  headers: {
    category: "Category",
    item: "Item",
    budget: "Budget",
    first: "First",
    last: "Last",
    profile: "Profile",
    check: "Check",
    total: "Total",
  },
  profiles: { even: "Even", front: "Front-loaded", back: "Back-loaded", custom: "Custom", seasonal: "Seasonal" },
  units: { month: "Month", week: "Week" },
  periodTotal: "Total per period",
  cumulativePlan: "Cumulative plan",
  actualTitle: "Actual spend (typed per period)",
  actualTotal: "Actual per period",
  cumulativeActual: "Cumulative actual",
  customTitle: "Custom weights (for lines whose profile is Custom; cells outside the span do not count)",
  calendarTitle: "Seasonal calendar: ",
  calendarHeaders: { month: "Month", weight: "Weight" },
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  workingTitle: "Working (do not edit)",
  workingNote:
    "Weights, each period's share floored to the fen (in fen) and what flooring left (in millionths of a fen); the missing fen go to the largest remainders.",
  weightsTitle: "Weights",
  weightSum: "Weight sum",
  floorsTitle: "Floored shares (fen)",
  fen: "Budget (fen)",
  remaindersTitle: "Remainders (millionths of a fen)",
  missingFen: "Missing fen",
  checks: {
    span: "First and last must be whole periods from 1 to the number of periods, first no later than last",
    profile: "Profile must be Even, Front-loaded, Back-loaded, Custom or Seasonal",
    negative: "Weights cannot be negative",
    zero: "The weights within the span add up to 0",
  },
  validations: {
    profile: { title: "Profile", message: "Even / Front-loaded / Back-loaded / Custom / Seasonal" },
    unit: { title: "Period unit", message: "Month / Week" },
    period: { title: "Period", message: "Enter a whole period from 1 to the number of periods." },
    weight: { title: "Weight", message: "Enter 0 or a positive number; only the weights' ratios matter." },
  },
  nameComments: {
    periodCount: "Number of periods",
    firstPeriod: "First day of the first period",
    periodUnit: "Period unit: month or week",
    currentPeriod: "The period execution is measured to",
    phasedTotal: "Every period of every line: exactly the budget total, to the fen",
    planToDate: "Plan of the periods up to the current one",
    actualToDate: "Actual spend of the periods up to the current one",
    executionRate: "Execution rate = actual to date ÷ plan to date",
  },
};

export function phasingLabels(lang: Lang): PhasingLabels {
  return lang === "zh" ? ZH : EN;
}
