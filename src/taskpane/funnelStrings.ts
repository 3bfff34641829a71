import type { Lang, ScenarioKey } from "../model";
import type { FieldProblem, RateProblem } from "./funnelDrafts";
import type { PlanFigureKey } from "./planRows";

/** The rows of the scenario table. */
export type ScenarioRow = "deals" | "total" | "revenue" | "grossProfit" | "roi" | "breakEvenRevenue";

/** Every word the funnel and scenarios view shows, in both languages. */
export interface FunnelStrings {
  intro: string;
  reading: string;
  reread: string;
  /** "Budget": target, order value and rates read from the sheet. */
  sheetShown: (sheetName: string) => string;
  inputsHeading: string;
  targetDeals: string;
  averageOrderValue: string;
  /** A stage's rate field: "Opened rate". */
  rateLabel: (stageName: string) => string;
  yuanUnit: string;
  targetProblems: Partial<Record<FieldProblem, string>>;
  orderValueProblems: Partial<Record<FieldProblem, string>>;
  /** A rate that is no number or below the sheet's smallest; the rate rule's own messages come with the problem. */
  rateProblems: Record<Exclude<RateProblem["kind"], "rule">, string>;
  keptLastValid: string;
  incomplete: string;
  funnelHeading: string;
  funnelLegend: string;
  /** The list's accessible name. */
  funnelListLabel: string;
  budgetAtTarget: (total: string) => string;
  scenariosHeading: string;
  /** "Opened and Booked rates at −20% / base / +20%; the pool bought stays." */
  scenariosLegend: (participation: string, conversion: string) => string;
  scenarioColumn: string;
  scenarioNames: Record<ScenarioKey, string>;
  scenarioRows: Record<ScenarioRow, string>;
  noMargin: string;
  breakEvenHeading: string;
  breakEvenLegend: string;
  solveFor: string;
  rateOption: (stageName: string) => string;
  orderValueOption: string;
  /** ROI reaches 1 at this rate: the rate, the people, the stage above, deals and budget there. */
  breakEvenRate: (stageName: string, rate: string, now: string, people: string, above: string) => string;
  breakEvenOrderValue: (value: string, now: string) => string;
  writeToSheet: string;
  writing: string;
  writtenTitle: string;
  written: (sheetName: string) => string;
  writeFailedTitle: string;
  namesMissingTitle: string;
  fixFieldsFirst: string;
  noFunnelTitle: string;
  /** The sheet shown, and the funnel template's name. */
  noFunnel: (sheetName: string, template: string) => string;
  notABudgetTitle: string;
  notABudget: (sheetName: string, template: string) => string;
  insertFunnelBudget: string;
  readFailedTitle: string;
  readFailed: (detail: string) => string;
  plansHeading: string;
  /** Where the plans are compared; null when none is saved yet. */
  plansLegend: (sheetName: string | null) => string;
  readingPlans: string;
  plansReadFailedTitle: string;
  planChangeFailedTitle: string;
  /** A failure that is not the planner's: Excel's message. */
  planFailed: (detail: string) => string;
  /** The list's accessible name. */
  plansListLabel: string;
  planFigures: Record<PlanFigureKey, string>;
  planName: string;
  /** The name a plan saved without one gets. */
  planNameHint: (defaultName: string) => string;
  saveAsPlan: string;
  savingPlan: string;
  /** Why "Save as plan" waits: the most plans a budget keeps. */
  plansFull: (max: number) => string;
  renamePlan: string;
  /** The accessible names of a plan's buttons and field. */
  renamePlanLabel: (name: string) => string;
  newPlanName: (name: string) => string;
  saveName: string;
  deletePlan: string;
  deletePlanLabel: (name: string) => string;
  confirmDelete: (name: string) => string;
  confirmDeleteButton: string;
  cancel: string;
}

