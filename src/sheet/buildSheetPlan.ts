import type { Budget } from "../model/budget";
import { applyFunnel, requiredCounts } from "../model/funnelPlan";
import { budgetOutcome } from "../model/outcome";
import { stageCosts } from "../model/stageCosts";
import { budgetTotals } from "../model/totals";
import { a1, rangeA1 } from "./address";
import { funnelChart, sharesChart } from "./buildChartPlans";
import { buildCategorySummary, summaryLayout } from "./categorySummary";
import { text } from "./cellContent";
import { COLORS } from "./formats";
import { buildFunnelBlock, funnelLayout, funnelNoteRow, stageRanges } from "./funnelBlock";
import { buildGoalsBlock, goalsLayout } from "./goalsBlock";
import { DRIVER, buildLinesTable, linesTableColumns } from "./linesTable";
import type { FunnelLayout, SheetPlan } from "./plan";
import type { SheetBlock } from "./sheetBlock";
import { sheetLabels, type Lang } from "../i18n";

export interface SheetPlanOptions {
  lang: Lang;
  /** Defaults to the language's base name (预算表 / Budget); the Excel layer passes a free one. */
  sheetName?: string;
  /** Defaults to BudgetLines; the Excel layer passes a free one. */
  tableName?: string;
}

export const DEFAULT_TABLE_NAME = "BudgetLines";

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const HEADER_ROW = 3;

/**
 * Turns a budget into every cell, format, table, name and rule of a budget sheet: the title, the lines
 * table, and right of it the category summary (its headers level with the table's), the goals under it
 * and, for a budget with a funnel, the reverse-funnel block under the goals and two charts. Such a budget's
 * table also gets Driver and Own quantity columns (last); its quantities and its revenue are formulas.
 */
export function buildSheetPlan(input: Budget, options: SheetPlanOptions): SheetPlan {
  const budget = applyFunnel(input);
  const funnel = budget.funnel;
  const labels = sheetLabels(options.lang);
  const tableName = options.tableName ?? DEFAULT_TABLE_NAME;
  const sheetName = options.sheetName ?? labels.sheetName;
  const columnKeys = linesTableColumns(funnel !== undefined);
  // One blank column right of the table: column N, or P with the Driver and Own quantity columns.
  const summaryCol = columnKeys.length + 1;
  const summaryAt = summaryLayout({ row: HEADER_ROW - 1, col: summaryCol });
  const goalsAt = goalsLayout({ row: summaryAt.totalRow + 2, col: summaryCol });
  // The funnel block's title: two blank rows under the goals, in the summary's first column (N26 or P26).
  const funnelTitle = { row: goalsAt.lastRow + 3, col: summaryCol };
  const funnelAt: FunnelLayout | undefined = funnel ? funnelLayout(funnelTitle, funnel.stages.length + 1) : undefined;
  const totals = budgetTotals(budget);

  const lines = buildLinesTable({
    lines: budget.lines,
    total: totals.total,
    lang: options.lang,
    labels,
    tableName,
    headerRow: HEADER_ROW,
    columnKeys,
    ...(funnelAt ? { stages: stageRanges(funnelAt) } : {}),
  });
  const summary = buildCategorySummary({
    budget,
    totals,
    lang: options.lang,
    labels,
    layout: summaryAt,
    budgetColumn: lines.column("budget"),
    categoryColumn: lines.column("category"),
  });
  const goals = buildGoalsBlock({ budget, outcome: budgetOutcome(budget, totals), labels, layout: goalsAt });
  const funnelBlock: SheetBlock | undefined =
    funnel && funnelAt
      ? {
          conditionalFormats: [],
          ...buildFunnelBlock({
            funnel,
            counts: requiredCounts(funnel),
            costs: stageCosts(budget),
            layout: funnelAt,
            labels: labels.funnel,
            budgetColumn: lines.column("budget"),
            driverColumn: lines.column(DRIVER),
            lineSubtotals: summary.lineSubtotals,
          }),
        }
      : undefined;
  const blocks: SheetBlock[] = [lines, summary, goals, ...(funnelBlock ? [funnelBlock] : [])];

  const table = lines.table;
  const lastCol = summaryAt.lastCol;
  const lastRow = Math.max(table.lastDataRow, goalsAt.lastRow, funnelAt ? funnelNoteRow(funnelAt) : 0);
  const sc = (offset: number) => summaryCol + offset;
  return {
    sheetName,
    lang: options.lang,
    cells: [
      { row: TITLE_ROW, col: 0, content: text(budget.title) },
      { row: SUBTITLE_ROW, col: 0, content: text(funnel ? labels.funnelSubtitle : labels.subtitle) },
      ...blocks.flatMap((block) => block.cells),
    ],
    styles: [
      { range: a1({ row: TITLE_ROW, col: 0 }), bold: true, fontSize: 14 },
      { range: a1({ row: SUBTITLE_ROW, col: 0 }), italic: true, fontColor: COLORS.muted },
      ...blocks.flatMap((block) => block.styles),
    ],
    columnWidths: [
      ...lines.columnWidths,
      { col: summaryCol - 1, chars: 3 },
      // The summary's columns; the goals and the funnel block sit in them too.
      { col: sc(0), chars: 28 },
      { col: sc(1), chars: 16 },
      // With a funnel these also hold the people needed and the driven cost.
      { col: sc(2), chars: funnel ? 14 : 9 },
      { col: sc(3), chars: funnel ? 15 : 10 },
      { col: sc(4), chars: 10 },
      { col: sc(5), chars: 8 },
    ],
    table,
    names: blocks.flatMap((block) => block.names),
    conditionalFormats: blocks.flatMap((block) => block.conditionalFormats),
    validations: blocks.flatMap((block) => block.validations),
    freezeRows: HEADER_ROW + 1,
    printArea: rangeA1({ row: 0, col: 0 }, { row: lastRow, col: lastCol }),
    layout: {
      table,
      summaryHeaderRow: summaryAt.headerRow,
      summaryFirstCol: summaryCol,
      goalsFirstRow: goalsAt.firstRow,
      ...(funnelAt ? { funnel: funnelAt } : {}),
    },
    ...(funnelAt
      ? {
          charts: [
            sharesChart(labels, summary.chartColumns, { row: summaryAt.titleRow, col: lastCol + 2 }),
            funnelChart(labels, funnelAt, { row: funnelTitle.row, col: lastCol + 2 }),
          ],
        }
      : {}),
  };
}
