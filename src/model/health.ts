import type { Budget, BudgetLine } from "./budget";
import { CATEGORY_KEYS, LINE_CATEGORY_KEYS, categoryByKey, type CategoryKey, type LineCategoryKey } from "./categories";
import { Decimal, ZERO, sum } from "./decimal";
import { formatCount, formatMoney, formatPercent, formatRatio, quoteText } from "./format";
import { budgetOutcome } from "./outcome";
import { overTimeFindings, type OverTime } from "./overTimeHealth";
import { shareCorrection } from "./shareCorrection";
import type { TimelineRule } from "./timelineHealth";
import { budgetTotals, lineAmount, shareStatus, type BudgetTotals } from "./totals";
import type { Text } from "../i18n";

export type Severity = "error" | "warning" | "info";
export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export type HealthRule =
  | "share"
  | "fulfillment-missing"
  | "lump-sum"
  | "contingency-missing"
  | "out-of-range"
  | "incomplete-total"
  | "needs-recalculation"
  | "margin-missing"
  | "roi-below-one"
  | "over-cap"
  | "overspend"
  | "execution-rate"
  | "cell-value"
  | "changed-since-approval"
  | TimelineRule;

export interface Finding {
  rule: HealthRule;
  severity: Severity;
  category?: CategoryKey;
  /** The A1 address of the cell to look at, when the finding has one. */
  cell?: string;
  message: Text;
  /** The amount the finding is about (to add, cut, overspent …), for display and tests. */
  amount?: Decimal;
}

/** Where a line sits in the sheet; addresses are A1 on the budget sheet. */
export interface LineCells {
  item?: string;
  quantity?: string;
  unitCost?: string;
  times?: string;
  budget?: string;
  actual?: string;
}

/** A table row the figures leave out: its Budget cannot be read, so the sheet cannot total it either. */
export interface ExcludedLine {
  item: string;
  category: LineCategoryKey;
  /** The row's Budget cell. */
  cell: string;
  /** What the Budget cell shows: an error such as #VALUE!, or text. */
  value: string;
  /** An error, which the sheet's own subtotal and total pass on; text they skip. */
  isError: boolean;
}

/** A cell whose content could not be used: text where a number belongs, or an Excel error. */
export interface CellIssue {
  cell: string;
  category?: CategoryKey;
  /** The column or field, in the sheet's words. */
  field: string;
  value: string;
  /**
   * text: a word where a number belongs; large: a number beyond any budget (10^15 or more, see
   * LARGEST_FIGURE in sheet/cellNumber); category: not one of the six line categories.
   */
  kind: "text" | "error" | "large" | "category";
}

/** A budget as read from a sheet, with the addresses findings point at. */
export interface CheckedBudget {
  budget: Budget;
  /** Parallel to budget.lines. */
  lineCells: LineCells[];
  /** Lines whose Budget cell holds a typed number instead of the formula. */
  typedBudget: boolean[];
  /**
   * Lines whose Budget holds the Quantity × Unit cost × Times formula but a saved result that is not
   * that product: the file was saved without recalculating. Their amount is the saved result, as the
   * sheet shows it. Parallel to budget.lines; absent means none.
   */
  staleBudget?: boolean[];
  /** Rows left out of the figures because their Budget is an error or text; absent means none. */
  excludedLines?: ExcludedLine[];
  /** The sheet's own total when it shows an error ("#VALUE!"). */
  totalError?: string;
  cells: {
    subtotal?: Partial<Record<CategoryKey, string>>;
    /** The cells of each category's recommended range. */
    ranges?: Partial<Record<CategoryKey, { min?: string; max?: string }>>;
    /** The funnel's input cells: target deals, order value, and each stage's rate, top stage first. */
    funnel?: { targetDeals?: string; averageOrderValue?: string; rates?: (string | undefined)[] };
    contingencyRate?: string;
    grossMargin?: string;
    revenue?: string;
    cap?: string;
    roi?: string;
    total?: string;
  };
  issues: CellIssue[];
  /** The approved total the sheet keeps (Budget_BaselineTotal) and its cell; absent before an approval. */
  approvedTotal?: { amount: Decimal; cell: string };
}

