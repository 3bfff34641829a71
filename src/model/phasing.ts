import type { Budget } from "./budget";
import { CATEGORY_KEYS, categoryByKey, type CategoryKey } from "./categories";
import { Decimal, ZERO, sum } from "./decimal";
import { BudgetInputError } from "./errors";
import { fenAsYuan, wholeDecimal } from "./fenDecimal";
import { isDriven, stageIndex } from "./funnelPlan";
import { MAX_PERIODS, axisPeriods, type Period, type PeriodAxis } from "./periods";
import { CHINA_RETAIL_CALENDAR, calendarWeight, type SeasonalCalendar } from "./seasonalCalendar";
import { budgetTotals, lineAmount } from "./totals";
import { failTimeline } from "./timelineText";
import type { Text } from "../i18n";

/*
 * Budget over time. Each line is spread over its span of periods by a profile's relative weights:
 * period i of the span gets Budget × wᵢ ÷ Σw, in whole fen by the largest-remainder rule, so the
 * periods of a line always sum exactly to its Budget (to the fen).
 */

/**
 * How a line is spread over its span of n periods (weights are relative; only their ratios matter):
 * - even: 1, 1, …, 1;
 * - front: linearly decreasing n, n−1, …, 1 (three months: 3 : 2 : 1, i.e. 50%, 33.3%, 16.7%);
 * - back: linearly increasing 1, 2, …, n (three months: 1 : 2 : 3);
 * - custom: the weights given, one per period of the span, none negative, not all zero;
 * - seasonal: the phasing's seasonal calendar, each period weighing as the calendar month it starts in.
 */
export type SpreadProfile =
  | { kind: "even" }
  | { kind: "front" }
  | { kind: "back" }
  | { kind: "custom"; weights: readonly Decimal[] }
  | { kind: "seasonal" };

export type ProfileKind = SpreadProfile["kind"];
export const PROFILE_KINDS: readonly ProfileKind[] = ["even", "front", "back", "custom", "seasonal"];

/** A line's span, first to last period (1-based, both included), and how it is spread over it. */
export interface LineSpan {
  first: number;
  last: number;
  profile: SpreadProfile;
}

/** How a budget is spread over time: the axis, the calendar, a span for each line and for the reserve. */
export interface Phasing {
  periods: PeriodAxis;
  calendar: SeasonalCalendar;
  /** One per budget line, in the budget's order. */
  lines: readonly LineSpan[];
  /** The contingency reserve is spread like a line. */
  contingency: LineSpan;
  /** A funnel budget's stage lag in whole periods, 0 when absent; see funnelVolumes. */
  stageLag?: number;
}

/** A line (or the reserve) spread over the axis: zero outside its span. */
export interface PhasedRow {
  category: CategoryKey;
  item: string;
  /** The amount spread: the line's Budget to the fen. */
  amount: Decimal;
  periods: Decimal[];
}

export interface PhasedBudget {
  periods: Period[];
  /** The budget's lines in order, then the contingency reserve. */
  rows: PhasedRow[];
  periodTotals: Decimal[];
  categoryTotals: Record<CategoryKey, Decimal[]>;
  /** The plan to the end of each period. */
  cumulative: Decimal[];
  /** Every period of every row: the budget's total to the fen. */
  total: Decimal;
  /** The stage lag a funnel budget was phased with. */
  stageLag?: number;
}

/**
 * A share is computed to a millionth of a fen (half away from zero) before it is floored; the sheet's
 * formulas do the same, so model and sheet pick the same periods for the missing fen.
 */
export const SHARE_PLACES = 6;
const MILLIONTHS = 10 ** SHARE_PLACES;

