import type { Budget, BudgetLine } from "./budget";
import { CATEGORY_KEYS, LINE_CATEGORY_KEYS, categoryByKey, type CategoryKey } from "./categories";
import { Decimal, ZERO, sum } from "./decimal";
import { formatMoney, formatPercent, formatRatio, quoteText } from "./format";
import { budgetOutcome } from "./outcome";
import { shareCorrection } from "./shareCorrection";
import { budgetTotals, lineAmount, shareStatus, type BudgetTotals } from "./totals";
import type { Text } from "../i18n";

export type Severity = "error" | "warning" | "info";
export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export type HealthRule =
  | "share"
  | "fulfillment-missing"
  | "lump-sum"
  | "contingency-missing"
  | "contingency-rate"
  | "margin-missing"
  | "roi-below-one"
  | "over-cap"
  | "overspend"
  | "execution-rate"
  | "cell-value";

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
  budget?: string;
  actual?: string;
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
  cells: {
    subtotal?: Partial<Record<CategoryKey, string>>;
    contingencyRate?: string;
    grossMargin?: string;
    revenue?: string;
    cap?: string;
    roi?: string;
    total?: string;
  };
  issues: CellIssue[];
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
        en: "There is no fulfillment cost: every deal must be delivered (parts, materials, labour); leaving it out makes ROI look good while the campaign loses money. Add deals × unit delivery cost.",
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
  if (rate.isNegative() || rate.greaterThan(1)) {
    return [
      {
        rule: "contingency-rate",
        severity: "error",
        category: "contingency",
        cell,
        message: {
          zh: `储备比例为 ${rate.toString()}，不在 0% 到 100% 之间：请写成 8% 或 0.08 这样的比率。`,
          en: `The reserve rate is ${rate.toString()}, outside 0%–100%: write a rate such as 8% or 0.08.`,
        },
      },
    ];
  }
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

/** Every finding for a budget, most severe first; within a severity, in the order of the rules. */
export function healthCheck(checked: CheckedBudget): Finding[] {
  const totals = budgetTotals(checked.budget);
  const findings = [
    ...cellValueFindings(checked),
    ...fulfillmentFindings(checked, totals),
    ...contingencyFindings(checked),
    ...returnFindings(checked, totals),
    ...shareFindings(checked, totals),
    ...lumpSumFindings(checked),
    ...executionFindings(checked, totals),
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
