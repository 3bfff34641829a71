import type { PlainSheetPlan } from "../sheet/plan";
import type { DecorationPlan } from "../workbook/insertionPlan";
import { addChart, drawnChartType, type ChartOptions } from "./applyChartPlans";

/** Keeps the sheet's header rows in view while scrolling. */
export function freezeHeaderRows(sheet: Excel.Worksheet, plan: PlainSheetPlan): void {
  sheet.freezePanes.freezeRows(plan.freezeRows);
}

/** Prints the plan's cells and no others. */
export function setPrintArea(sheet: Excel.Worksheet, plan: PlainSheetPlan): void {
  sheet.pageLayout.setPrintArea(plan.printArea);
}

/**
 * Prints the plan's area as its page setting says: by default landscape, one page wide and as many pages
 * tall as it takes; a form signed on paper on one A4 page.
 */
export function applyPageLayout(sheet: Excel.Worksheet, plan: PlainSheetPlan): void {
  const page = plan.page;
  setPrintArea(sheet, plan);
  sheet.pageLayout.orientation = page?.orientation === "portrait" ? "Portrait" : "Landscape";
  if (page) sheet.pageLayout.paperSize = "A4";
  // The height is left unset for "as many as needed" (Office.js documents no value for it but leaving it out).
  sheet.pageLayout.zoom = page?.fitToOnePage
    ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
    : { horizontalFitToPages: 1 };
}

/** Queues a sheet's decorations of every kind: its frozen rows, page layout and charts. */
export function decorateSheet(sheet: Excel.Worksheet, plan: PlainSheetPlan, options: ChartOptions): void {
  freezeHeaderRows(sheet, plan);
  applyPageLayout(sheet, plan);
  for (const chart of plan.charts ?? []) addChart(sheet, chart, drawnChartType(chart, options));
}

/** Queues one decoration on its sheet; a chart is drawn as `chartType`. */
export function queueDecoration(sheet: Excel.Worksheet, decoration: DecorationPlan, options: ChartOptions): void {
  switch (decoration.kind) {
    case "frozen-rows":
      return freezeHeaderRows(sheet, decoration.sheet);
    case "page-layout":
      return applyPageLayout(sheet, decoration.sheet);
    case "chart":
      return addChart(sheet, decoration.chart, drawnChartType(decoration.chart, options));
  }
}