/** An amount to the fen, half away from zero (as the sheet's ROUND). */
export function toFen(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Spreads `amount` (rounded to the fen first) over periods by relative weights, in whole fen: every
 * period gets its share floored to the fen, then the fen still missing go one by one to the periods
 * with the largest remainders, the earlier period first on a tie. 100.00 over 1 : 1 : 1 is 33.34,
 * 33.33, 33.33. A negative amount (a refund) is spread as its size and keeps its sign: −100.00 is
 * −33.34, −33.33, −33.33. The result always sums to the amount; a period of weight 0 gets 0.
 */
export function distribute(amount: Decimal, weights: readonly Decimal[]): Decimal[] {
  return spreadShares(amount, fenShares(amount, weights));
}

/** The periods of `distribute` from its steps: each floor, one fen more for the `missing` largest remainders. */
function spreadShares(amount: Decimal, shares: FenShares): Decimal[] {
  return spreadInFen(amount, shares).periods;
}

/**
 * spreadShares, with each period's signed whole fen as a number where every one is a safe integer (null
 * otherwise): the totals of a phased budget add those up and make a Decimal once per figure. The periods
 * are placed from `offset` in arrays of `length` (zero elsewhere): a span's place on its axis.
 */
function spreadInFen(
  amount: Decimal,
  { floors, remainders, missing, whole }: FenShares,
  length = floors.length,
  offset = 0,
) {
  // Remainders are whole millionths of a fen, below a million: compared as numbers, exactly.
  const size = whole?.remainders ?? remainders.map((remainder) => remainder.toNumber());
  const n = size.length;
  const extra = new Array<number>(n).fill(0);
  if (missing > 0) {
    const order = size.map((_, index) => index).sort((a, b) => size[b] - size[a] || a - b);
    for (let k = 0; k < missing; k++) extra[order[k]] = 1;
  }
  const negative = amount.isNegative();
  const periods = new Array<Decimal>(length).fill(ZERO);
  let fens: number[] | null = new Array<number>(length).fill(0);
  for (let i = 0; i < n; i++) {
    const fen = (whole ? whole.floors[i] : floors[i].toNumber()) + extra[i];
    if (!Number.isSafeInteger(fen)) {
      fens = null;
      periods[offset + i] = floors[i]
        .plus(extra[i])
        .times(negative ? -1 : 1)
        .dividedBy(100);
      continue;
    }
    const signed = negative ? -fen : fen;
    if (fens) fens[offset + i] = signed;
    periods[offset + i] = fenAsYuan(signed);
  }
  if (fens) AXIS_FEN.set(periods, fens);
  return { periods, fens };
}

/** The steps of `distribute`, as the phasing sheet's working grids show them. */
export interface FenShares {
  /** The amount's size in whole fen. */
  fen: Decimal;
  /** Each period's share in fen, to a millionth, floored. */
  floors: Decimal[];
  /** What flooring left of each share, in whole millionths of a fen (0 to 999,999). */
  remainders: Decimal[];
  /** The fen the floors leave out: that many periods with the largest remainders get one more. */
  missing: number;
  /** The weights' sum: the share of a period is its weight over it. */
  weightSum: Decimal;
  /** The floors and remainders as numbers, where they were computed as safe integers. */
  whole?: { floors: number[]; remainders: number[] };
}

export function fenShares(amount: Decimal, weights: readonly Decimal[]): FenShares {
  if (weights.length === 0) failTimeline((m) => m.phasing.noPeriods);
  for (const w of weights) if (w.isNegative() || !w.isFinite()) failTimeline((m) => m.phasing.negativeWeights);
  const fen = toFen(amount).abs().times(100);
  const whole = wholeShares(fen, weights);
  // Whole weights sum to their whole sum; others are added as Decimals.
  const weightSum = whole?.wholeSum != null ? wholeDecimal(whole.wholeSum) : sum(weights);
  if (weightSum.isZero()) failTimeline((m) => m.phasing.zeroWeights);
  return { ...(whole ? whole.shares : decimalShares(fen, weights, weightSum)), weightSum };
}

/** fenShares in Decimal arithmetic: each share to a millionth of a fen, half up, then floored. */
function decimalShares(fen: Decimal, weights: readonly Decimal[], weightSum: Decimal): Omit<FenShares, "weightSum"> {
  const floors: Decimal[] = [];
  const remainders: Decimal[] = [];
  for (const w of weights) {
    const share = fen.times(w).dividedBy(weightSum).toDecimalPlaces(SHARE_PLACES, Decimal.ROUND_HALF_UP);
    const floor = share.floor();
    floors.push(floor);
    remainders.push(share.minus(floor).times(MILLIONTHS));
  }
  return { fen, floors, remainders, missing: fen.minus(sum(floors)).toNumber() };
}

/**
 * fenShares in whole numbers, exactly the same figures, where every step stays a safe integer: the
 * weights scaled to whole numbers A (sum S), each share fen × A ÷ S is a whole quotient and a remainder,
 * the remainder's first six decimals by a second division, the seventh rounding half up. Null when a
 * step would not be exact. (Decimal's 40 digits cannot round differently: a fraction of S < 2^53 is never
 * within 10^-19 of a half without being one.) With the shares, the weights' sum when they are whole numbers.
 */
function wholeShares(
  fen: Decimal,
  weights: readonly Decimal[],
): { shares: Omit<FenShares, "weightSum">; wholeSum: number | null } | null {
  const n = weights.length;
  const digits = new Array<WeightDigits>(n);
  let places = 0;
  for (let i = 0; i < n; i++) {
    const d = weightDigits(weights[i]);
    if (!d) return null;
    digits[i] = d;
    places = Math.max(places, d.places);
  }
  const whole = new Array<number>(n);
  let total = 0;
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const a = digits[i].whole * 10 ** (places - digits[i].places);
    if (!Number.isSafeInteger(a)) return null;
    whole[i] = a;
    total += a;
    largest = Math.max(largest, a);
  }
  const size = fen.toNumber();
  if (total === 0) return null;
  if (!Number.isSafeInteger(size * largest) || !Number.isSafeInteger(total * MILLIONTHS * 2)) return null;
  const floors = new Array<Decimal>(n);
  const remainders = new Array<Decimal>(n);
  const numbers = { floors: new Array<number>(n), remainders: new Array<number>(n) };
  let floored = 0;
  for (let i = 0; i < n; i++) {
    const product = size * whole[i];
    let quotient = Math.floor(product / total);
    let left = product - quotient * total;
    // Floating division can be one off: correct it.
    while (left < 0) ((quotient -= 1), (left += total));
    while (left >= total) ((quotient += 1), (left -= total));
    const scaled = left * MILLIONTHS;
    let millionths = Math.floor(scaled / total);
    let rest = scaled - millionths * total;
    while (rest < 0) ((millionths -= 1), (rest += total));
    while (rest >= total) ((millionths += 1), (rest -= total));
    if (rest * 2 >= total) millionths += 1;
    if (millionths === MILLIONTHS) ((quotient += 1), (millionths = 0));
    floored += quotient;
    floors[i] = wholeDecimal(quotient);
    remainders[i] = wholeDecimal(millionths);
    numbers.floors[i] = quotient;
    numbers.remainders[i] = millionths;
  }
  if (!Number.isSafeInteger(floored)) return null;
  const shares = { fen, floors, remainders, missing: size - floored, whole: numbers };
  return { shares, wholeSum: places === 0 ? total : null };
}

