import type { BudgetLine } from "../model/budget";
import { ZERO, type Decimal } from "../model/decimal";
import type { Funnel, FunnelStage } from "../model/funnelPlan";
import type { CellIssue, CheckedBudget, LineCells } from "../model/health";
import { parseA1 } from "./address";
import { isUnreadable, readNumberCell, readRateCell, type NumberCell } from "./cellNumber";
import { rateName, stageNameName } from "./funnelBlock";
import { displayValue, isErrorValue, type NamedCell, type SheetSnapshot, type TableSnapshot } from "./snapshot";
import { funnelColumnOffsets } from "./tableColumns";
import { sheetLabels, type Lang } from "../i18n";

/** The name on a stage-name cell of the funnel block: Budget_PoolName for the pool, Budget_StageName1… */

/** What the funnel block and the Driver column give the budget read from a sheet. */
export interface FunnelRead {
  /** Absent when the sheet has no funnel block, or lacks one of its names. */
  funnel?: Funnel;
  /** The lines read, each with its Driver when the table has that column and the cell holds a stage. */
  lines: BudgetLine[];
  /** The cells of the funnel's inputs, when it has them. */
  cells?: NonNullable<CheckedBudget["cells"]["funnel"]>;
  issues: CellIssue[];
}

/**
 * The sheet does not say which stages the scenarios drift: a funnel read from it drifts the second
 * stage's rate as participation (the open rate) and the third's as conversion (the booking rate), as
 * the campaign funnel does, or the last stage when there are fewer.
 */
export function defaultDriftStages(stageCount: number): { participationStage: number; conversionStage: number } {
  return { participationStage: Math.min(2, stageCount), conversionStage: Math.min(3, stageCount) };
}

/** Each table row's Driver text, trimmed; "" where the table has no Driver column. */
export function rowDrivers(table: Pick<TableSnapshot, "headers" | "rows">): string[] {
  const offset = funnelColumnOffsets(table.headers).driver;
  return table.rows.map((row) => {
    const value = offset === undefined ? null : (row[offset] ?? null);
    return isErrorValue(value) ? "" : displayValue(value).trim();
  });
}

/** The lines with the Driver of their rows; a line's row is found by its Budget cell. */
function withDrivers(
  table: TableSnapshot,
  lines: readonly BudgetLine[],
  lineCells: readonly LineCells[],
): BudgetLine[] {
  const drivers = rowDrivers(table);
  return lines.map((line, index) => {
    const budgetCell = lineCells[index]?.budget;
    const driver = budgetCell === undefined ? "" : drivers[parseA1(budgetCell).row - table.headerRow - 1];
    return driver ? { ...line, driver } : line;
  });
}

/** Excel's names are case-insensitive. */
function lookup(names: SheetSnapshot["names"]): (name: string) => NamedCell | undefined {
  const byLowerName = new Map(Object.entries(names).map(([name, cell]) => [name.toLowerCase(), cell]));
  return (name) => byLowerName.get(name.toLowerCase());
}

/**
 * The funnel of a budget sheet from its named cells: target deals, order value, the pool's and each
 * stage's name and rate (Budget_TargetDeals, Budget_AOV, Budget_PoolName, Budget_StageName1…,
 * Budget_Rate1…), and each line's Driver. A blank figure counts as 0, as the sheet's formulas take it;
 * a figure that is not a number is reported and counts as 0, so the funnel says what it cannot do
 * when it is used (see validateFunnel). `table` is what readTableLines read; its lines come back with
 * their Driver.
 */
export function readFunnelBlock(
  snapshot: SheetSnapshot,
  table: { lines: readonly BudgetLine[]; lineCells: readonly LineCells[] },
  lang: Lang,
): FunnelRead {
  const lines = withDrivers(snapshot.table, table.lines, table.lineCells);
  const named = lookup(snapshot.names);
  const target = named("Budget_TargetDeals");
  const orderValue = named("Budget_AOV");
  const pool = named(stageNameName(0));
  let stageCount = 0;
  while (named(rateName(stageCount + 1)) && named(stageNameName(stageCount + 1))) stageCount++;
  if (!target || !orderValue || !pool || stageCount === 0) return { lines, issues: [] };

  const labels = sheetLabels(lang).funnel;
  const issues: CellIssue[] = [];
  const figure = (cell: NamedCell, field: string, read: NumberCell = readNumberCell(cell.value)): Decimal => {
    if (!isUnreadable(read)) return read ?? ZERO;
    issues.push({ cell: cell.address, field, value: read.value, kind: read.kind });
    return ZERO;
  };
  const text = (cell: NamedCell): string => {
    if (!isErrorValue(cell.value)) return displayValue(cell.value).trim();
    issues.push({ cell: cell.address, field: labels.headers.stage, value: cell.value.error, kind: "error" });
    return "";
  };

  const stages: FunnelStage[] = [];
  for (let position = 1; position <= stageCount; position++) {
    const name = text(named(stageNameName(position))!);
    const rateCell = named(rateName(position))!;
    stages.push({
      name,
      rate: figure(rateCell, `${labels.headers.rate} ${name}`.trim(), readRateCell(rateCell.value)),
    });
  }
  const funnel: Funnel = {
    poolName: text(pool),
    stages,
    targetDeals: figure(target, labels.targetDeals),
    averageOrderValue: figure(orderValue, labels.averageOrderValue),
    ...defaultDriftStages(stageCount),
  };
  const cells = {
    targetDeals: target.address,
    averageOrderValue: orderValue.address,
    rates: stages.map((_, index) => named(rateName(index + 1))!.address),
  };
  return { funnel, lines, cells, issues };
}
