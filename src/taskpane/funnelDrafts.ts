import { Decimal } from "../model";
import { numberFromText } from "../model/numberText";
import { rateFromText, rateProblem } from "../model/rates";
import type { FunnelInputs, FunnelInputValues } from "../sheet/funnelInputs";
import { displayValue, isErrorValue, type CellValue } from "../sheet/snapshot";
import { funnelStrings, type Text } from "../i18n";

/** Why a typed figure cannot be used. */
export type FieldProblem = "number" | "whole" | "negative" | "large";

export type Parsed = { ok: true; value: Decimal } | { ok: false; problem: FieldProblem };

/**
 * Why a typed rate cannot be used: no number at all, below the sheet's smallest rate, or what the one
 * rate rule says (model/rates.ts), with the rate as the planner wrote it.
 */
export type RateProblem = { kind: "number" } | { kind: "small" } | { kind: "rule"; text: Text };

export type ParsedRate = { ok: true; value: Decimal } | { ok: false; problem: RateProblem };

// The sheet's own data validation accepts the same: targets and order values up to a billion, rates
// from 0.0001% to 100%.
const LARGEST_INPUT = new Decimal(1_000_000_000);
const SMALLEST_RATE = new Decimal("0.000001");

const problem = (kind: FieldProblem): Parsed => ({ ok: false, problem: kind });

function parseAmount(text: string): Parsed {
  const value = numberFromText(text);
  if (value === null) return problem("number");
  if (value.isNegative()) return problem("negative");
  if (value.greaterThan(LARGEST_INPUT)) return problem("large");
  return { ok: true, value };
}

/** Target deals: a whole number from 0 to a billion; "2,600" is read as 2600. */
export function parseTargetDeals(text: string): Parsed {
  const parsed = parseAmount(text);
  if (parsed.ok && !parsed.value.isInteger()) return problem("whole");
  return parsed;
}

/** An average order value in 元: from 0 to a billion. */
export function parseOrderValue(text: string): Parsed {
  return parseAmount(text);
}

const RATE_FIELD: Text = /*#__PURE__*/ funnelStrings.both((words) => words.thisRate);

/**
 * A stage rate as typed, by the rule every rate follows (model/rates.ts): "28%" and "0.28" are both 28%;
 * "28" is refused with the advice to write 28%, "150%" because a rate cannot exceed 100%.
 */
export function parseRate(text: string): ParsedRate {
  const rate = rateFromText(text);
  if (rate === null) return { ok: false, problem: { kind: "number" } };
  const rule = rateProblem(rate, RATE_FIELD, "stage");
  if (rule) return { ok: false, problem: { kind: "rule", text: rule } };
  if (rate.lessThan(SMALLEST_RATE)) return { ok: false, problem: { kind: "small" } };
  return { ok: true, value: rate };
}

/** What the fields show: text as typed. */
export interface FunnelDrafts {
  targetDeals: string;
  averageOrderValue: string;
  /** Each stage's rate as a percentage ("28%"), top first. */
  rates: string[];
}

/** Each field's last figure that could be used; null until there is one. */
export interface LastValid {
  targetDeals: Decimal | null;
  averageOrderValue: Decimal | null;
  rates: (Decimal | null)[];
}

export interface DraftProblems {
  targetDeals?: FieldProblem;
  averageOrderValue?: FieldProblem;
  rates: (RateProblem | undefined)[];
  /** A field in error has never had a valid value: there are no figures, kept or new. */
  noFigures?: true;
}

export interface FunnelEditing {
  drafts: FunnelDrafts;
  lastValid: LastValid;
  problems: DraftProblems;
}

export type DraftEdit =
  { field: "targetDeals" | "averageOrderValue"; text: string } | { field: "rate"; index: number; text: string };

/** A cell's value as a field first shows it: a rate 0.28 as "28%", text and errors as they are. */
function draftOf(value: CellValue, percent: boolean): string {
  if (typeof value === "number" && Number.isFinite(value)) {
    const figure = new Decimal(String(value));
    return percent ? `${figure.times(100).toFixed()}%` : figure.toFixed();
  }
  return isErrorValue(value) ? value.error : displayValue(value);
}

export function draftsFromInputs(inputs: FunnelInputs): FunnelDrafts {
  return {
    targetDeals: draftOf(inputs.targetDeals.value, false),
    averageOrderValue: draftOf(inputs.averageOrderValue.value, false),
    rates: inputs.rates.map((rate) => draftOf(rate.value, true)),
  };
}

const valueOr = (parsed: Parsed | ParsedRate, last: Decimal | null) => (parsed.ok ? parsed.value : last);
const problemOf = (parsed: ParsedRate) => (parsed.ok ? undefined : parsed.problem);

/** Reads every field: a field in error keeps its last valid figure. */
function reading(drafts: FunnelDrafts, previous: LastValid): FunnelEditing {
  const target = parseTargetDeals(drafts.targetDeals);
  const orderValue = parseOrderValue(drafts.averageOrderValue);
  const rates = drafts.rates.map(parseRate);
  const lastValid: LastValid = {
    targetDeals: valueOr(target, previous.targetDeals),
    averageOrderValue: valueOr(orderValue, previous.averageOrderValue),
    rates: rates.map((parsed, index) => valueOr(parsed, previous.rates[index] ?? null)),
  };
  return {
    drafts,
    lastValid,
    problems: {
      ...(target.ok ? {} : { targetDeals: target.problem }),
      ...(orderValue.ok ? {} : { averageOrderValue: orderValue.problem }),
      rates: rates.map(problemOf),
      ...(valuesToUse(lastValid) === null ? { noFigures: true as const } : {}),
    },
  };
}

export function startEditing(drafts: FunnelDrafts): FunnelEditing {
  return reading(drafts, { targetDeals: null, averageOrderValue: null, rates: drafts.rates.map(() => null) });
}

export function editDraft(editing: FunnelEditing, edit: DraftEdit): FunnelEditing {
  const { drafts } = editing;
  const next: FunnelDrafts =
    edit.field === "rate"
      ? { ...drafts, rates: drafts.rates.map((text, index) => (index === edit.index ? edit.text : text)) }
      : { ...drafts, [edit.field]: edit.text };
  return reading(next, editing.lastValid);
}

/**
 * A field is in error while the figures shown keep its last valid value: the view notes that and holds
 * the write back. A field that has never been valid leaves no figures to keep: each field in error says
 * what is wrong under it, and the view says once that the figures wait for them, rather than also
 * speaking of last valid values there are none of.
 */
export function hasProblems(problems: DraftProblems): boolean {
  if (problems.noFigures) return false;
  return (
    problems.targetDeals !== undefined ||
    problems.averageOrderValue !== undefined ||
    problems.rates.some((rate) => rate !== undefined)
  );
}

/** The figures to compute with, once every field has had a valid value. */
export function valuesToUse(lastValid: LastValid): FunnelInputValues | null {
  const { targetDeals, averageOrderValue, rates } = lastValid;
  if (targetDeals === null || averageOrderValue === null || rates.some((rate) => rate === null)) return null;
  return { targetDeals, averageOrderValue, rates: rates as Decimal[] };
}