export const FUNNEL_STRINGS: Record<Lang, FunnelStrings> = {
  zh: {
    intro:
      "由目标成交倒推每个环节所需人数，并比较保守、基准、乐观三种情景。修改下面的数字，结果随即更新；确认后再写入工作表。",
    reading: "正在读取预算表…",
    reread: "重新读取",
    sheetShown: (sheetName) => `工作表“${sheetName}”的漏斗输入`,
    inputsHeading: "目标与转化率",
    targetDeals: "目标成交（单）",
    averageOrderValue: "客单价",
    rateLabel: (stageName) => `${stageName}转化率`,
    yuanUnit: "元",
    targetProblems: {
      number: "请输入成交单数，例如 2600。",
      whole: "成交单数须为整数，例如 2600。",
      negative: "目标成交不能为负数。",
      large: "目标成交最多为 1,000,000,000。",
    },
    orderValueProblems: {
      number: "请输入金额（元），例如 350。",
      negative: "客单价不能为负数。",
      large: "客单价最多为 1,000,000,000 元。",
    },
    rateProblems: {
      number: "请输入转化率，例如 28% 或 0.28。",
      small: "转化率至少为 0.0001%。",
    },
    keptLastValid: "有输入需要修改：下方结果沿用该项上一次的有效值。",
    incomplete: "请先修正上方标出的输入，才能计算漏斗和情景。",
    funnelHeading: "漏斗倒推",
    funnelLegend: "每个环节所需人数（向上取整）；条形长度与人数成正比。",
    funnelListLabel: "各环节所需人数",
    budgetAtTarget: (total) => `按此目标，预算合计 ${total}`,
    scenariosHeading: "情景分析",
    scenariosLegend: (participation, conversion) =>
      `${participation}与${conversion}转化率分别下降 20%、不变、上升 20%；已购客户池人数不变，ROI 按毛利计算。`,
    scenarioColumn: "指标",
    scenarioNames: { conservative: "保守", base: "基准", optimistic: "乐观" },
    scenarioRows: {
      deals: "成交（单）",
      total: "所需预算",
      revenue: "收入",
      grossProfit: "毛利",
      roi: "ROI（按毛利）",
      breakEvenRevenue: "盈亏平衡收入",
    },
    noMargin: "工作表没有填写毛利率：毛利、ROI 和盈亏平衡收入无法计算。",
    breakEvenHeading: "盈亏平衡",
    breakEvenLegend: "求使 ROI（按毛利）恰好为 1 的转化率或客单价，其他输入保持不变。",
    solveFor: "求解",
    rateOption: (stageName) => `${stageName}转化率`,
    orderValueOption: "客单价",
    breakEvenRate: (stageName, rate, now, people, above) =>
      `${stageName}转化率至少为 ${rate}（当前 ${now}）时 ROI 达到 1：上一环节 ${above} 人中有 ${people} 人进入该环节。`,
    breakEvenOrderValue: (value, now) => `客单价为 ${value}（当前 ${now}）时 ROI 恰好为 1。`,
    writeToSheet: "写入工作表",
    writing: "正在写入…",
    writtenTitle: "已写入",
    written: (sheetName) => `目标、客单价和转化率已写入工作表“${sheetName}”，表中公式已重新计算。`,
    writeFailedTitle: "未能写入",
    namesMissingTitle: "缺少输入单元格",
    fixFieldsFirst: "请先修正标出的输入再写入。",
    noFunnelTitle: "这张预算表没有漏斗",
    noFunnel: (sheetName, template) =>
      `工作表“${sheetName}”是不带漏斗倒推的预算表。插入“${template}”模板后，即可在此由目标倒推并比较情景。`,
    notABudgetTitle: "这不是预算表",
    notABudget: (sheetName, template) =>
      `工作表“${sheetName}”中没有预算明细表。插入“${template}”模板后，即可在此由目标倒推并比较情景。`,
    insertFunnelBudget: "插入漏斗驱动的预算表",
    readFailedTitle: "未能读取",
    readFailed: (detail) => `读取预算表时出错：${detail}`,
    plansHeading: "方案",
    plansLegend: (sheetName) =>
      sheetName === null
        ? "尚未保存方案：把当前预算存为方案，最多四个，可在方案对比表中并排比较。"
        : `方案在工作表“${sheetName}”中并排比较。`,
    readingPlans: "正在读取方案…",
    plansReadFailedTitle: "未能读取方案",
    planChangeFailedTitle: "方案未更改",
    planFailed: (detail) => `处理方案时出错：${detail}`,
    plansListLabel: "已保存的方案",
    planFigures: { total: "预算", deals: "成交数", revenue: "收入", grossProfit: "毛利", roi: "ROI" },
    planName: "方案名称",
    planNameHint: (defaultName) => `留空则命名为“${defaultName}”。`,
    saveAsPlan: "存为方案",
    savingPlan: "正在保存…",
    plansFull: (max) => `已有 ${max} 个方案：请先删除一个再保存新方案。`,
    renamePlan: "重命名",
    renamePlanLabel: (name) => `重命名方案“${name}”`,
    newPlanName: (name) => `方案“${name}”的新名称`,
    saveName: "保存名称",
    deletePlan: "删除",
    deletePlanLabel: (name) => `删除方案“${name}”`,
    confirmDelete: (name) => `确定删除方案“${name}”？`,
    confirmDeleteButton: "确认删除",
    cancel: "取消",
  },
  en: {
    intro:
      "Works back from the target deals to the people each stage needs, and compares conservative, base and optimistic scenarios. Change the figures below and the results follow; write them to the sheet when you are ready.",
    reading: "Reading the budget sheet…",
    reread: "Read the sheet again",
    sheetShown: (sheetName) => `Funnel inputs of sheet "${sheetName}"`,
    inputsHeading: "Target and rates",
    targetDeals: "Target deals",
    averageOrderValue: "Average order value",
    rateLabel: (stageName) => `${stageName} rate`,
    yuanUnit: "CNY",
    targetProblems: {
      number: "Enter a number of deals, e.g. 2600.",
      whole: "Deals are whole: enter a whole number, e.g. 2600.",
      negative: "Target deals cannot be negative.",
      large: "Target deals can be at most 1,000,000,000.",
    },
    orderValueProblems: {
      number: "Enter an amount in CNY, e.g. 350.",
      negative: "The average order value cannot be negative.",
      large: "The average order value can be at most 1,000,000,000.",
    },
    rateProblems: {
      number: "Enter a rate, e.g. 28% or 0.28.",
      small: "A rate is at least 0.0001%.",
    },
    keptLastValid: "A figure needs fixing: the results below use its last valid value.",
    incomplete: "Fix the figures marked above to see the funnel and the scenarios.",
    funnelHeading: "Reverse funnel",
    funnelLegend: "The people each stage needs, rounded up; each bar's length follows its count.",
    funnelListLabel: "People needed at each stage",
    budgetAtTarget: (total) => `Budget at this target: ${total}`,
    scenariosHeading: "Scenarios",
    scenariosLegend: (participation, conversion) =>
      `${participation} and ${conversion} rates 20% lower, as planned, and 20% higher; the pool bought stays the same and ROI is on gross profit.`,
    scenarioColumn: "Figure",
    scenarioNames: { conservative: "Conservative", base: "Base", optimistic: "Optimistic" },
    scenarioRows: {
      deals: "Deals",
      total: "Budget needed",
      revenue: "Revenue",
      grossProfit: "Gross profit",
      roi: "ROI on gross profit",
      breakEvenRevenue: "Break-even revenue",
    },
    noMargin: "The sheet has no gross margin: gross profit, ROI and break-even revenue cannot be computed.",
    breakEvenHeading: "Break-even",
    breakEvenLegend:
      "The rate or order value at which ROI on gross profit is exactly 1, the other figures as they are.",
    solveFor: "Solve for",
    rateOption: (stageName) => `${stageName} rate`,
    orderValueOption: "Average order value",
    breakEvenRate: (stageName, rate, now, people, above) =>
      `ROI reaches 1 at a ${stageName} rate of at least ${rate} (now ${now}): ${people} of the ${above} people at the stage above.`,
    breakEvenOrderValue: (value, now) => `ROI is exactly 1 at an average order value of ${value} (now ${now}).`,
    writeToSheet: "Write to sheet",
    writing: "Writing…",
    writtenTitle: "Written",
    written: (sheetName) =>
      `Target, order value and rates are written to sheet "${sheetName}"; its formulas have recalculated.`,
    writeFailedTitle: "Not written",
    namesMissingTitle: "Input cells missing",
    fixFieldsFirst: "Fix the figures marked above before writing.",
    noFunnelTitle: "This budget has no funnel",
    noFunnel: (sheetName, template) =>
      `Sheet "${sheetName}" is a budget without a reverse funnel. Insert the "${template}" template to work back from a target and compare scenarios here.`,
    notABudgetTitle: "This sheet is not a budget sheet",
    notABudget: (sheetName, template) =>
      `Sheet "${sheetName}" holds no budget lines table. Insert the "${template}" template to work back from a target and compare scenarios here.`,
    insertFunnelBudget: "Insert a funnel-driven budget",
    readFailedTitle: "Not read",
    readFailed: (detail) => `The budget sheet could not be read: ${detail}`,
    plansHeading: "Plans",
    plansLegend: (sheetName) =>
      sheetName === null
        ? "No plan saved yet: save the budget as it is as a plan, up to four, to compare them side by side on a plans sheet."
        : `The plans are compared side by side on sheet "${sheetName}".`,
    readingPlans: "Reading the plans…",
    plansReadFailedTitle: "Plans not read",
    planChangeFailedTitle: "Plans not changed",
    planFailed: (detail) => `The plans could not be changed: ${detail}`,
    plansListLabel: "Saved plans",
    planFigures: { total: "Budget", deals: "Deals", revenue: "Revenue", grossProfit: "Gross profit", roi: "ROI" },
    planName: "Plan name",
    planNameHint: (defaultName) => `Left empty, the plan is named "${defaultName}".`,
    saveAsPlan: "Save as plan",
    savingPlan: "Saving…",
    plansFull: (max) => `There are already ${max} plans: delete one before saving another.`,
    renamePlan: "Rename",
    renamePlanLabel: (name) => `Rename plan "${name}"`,
    newPlanName: (name) => `New name for plan "${name}"`,
    saveName: "Save name",
    deletePlan: "Delete",
    deletePlanLabel: (name) => `Delete plan "${name}"`,
    confirmDelete: (name) => `Delete plan "${name}"?`,
    confirmDeleteButton: "Delete plan",
    cancel: "Cancel",
  },
};
