import type { Budget } from "../model/budget";
import { ZERO } from "../model/decimal";
import type { BudgetOutcome } from "../model/outcome";
import { a1, rangeA1, type CellRef } from "./address";
import { formula, number, optional, text } from "./cellContent";
import { COLORS, MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT } from "./formats";
import type { CellContent } from "./plan";
import { cellList, type SheetBlock } from "./sheetBlock";
import type { SheetLabels } from "../i18n";

const GOAL_KEYS = [
  "revenue",
  "grossMargin",
  "cap",
  "contingencyRate",
  "grossProfit",
  "roi",
  "directRoi",
  "breakeven",
  "gapToCap",
] as const;
type GoalKey = (typeof GOAL_KEYS)[number];

const GOAL_NAMES: Record<GoalKey, string> = {
  revenue: "Budget_Revenue",
  grossMargin: "Budget_GrossMargin",
  cap: "Budget_Cap",
  contingencyRate: "Budget_ContingencyRate",
  grossProfit: "Budget_GrossProfit",
  roi: "Budget_ROI",
  directRoi: "Budget_DirectROI",
  breakeven: "Budget_Breakeven",
  gapToCap: "Budget_GapToCap",
};

/** Where the goals are: their title, then one row per goal, label and value side by side. */
export interface GoalsLayout {
  title: CellRef;
  firstRow: number;
  lastRow: number;
}

export function goalsLayout(title: CellRef): GoalsLayout {
  const firstRow = title.row + 1;
  return { title, firstRow, lastRow: firstRow + GOAL_KEYS.length - 1 };
}

export interface GoalsBlockInput {
  budget: Budget;
  outcome: BudgetOutcome;
  labels: SheetLabels;
  layout: GoalsLayout;
}

/**
 * Goals and return: the inputs (revenue, gross margin, cap, contingency rate), then the figures computed
 * from them and the total. With a funnel, revenue is target deals × order value: a formula, not an input.
 */
export function buildGoalsBlock(input: GoalsBlockInput): SheetBlock {
  const { budget, outcome, labels, layout } = input;
  const funnel = budget.funnel;
  const { cells, put } = cellList();
  const labelCol = layout.title.col;
  const valueCol = labelCol + 1;
  const goalRow = (key: GoalKey) => layout.firstRow + GOAL_KEYS.indexOf(key);
  const goalCell = (key: GoalKey) => a1({ row: goalRow(key), col: valueCol });

  put(layout.title.row, labelCol, text(labels.goalsTitle));
  const goalContent: Record<GoalKey, [CellContent | null, string]> = {
    revenue: [
      funnel
        ? formula("=Budget_TargetDeals*Budget_AOV", budget.goals.revenue ?? ZERO)
        : budget.goals.revenue
          ? number(budget.goals.revenue)
          : null,
      MONEY_FORMAT,
    ],
    grossMargin: [budget.goals.grossMargin ? number(budget.goals.grossMargin) : null, PERCENT_FORMAT],
    cap: [budget.goals.cap ? number(budget.goals.cap) : null, MONEY_FORMAT],
    contingencyRate: [number(budget.contingencyRate), PERCENT_FORMAT],
    grossProfit: [
      formula(
        '=IF(OR(Budget_Revenue="",Budget_GrossMargin=""),"",Budget_Revenue*Budget_GrossMargin)',
        optional(outcome.grossProfit),
      ),
      MONEY_FORMAT,
    ],
    roi: [
      formula(
        '=IF(OR(Budget_GrossProfit="",Budget_Total=0),"",Budget_GrossProfit/Budget_Total)',
        optional(outcome.roi),
      ),
      RATIO_FORMAT,
    ],
    directRoi: [
      formula(
        '=IF(OR(Budget_GrossProfit="",Budget_Subtotal_Benefit+Budget_Subtotal_Promotion=0),"",' +
          "Budget_GrossProfit/(Budget_Subtotal_Benefit+Budget_Subtotal_Promotion))",
        optional(outcome.directRoi),
      ),
      RATIO_FORMAT,
    ],
    breakeven: [
      formula(
        '=IF(OR(Budget_GrossMargin="",Budget_GrossMargin=0),"",Budget_Total/Budget_GrossMargin)',
        optional(outcome.breakEvenRevenue),
      ),
      MONEY_FORMAT,
    ],
    gapToCap: [formula('=IF(Budget_Cap="","",Budget_Cap-Budget_Total)', optional(outcome.gapToCap)), MONEY_FORMAT],
  };
  for (const key of GOAL_KEYS) {
    const row = goalRow(key);
    put(row, labelCol, text(labels.goals[key]));
    const [content, format] = goalContent[key];
    // A goal left blank is still a cell: empty text, formatted for the figure a user types.
    put(row, valueCol, content ?? text(""), format);
  }

  // A rule that colors a computed figure red when it is a number below the limit.
  const belowRule = (key: GoalKey, limit: number) => ({
    range: goalCell(key),
    formula: `=AND(ISNUMBER(${goalCell(key)}),${goalCell(key)}<${limit})`,
    fill: COLORS.highFill,
    fontColor: COLORS.highFont,
  });
  return {
    cells,
    names: GOAL_KEYS.map((key) => ({
      name: GOAL_NAMES[key],
      ref: { row: goalRow(key), col: valueCol },
      comment: labels.goals[key],
    })),
    styles: [
      { range: a1(layout.title), bold: true, fontSize: 12 },
      {
        range: rangeA1(
          { row: goalRow(funnel ? "grossMargin" : "revenue"), col: valueCol },
          { row: goalRow("contingencyRate"), col: valueCol },
        ),
        fill: COLORS.input,
      },
      { range: rangeA1({ row: goalRow("roi"), col: labelCol }, { row: goalRow("roi"), col: valueCol }), bold: true },
    ],
    conditionalFormats: [belowRule("roi", 1), belowRule("gapToCap", 0)],
    validations: [
      { kind: "decimal", range: goalCell("grossMargin"), min: 0, max: 1, ...labels.rateValidation },
      { kind: "decimal", range: goalCell("contingencyRate"), min: 0, max: 1, ...labels.rateValidation },
    ],
  };
}
