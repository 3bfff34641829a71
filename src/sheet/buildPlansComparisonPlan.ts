import type { Budget, BudgetLine } from "../model/budget";
import { LINE_CATEGORY_KEYS, categoryByKey, type LineCategoryKey } from "../model/categories";
import type { Decimal } from "../model/decimal";
import { requiredCounts } from "../model/funnelPlan";
import { MAX_PLANS, planFigures, type BudgetPlan } from "../model/plans";
import { budgetTotals, lineAmount } from "../model/totals";
import { a1, rangeA1 } from "./address";
import { COLORS, GENERAL_FORMAT, MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT } from "./formats";
import { PEOPLE_FORMAT } from "./funnelBlock";
import type { CellContent, PlainSheetPlan, PlannedCell, RangeStyle } from "./plan";
import { formula, number, optional, text } from "./cellContent";
import { LANGS, planLabels, type Lang } from "../i18n";

export interface PlansComparisonOptions {
  lang: Lang;
  /** Defaults to 方案对比 / Plans; the Excel layer passes a free one. */
  sheetName?: string;
}

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const HEADER_ROW = 3;
const LABEL_COL = 0;
const ITEM_COL = 1;
const FIRST_PLAN_COL = 2;
/** The columns the comparison can fill, from column A: the labels, the items and one column per plan. */
export const PLANS_COMPARISON_WIDTH = FIRST_PLAN_COL + MAX_PLANS;

/** One row per line of any plan, matched by category, item and how many times that pair came before. */
interface LineRow {
  category: LineCategoryKey;
  item: string;
  key: string;
}

/** Each line with its row key: category, item and how many times that pair came before in the budget. */
function keyedLines(budget: Readonly<Budget>): { line: BudgetLine; key: string }[] {
  const seen = new Map<string, number>();
  return budget.lines.map((line) => {
    const pair = `${line.category}\u0000${line.item}`;
    const occurrence = seen.get(pair) ?? 0;
    seen.set(pair, occurrence + 1);
    return { line, key: `${pair}\u0000${occurrence}` };
  });
}

function lineRows(plans: readonly BudgetPlan[]): LineRow[] {
  const rows = new Map<string, LineRow>();
  for (const plan of plans) {
    for (const { line, key } of keyedLines(plan.budget)) {
      if (!rows.has(key)) rows.set(key, { category: line.category, item: line.item, key });
    }
  }
  return [...rows.values()];
}

function amountsByRow(budget: Readonly<Budget>): Map<string, Decimal> {
  return new Map(keyedLines(budget).map(({ line, key }) => [key, lineAmount(line)]));
}

/**
 * The plans side by side, one column each: their inputs and line amounts as values, their category
 * subtotals, contingency, total, deals, revenue, gross profit, ROI and break-even revenue as native
 * formulas on those values, so a director compares them (and tries another margin) without the add-in.
 */
