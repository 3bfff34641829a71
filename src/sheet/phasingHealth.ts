import { Decimal } from "../model/decimal";
import { BudgetInputError } from "../model/errors";
import { formatPercent } from "../model/format";
import type { OverTime, PhasingCells } from "../model/overTimeHealth";
import { DEFAULT_EXECUTION_TOLERANCE } from "../model/timelineHealth";
import { a1, type CellRef } from "./address";
import { phasedFromValues, type PhasingValues } from "./buildExecutionReportPlan";
import { phasingLayout } from "./buildPhasingPlan";
import { isBlankValue, displayValue, type CellValue } from "./snapshot";
import { periodHealthLabels, type PeriodHealthLabels } from "../i18n";

/** A phasing sheet's values as the health rules over time read them: its plan, actuals and settings. */
export interface PhasingHealthValues extends PhasingValues {
  sheetName: string;
  /** What the sheet holds in its health settings; a sheet written before them holds none (undefined). */
  settings: {
    campaignFirst?: CellValue;
    campaignLast?: CellValue;
    executionTolerance?: CellValue;
  };
}

type SettingKey = keyof PhasingHealthValues["settings"];
const LABEL_KEYS: Record<SettingKey, keyof PeriodHealthLabels["settings"]> = {
  campaignFirst: "campaignFirst",
  campaignLast: "campaignLast",
  executionTolerance: "tolerance",
};

/** A cell of the phasing sheet as a finding shows it: 'Phasing'!J30. */
const onPhasing = (sheetName: string, ref: CellRef) => `'${sheetName.replace(/'/g, "''")}'!${a1(ref)}`;

/**
 * What the health rules over time read from a phasing sheet: its plan as the model phases it, the
 * actuals typed on it, the current period, the campaign's periods and the tolerance the planner set
 * there (the whole axis and ±10% when the sheet leaves them blank or predates them), and the cells
 * its findings point at. A setting that cannot be used is an input error naming its cell.
 */
export function phasingOverTime(values: PhasingHealthValues): NonNullable<OverTime["phasing"]> {
  const { phased } = phasedFromValues(values);
  const count = phased.periods.length;
  const layout = phasingLayout(phased.rows.length);
  const where = (key: SettingKey) => onPhasing(values.sheetName, layout[key]);
  const fail = (key: SettingKey, typed: string, reason: (words: PeriodHealthLabels) => string): never => {
    throw new BudgetInputError(
      "value",
      periodHealthLabels.both((words) =>
        words.badSetting(values.sheetName, where(key), words.settings[LABEL_KEYS[key]], typed, reason(words)),
      ),
    );
  };
  const given = (key: SettingKey) => {
    const value = values.settings[key];
    return value === undefined || isBlankValue(value) ? undefined : value;
  };
  const period = (key: "campaignFirst" | "campaignLast", otherwise: number): number => {
    const value = given(key);
    if (value === undefined) return otherwise;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > count) {
      return fail(key, displayValue(value), (words) => words.reasons.campaignPeriod(count));
    }
    return value;
  };
  const first = period("campaignFirst", 1);
  const last = period("campaignLast", count);
  if (first > last) fail("campaignLast", String(last), (words) => words.reasons.campaignOrder);
  const typedTolerance = given("executionTolerance");
  let tolerance = DEFAULT_EXECUTION_TOLERANCE;
  if (typedTolerance !== undefined) {
    const shown =
      typeof typedTolerance === "number" && Number.isFinite(typedTolerance)
        ? formatPercent(typedTolerance, Math.max(0, new Decimal(typedTolerance).times(100).decimalPlaces()))
        : displayValue(typedTolerance);
    if (
      typeof typedTolerance !== "number" ||
      !Number.isFinite(typedTolerance) ||
      typedTolerance < 0 ||
      typedTolerance > 1
    )
      fail("executionTolerance", shown, (words) => words.reasons.tolerance);
    tolerance = new Decimal(typedTolerance as number);
  }
  const cell = (rows: { first: number }) => (row: number, p: number) =>
    onPhasing(values.sheetName, { row: rows.first + row, col: layout.periodCol(p - 1) });
  const cells: PhasingCells = {
    plan: cell(layout.lines),
    actual: cell(layout.actuals),
    executionRate: onPhasing(values.sheetName, layout.executionRate),
  };
  return {
    phased,
    actuals: values.actuals,
    options: { currentPeriod: values.currentPeriod, tolerance, campaign: { first, last } },
    cells,
  };
}
