import { phasingLabels, type Lang } from "../i18n";
import { ZERO } from "../model/decimal";
import { MAX_PERIODS, type PeriodUnit } from "../model/periods";
import { a1, parseA1, rangeA1 } from "../sheet/address";
import type { ActualsLine } from "../sheet/buildActualsPlan";
import { countedActualsCells, periodDateFormat, phasingLayout } from "../sheet/buildPhasingPlan";
import { readBudgetSheet } from "../sheet/readBudgetSheet";
import type { CellValue, SheetSnapshot } from "../sheet/snapshot";
import { actualsLines } from "./actualsTable";
import { companionReads, sheetLang } from "./timeline";

/** This budget's phasing sheet, as an import finds it: its actuals-counted cells then read the Actuals table. */
export interface ActualsPhasingTarget {
  sheetName: string;
  periodCount: number;
  unit: PeriodUnit;
}

/** The settings column of a phasing sheet, where an adapter reads (formulas and values) whose sheet it is. */
export function phasingSettingsRange(): string {
  const layout = phasingLayout(1);
  return rangeA1(layout.periodUnit, layout.executionRate);
}

/**
 * This budget's phasing sheet among the sheets named like one, from their settings column as read
 * (phasingSettingsRange, as formulas and as values): the one whose budget-total cell refers to this
 * budget and whose phased total reads the per-period total of as many rows as the budget has lines
 * (and the reserve); null when none is.
 */
export function findPhasingTarget(
  snapshot: SheetSnapshot,
  candidates: readonly { sheetName: string; formulas: CellValue[][]; values: CellValue[][] }[],
): ActualsPhasingTarget | null {
  const probe = companionReads(snapshot)?.probe;
  if (!probe) return null;
  const rowCount = actualsLines(readBudgetSheet(snapshot), sheetLang(snapshot)).length;
  const layout = phasingLayout(rowCount);
  const top = layout.periodUnit.row;
  const at = (grid: CellValue[][], ref: { row: number }) => grid[ref.row - top]?.[0] ?? null;
  for (const candidate of candidates) {
    if (at(candidate.formulas, parseA1(probe.address)) !== probe.formula) continue;
    const count = at(candidate.values, layout.periodCount);
    if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > MAX_PERIODS) continue;
    const phasedTotal = `=${a1({ row: layout.periodTotalRow, col: layout.periodCol(count) })}`;
    if (String(at(candidate.formulas, layout.phasedTotal)).toUpperCase() !== phasedTotal) continue;
    const unitText = at(candidate.values, layout.periodUnit);
    const weekly = (["zh", "en"] as const).some((l) => phasingLabels(l).units.week === unitText);
    return { sheetName: candidate.sheetName, periodCount: count, unit: weekly ? "week" : "month" };
  }
  return null;
}

/** The phasing sheet's actuals-counted cells, reading the Actuals table (see countedActualsCells): the formulas, results to come. */
export function phasingWrite(
  target: ActualsPhasingTarget,
  context: { lang: Lang; lines: readonly ActualsLine[] },
  tableLang: Lang,
) {
  const count = target.periodCount;
  const items = context.lines.map((line) => line.item);
  const zeros = Array.from({ length: count }, () => ZERO);
  return {
    sheetName: target.sheetName,
    cells: countedActualsCells({
      lang: context.lang,
      rowCount: context.lines.length,
      serials: zeros,
      dateFormat: periodDateFormat(target.unit),
      items,
      counted: [],
      planTotals: zeros,
      currentPeriod: 1,
      spend: { tableLang, lineItems: items, entries: [] },
    }),
  };
}
