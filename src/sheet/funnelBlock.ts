import type { Decimal } from "../model/decimal";
import { sum } from "../model/decimal";
import type { Funnel } from "../model/funnelPlan";
import type { StageCosts } from "../model/stageCosts";
import { a1, rangeA1, type CellRef } from "./address";
import { COLORS, GENERAL_FORMAT, MONEY_FORMAT, PERCENT_FORMAT } from "./formats";
import type { CellContent, FunnelLayout, NamePlan, PlannedCell, RangeStyle, ValidationPlan } from "./plan";
import { formula, number, text } from "./cellContent";
import type { FunnelLabels } from "../i18n";

/** Whole people, with thousands separators. */
export const PEOPLE_FORMAT = "#,##0";

// Rows below the block's title.
const TARGET_OFFSET = 1;
const ORDER_VALUE_OFFSET = 2;
const HEADER_OFFSET = 4;
const FIRST_STAGE_OFFSET = 5;

// The largest target or order value the sheet accepts; only there to make the rule a range.
const LARGEST_INPUT = 1_000_000_000;
// A rate of 0 would divide by zero; the smallest rate accepted is 0.0001%.
const SMALLEST_RATE = 0.000001;

/** Where the block goes: its title cell; the columns are name, rate, people needed, driven cost. */
export function funnelLayout(title: CellRef, stageCount: number): FunnelLayout {
  const firstStageRow = title.row + FIRST_STAGE_OFFSET;
  const costCol = title.col + 3;
  const afterStages = firstStageRow + stageCount;
  return {
    targetDeals: { row: title.row + TARGET_OFFSET, col: title.col + 1 },
    averageOrderValue: { row: title.row + ORDER_VALUE_OFFSET, col: title.col + 1 },
    firstStageRow,
    stageCount,
    nameCol: title.col,
    rateCol: title.col + 1,
    countCol: title.col + 2,
    costCol,
    drivenTotal: { row: afterStages, col: costCol },
    fixedLines: { row: afterStages + 1, col: costCol },
  };
}

/** The block's note row, under the totals. */
export function funnelNoteRow(layout: FunnelLayout): number {
  return layout.fixedLines.row + 1;
}

/** A1 ranges of the stage names and of the people needed, absolute: the Driver lookup's ranges. */
export function stageRanges(layout: FunnelLayout): { names: string; counts: string } {
  const last = layout.firstStageRow + layout.stageCount - 1;
  const column = (col: number) => rangeA1({ row: layout.firstStageRow, col }, { row: last, col }, true);
  return { names: column(layout.nameCol), counts: column(layout.countCol) };
}

export interface FunnelBlockInput {
  funnel: Funnel;
  /** People needed at each stage, pool first (the model's reverse funnel). */
  counts: readonly Decimal[];
  costs: StageCosts;
  layout: FunnelLayout;
  labels: FunnelLabels;
  /** Structured references to the lines table's Budget and Driver columns. */
  budgetColumn: string;
  driverColumn: string;
  /** The six line categories' subtotals, an A1 range. */
  lineSubtotals: string;
}

export interface FunnelBlock {
  cells: PlannedCell[];
  names: NamePlan[];
  styles: RangeStyle[];
  validations: ValidationPlan[];
}

export const stageName = (position: number) => (position === 0 ? "Budget_PoolRequired" : `Budget_Stage${position}`);
export const rateName = (position: number) => `Budget_Rate${position}`;
/** The cell holding a stage's name, so a reader can tell the stages apart after a user renames them. */
export const stageNameName = (position: number) => (position === 0 ? "Budget_PoolName" : `Budget_StageName${position}`);

/**
 * The people needed at a stage from the next one. ROUND to 6 places before ROUNDUP takes the binary
 * noise off a quotient that is whole (69 ÷ 0.69 is 100.00000000000001 in doubles, and ROUNDUP alone
 * says 101). It cannot hide a real remainder while rates have at most 6 decimals (percentages with 4)
 * and counts stay below a billion: a real remainder is then at least 1e-6, and the noise below 3e-7.
 */
export function peopleNeededFormula(nextCount: string, nextRate: string): string {
  return `=ROUNDUP(ROUND(${nextCount}/${nextRate},6),0)`;
}

/**
 * The reverse funnel on the sheet: target deals and order value, each stage's name and rate (inputs),
 * the people needed (formulas, rounded up at every stage), the amount of the lines each stage drives,
 * and the lines that no stage drives.
 */
