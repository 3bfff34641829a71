import { actualsFindings, type ActualsHealthInput, type ActualsRule } from "./actualsHealth";
import type { Baseline } from "./baseline";
import { baselineFindings } from "./baselineHealth";
import type { Decimal } from "./decimal";
import { formatMoney } from "./format";
import type { CheckedBudget, Finding } from "./health";
import type { PeriodActuals } from "./execution";
import { toFen, type PhasedBudget } from "./phasing";
import { timelineHealth, type TimelineFinding, type TimelineHealthOptions } from "./timelineHealth";
import { timelineText } from "./timelineText";
import { budgetTotals } from "./totals";

/** What the health check knows of the budget over time, beyond its sheet; each part only where the budget has it. */
export interface OverTime {
  /** The latest approved baseline, lines and all (the workbook's baselines table). */
  baseline?: Baseline;
  /**
   * The phasing with the actuals typed per period, and the period execution is measured to; with
   * `cells`, where a finding points: a row's plan or actual in a period (0-based row, 1-based period),
   * and the execution rate.
   */
  phasing?: {
    phased: PhasedBudget;
    actuals: PeriodActuals;
    options: TimelineHealthOptions;
    cells?: PhasingCells;
  };
  /**
   * The actual and committed spend imported on the Actuals sheet: what its rules read, and the cell
   * each finding on the totals points at (a line's finding points at the cell of its row).
   */
  actuals?: { input: ActualsHealthInput; totalCells?: Partial<Record<ActualsRule, string>> };
}

/** The cells of the phasing sheet a finding over time points at. */
export interface PhasingCells {
  plan: (row: number, period: number) => string;
  actual: (row: number, period: number) => string;
  executionRate: string;
}

/** The cell a finding of the phasing points at: the actual spent, else the plan; execution at its rate. */
function phasingCell(finding: TimelineFinding, actuals: PeriodActuals, cells: PhasingCells | undefined) {
  if (!cells) return undefined;
  if (finding.row === undefined) return cells.executionRate;
  const spent = actuals[finding.row]?.[finding.period - 1];
  return spent && !spent.isZero() ? cells.actual(finding.row, finding.period) : cells.plan(finding.row, finding.period);
}

/** A rule's finding as the health check lists it, at `cell` when it has one. */
function asFinding(
  finding: Pick<Finding, "rule" | "severity" | "category" | "message" | "amount">,
  cell: string | undefined,
): Finding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    ...(finding.category ? { category: finding.category } : {}),
    ...(cell ? { cell } : {}),
    message: finding.message,
    amount: finding.amount,
  };
}

const signed = (value: Decimal) => `${value.isNegative() ? "−" : "+"}${formatMoney(value.abs(), 2)}`;

/**
 * The health rules over time: the budget changed since its approval (line by line with the baseline's
 * lines; else by the approved total the budget sheet keeps in Budget_BaselineTotal), and, with a
 * phasing and its actuals, spend outside the campaign's periods, a period over plan and execution to
 * date off the plan; with the imported actuals, the forecast at completion over the baseline or the
 * cap, committed spend over a line's plan, spend without a plan, unassigned and out-of-date actuals.
 */
export function overTimeFindings(checked: CheckedBudget, overTime: OverTime = {}): Finding[] {
  const findings: Finding[] = [];
  if (overTime.baseline) {
    const cell = checked.approvedTotal?.cell;
    findings.push(
      ...baselineFindings(checked.budget, overTime.baseline).map((finding) => (cell ? { ...finding, cell } : finding)),
    );
  } else if (checked.approvedTotal) {
    const total = toFen(budgetTotals(checked.budget).total);
    const approved = checked.approvedTotal.amount;
    const difference = total.minus(approved);
    if (!difference.isZero()) {
      findings.push({
        rule: "changed-since-approval",
        severity: "warning",
        cell: checked.approvedTotal.cell,
        amount: difference,
        message: timelineText((m) =>
          m.health.changedSinceApprovalTotal(formatMoney(total, 2), formatMoney(approved, 2), signed(difference)),
        ),
      });
    }
  }
  if (overTime.phasing) {
    const { phased, actuals, options, cells } = overTime.phasing;
    for (const finding of timelineHealth(phased, actuals, options)) {
      findings.push(asFinding(finding, phasingCell(finding, actuals, cells)));
    }
  }
  if (overTime.actuals) {
    const { input, totalCells = {} } = overTime.actuals;
    for (const finding of actualsFindings(input)) {
      findings.push(asFinding(finding, finding.cell ?? totalCells[finding.rule]));
    }
  }
  return findings;
}