export function buildPlansComparisonPlan(
  plans: readonly BudgetPlan[],
  options: PlansComparisonOptions,
): PlainSheetPlan {
  if (plans.length === 0) throw new Error("a plans sheet needs at least one plan");
  const labels = planLabels(options.lang);
  const stageCount = Math.max(0, ...plans.map((plan) => plan.budget.funnel?.stages.length ?? 0));
  const firstFunnel = plans.find((plan) => plan.budget.funnel)?.budget.funnel;
  const lines = lineRows(plans);

  let row = HEADER_ROW + 1;
  const next = () => row++;
  const inputsSection = next();
  const target = next();
  const orderValue = next();
  const margin = next();
  const reserveRate = next();
  const rates = Array.from({ length: stageCount }, next);
  const pool = next();
  const linesSection = next();
  const lineRowsAt = lines.map(next);
  const totalsSection = next();
  const subtotals = LINE_CATEGORY_KEYS.map(next);
  const contingency = next();
  const total = next();
  const returnSection = next();
  const deals = next();
  const revenue = next();
  const grossProfit = next();
  const roi = next();
  const breakeven = next();

  const cells: PlannedCell[] = [];
  const put = (r: number, c: number, content: CellContent, numberFormat?: string) =>
    cells.push({ row: r, col: c, content, ...(numberFormat ? { numberFormat } : {}) });
  const label = (r: number, value: string) => put(r, LABEL_COL, text(value));
  const categoryName = (key: LineCategoryKey) => categoryByKey(key).name[options.lang];

  put(TITLE_ROW, LABEL_COL, text(labels.title));
  put(SUBTITLE_ROW, LABEL_COL, text(labels.subtitle));
  label(HEADER_ROW, labels.item);
  put(HEADER_ROW, ITEM_COL, text(labels.detail));
  label(inputsSection, labels.inputsSection);
  label(target, labels.targetDeals);
  label(orderValue, labels.averageOrderValue);
  label(margin, labels.grossMargin);
  label(reserveRate, labels.contingencyRate);
  rates.forEach((r, index) => label(r, labels.ratePrefix + (firstFunnel?.stages[index]?.name ?? `${index + 1}`)));
  label(pool, labels.poolRequired);
  label(linesSection, labels.linesSection);
  lines.forEach((line, index) => {
    label(lineRowsAt[index], categoryName(line.category));
    put(lineRowsAt[index], ITEM_COL, text(line.item));
  });
  label(totalsSection, labels.totalsSection);
  LINE_CATEGORY_KEYS.forEach((key, index) => label(subtotals[index], categoryName(key)));
  label(contingency, labels.contingency);
  label(total, labels.total);
  label(returnSection, labels.returnSection);
  label(deals, labels.deals);
  label(revenue, labels.revenue);
  label(grossProfit, labels.grossProfit);
  label(roi, labels.roi);
  label(breakeven, labels.breakeven);

  plans.forEach((plan, index) => {
    const col = FIRST_PLAN_COL + index;
    const at = (r: number) => a1({ row: r, col });
    const budget = plan.budget as Budget;
    const funnel = budget.funnel;
    const totals = budgetTotals(budget);
    const figures = planFigures(plan);
    put(HEADER_ROW, col, text(plan.name));

    if (funnel) {
      put(target, col, number(funnel.targetDeals), GENERAL_FORMAT);
      put(orderValue, col, number(funnel.averageOrderValue), MONEY_FORMAT);
      funnel.stages.forEach((stage, s) => put(rates[s], col, number(stage.rate), PERCENT_FORMAT));
      put(pool, col, number(requiredCounts(funnel)[0]), PEOPLE_FORMAT);
    }
    if (budget.goals.grossMargin) put(margin, col, number(budget.goals.grossMargin), PERCENT_FORMAT);
    put(reserveRate, col, number(budget.contingencyRate), PERCENT_FORMAT);

    const amounts = amountsByRow(budget);
    lines.forEach((line, l) => {
      const amount = amounts.get(line.key);
      if (amount) put(lineRowsAt[l], col, number(amount), MONEY_FORMAT);
    });
    const firstLine = lineRowsAt[0];
    const lastLine = lineRowsAt[lineRowsAt.length - 1];
    LINE_CATEGORY_KEYS.forEach((key, k) => {
      const subtotal =
        firstLine === undefined
          ? "=0"
          : `=SUMIF(${rangeA1({ row: firstLine, col: LABEL_COL }, { row: lastLine, col: LABEL_COL }, true)},` +
            `${a1({ row: subtotals[k], col: LABEL_COL })},` +
            `${rangeA1({ row: firstLine, col }, { row: lastLine, col })})`;
      put(subtotals[k], col, formula(subtotal, totals.subtotals[key]), MONEY_FORMAT);
    });
    const sixSubtotals = rangeA1({ row: subtotals[0], col }, { row: subtotals[subtotals.length - 1], col });
    put(contingency, col, formula(`=SUM(${sixSubtotals})*${at(reserveRate)}`, totals.contingency), MONEY_FORMAT);
    put(total, col, formula(`=SUM(${sixSubtotals})+${at(contingency)}`, totals.total), MONEY_FORMAT);

    if (funnel) {
      put(deals, col, formula(`=${at(target)}`, funnel.targetDeals), PEOPLE_FORMAT);
      put(revenue, col, formula(`=${at(deals)}*${at(orderValue)}`, figures.revenue ?? ""), MONEY_FORMAT);
    } else if (budget.goals.revenue) {
      put(revenue, col, number(budget.goals.revenue), MONEY_FORMAT);
    }
    const gp = `=IF(OR(${at(revenue)}="",${at(margin)}=""),"",${at(revenue)}*${at(margin)})`;
    put(grossProfit, col, formula(gp, optional(figures.grossProfit)), MONEY_FORMAT);
    const ratio = `=IF(OR(${at(grossProfit)}="",${at(total)}=0),"",${at(grossProfit)}/${at(total)})`;
    put(roi, col, formula(ratio, optional(figures.roi)), RATIO_FORMAT);
    const even = `=IF(OR(${at(margin)}="",${at(margin)}=0),"",${at(total)}/${at(margin)})`;
    put(breakeven, col, formula(even, optional(figures.breakEvenRevenue)), MONEY_FORMAT);
  });

  const lastCol = FIRST_PLAN_COL + plans.length - 1;
  const across = (r: number) => rangeA1({ row: r, col: LABEL_COL }, { row: r, col: lastCol });
  // The inputs the formulas read; the rates and the pool are shown for comparison only.
  const inputs = rangeA1({ row: target, col: FIRST_PLAN_COL }, { row: reserveRate, col: lastCol });
  const roiTop = a1({ row: roi, col: FIRST_PLAN_COL });
  const sections = [inputsSection, linesSection, totalsSection, returnSection];
  const styles: RangeStyle[] = [
    { range: a1({ row: TITLE_ROW, col: LABEL_COL }), bold: true, fontSize: 14 },
    { range: a1({ row: SUBTITLE_ROW, col: LABEL_COL }), italic: true, fontColor: COLORS.muted },
    { range: across(HEADER_ROW), bold: true, fill: COLORS.header },
    ...sections.map((r) => ({ range: a1({ row: r, col: LABEL_COL }), bold: true })),
    { range: inputs, fill: COLORS.input },
    { range: across(total), bold: true, fill: COLORS.header },
    { range: across(roi), bold: true },
  ];

  return {
    sheetName: options.sheetName ?? labels.sheetName,
    lang: options.lang,
    cells,
    styles,
    columnWidths: [
      { col: LABEL_COL, chars: 24 },
      { col: ITEM_COL, chars: 24 },
      ...plans.map((_, index) => ({ col: FIRST_PLAN_COL + index, chars: 16 })),
    ],
    names: [],
    conditionalFormats: [
      {
        range: rangeA1({ row: roi, col: FIRST_PLAN_COL }, { row: roi, col: lastCol }),
        formula: `=AND(ISNUMBER(${roiTop}),${roiTop}<1)`,
        fill: COLORS.highFill,
        fontColor: COLORS.highFont,
      },
    ],
    validations: [],
    freezeRows: HEADER_ROW + 1,
    printArea: rangeA1({ row: 0, col: 0 }, { row: breakeven, col: lastCol }),
  };
}

/**
 * The titles of the charts the comparison of these plans draws, in either language: what the add-in's
 * own charts on a plans sheet are named (each chart is named by its title), whichever language the
 * sheet was last written in. A chart of any other name on that sheet is the planner's.
 */
export function plansComparisonChartTitles(plans: readonly BudgetPlan[]): string[] {
  if (plans.length === 0) return [];
  const titles = LANGS.flatMap((lang) => (buildPlansComparisonPlan(plans, { lang }).charts ?? []).map((c) => c.title));
  return [...new Set(titles)];
}