/** A weight as a whole number over 10^places, places at most SHARE_PLACES and the number a safe integer. */
interface WeightDigits {
  whole: number;
  places: number;
}

/** Each weight's digits, found once: a profile's or calendar's weights are the same Decimals line after line. */
const WEIGHT_DIGITS = new WeakMap<Decimal, WeightDigits | null>();
function weightDigits(w: Decimal): WeightDigits | null {
  let digits = WEIGHT_DIGITS.get(w);
  if (digits === undefined) {
    const places = w.decimalPlaces();
    const whole = places > SHARE_PLACES ? Number.NaN : w.times(10 ** places).toNumber();
    digits = Number.isSafeInteger(whole) ? { whole, places } : null;
    WEIGHT_DIGITS.set(w, digits);
  }
  return digits;
}

/** The profile's weights for the periods of a span, first to last. */
export function profileWeights(span: LineSpan, periods: readonly Period[], calendar: SeasonalCalendar): Decimal[] {
  const n = span.last - span.first + 1;
  const profile = span.profile;
  switch (profile.kind) {
    case "even":
      return Array.from({ length: n }, () => wholeDecimal(1));
    case "front":
      return Array.from({ length: n }, (_, i) => wholeDecimal(n - i));
    case "back":
      return Array.from({ length: n }, (_, i) => wholeDecimal(i + 1));
    case "custom":
      if (profile.weights.length !== n) {
        failTimeline((m) => m.phasing.customWeightCount(profile.weights.length, n));
      }
      return [...profile.weights];
    case "seasonal":
      return periods.slice(span.first - 1, span.last).map((period) => calendarWeight(calendar, period.month));
  }
}

/** Checks a span against an axis of `count` periods: whole periods, 1 ≤ first ≤ last ≤ count. */
export function checkSpan(span: LineSpan, count: number, item: Text): void {
  const { first, last } = span;
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last > count || first > last) {
    failTimeline((m, lang) => m.phasing.badSpan(item[lang], first, last, count));
  }
  if (!PROFILE_KINDS.includes(span.profile.kind)) {
    failTimeline((m, lang) => m.phasing.unknownProfile(item[lang]));
  }
}