/** A budget straight from the model: no addresses, every Budget a formula. */
export function checkedFromModel(budget: Budget): CheckedBudget {
  return {
    budget,
    lineCells: budget.lines.map(() => ({})),
    typedBudget: budget.lines.map((line) => line.fixedAmount != null),
    cells: {},
    issues: [],
  };
}

const name = (key: CategoryKey) => categoryByKey(key).name;
const lineLabel = (line: BudgetLine): Text => ({ zh: `「${quoteText(line.item)}」`, en: `"${quoteText(line.item)}"` });

function shareFindings(checked: CheckedBudget, totals: BudgetTotals): Finding[] {
  const { budget } = checked;
  if (totals.total.isZero()) return [];
  const findings: Finding[] = [];
  for (const key of CATEGORY_KEYS) {
    const share = totals.shares[key];
    const range = budget.ranges[key];
    const status = shareStatus(share, range);
    if (status === "ok") continue;
    if (key === "contingency" && budget.contingencyRate.isZero()) continue; // reported as missing
    const fix = shareCorrection(key, totals.subtotals[key], totals.base, budget.contingencyRate, range, status);
    const n = name(key);
    const where = { zh: `${n.zh}占比 ${formatPercent(share)}`, en: `${n.en} is ${formatPercent(share)} of the total` };
    const rangeText = `${formatPercent(range.min, 0)}–${formatPercent(range.max, 0)}`;
    const bound = status === "low" ? range.min : range.max;
    let advice: Text;
    if (fix.amount === null) {
      advice = {
        zh: "单靠调整这一类无法进入区间，请检查区间设置",
        en: "no change to this category alone brings it into range: check the range",
      };
    } else if (key === "contingency" && fix.rate) {
      advice = {
        zh: `把储备比例调到 ${formatPercent(fix.rate)}（${fix.direction === "add" ? "增加" : "减少"} ${formatMoney(fix.amount)}）`,
        en: `set the reserve rate to ${formatPercent(fix.rate)} (${fix.direction} ${formatMoney(fix.amount)})`,
      };
    } else if (fix.direction === "add") {
      advice = {
        zh: `需增加 ${formatMoney(fix.amount)} 才能达到 ${formatPercent(bound, 0)}（合计与储备随之增加）`,
        en: `add ${formatMoney(fix.amount)} to reach ${formatPercent(bound, 0)} (the total and the reserve grow with it)`,
      };
    } else {
      advice = {
        zh: `需削减或移出 ${formatMoney(fix.amount)} 才能降到 ${formatPercent(bound, 0)}`,
        en: `cut or move ${formatMoney(fix.amount)} to come down to ${formatPercent(bound, 0)}`,
      };
    }
    findings.push({
      rule: "share",
      severity: "warning",
      category: key,
      cell: checked.cells.subtotal?.[key],
      amount: fix.amount ?? undefined,
      message: {
        zh: `${where.zh}，${status === "low" ? "低于" : "高于"}建议区间 ${rangeText}：${advice.zh}。`,
        en: `${where.en}, ${status === "low" ? "below" : "above"} its range ${rangeText}: ${advice.en}.`,
      },
    });
  }
  return findings;
}

function fulfillmentFindings(checked: CheckedBudget, totals: BudgetTotals): Finding[] {
  const { budget } = checked;
  const fulfillment = totals.subtotals.fulfillment;
  if (!fulfillment.isZero()) return [];
  const revenue = budget.goals.revenue;
  const earns = revenue !== null && revenue.greaterThan(0);
  return [
    {
      rule: "fulfillment-missing",
      severity: earns ? "error" : "warning",
      category: "fulfillment",
      cell: checked.cells.subtotal?.fulfillment,
      message: {
        zh: "没有履约成本：每一单成交都要交付服务（配件、材料、工时），漏算会让 ROI 虚高、活动实际亏钱。请按 成交数 × 单位履约成本 加上。",
        en: "There is no fulfillment cost: every deal must be delivered (parts, materials, labor); leaving it out makes ROI look good while the campaign loses money. Add deals × unit delivery cost.",
      },
    },
  ];
}

