import type { ActualsRule } from "./actualsHealth";
import type { Budget, BudgetLine } from "./budget";
import { CATEGORY_KEYS, LINE_CATEGORY_KEYS, categoryByKey, type CategoryKey, type LineCategoryKey } from "./categories";
import { Decimal, ZERO, sum } from "./decimal";
import { formatCount, formatMoney, formatPercent, formatRatio, quoteText } from "./format";
import { budgetOutcome } from "./outcome";
import { overTimeFindings, type OverTime } from "./overTimeHealth";
import { shareCorrection } from "./shareCorrection";
import type { TimelineRule } from "./timelineHealth";
import { budgetTotals, lineAmount, shareStatus, type BudgetTotals } from "./totals";
import { findingTexts, type FindingTexts, type Lang, type Text } from "../i18n";

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
  | TimelineRule
  | ActualsRule;

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
const say = findingTexts.both;
/** A line as a finding names it, in the table's words. */
const lineLabel = (line: BudgetLine) => (words: FindingTexts) => words.line(quoteText(line.item));

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
    const rangeText = `${formatPercent(range.min, 0)}–${formatPercent(range.max, 0)}`;
    const bound = formatPercent(status === "low" ? range.min : range.max, 0);
    const amount = fix.amount === null ? null : formatMoney(fix.amount);
    const advice = ({ shareAdvice }: FindingTexts): string =>
      amount === null
        ? shareAdvice.noFix
        : key === "contingency" && fix.rate
          ? shareAdvice.reserveRate(formatPercent(fix.rate), fix.direction, amount)
          : fix.direction === "add"
            ? shareAdvice.add(amount, bound)
            : shareAdvice.cut(amount, bound);
    findings.push({
      rule: "share",
      severity: "warning",
      category: key,
      cell: checked.cells.subtotal?.[key],
      amount: fix.amount ?? undefined,
      message: say((words, lang) =>
        words.share(name(key)[lang], formatPercent(share), status === "low", rangeText, advice(words)),
      ),
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
      message: say((words) => words.fulfillmentMissing),
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
    findings.push({
      rule: "lump-sum",
      severity: "warning",
      category: line.category,
      cell: typed ? cells.budget : line.quantity === null ? cells.quantity : cells.unitCost,
      amount: lineAmount(line),
      message: say((words) =>
        words.lumpSum(label(words), typed ? words.lumpSumWhy.typedBudget : words.lumpSumWhy.noBasis),
      ),
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
      message: say((words) => words.contingencyMissing(formatPercent(min, 0))),
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
      message: say((words) => words.marginMissing),
    });
  } else if (outcome.roi !== null && outcome.roi.lessThan(1) && outcome.breakEvenRevenue !== null) {
    const roi = formatRatio(outcome.roi);
    const breakEven = formatMoney(outcome.breakEvenRevenue);
    findings.push({
      rule: "roi-below-one",
      severity: "error",
      cell: cells.roi,
      amount: outcome.breakEvenRevenue,
      message: say((words) => words.roiBelowOne(roi, breakEven)),
    });
  }
  if (outcome.gapToCap !== null && outcome.gapToCap.isNegative()) {
    const over = outcome.gapToCap.negated();
    findings.push({
      rule: "over-cap",
      severity: "warning",
      cell: cells.total,
      amount: over,
      message: say((words) => words.overCap(formatMoney(total), formatMoney(budget.goals.cap!), formatMoney(over))),
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
    const actual = line.actual;
    findings.push({
      rule: "overspend",
      severity: "warning",
      category: line.category,
      cell: checked.lineCells[index]?.actual,
      amount: over,
      message: say((words) =>
        words.overspend(label(words), formatMoney(over), formatMoney(actual), formatMoney(lineAmount(line))),
      ),
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
      message: say((words) =>
        words.executionRate(formatMoney(spent), formatPercent(rate), withActual.length, budget.lines.length),
      ),
    });
  }
  return findings;
}

function cellIssueMessage(issue: CellIssue): Text {
  const field = quoteText(issue.field);
  const value = quoteText(issue.value);
  return say((words, lang) => {
    switch (issue.kind) {
      case "error":
        return words.cellError(issue.cell, field, value);
      case "category": {
        const names = LINE_CATEGORY_KEYS.map((key) => name(key)[lang]).join(words.listSeparator);
        return words.cellCategory(issue.cell, field, value, names);
      }
      case "text":
        return words.cellText(issue.cell, field, value);
      case "large":
        return words.cellLarge(issue.cell, field, value);
    }
  });
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

interface RangedInput {
  kind: InputKind;
  value: Decimal | null;
  /** The input in words, as the subject of the message. */
  what: (words: FindingTexts, lang: Lang) => string;
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
    const of =
      (field: "quantity" | "unitCost" | "times" | "actual"): RangedInput["what"] =>
      (words) =>
        words.inputs.lineField(label(words), field);
    const { category } = line;
    inputs.push(
      { kind: "count", value: line.quantity, what: of("quantity"), cell: at.quantity, category },
      { kind: "money", value: line.unitCost, what: of("unitCost"), cell: at.unitCost, category },
      { kind: "count", value: line.times, what: of("times"), cell: at.times, category },
      { kind: "money", value: line.actual, what: of("actual"), cell: at.actual, category },
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
        what: (words, lang) => words.inputs.minShare(n[lang]),
        cell: at.min,
        category: key,
      },
      {
        kind: "rate",
        value: range.max,
        what: (words, lang) => words.inputs.maxShare(n[lang]),
        cell: at.max,
        category: key,
      },
    );
  }
  inputs.push(
    {
      kind: "rate",
      value: budget.contingencyRate,
      what: (words) => words.inputs.reserveRate,
      cell: cells.contingencyRate,
      category: "contingency",
    },
    {
      kind: "rate",
      value: budget.goals.grossMargin,
      what: (words) => words.inputs.grossMargin,
      cell: cells.grossMargin,
    },
    { kind: "money", value: budget.goals.cap, what: (words) => words.inputs.cap, cell: cells.cap },
  );
  const { funnel } = budget;
  if (!funnel) {
    inputs.push({
      kind: "money",
      value: budget.goals.revenue,
      what: (words) => words.inputs.revenueTarget,
      cell: cells.revenue,
    });
    return inputs;
  }
  // With a funnel, revenue is target deals × order value: those are what the planner types.
  const at = cells.funnel ?? {};
  inputs.push(
    { kind: "count", value: funnel.targetDeals, what: (words) => words.inputs.targetDeals, cell: at.targetDeals },
    {
      kind: "money",
      value: funnel.averageOrderValue,
      what: (words) => words.inputs.averageOrderValue,
      cell: at.averageOrderValue,
    },
    ...funnel.stages.map((stage, index): RangedInput => ({
      kind: "stage-rate",
      value: stage.rate,
      what: (words) => words.inputs.stageRate(stage.name),
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
    findings.push({
      rule: "out-of-range",
      severity: "error",
      ...(input.category ? { category: input.category } : {}),
      ...(input.cell ? { cell: input.cell } : {}),
      message: say((words, lang) => words.outOfRange(input.what(words, lang), shown, words.rangeAdvice[input.kind])),
    });
  }
  return findings;
}

const LISTED = 5;

/** The first few entries of a list, then how many more. */
function listed(words: FindingTexts, entries: readonly string[]): string {
  const shown = entries.slice(0, LISTED);
  return words.listed(shown.join(words.listSeparator), entries.length, entries.length - shown.length);
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
        message: say((words) => words.totalError(String(error))),
      },
    ];
  }
  const rows = (words: FindingTexts) =>
    listed(
      words,
      excluded.map((line) => words.excludedRow(line.cell, line.item, line.value)),
    );
  const sheetFails = excluded.some((line) => line.isError) || incomplete.totalError !== null;
  return [
    {
      rule: "incomplete-total",
      severity: "error",
      category: excluded[0].category,
      cell: excluded[0].cell,
      message: say((words) =>
        words.excluded(sheetFails ? words.excludedLead.cannotTotal : words.excludedLead.leavesOut, n, rows(words)),
      ),
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
  const entries = stale.map((index) => {
    const line = lines[index];
    const at = checked.lineCells[index]?.budget ?? "";
    const label = lineLabel(line);
    const saved = money(lineAmount(line));
    const product = money(inputsProduct(line));
    return (words: FindingTexts) => words.staleRow(at, label(words), saved, product);
  });
  const n = stale.length;
  const first = stale[0];
  return [
    {
      rule: "needs-recalculation",
      severity: "error",
      category: lines[first].category,
      ...(checked.lineCells[first]?.budget ? { cell: checked.lineCells[first].budget } : {}),
      amount: sum(stale.map((index) => inputsProduct(lines[index]).minus(lineAmount(lines[index])))),
      message: say((words) =>
        words.recalculation(
          n,
          listed(
            words,
            entries.map((entry) => entry(words)),
          ),
        ),
      ),
    },
  ];
}

/**
 * Every finding for a budget, most severe first; within a severity, in the order of the rules. The
 * rules over time run where the budget has a baseline, a phasing or actuals (see overTimeFindings).
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