/** A span spread over a whole axis of `periods`: its amount in its periods, zero elsewhere. */
export function phaseAmount(
  amount: Decimal,
  span: LineSpan,
  periods: readonly Period[],
  calendar: SeasonalCalendar,
  item: Text,
): Decimal[] {
  return spreadSpan(amount, span, periods, calendar, item).periods;
}

/** A span spread over an axis, with the steps that got there (its weights, its shares in fen). */
export interface SpanSpread {
  /** The amount in each period of the axis, zero outside the span. */
  periods: Decimal[];
  /** The profile's weights over the span, first to last. */
  weights: Decimal[];
  shares: FenShares;
}

function spreadSpan(
  amount: Decimal,
  span: LineSpan,
  periods: readonly Period[],
  calendar: SeasonalCalendar,
  item: Text,
): SpanSpread {
  checkSpan(span, periods.length, item);
  const weights = profileWeights(span, periods, calendar);
  let shares: FenShares;
  try {
    shares = fenShares(amount, weights);
  } catch (error) {
    if (!(error instanceof BudgetInputError)) throw error;
    const { text } = error;
    failTimeline((m, lang) => m.phasing.ofLine(item[lang], text[lang]));
  }
  // An axis numbers its periods 1, 2, …: the span's periods are placed from its first.
  const numbered = periods.every((period, p) => period.index === p + 1);
  if (numbered)
    return { periods: spreadInFen(amount, shares, periods.length, span.first - 1).periods, weights, shares };
  const spread = spreadShares(amount, shares);
  return {
    periods: periods.map((period) =>
      period.index >= span.first && period.index <= span.last ? spread[period.index - span.first] : ZERO,
    ),
    weights,
    shares,
  };
}

/**
 * The signed whole fen of each period of a spread over an axis, kept beside its Decimal figures when
 * they are all safe integers: summarise adds them up as numbers.
 */
const AXIS_FEN = new WeakMap<readonly Decimal[], readonly number[]>();

/** A phasing with every line and the reserve spread evenly over the whole axis. */
export function evenPhasing(budget: Budget, periods: PeriodAxis, calendar = CHINA_RETAIL_CALENDAR): Phasing {
  const span: LineSpan = { first: 1, last: periods.count, profile: { kind: "even" } };
  return { periods, calendar, lines: budget.lines.map(() => span), contingency: span };
}

/**
 * Spreads a budget over time. Each line's Budget is taken to the fen; the reserve spreads the
 * budget's total to the fen less the lines', so the periods of every row add up to the total to the
 * fen (the reserve's own figure when every amount is in whole fen, as typed money is).
 */
export function phaseBudget(budget: Budget, phasing: Phasing): PhasedBudget {
  return phaseBudgetInSteps(budget, phasing).phased;
}

/** What phaseBudget did, step by step, as a sheet shows it. */
export interface PhasingSteps {
  phased: PhasedBudget;
  /** Each row's own spread by its span and profile (the lines, then the reserve). */
  spreads: SpanSpread[];
  /** A funnel budget's volumes per period; null without a funnel. */
  funnel: FunnelVolumes | null;
  /** Per line: its shares in fen over its stage's volume when it follows the stage, else null. */
  following: (FenShares | null)[];
  /** The budget's total as budgetTotals has it (before it is taken to the fen). */
  budgetTotal: Decimal;
}