function lumpSumFindings(checked: CheckedBudget): Finding[] {
  const findings: Finding[] = [];
  checked.budget.lines.forEach((line, index) => {
    const cells = checked.lineCells[index] ?? {};
    const typed = checked.typedBudget[index] ?? false;
    const noBasis = line.quantity === null || line.unitCost === null;
    if (!typed && !noBasis) return;
    const label = lineLabel(line);
    const missing: Text = typed
      ? {
          zh: "预算被直接填了数字，替换了 数量 × 单价 × 次数 的公式",
          en: "its Budget is a typed number in place of the Quantity × Unit cost × Times formula",
        }
      : { zh: "缺少数量或单价", en: "its quantity or unit cost is blank" };
    findings.push({
      rule: "lump-sum",
      severity: "warning",
      category: line.category,
      cell: typed ? cells.budget : line.quantity === null ? cells.quantity : cells.unitCost,
      amount: lineAmount(line),
      message: {
        zh: `${label.zh} 是一笔拍脑袋的总数：${missing.zh}。请拆成 数量 × 单价，写清依据。`,
        en: `${label.en} is a lump sum: ${missing.en}. Break it into quantity × unit cost and state the basis.`,
      },
    });
  });
  return findings;
}

function contingencyFindings(checked: CheckedBudget): Finding[] {
  const rate = checked.budget.contingencyRate;
  const cell = checked.cells.contingencyRate;
  if (!isInRange(rate, "rate")) return []; // reported by the input ranges
  if (!rate.isZero()) return [];
  const min = checked.budget.ranges.contingency.min;
  return [
    {
      rule: "contingency-missing",
      severity: "error",
      category: "contingency",
      cell,
      message: {
        zh: `没有应急储备：意外总会发生，请按前六类合计的 ${formatPercent(min, 0)} 以上留出储备。`,
        en: `There is no contingency reserve: surprises happen; set aside at least ${formatPercent(min, 0)} of the other six categories.`,
      },
    },
  ];
}

function returnFindings(checked: CheckedBudget, totals: BudgetTotals): Finding[] {
  const { budget, cells } = checked;
  const findings: Finding[] = [];
  const outcome = budgetOutcome(budget, totals);
  const { total } = totals;
  const margin = budget.goals.grossMargin;
  if (margin === null || margin.isZero()) {
    findings.push({
      rule: "margin-missing",
      severity: "warning",
      cell: cells.grossMargin,
      message: {
        zh: "没有填写毛利率：ROI 要按毛利算（收入 × 毛利率 ÷ 成本），只看收入会误判。",
        en: "The gross margin is missing: ROI must be computed on gross profit (revenue × margin ÷ cost); revenue alone misleads.",
      },
    });
  } else if (outcome.roi !== null && outcome.roi.lessThan(1) && outcome.breakEvenRevenue !== null) {
    findings.push({
      rule: "roi-below-one",
      severity: "error",
      cell: cells.roi,
      amount: outcome.breakEvenRevenue,
      message: {
        zh: `按毛利计算的 ROI 为 ${formatRatio(outcome.roi)}，低于 1：活动在亏钱。收入至少要 ${formatMoney(outcome.breakEvenRevenue)} 才能回本，或降低成本。`,
        en: `ROI on gross profit is ${formatRatio(outcome.roi)}, below 1: the campaign loses money. Revenue must reach ${formatMoney(outcome.breakEvenRevenue)} to break even, or costs must come down.`,
      },
    });
  }
  if (outcome.gapToCap !== null && outcome.gapToCap.isNegative()) {
    const over = outcome.gapToCap.negated();
    findings.push({
      rule: "over-cap",
      severity: "warning",
      cell: cells.total,
      amount: over,
      message: {
        zh: `合计 ${formatMoney(total)} 超出预算上限 ${formatMoney(budget.goals.cap!)}，超出 ${formatMoney(over)}。`,
        en: `The total ${formatMoney(total)} is over the cap of ${formatMoney(budget.goals.cap!)} by ${formatMoney(over)}.`,
      },
    });
  }
  return findings;
}

