import type { Budget } from "./budget";
import { CATEGORY_KEYS, type CategoryKey } from "./categories";
import type { PeriodAxis } from "./periods";
import { parseStageLag, type LineSpan, type Phasing } from "./phasing";
import { CHINA_RETAIL_CALENDAR, type SeasonalCalendar } from "./seasonalCalendar";

/** The profiles a planner picks per category; custom weights are typed on the phasing sheet. */
export type CategoryProfile = "even" | "front" | "back" | "seasonal";
export const CATEGORY_PROFILES: readonly CategoryProfile[] = ["even", "front", "back", "seasonal"];

/** A phasing chosen in a few clicks: the periods, and one profile per category over the whole axis. */
export interface CategoryPhasing {
  periods: PeriodAxis;
  profiles: Record<CategoryKey, CategoryProfile>;
  /** A funnel budget's stage lag as the planner typed it ("1"); absent: none chosen. */
  stageLag?: number | string;
}

/** Every category even. */
export function evenProfiles(): Record<CategoryKey, CategoryProfile> {
  return Object.fromEntries(CATEGORY_KEYS.map((key) => [key, "even"])) as Record<CategoryKey, CategoryProfile>;
}

/** The phasing of a budget where every line (and the reserve) spans the whole axis by its category's profile. */
export function phasingByCategory(
  budget: Budget,
  choice: CategoryPhasing,
  calendar: SeasonalCalendar = CHINA_RETAIL_CALENDAR,
): Phasing {
  const span = (category: CategoryKey): LineSpan => ({
    first: 1,
    last: choice.periods.count,
    profile: { kind: choice.profiles[category] ?? "even" },
  });
  return {
    periods: { ...choice.periods },
    calendar,
    lines: budget.lines.map((line) => span(line.category)),
    contingency: span("contingency"),
    ...(choice.stageLag === undefined ? {} : { stageLag: parseStageLag(choice.stageLag, choice.periods.count) }),
  };
}
