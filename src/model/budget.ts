import type { CategoryKey, LineCategoryKey, ShareRange } from "./categories";
import { defaultRanges } from "./categories";
import { Decimal } from "./decimal";

/** One budget line: its amount is quantity × unit cost × times, each with its basis in words. */
export interface BudgetLine {
  category: LineCategoryKey;
  item: string;
  /** How the figure was built, in words: "2,000 deals × 150 average discount". */
  basis: string;
  quantity: Decimal | null;
  unitCost: Decimal | null;
  /** Rounds, days, pieces per store…; blank means once. */
  times: Decimal | null;
  /** A typed amount standing in for quantity × unit cost × times (a lump sum). */
  fixedAmount?: Decimal | null;
  actual: Decimal | null;
  owner: string;
  note: string;
  /**
   * The funnel stage whose people this line's quantity counts, by the stage's name (the pool's name for
   * the top of the funnel). Absent or blank: the quantity is typed. See applyFunnel.
   */
  driver?: string;
}

/** Top-down goals the bottom-up budget is checked against. */
export interface Goals {
  revenue: Decimal | null;
  grossMargin: Decimal | null;
  cap: Decimal | null;
}

export interface Budget {
  title: string;
  lines: BudgetLine[];
  contingencyRate: Decimal;
  ranges: Record<CategoryKey, ShareRange>;
  goals: Goals;
  /** The target and conversion funnel the budget is derived from; with it, revenue = deals × order value. */
  funnel?: Funnel;
}

export const DEFAULT_CONTINGENCY_RATE = new Decimal("0.08");

export function emptyBudget(title: string): Budget {
  return {
    title,
    lines: [],
    contingencyRate: DEFAULT_CONTINGENCY_RATE,
    ranges: defaultRanges(),
    goals: { revenue: null, grossMargin: null, cap: null },
  };
}

export interface FunnelStage {
  /** As the sheet shows it and a line's Driver names it: "到店" / "Visited". */
  name: string;
  /** The share of the stage above that reaches this one, in (0, 1]. */
  rate: Decimal;
}

/**
 * The target and the conversion funnel a budget is derived from (top-down from the target, then
 * bottom-up through the lines): the people needed at each stage, rounded up, drive the head-count lines.
 */
export interface Funnel {
  /** The people at the top, before the first rate: "客户池" / "Customer pool". */
  poolName: string;
  /** Top first; the last stage's people are the deals. */
  stages: FunnelStage[];
  targetDeals: Decimal;
  averageOrderValue: Decimal;
  /** 1-based position of the stage whose rate is participation (the open rate); scenarios drift it. */
  participationStage: number;
  /** 1-based position of the stage whose rate is conversion (the booking rate); scenarios drift it. */
  conversionStage: number;
}