function executionFindings(checked: CheckedBudget, totals: BudgetTotals): Finding[] {
  const { budget } = checked;
  const findings: Finding[] = [];
  const withActual = budget.lines.filter((line) => line.actual !== null);
  budget.lines.forEach((line, index) => {
    if (line.actual === null) return;
    const over = line.actual.minus(lineAmount(line));
    if (!over.greaterThan(0)) return;
    const label = lineLabel(line);
    findings.push({
      rule: "overspend",
      severity: "warning",
      category: line.category,
      cell: checked.lineCells[index]?.actual,
      amount: over,
      message: {
        zh: `${label.zh} 超支 ${formatMoney(over)}：实际 ${formatMoney(line.actual)}，预算 ${formatMoney(lineAmount(line))}。请说明原因或动用储备。`,
        en: `${label.en} is overspent by ${formatMoney(over)}: actual ${formatMoney(line.actual)} against a budget of ${formatMoney(lineAmount(line))}. Explain the variance or draw on the reserve.`,
      },
    });
  });
  if (withActual.length > 0) {
    const { total } = totals;
    const spent = sum(withActual.map((line) => line.actual ?? ZERO));
    const rate = total.isZero() ? ZERO : spent.dividedBy(total);
    findings.push({
      rule: "execution-rate",
      severity: "info",
      cell: checked.cells.total,
      amount: spent,
      message: {
        zh: `已执行 ${formatMoney(spent)}，占预算合计的 ${formatPercent(rate)}（${withActual.length} / ${budget.lines.length} 项已填实际）。`,
        en: `${formatMoney(spent)} spent so far, ${formatPercent(rate)} of the total (${withActual.length} of ${budget.lines.length} lines have actuals).`,
      },
    });
  }
  return findings;
}

const LINE_CATEGORY_NAMES: Text = {
  zh: LINE_CATEGORY_KEYS.map((key) => name(key).zh).join("、"),
  en: LINE_CATEGORY_KEYS.map((key) => name(key).en).join(", "),
};

function cellIssueMessage(issue: CellIssue): Text {
  const field = quoteText(issue.field);
  const value = quoteText(issue.value);
  switch (issue.kind) {
    case "error":
      return {
        zh: `${issue.cell}（${field}）是错误值 ${value}：请修正公式或输入，否则合计不可信。`,
        en: `${issue.cell} (${field}) holds the error ${value}: fix its formula or input, or the totals cannot be trusted.`,
      };
    case "category":
      return {
        zh: `${issue.cell}（${field}）「${value}」不是明细类别，这一行没有计入小计：请选择 ${LINE_CATEGORY_NAMES.zh} 之一。`,
        en: `${issue.cell} (${field}) "${value}" is not a line category, so the line counts in no subtotal: choose one of ${LINE_CATEGORY_NAMES.en}.`,
      };
    case "text":
      return {
        zh: `${issue.cell}（${field}）应为数字，却是文本「${value}」：请填入数字。`,
        en: `${issue.cell} (${field}) should be a number but holds the text "${value}": enter a number.`,
      };
    case "large":
      return {
        zh: `${issue.cell}（${field}）的「${value}」不是预算能容纳的数字（须小于 10^15）：请检查是否多打了指数或数字。`,
        en: `${issue.cell} (${field}) holds "${value}", not a number a budget can hold (it must be below 10^15): check for a stray exponent or extra digits.`,
      };
  }
}

function cellValueFindings(checked: CheckedBudget): Finding[] {
  return checked.issues.map((issue) => ({
    rule: "cell-value",
    severity: "error",
    category: issue.category,
    cell: issue.cell,
    message: cellIssueMessage(issue),
  }));
}

