import { a1, parseA1 } from "../sheet/address";
import type { ChartPlan } from "../sheet/plan";

export interface ChartOptions {
  /** Whether this Excel draws Funnel charts (see excelDrawsFunnelCharts); without, a funnel takes its fallback. */
  funnelCharts: boolean;
}

const EXCEL_CHART_TYPE: Record<ChartPlan["type"], "BarClustered" | "ColumnClustered" | "Funnel"> = {
  barClustered: "BarClustered",
  columnClustered: "ColumnClustered",
  funnel: "Funnel",
};

/** The chart type drawn for a plan on this Excel. */
export function drawnChartType(chart: ChartPlan, options: ChartOptions): ChartPlan["type"] {
  return chart.type === "funnel" && !options.funnelCharts ? (chart.fallbackType ?? "barClustered") : chart.type;
}

/**
 * How Excel reads a chart's source: a one-row range ("B5:D5") is one series of several points
 * ("Rows"); a column, or one cell, is one series down the column ("Columns"). Given the other way,
 * Excel draws a series per cell.
 */
export function seriesOrientation(source: string): "Rows" | "Columns" {
  const [first, last = first] = source.replace(/^.*!/, "").split(":");
  const from = parseA1(first);
  const to = parseA1(last);
  return from.row === to.row && from.col !== to.col ? "Rows" : "Columns";
}

/**
 * Queues one chart drawn as `type`, named by its title (the sheet's charts have distinct titles), so
 * that it can be found again on its sheet.
 */
export function addChart(sheet: Excel.Worksheet, chart: ChartPlan, type: ChartPlan["type"]): void {
  const [first, ...others] = chart.series;
  // The categories and the series are apart on the sheet (other columns lie between), so the chart
  // starts from the first series alone and each series is then given its values and categories.
  const added = sheet.charts.add(EXCEL_CHART_TYPE[type], sheet.getRange(first.values), seriesOrientation(first.values));
  added.name = chart.title;
  added.title.text = chart.title;
  const firstSeries = added.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(sheet.getRange(chart.categories));
  for (const plan of others) {
    const series = added.series.add(plan.name);
    series.setValues(sheet.getRange(plan.values));
    series.setXAxisValues(sheet.getRange(chart.categories));
  }
  added.legend.visible = chart.series.length > 1;
  // A bar chart lists its first category at the bottom; the sheet's order reads top down.
  if (type === "barClustered") added.axes.categoryAxis.reversePlotOrder = true;
  added.setPosition(a1(chart.anchor.from), a1(chart.anchor.to));
}
