import type { Forecast } from "./actuals/forecast";
import type { CategoryKey } from "./categories";
import { Decimal, ZERO } from "./decimal";
import { BudgetInputError } from "./errors";
import { formatMoney } from "./format";
import type { Severity } from "./health";
import { actualsStrings, type Text } from "../i18n";

/** The health rules over actual and committed spend; the budget's own rules are in health.ts. */
export type ActualsRule =
  | "forecast-over-baseline"
  | "forecast-over-cap"
  | "committed-over-plan"
  | "unmatched-actuals"
  | "actuals-stale"
  | "spent-without-plan";

export interface ActualsFinding {
  rule: ActualsRule;
  severity: Severity;
  /** The forecast's row (a budget line, or the reserve) the finding is about; none for the totals. */
  row?: number;
  category?: CategoryKey;
  item?: string;
  /** The cell to look at, as the caller named it ('Actuals'!E12); none when the caller gave none. */
  cell?: string;
  message: Text;
  /**
   * The amount the finding is about: the overspend against the baseline or the cap, the committed
   * spend over plan, the unassigned rows' total, the spend without a plan; the days since the latest
   * actual for actuals-stale.
   */
  amount: Decimal;
}

/** How many days may pass after the latest imported actual before the actuals count as out of date. */
export const DEFAULT_STALE_DAYS = 30;

export interface ActualsHealthInput {
  forecast: Forecast;
  /** True when forecast.baseline is an approved baseline's total, false when it is the budget's total. */
  baselineApproved: boolean;
  /** Per forecast row, the cell a finding on that row points at (its Committed or Plan figure). */
  rowCells?: readonly (string | undefined)[];
  /** The imported rows not assigned to a budget line: how many, and their readable amounts' sum. */
  unmatched: { rows: number; amount: Decimal };
  /** The latest date among the imported rows, 2026-05-31; null when none has one. */
  latestDay: string | null;
  /** Today, 2026-06-30: the staleness is measured to it (a parameter, so results do not move with the clock). */
  today: string;
  /** Days after the latest actual before they count as out of date; DEFAULT_STALE_DAYS when left out. */
  staleAfterDays?: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;
const money = (value: Decimal) => formatMoney(value, 2);
const both = actualsStrings.both;

function dayNumber(day: string): number | null {
  if (!ISO_DAY.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? null : ms / MS_PER_DAY;
}

/**
 * What the actuals say about where the campaign lands: the forecast at completion over the approved
 * baseline (or the budget's total before any approval) and over the cap, with the amount; per line,
 * committed spend over its plan and spend on a line without a plan; actuals waiting to be assigned; and
 * actuals not updated for more than `staleAfterDays` days (the latest imported date against `today`).
 * Each finding says what to do. Amounts are exact; the messages show them to the fen.
 */
export function actualsFindings(input: ActualsHealthInput): ActualsFinding[] {
  const staleAfterDays = input.staleAfterDays ?? DEFAULT_STALE_DAYS;
  if (!Number.isInteger(staleAfterDays) || staleAfterDays < 1)
    throw new BudgetInputError(
      "value",
      both((w) => w.health.badStaleDays(String(staleAfterDays))),
    );
  const today = dayNumber(input.today);
  if (today === null)
    throw new BudgetInputError(
      "value",
      both((w) => w.health.badToday(input.today)),
    );
  const { forecast } = input;
  const findings: ActualsFinding[] = [];
  const total = forecast.total.forecast;

  if (forecast.baseline.variance.greaterThan(ZERO)) {
    const { variance, against } = forecast.baseline;
    findings.push({
      rule: "forecast-over-baseline",
      severity: "warning",
      amount: variance,
      message: both((w) =>
        w.health.forecastOverBaseline(money(variance), money(total), money(against), input.baselineApproved),
      ),
    });
  }
  if (forecast.cap && forecast.cap.variance.greaterThan(ZERO)) {
    const { variance, against } = forecast.cap;
    findings.push({
      rule: "forecast-over-cap",
      severity: "error",
      amount: variance,
      message: both((w) => w.health.forecastOverCap(money(variance), money(total), money(against))),
    });
  }

  forecast.rows.forEach((row, index) => {
    const cell = input.rowCells?.[index];
    const about = { row: index, category: row.category, item: row.item, ...(cell ? { cell } : {}) };
    const spent = row.actual.plus(row.committed);
    if (row.plan.isZero() && !spent.isZero()) {
      findings.push({
        rule: "spent-without-plan",
        severity: "warning",
        ...about,
        amount: spent,
        message: both((w) => w.health.spentWithoutPlan(row.item, money(spent), cell ?? "")),
      });
    } else if (row.committed.greaterThan(row.plan)) {
      const over = row.committed.minus(row.plan);
      findings.push({
        rule: "committed-over-plan",
        severity: "warning",
        ...about,
        amount: over,
        message: both((w) =>
          w.health.committedOverPlan(row.item, money(over), money(row.committed), money(row.plan), cell ?? ""),
        ),
      });
    }
  });

  if (input.unmatched.rows > 0) {
    const { rows, amount } = input.unmatched;
    findings.push({
      rule: "unmatched-actuals",
      severity: "warning",
      amount,
      message: both((w) => w.health.unmatchedWaiting(rows, money(amount))),
    });
  }

  const latest = input.latestDay === null ? null : dayNumber(input.latestDay);
  if (latest !== null && today - latest > staleAfterDays) {
    const days = today - latest;
    findings.push({
      rule: "actuals-stale",
      severity: "info",
      amount: new Decimal(days),
      message: both((w) => w.health.stale(days, input.latestDay!, staleAfterDays)),
    });
  }
  return findings;
}