export function buildFunnelBlock(input: FunnelBlockInput): FunnelBlock {
  const { funnel, counts, costs, layout, labels } = input;
  const cells: PlannedCell[] = [];
  const names: NamePlan[] = [];
  const put = (ref: CellRef, content: CellContent, numberFormat?: string) =>
    cells.push({ ...ref, content, ...(numberFormat ? { numberFormat } : {}) });
  const label = (row: number, value: string) => put({ row, col: layout.nameCol }, text(value));
  const titleRow = layout.targetDeals.row - TARGET_OFFSET;
  const headerRow = titleRow + HEADER_OFFSET;
  const lastStageRow = layout.firstStageRow + layout.stageCount - 1;

  label(titleRow, labels.title);
  label(layout.targetDeals.row, labels.targetDeals);
  put(layout.targetDeals, number(funnel.targetDeals), GENERAL_FORMAT);
  names.push({ name: "Budget_TargetDeals", ref: layout.targetDeals, comment: labels.nameComments.targetDeals });
  label(layout.averageOrderValue.row, labels.averageOrderValue);
  put(layout.averageOrderValue, number(funnel.averageOrderValue), MONEY_FORMAT);
  names.push({ name: "Budget_AOV", ref: layout.averageOrderValue, comment: labels.nameComments.averageOrderValue });

  const { headers } = labels;
  [headers.stage, headers.rate, headers.required, headers.drivenCost].forEach((header, offset) =>
    put({ row: headerRow, col: layout.nameCol + offset }, text(header)),
  );

  const stageNames = [funnel.poolName, ...funnel.stages.map((stage) => stage.name)];
  stageNames.forEach((name, position) => {
    const row = layout.firstStageRow + position;
    const countRef = { row, col: layout.countCol };
    put({ row, col: layout.nameCol }, text(name));
    names.push({
      name: stageNameName(position),
      ref: { row, col: layout.nameCol },
      comment: labels.nameComments.stageName + name,
    });
    if (position > 0) {
      const rateRef = { row, col: layout.rateCol };
      put(rateRef, number(funnel.stages[position - 1].rate), PERCENT_FORMAT);
      names.push({ name: rateName(position), ref: rateRef, comment: labels.nameComments.rate + name });
    }
    const countFormula =
      position === stageNames.length - 1
        ? "=Budget_TargetDeals"
        : peopleNeededFormula(stageName(position + 1), rateName(position + 1));
    put(countRef, formula(countFormula, counts[position]), PEOPLE_FORMAT);
    const comment = position === 0 ? labels.nameComments.poolRequired : labels.nameComments.stage + name;
    names.push({ name: stageName(position), ref: countRef, comment });
    const costFormula = `=SUMIFS(${input.budgetColumn},${input.driverColumn},${a1({ row, col: layout.nameCol })})`;
    put({ row, col: layout.costCol }, formula(costFormula, costs.driven[position]), MONEY_FORMAT);
  });

  const costRange = rangeA1(
    { row: layout.firstStageRow, col: layout.costCol },
    { row: lastStageRow, col: layout.costCol },
  );
  label(layout.drivenTotal.row, labels.drivenTotal);
  put(layout.drivenTotal, formula(`=SUM(${costRange})`, sum(costs.driven)), MONEY_FORMAT);
  label(layout.fixedLines.row, labels.fixedLines);
  put(layout.fixedLines, formula(`=SUM(${input.lineSubtotals})-${a1(layout.drivenTotal)}`, costs.fixed), MONEY_FORMAT);
  label(funnelNoteRow(layout), labels.note);

  const rates = rangeA1(
    { row: layout.firstStageRow + 1, col: layout.rateCol },
    { row: lastStageRow, col: layout.rateCol },
  );
  const stageNameCells = rangeA1(
    { row: layout.firstStageRow, col: layout.nameCol },
    { row: lastStageRow, col: layout.nameCol },
  );
  const inputFill = { fill: COLORS.input };
  return {
    cells,
    names,
    styles: [
      { range: a1({ row: titleRow, col: layout.nameCol }), bold: true, fontSize: 12 },
      {
        range: rangeA1({ row: headerRow, col: layout.nameCol }, { row: headerRow, col: layout.costCol }),
        bold: true,
        fill: COLORS.header,
      },
      { range: a1(layout.targetDeals), ...inputFill },
      { range: a1(layout.averageOrderValue), ...inputFill },
      { range: stageNameCells, ...inputFill },
      { range: rates, ...inputFill },
      {
        range: rangeA1({ row: layout.drivenTotal.row, col: layout.nameCol }, layout.fixedLines),
        bold: true,
      },
      { range: a1({ row: funnelNoteRow(layout), col: layout.nameCol }), italic: true, fontColor: COLORS.muted },
    ],
    validations: [
      { kind: "decimal", range: a1(layout.targetDeals), min: 0, max: LARGEST_INPUT, ...labels.countValidation },
      { kind: "decimal", range: a1(layout.averageOrderValue), min: 0, max: LARGEST_INPUT, ...labels.moneyValidation },
      { kind: "decimal", range: rates, min: SMALLEST_RATE, max: 1, ...labels.rateValidation },
    ],
  };
}
