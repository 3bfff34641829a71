import { Decimal } from "../model/decimal";
import type { Phasing } from "../model/phasing";
import { DEFAULT_EXECUTION_TOLERANCE } from "../model/timelineHealth";
import { formula, number, text } from "./cellContent";
import { GENERAL_FORMAT, MONEY_FORMAT, PERCENT_FORMAT } from "./formats";
import {
  BUDGET_COL,
  CATEGORY_COL,
  HEALTH_LABEL_COL,
  HEALTH_SETTINGS,
  HEALTH_VALUE_COL,
  INDEX_ROW,
  PHASING_NAMES,
  SETTINGS,
  settingRow,
  type HealthSetting,
  type PhasingRefs,
  type PhasingSheetWriter,
  type Setting,
} from "./phasingLayout";
import type { CellContent } from "./plan";
import { periodHealthLabels, phasingLabels, type Lang } from "../i18n";

/** What the settings show: the periods, the current one and the figures to date, as the model has them. */
export interface SettingsInput {
  lang: Lang;
  phasing: Phasing;
  /** Each period's first day, as a date serial, and how it shows. */
  serials: readonly Decimal[];
  dateFormat: string;
  currentPeriod: number;
  phasedTotal: Decimal;
  budgetTotal: Decimal;
  planToDate: Decimal;
  /** The budget sheet's Budget_Total, as the phasing sheet reads it. */
  budgetTotalCell: string;
  /** The row of the plan's total per period. */
  periodTotalRow: number;
  refs: PhasingRefs;
}

/**
 * The settings and the figures to date (the period settings, Budget_PhasedTotal, the budget's total,
 * Budget_Plan_ToDate; Budget_Actual_ToDate and Budget_ExecutionRate are named here, their cells are
 * countedActualsCells'), and beside them the health settings over time with their names.
 */
export function settingsCells(writer: PhasingSheetWriter, input: SettingsInput): void {
  const { put, name } = writer;
  const { lang, phasing, serials, dateFormat, refs } = input;
  const labels = phasingLabels(lang);
  const N = PHASING_NAMES;
  const count = serials.length;
  const settingLabel = (key: Setting) => put(settingRow(key), CATEGORY_COL, text(labels.settings[key]));
  SETTINGS.forEach(settingLabel);
  const setting = (key: Setting, content: CellContent, format?: string) =>
    put(settingRow(key), BUDGET_COL, content, format);
  setting("firstPeriod", number(serials[0]), dateFormat);
  name(N.firstPeriod, settingRow("firstPeriod"), labels.nameComments.firstPeriod);
  setting("unit", text(labels.units[phasing.periods.unit]));
  name(N.periodUnit, settingRow("unit"), labels.nameComments.periodUnit);
  setting("periodCount", number(new Decimal(count)), GENERAL_FORMAT);
  name(N.periodCount, settingRow("periodCount"), labels.nameComments.periodCount);
  setting("currentPeriod", number(new Decimal(input.currentPeriod)), GENERAL_FORMAT);
  name(N.currentPeriod, settingRow("currentPeriod"), labels.nameComments.currentPeriod);
  setting("phasedTotal", formula(`=${refs.at(input.periodTotalRow, refs.totalCol)}`, input.phasedTotal), MONEY_FORMAT);
  name(N.phasedTotal, settingRow("phasedTotal"), labels.nameComments.phasedTotal);
  setting("budgetTotal", formula(`=${input.budgetTotalCell}`, input.budgetTotal), MONEY_FORMAT);
  const toDate = (row: number) =>
    `=SUMIF(${refs.acrossPeriods(INDEX_ROW, true)},"<="&${N.currentPeriod},${refs.acrossPeriods(row, true)})`;
  setting("planToDate", formula(toDate(input.periodTotalRow), input.planToDate), MONEY_FORMAT);
  name(N.planToDate, settingRow("planToDate"), labels.nameComments.planToDate);
  name(N.actualToDate, settingRow("actualToDate"), labels.nameComments.actualToDate);
  name(N.executionRate, settingRow("executionRate"), labels.nameComments.executionRate);
  const health = periodHealthLabels(lang);
  const healthValues: Record<HealthSetting, [CellContent, string, string]> = {
    campaignFirst: [number(new Decimal(1)), GENERAL_FORMAT, N.campaignFirst],
    campaignLast: [number(new Decimal(count)), GENERAL_FORMAT, N.campaignLast],
    tolerance: [number(DEFAULT_EXECUTION_TOLERANCE), PERCENT_FORMAT, N.executionTolerance],
  };
  for (const [key, row] of HEALTH_SETTINGS) {
    const [content, format, settingName] = healthValues[key];
    put(row, HEALTH_LABEL_COL, text(health.settings[key]));
    put(row, HEALTH_VALUE_COL, content, format);
    name(settingName, row, health.nameComments[key], HEALTH_VALUE_COL);
  }
}