/** phaseBudget, with each row's own weights and shares in fen and the funnel's volumes, as a sheet shows them. */
export function phaseBudgetInSteps(budget: Budget, phasing: Phasing): PhasingSteps {
  const periods = axisPeriods(phasing.periods);
  if (phasing.lines.length !== budget.lines.length) {
    failTimeline((m) => m.phasing.spanCount(phasing.lines.length, budget.lines.length));
  }
  const lineAmounts = budget.lines.map((line) => toFen(lineAmount(line)));
  const budgetTotal = budgetTotals(budget).total;
  const total = toFen(budgetTotal);
  const reserve = total.minus(sum(lineAmounts));
  const spreads = budget.lines.map((line, i) =>
    spreadSpan(lineAmounts[i], phasing.lines[i], periods, phasing.calendar, { zh: line.item, en: line.item }),
  );
  const rows: PhasedRow[] = budget.lines.map((line, i) => ({
    category: line.category,
    item: line.item,
    amount: lineAmounts[i],
    periods: spreads[i].periods,
  }));
  const reserveName = categoryByKey("contingency").name;
  const reserveSpread = spreadSpan(reserve, phasing.contingency, periods, phasing.calendar, reserveName);
  spreads.push(reserveSpread);
  rows.push({ category: "contingency", item: reserveName.en, amount: reserve, periods: reserveSpread.periods });
  if (!budget.funnel)
    return { phased: summarise(periods, rows), spreads, funnel: null, following: rows.map(() => null), budgetTotal };

  const lag = parseStageLag(phasing.stageLag ?? 0, periods.length);
  const volumes = funnelVolumes(budget, rows, lag);
  const following = budget.lines.map((_, i) => {
    const volume = lineVolume(volumes, i);
    if (!volume) return null;
    const shares = fenShares(lineAmounts[i], volume);
    rows[i] = { ...rows[i], periods: spreadShares(lineAmounts[i], shares) };
    return shares;
  });
  return { phased: { ...summarise(periods, rows), stageLag: lag }, spreads, funnel: volumes, following, budgetTotal };
}

/*
 * Funnel over time. A funnel budget's lines bound to a stage spread with that stage's volume:
 * - the top of the funnel is the earliest stage any line is bound to; its lines keep their own span and
 *   profile, and their spend per period is the top stage's volume (when they spend nothing, the spend
 *   of every row that does not follow a stage stands in);
 * - every stage below the top comes the stage lag later: its volume is the top's moved `lag` periods
 *   later (what falls past the last period lands in the last), and the deals stage's volume is the whole
 *   expected deals per period (the target spread over those weights by the largest remainder);
 * - a line bound to a stage below the top is spread over its stage's volume per period, to the fen by
 *   the largest remainder, so it still sums exactly to its Budget; its own span and profile only stand
 *   in when its stage has no volume at all (no deals targeted, nothing spent).
 */
export interface FunnelVolumes {
  /** Each line's stage (0 the pool), -1 for a line no stage drives. */
  lineStages: number[];
  /** The top-of-funnel stage; -1 when no line is driven. */
  top: number;
  /** The deals stage: the funnel's last. */
  dealsStage: number;
  stageLag: number;
  /** The top-of-funnel lines' spend per period. */
  topSpend: Decimal[];
  /** The spend the funnel follows (the top-of-funnel spend, or else the rows that follow no stage), as a size. */
  followed: Decimal[];
  /** The followed spend moved later by the lag: the volume of every stage below the top. */
  weights: Decimal[];
  /** Whole deals per period, summing to the target deals. */
  deals: Decimal[];
}

/** The funnel's volumes from each row's own spread (the lines, then the reserve); see the rule above. */
export function funnelVolumes(budget: Budget, ownRows: readonly PhasedRow[], lag: number): FunnelVolumes {
  const funnel = budget.funnel;
  if (!funnel) failTimeline((m) => m.funnel.noFunnel);
  const stages = budget.lines.map((line) => (isDriven(line) ? stageIndex(funnel, line.driver) : -1));
  const bound = stages.filter((stage) => stage >= 0);
  const top = bound.length > 0 ? Math.min(...bound) : -1;
  const count = ownRows[0]?.periods.length ?? 0;
  const across = (chosen: (r: number) => boolean) =>
    Array.from({ length: count }, (_, p) => sum(ownRows.filter((_, r) => chosen(r)).map((row) => row.periods[p])));
  const topSpend = across((r) => top >= 0 && stages[r] === top);
  const unbound = () => across((r) => !(r < stages.length && top >= 0 && stages[r] > top));
  const followed = (topSpend.some((amount) => !amount.isZero()) ? topSpend : unbound()).map((a) => a.abs());
  const weights = shiftLater(followed, lag);
  const targetDeals = funnel.targetDeals;
  const deals = targetDeals.isZero() ? weights.map(() => ZERO) : distributeWhole(targetDeals, weights);
  return {
    lineStages: stages,
    top,
    dealsStage: funnel.stages.length,
    stageLag: lag,
    topSpend,
    followed,
    weights,
    deals,
  };
}

/** The volume per period a line follows: its stage's, when it is bound below the top and the stage has any. */
export function lineVolume(volumes: FunnelVolumes, line: number): Decimal[] | null {
  const stage = volumes.lineStages[line];
  if (volumes.top < 0 || stage <= volumes.top) return null;
  const volume = stage === volumes.dealsStage ? volumes.deals : volumes.weights;
  return volume.some((v) => !v.isZero()) ? volume : null;
}

