import { Decimal } from "./decimal";
import { timelineText } from "./timelineText";
import type { Text } from "../i18n";

/**
 * A company's seasonal calendar: a relative weight for each calendar month, January first. A period
 * spread by the calendar weighs as the month it starts in; only the weights' ratios matter.
 */
export interface SeasonalCalendar {
  name: Text;
  /** Twelve weights, January to December, none negative. */
  weights: readonly Decimal[];
}

/**
 * The default calendar of a Chinese retail year, 1 being an ordinary month:
 * - January 1.3 and February 1.2: 春节 (late January or February) and the New Year shopping before it;
 * - June 1.5: 618;
 * - August 0.7: the summer trough of business buyers (B2B);
 * - November 1.6: 双11, the year's largest peak;
 * - December 1.3: 双12 and the year-end;
 * - every other month 1.
 * A company edits these on the phasing sheet's calendar block; they are a starting point, not data.
 */
export const CHINA_RETAIL_CALENDAR: SeasonalCalendar = {
  name: timelineText((m) => m.chinaRetailCalendar),
  weights: ["1.3", "1.2", "1", "1", "1", "1.5", "1", "0.7", "1", "1", "1.6", "1.3"].map((w) => new Decimal(w)),
};

/** The calendar's weight for a calendar month (1–12). */
export function calendarWeight(calendar: SeasonalCalendar, month: number): Decimal {
  return calendar.weights[month - 1];
}
