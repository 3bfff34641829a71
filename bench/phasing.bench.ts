import { dec, type LineSpan, type Phasing } from "../src/model";
import { CHINA_RETAIL_CALENDAR } from "../src/model/seasonalCalendar";
import { buildPhasingPlan } from "../src/sheet/buildPhasingPlan";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { cellGrid } from "../src/sheet/grid/cellGrid";
import { REQUEST_GRID_BYTES, gridBands } from "../src/excel/sheetContents";
import { largeBudget } from "./sheetPlan.bench";
import { medianMs, type BenchResult } from "./types";

const LINES = 1000;
const PERIODS = 24;
const BUILD_TARGET_MS = 50;

/** Spans of every length and profile over 24 months, custom weights included. */
export function largePhasing(lines: number): Phasing {
  const kinds = ["even", "front", "back", "seasonal"] as const;
  const span = (i: number): LineSpan => {
    const first = 1 + (i % 12);
    const last = Math.min(PERIODS, first + (i % 13));
    if (i % 5 === 4) {
      return {
        first,
        last,
        profile: { kind: "custom", weights: Array.from({ length: last - first + 1 }, (_, k) => dec((k % 3) + 1)) },
      };
    }
    return { first, last, profile: { kind: kinds[i % 4] } };
  };
  return {
    periods: { unit: "month", first: "2026-01", count: PERIODS },
    calendar: CHINA_RETAIL_CALENDAR,
    lines: Array.from({ length: lines }, (_, i) => span(i)),
    contingency: { first: 1, last: PERIODS, profile: { kind: "even" } },
  };
}

/** Excel on the web takes requests up to 5 MB. */
const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MB = 1024 * 1024;

/**
 * The bulk of the Office.js writes that add the sheet: the formulas and number formats of its cell grid
 * as JSON, as the client library sends them (styles, names and rules add a few kilobytes to the first),
 * in the row bands the Excel layer sends one request each (gridBands, from a fresh request's room).
 * test/excel-phasing-large.test.ts measures the requests themselves through Excel's client library.
 */
function gridRequests(plan: ReturnType<typeof buildPhasingPlan>) {
  const grid = cellGrid(plan.cells);
  const whole = Buffer.byteLength(JSON.stringify([grid.address, grid.formulas, grid.numberFormats]), "utf8");
  const bands = gridBands(grid, REQUEST_GRID_BYTES);
  return { whole, largest: Math.max(...bands.map((band) => band.bytes)), requests: bands.length };
}

export async function run(): Promise<BenchResult[]> {
  const budget = largeBudget(LINES);
  const phasing = largePhasing(LINES);
  const budgetPlan = buildSheetPlan(budget, { lang: "zh" });
  const ms = medianMs(() => buildPhasingPlan(budget, phasing, budgetPlan, { lang: "zh" }), 10);
  // The plan holds a block's formula once and makes each cell's text when it is read: the Excel layer's
  // cell grid reads them all, so the two together are what an insertion spends before it writes.
  const withGrid = medianMs(() => cellGrid(buildPhasingPlan(budget, phasing, budgetPlan, { lang: "zh" }).cells), 10);
  const plan = buildPhasingPlan(budget, phasing, budgetPlan, { lang: "zh" });
  const { whole, largest, requests } = gridRequests(plan);
  return [
    {
      name: `Phasing plan, ${LINES.toLocaleString("en")} lines × ${PERIODS} periods (median)`,
      value: ms,
      unit: "ms",
      target: BUILD_TARGET_MS,
      better: "lower",
    },
    { name: "Phasing plan and its cell grid (median)", value: withGrid, unit: "ms" },
    { name: "Phasing plan cells", value: plan.cells.length, unit: "cells" },
    { name: "Phasing sheet cell grid, all of it (Office.js JSON)", value: whole / MB, unit: "MB" },
    { name: "Phasing sheet write requests (row bands)", value: requests, unit: "requests" },
    {
      name: "Phasing sheet largest write request, cell grid",
      value: largest / MB,
      unit: "MB",
      target: WEB_PAYLOAD_LIMIT / MB,
      better: "lower",
    },
  ];
}
