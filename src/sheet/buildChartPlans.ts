import { rangeA1, type CellRef } from "./address";
import type { ChartPlan, FunnelLayout } from "./plan";
import type { SheetLabels } from "../i18n";

/** Columns and rows a chart covers: wide enough for seven category names, tall enough to read. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 18;

function anchorAt(from: CellRef): ChartPlan["anchor"] {
  return { from, to: { row: from.row + CHART_ROWS, col: from.col + CHART_COLUMNS } };
}

/** The category summary's rows and the columns the shares chart reads. */
export interface SummaryColumns {
  firstRow: number;
  lastRow: number;
  nameCol: number;
  shareCol: number;
  minCol: number;
  maxCol: number;
}

const column = (firstRow: number, lastRow: number, col: number) =>
  rangeA1({ row: firstRow, col }, { row: lastRow, col }, true);

/** Each category's share against its recommended min and max: a clustered bar per category. */
export function sharesChart(labels: SheetLabels, summary: SummaryColumns, topLeft: CellRef): ChartPlan {
  const range = (col: number) => column(summary.firstRow, summary.lastRow, col);
  return {
    type: "barClustered",
    title: labels.charts.shares,
    categories: range(summary.nameCol),
    series: [
      { name: labels.charts.share, values: range(summary.shareCol) },
      { name: labels.charts.min, values: range(summary.minCol) },
      { name: labels.charts.max, values: range(summary.maxCol) },
    ],
    anchor: anchorAt(topLeft),
  };
}

/** People needed at each stage, pool at the top; a clustered bar where the host has no funnel chart. */
export function funnelChart(labels: SheetLabels, layout: FunnelLayout, topLeft: CellRef): ChartPlan {
  const lastRow = layout.firstStageRow + layout.stageCount - 1;
  return {
    type: "funnel",
    fallbackType: "barClustered",
    title: labels.charts.funnel,
    categories: column(layout.firstStageRow, lastRow, layout.nameCol),
    series: [{ name: labels.charts.people, values: column(layout.firstStageRow, lastRow, layout.countCol) }],
    anchor: anchorAt(topLeft),
  };
}

/** ROI on gross profit of each scenario: one column per scenario. */
export function scenarioRoiChart(
  title: string,
  seriesName: string,
  names: { row: number; firstCol: number; lastCol: number },
  roiRow: number,
  topLeft: CellRef,
): ChartPlan {
  return {
    type: "columnClustered",
    title,
    categories: rangeA1({ row: names.row, col: names.firstCol }, { row: names.row, col: names.lastCol }, true),
    series: [
      {
        name: seriesName,
        values: rangeA1({ row: roiRow, col: names.firstCol }, { row: roiRow, col: names.lastCol }, true),
      },
    ],
    anchor: anchorAt(topLeft),
  };
}
