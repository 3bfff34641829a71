import { failTimeline } from "./timelineText";

/** Months by default; weeks for a campaign of a few weeks. */
export type PeriodUnit = "month" | "week";

/**
 * The periods a budget is spread over: `count` consecutive months or weeks from `first`.
 * A month axis starts at a month ("2026-05"); a week axis at the day its first week starts ("2026-05-04").
 */
export interface PeriodAxis {
  unit: PeriodUnit;
  first: string;
  count: number;
}

/** The most periods an axis may have: ten years of months, or a little over two years of weeks. */
export const MAX_PERIODS = 120;

/** One period of an axis: its 1-based index, its first day and its label (2026-05, or 2026-05-04 for a week). */
export interface Period {
  index: number;
  year: number;
  /** 1–12: the calendar month the period starts in; a seasonal calendar weighs the period by it. */
  month: number;
  day: number;
  label: string;
}

const MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as year, month, day when it is a real calendar day. */
function calendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The axis's first day as year, month, day; a month axis starts on the 1st. */
export function firstDay(axis: PeriodAxis): { year: number; month: number; day: number } {
  const match = MONTH.exec(axis.first.trim());
  if (!match) failTimeline((m) => m.periods.firstPeriodFormat(axis.first));
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (!calendarDay(year, month, day)) failTimeline((m) => m.periods.notCalendarDate(axis.first));
  if (axis.unit === "month") return { year, month, day: 1 };
  if (match[3] === undefined) failTimeline((m) => m.periods.weekNeedsDay(axis.first));
  return { year, month, day };
}

/** Checks the axis: a known unit, a valid first period and a whole number of periods from 1 to 120. */
export function checkAxis(axis: PeriodAxis): void {
  if (axis.unit !== "month" && axis.unit !== "week") failTimeline((m) => m.periods.unknownUnit(axis.unit));
  firstDay(axis);
  if (!Number.isInteger(axis.count) || axis.count < 1 || axis.count > MAX_PERIODS) {
    failTimeline((m) => m.periods.periodCount(MAX_PERIODS, axis.count));
  }
}

/** Every period of the axis, first to last. */
export function axisPeriods(axis: PeriodAxis): Period[] {
  checkAxis(axis);
  const start = firstDay(axis);
  return Array.from({ length: axis.count }, (_, i) => {
    const date =
      axis.unit === "month"
        ? new Date(Date.UTC(start.year, start.month - 1 + i, 1))
        : new Date(Date.UTC(start.year, start.month - 1, start.day + 7 * i));
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const label = axis.unit === "month" ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    return { index: i + 1, year, month, day, label };
  });
}
