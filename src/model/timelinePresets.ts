import type { Budget } from "./budget";
import { Decimal } from "./decimal";
import type { PeriodAxis } from "./periods";
import type { LineSpan, Phasing } from "./phasing";
import { PRESET_IDS, presetBudget, presetById, type PresetId } from "./presets";
import { CHINA_RETAIL_CALENDAR } from "./seasonalCalendar";
import { timelineText } from "./timelineText";
import type { Lang, Text } from "../i18n";

export type TimelinePresetId = "campaign-timeline";

/** A preset budget spread over time as a planner would: the budget and its phasing. */
export interface TimelinePreset {
  id: TimelinePresetId;
  name: Text;
  description: Text;
  budget: PresetId;
  periods: PeriodAxis;
  /** One per line of the budget preset, in its order. */
  lines: readonly LineSpan[];
  contingency: LineSpan;
}

const month = (n: number): LineSpan => ({ first: n, last: n, profile: { kind: "even" } });
const even = (first: number, last: number): LineSpan => ({ first, last, profile: { kind: "even" } });

/**
 * The worked example over three months: preparation (month 1), the campaign month (2), follow-up (3).
 * Materials, the system build and the kickoff are paid while preparing; benefits, outreach, area
 * operations and store staff in the campaign month; regional operations taper from preparation to
 * follow-up (front-loaded 3 : 2 : 1); fulfillment follows deals as they close, 70% in the campaign
 * month and the tail of 30% in the follow-up (custom 7 : 3); the review meeting is in the follow-up;
 * travel and the reserve are even over the three months.
 */
const CAMPAIGN_TIMELINE: TimelinePreset = {
  id: "campaign-timeline",
  name: timelineText((m) => m.campaignTimeline.name),
  description: timelineText((m) => m.campaignTimeline.description),
  budget: "campaign-timeline",
  periods: { unit: "month", first: "2026-05", count: 3 },
  lines: [
    month(2), // discount
    month(2), // store-visit gifts
    month(2), // free car wash
    month(2), // SMS
    month(2), // app push
    month(2), // WeCom outreach
    month(2), // outbound calls
    month(1), // store posters
    month(1), // roll-up banners
    month(1), // H5 landing page
    month(1), // booking integration
    month(1), // dashboard
    { first: 1, last: 3, profile: { kind: "front" } }, // regional operations
    month(2), // area operations
    month(2), // store staff
    { first: 2, last: 3, profile: { kind: "custom", weights: [new Decimal(7), new Decimal(3)] } }, // fulfillment
    month(1), // kickoff meeting
    month(3), // review meeting
    even(1, 3), // travel
  ],
  contingency: even(1, 3),
};

const TIMELINE_PRESETS: Record<TimelinePresetId, TimelinePreset> = { "campaign-timeline": CAMPAIGN_TIMELINE };

export function isTimelinePresetId(id: string): id is TimelinePresetId {
  return Object.keys(TIMELINE_PRESETS).includes(id);
}

/** The phasing a preset is inserted with; undefined for a preset that is not spread over time. */
export function presetPhasing(id: PresetId, lang: Lang): Phasing | undefined {
  return isTimelinePresetId(id) ? timelinePreset(id, lang).phasing : undefined;
}

export function timelinePresetById(id: TimelinePresetId): TimelinePreset {
  return TIMELINE_PRESETS[id];
}

/** A timeline preset as a budget in one language and its phasing. */
export function timelinePreset(id: TimelinePresetId, lang: Lang): { budget: Budget; phasing: Phasing } {
  const preset = TIMELINE_PRESETS[id];
  const budget = presetBudget(preset.budget, lang);
  if (budget.lines.length !== preset.lines.length) {
    throw new Error(`${id} spans ${preset.lines.length} lines of a ${budget.lines.length}-line preset`);
  }
  return {
    budget,
    phasing: {
      periods: { ...preset.periods },
      calendar: CHINA_RETAIL_CALENDAR,
      lines: preset.lines,
      contingency: preset.contingency,
    },
  };
}

/** The presets with a funnel, whose budget can follow it over time. */
export const FUNNEL_PRESET_IDS: readonly PresetId[] = PRESET_IDS.filter((id) => presetById(id).funnel !== undefined);

/**
 * A funnel preset spread over time, its deals `stageLag` periods after the people reached: its own
 * phasing, or else the worked example's three months (campaign-funnel is the worked example's 19 lines
 * derived from its target, so it takes campaign-timeline's spans). Undefined for a preset without a
 * funnel or one whose lines are not the worked example's.
 */
export function funnelPresetPhasing(id: PresetId, lang: Lang, stageLag: number): Phasing | undefined {
  if (!FUNNEL_PRESET_IDS.includes(id)) return undefined;
  const phasing = presetPhasing(id, lang) ?? timelinePreset("campaign-timeline", lang).phasing;
  if (phasing.lines.length !== presetById(id).lines.length) return undefined;
  return { ...phasing, stageLag };
}