/** What an input may hold: a rate from 0% to 100%, a stage rate above 0% and at most 100%, an amount 0 or more. */
export type InputKind = "rate" | "stage-rate" | "count" | "money";

export function isInRange(value: Decimal, kind: InputKind): boolean {
  if (kind === "rate") return !value.lessThan(0) && !value.greaterThan(1);
  if (kind === "stage-rate") return value.greaterThan(0) && !value.greaterThan(1);
  return !value.lessThan(0);
}

/** The value as the planner typed it: 150%, -5, -¥12.50, with every decimal place it has. */
function typedValue(value: Decimal, kind: InputKind): string {
  const places = Math.max(value.decimalPlaces(), 0);
  if (kind === "rate" || kind === "stage-rate") return formatPercent(value, Math.max(places - 2, 0));
  return kind === "money" ? formatMoney(value, places) : formatCount(value, places);
}

const RANGE_ADVICE: Record<InputKind, Text> = {
  rate: {
    zh: "不在 0% 到 100% 之间，请写成 8% 或 0.08 这样的比率",
    en: "outside 0%–100%; write a rate such as 8% or 0.08",
  },
  "stage-rate": {
    zh: "转化率是上一环节到达这一环节的比例，须大于 0% 且不超过 100%",
    en: "a stage rate is the share of the stage above that gets this far, above 0% and at most 100%",
  },
  count: { zh: "不能为负数，请填入 0 或更大的数", en: "it cannot be negative; enter 0 or more" },
  money: { zh: "不能为负数，请填入 0 或更大的数", en: "it cannot be negative; enter 0 or more" },
};

interface RangedInput {
  kind: InputKind;
  value: Decimal | null;
  /** The input in words, as the subject of the message. */
  what: Text;
  cell?: string;
  category?: CategoryKey;
}

/** Every figure a planner types, with what it may hold: lines, ranges, reserve, goals and funnel. */
function rangedInputs(checked: CheckedBudget): RangedInput[] {
  const { budget, cells } = checked;
  const inputs: RangedInput[] = [];
  budget.lines.forEach((line, index) => {
    const at = checked.lineCells[index] ?? {};
    const label = lineLabel(line);
    const of = (zh: string, en: string): Text => ({ zh: `${label.zh}的${zh}`, en: `The ${en} of ${label.en}` });
    const { category } = line;
    inputs.push(
      { kind: "count", value: line.quantity, what: of("数量", "Quantity"), cell: at.quantity, category },
      { kind: "money", value: line.unitCost, what: of("单价", "Unit cost"), cell: at.unitCost, category },
      { kind: "count", value: line.times, what: of("次数", "Times"), cell: at.times, category },
      { kind: "money", value: line.actual, what: of("实际", "Actual"), cell: at.actual, category },
    );
  });
  for (const key of CATEGORY_KEYS) {
    const n = name(key);
    const range = budget.ranges[key];
    const at = cells.ranges?.[key] ?? {};
    inputs.push(
      {
        kind: "rate",
        value: range.min,
        what: { zh: `${n.zh}占比下限`, en: `The minimum share of ${n.en}` },
        cell: at.min,
        category: key,
      },
      {
        kind: "rate",
        value: range.max,
        what: { zh: `${n.zh}占比上限`, en: `The maximum share of ${n.en}` },
        cell: at.max,
        category: key,
      },
    );
  }
  inputs.push(
    {
      kind: "rate",
      value: budget.contingencyRate,
      what: { zh: "储备比例", en: "The reserve rate" },
      cell: cells.contingencyRate,
      category: "contingency",
    },
    {
      kind: "rate",
      value: budget.goals.grossMargin,
      what: { zh: "毛利率", en: "The gross margin" },
      cell: cells.grossMargin,
    },
    { kind: "money", value: budget.goals.cap, what: { zh: "预算上限", en: "The budget cap" }, cell: cells.cap },
  );
  const { funnel } = budget;
  if (!funnel) {
    inputs.push({
      kind: "money",
      value: budget.goals.revenue,
      what: { zh: "收入目标", en: "The revenue target" },
      cell: cells.revenue,
    });
    return inputs;
  }
  // With a funnel, revenue is target deals × order value: those are what the planner types.
  const at = cells.funnel ?? {};
  inputs.push(
    { kind: "count", value: funnel.targetDeals, what: { zh: "目标成交数", en: "Target deals" }, cell: at.targetDeals },
    {
      kind: "money",
      value: funnel.averageOrderValue,
      what: { zh: "客单价", en: "The average order value" },
      cell: at.averageOrderValue,
    },
    ...funnel.stages.map((stage, index): RangedInput => ({
      kind: "stage-rate",
      value: stage.rate,
      what: { zh: `环节「${stage.name}」的转化率`, en: `The rate of stage "${stage.name}"` },
      cell: at.rates?.[index],
    })),
  );
  return inputs;
}