const WHOLE = /^\s*\+?\d+\s*$/;

/**
 * The stage lag as typed ("2", 2): a whole number of periods from 0 to one less than `periodCount`
 * (to the most periods an axis has without it).
 */
export function parseStageLag(typed: number | string, periodCount?: number): number {
  const lag = typeof typed === "number" ? typed : WHOLE.test(typed) ? Number(typed.trim()) : Number.NaN;
  const max = periodCount === undefined ? MAX_PERIODS : periodCount - 1;
  if (!Number.isInteger(lag) || lag < 0 || lag > max) {
    failTimeline((m) => m.funnel.stageLag(String(typed), max));
  }
  return lag;
}

/** Spreads a whole count by relative weights in whole units, by the largest-remainder rule. */
export function distributeWhole(count: Decimal, weights: readonly Decimal[]): Decimal[] {
  // distribute works in whole fen: a count of n hundredths of a yuan is n fen, the same rule in whole units.
  return distribute(count.dividedBy(100), weights).map((share) => share.times(100));
}

/** Weights moved `lag` periods later; what falls beyond the last period is added to the last period. */
export function shiftLater(weights: readonly Decimal[], lag: number): Decimal[] {
  const shifted = weights.map(() => ZERO);
  const last = weights.length - 1;
  weights.forEach((weight, p) => {
    const to = Math.min(p + lag, last);
    shifted[to] = shifted[to].plus(weight);
  });
  return shifted;
}

/** Totals per period and per category, and the cumulative plan, of phased rows. */
export function summarise(periods: Period[], rows: PhasedRow[]): PhasedBudget {
  return summariseInFen(periods, rows) ?? summariseDecimals(periods, rows);
}

/**
 * summarise in whole fen, where every row's periods were spread here in safe integers of fen and every
 * total stays one: each figure made a Decimal once. Null otherwise.
 */
function summariseInFen(periods: Period[], rows: PhasedRow[]): PhasedBudget | null {
  const count = periods.length;
  const periodFen = new Array<number>(count).fill(0);
  const categoryFen = new Map<CategoryKey, number[]>(
    CATEGORY_KEYS.map((key) => [key, new Array<number>(count).fill(0)]),
  );
  for (const row of rows) {
    const fens = AXIS_FEN.get(row.periods);
    const byCategory = categoryFen.get(row.category);
    if (!fens || fens.length !== count || !byCategory) return null;
    for (let p = 0; p < count; p++) {
      const fen = fens[p];
      if (fen === 0) continue;
      periodFen[p] += fen;
      byCategory[p] += fen;
    }
  }
  const cumulativeFen: number[] = [];
  let running = 0;
  for (const fen of periodFen) cumulativeFen.push((running += fen));
  const safe = (values: readonly number[]) => values.every((fen) => Number.isSafeInteger(fen));
  if (!safe(periodFen) || !safe(cumulativeFen) || ![...categoryFen.values()].every(safe)) return null;
  const categoryTotals = Object.fromEntries(
    CATEGORY_KEYS.map((key) => [key, categoryFen.get(key)!.map(fenAsYuan)]),
  ) as Record<CategoryKey, Decimal[]>;
  const cumulative = cumulativeFen.map(fenAsYuan);
  return {
    periods,
    rows,
    periodTotals: periodFen.map(fenAsYuan),
    categoryTotals,
    cumulative,
    total: count > 0 ? cumulative[count - 1] : ZERO,
  };
}

function summariseDecimals(periods: Period[], rows: PhasedRow[]): PhasedBudget {
  const zeros = () => periods.map(() => ZERO);
  const periodTotals = zeros();
  const categoryTotals = Object.fromEntries(CATEGORY_KEYS.map((key) => [key, zeros()])) as Record<
    CategoryKey,
    Decimal[]
  >;
  for (const row of rows) {
    const byCategory = categoryTotals[row.category];
    row.periods.forEach((amount, p) => {
      if (amount.isZero()) return;
      periodTotals[p] = periodTotals[p].plus(amount);
      byCategory[p] = byCategory[p].plus(amount);
    });
  }
  let running = ZERO;
  const cumulative = periodTotals.map((amount) => (running = running.plus(amount)));
  return { periods, rows, periodTotals, categoryTotals, cumulative, total: sum(periodTotals) };
}