function inputRangeFindings(checked: CheckedBudget): Finding[] {
  const findings: Finding[] = [];
  for (const input of rangedInputs(checked)) {
    if (input.value === null || isInRange(input.value, input.kind)) continue;
    const shown = typedValue(input.value, input.kind);
    const advice = RANGE_ADVICE[input.kind];
    findings.push({
      rule: "out-of-range",
      severity: "error",
      ...(input.category ? { category: input.category } : {}),
      ...(input.cell ? { cell: input.cell } : {}),
      message: {
        zh: `${input.what.zh}为 ${shown}：${advice.zh}。`,
        en: `${input.what.en} is ${shown}: ${advice.en}.`,
      },
    });
  }
  return findings;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const LISTED = 5;

/** The first few entries of a list, then how many more. */
function listed(entries: readonly Text[]): Text {
  const shown = entries.slice(0, LISTED);
  const more = entries.length - shown.length;
  return {
    zh: shown.map((e) => e.zh).join("、") + (more > 0 ? ` 等 ${entries.length} 行` : ""),
    en: shown.map((e) => e.en).join(", ") + (more > 0 ? ` and ${more} more` : ""),
  };
}

/** How many lines the figures leave out, and the sheet's own total when it is an error; null when complete. */
export function incompleteTotal(checked: CheckedBudget): { excludedLines: number; totalError: string | null } | null {
  const excludedLines = checked.excludedLines?.length ?? 0;
  if (excludedLines === 0 && checked.totalError === undefined) return null;
  return { excludedLines, totalError: checked.totalError ?? null };
}

function incompleteTotalFindings(checked: CheckedBudget): Finding[] {
  const incomplete = incompleteTotal(checked);
  if (!incomplete) return [];
  const excluded = checked.excludedLines ?? [];
  const n = excluded.length;
  if (n === 0) {
    const error = incomplete.totalError;
    return [
      {
        rule: "incomplete-total",
        severity: "error",
        cell: checked.cells.total,
        message: {
          zh: `预算表无法合计：合计单元格显示 ${error}，它用到的单元格无法读取。这里的数字只按能读取的单元格计算；请修正下面报告的单元格。`,
          en: `The sheet cannot total: its total shows ${error} because a cell it uses cannot be read. The figures here count only the cells that can be read; fix the cells reported below.`,
        },
      },
    ];
  }
  const rows = listed(
    excluded.map((line) => ({
      zh: `${line.cell}「${line.item}」：${line.value}`,
      en: `${line.cell} "${line.item}": ${line.value}`,
    })),
  );
  const sheetFails = excluded.some((line) => line.isError) || incomplete.totalError !== null;
  const lead: Text = sheetFails
    ? { zh: "预算表无法合计", en: "The sheet cannot total" }
    : { zh: "合计漏掉了几行", en: "The total leaves lines out" };
  return [
    {
      rule: "incomplete-total",
      severity: "error",
      category: excluded[0].category,
      cell: excluded[0].cell,
      message: {
        zh: `${lead.zh}：${n} 行的预算无法读取（${rows.zh}）。这里的合计、小计和占比都不含这 ${n} 行；请修正下面报告的单元格。`,
        en: `${lead.en}: the Budget of ${plural(n, "line", "lines")} cannot be read (${rows.en}). The total, subtotals and shares here leave out ${n === 1 ? "that line" : `those ${n} lines`}; fix the cells reported below.`,
      },
    },
  ];
}

/** Half a fen: a saved Budget this close to Quantity × Unit cost × Times is that product. */
export const RECALCULATION_TOLERANCE = new Decimal("0.005");

/** Quantity × unit cost × times of a line, whatever its Budget cell holds. */
export function inputsProduct(line: BudgetLine): Decimal {
  return lineAmount({ ...line, fixedAmount: null });
}

/** Whether a Budget as saved is the line's Quantity × Unit cost × Times, to half a fen. */
export function agreesWithInputs(saved: Decimal, line: BudgetLine): boolean {
  return !saved.minus(inputsProduct(line)).abs().greaterThan(RECALCULATION_TOLERANCE);
}

const money = (value: Decimal) => formatMoney(value, value.isInteger() ? 0 : 2);

function recalculationFindings(checked: CheckedBudget): Finding[] {
  const { lines } = checked.budget;
  const stale = lines.flatMap((_, index) => (checked.staleBudget?.[index] ? [index] : []));
  if (stale.length === 0) return [];
  const entries = stale.map((index): Text => {
    const line = lines[index];
    const at = checked.lineCells[index]?.budget;
    const label = lineLabel(line);
    const saved = money(lineAmount(line));
    const product = money(inputsProduct(line));
    return {
      zh: `${at ? `${at} ` : ""}${label.zh}：显示 ${saved}，按输入应为 ${product}`,
      en: `${at ? `${at} ` : ""}${label.en}: ${saved} shown, ${product} by its inputs`,
    };
  });
  const rows = listed(entries);
  const n = stale.length;
  const first = stale[0];
  return [
    {
      rule: "needs-recalculation",
      severity: "error",
      category: lines[first].category,
      ...(checked.lineCells[first]?.budget ? { cell: checked.lineCells[first].budget } : {}),
      amount: sum(stale.map((index) => inputsProduct(lines[index]).minus(lineAmount(lines[index])))),
      message: {
        zh: `文件需要重新计算：${n} 行的预算不等于 数量 × 单价 × 次数（${rows.zh}）。这里的数字按保存时的结果计算；请重新计算（Excel 中按 F9）并保存后再检查。`,
        en: `The file needs recalculation: the Budget of ${plural(n, "line", "lines")} is not Quantity × Unit cost × Times (${rows.en}). The figures here are the saved ones; recalculate (F9 in Excel), save, then check again.`,
      },
    },
  ];
}

/**
 * Every finding for a budget, most severe first; within a severity, in the order of the rules. The
 * rules over time run where the budget has a baseline or a phasing (see overTimeFindings).
 */
export function healthCheck(checked: CheckedBudget, overTime?: OverTime): Finding[] {
  const totals = budgetTotals(checked.budget);
  const findings = [
    ...incompleteTotalFindings(checked),
    ...recalculationFindings(checked),
    ...inputRangeFindings(checked),
    ...cellValueFindings(checked),
    ...fulfillmentFindings(checked, totals),
    ...contingencyFindings(checked),
    ...returnFindings(checked, totals),
    ...shareFindings(checked, totals),
    ...lumpSumFindings(checked),
    ...executionFindings(checked, totals),
    ...overTimeFindings(checked, overTime),
  ];
  return mostSevereFirst(findings);
}

/** Errors, then warnings, then notes; within a severity, in the order given. */
export function mostSevereFirst(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.finding.severity) - SEVERITY_ORDER.indexOf(b.finding.severity) || a.index - b.index,
    )
    .map(({ finding }) => finding);
}
