import type { Budget } from "../model/budget";
import type { Lang, Text } from "../model/categories";
import type { Decimal } from "../model/decimal";
import type { Funnel } from "../model/funnelPlan";
import type { CheckedBudget } from "../model/health";
import { presetById } from "../model/presets";
import { parseA1 } from "./address";
import { isUnreadable, readNumberCell } from "./cellNumber";
import { rateName, stageName } from "./funnelBlock";
import { sheetLabels } from "./labels";
import { displayValue, isErrorValue, type CellValue, type NamedCell, type SheetSnapshot } from "./snapshot";
import { mapTableColumns, normaliseHeader } from "./tableColumns";

/*
 * The funnel block's inputs as a sheet read finds them through its sheet-scoped names. Where the read
 * found no funnel (a sheet whose stage-name cells have no names), a stage is named after the Driver of
 * a line whose quantity is that stage's people, else after the funnel template's stage in the sheet's
 * language; participation and conversion are the template's stages (the open and booking rates).
 */

export const TARGET_DEALS_NAME = "Budget_TargetDeals";
export const ORDER_VALUE_NAME = "Budget_AOV";

/** The figures a planner types into the funnel block. */
export interface FunnelInputValues {
  targetDeals: Decimal;
  averageOrderValue: Decimal;
  /** Each stage's rate, top first: Budget_Rate1, Budget_Rate2… */
  rates: readonly Decimal[];
}

export interface FunnelInputs {
  targetDeals: NamedCell;
  averageOrderValue: NamedCell;
  rates: NamedCell[];
  /** The pool's name, then each stage's. */
  stageNames: string[];
  participationStage: number;
  conversionStage: number;
  /** Per line of the read budget, the stage its Driver names; undefined for a typed quantity. */
  drivers: (string | undefined)[];
}

/** Excel's names are case-insensitive. */
function namedCell(snapshot: SheetSnapshot, name: string): NamedCell | undefined {
  const wanted = name.toLowerCase();
  const found = Object.entries(snapshot.names).find(([candidate]) => candidate.toLowerCase() === wanted);
  return found?.[1];
}

export function hasFunnelBlock(snapshot: SheetSnapshot): boolean {
  return namedCell(snapshot, TARGET_DEALS_NAME) !== undefined;
}

/** The names written for these values, in order, each with the number its cell receives. */
export function funnelInputWrites(values: FunnelInputValues): { name: string; value: number }[] {
  return [
    { name: TARGET_DEALS_NAME, value: values.targetDeals.toNumber() },
    { name: ORDER_VALUE_NAME, value: values.averageOrderValue.toNumber() },
    ...values.rates.map((rate, index) => ({ name: rateName(index + 1), value: rate.toNumber() })),
  ];
}

/** The names among `wanted` the sheet's read did not find. */
export function missingNames(snapshot: SheetSnapshot, wanted: readonly string[]): string[] {
  return wanted.filter((name) => namedCell(snapshot, name) === undefined);
}

export function funnelNamesMissing(sheetName: string, names: readonly string[]): Text {
  const list = names.join(", ");
  return {
    en: `Sheet "${sheetName}" has no cell named ${list}: nothing was written. Insert the funnel template again, or restore the name in Formulas › Name Manager.`,
    zh: `工作表“${sheetName}”中没有名为 ${list} 的单元格：未写入任何内容。请重新插入漏斗模板，或在“公式 › 名称管理器”中恢复该名称。`,
  };
}

/** The template's stage names and the stages scenarios drift, when the sheet has as many stages. */
function templateStages(lang: Lang, stageCount: number) {
  const funnel = presetById("campaign-funnel").funnel!;
  const generic = (position: number) => (lang === "zh" ? `环节 ${position}` : `Stage ${position}`);
  const names =
    funnel.stages.length === stageCount
      ? funnel.stages.map((stage) => stage.name[lang])
      : Array.from({ length: stageCount }, (_, index) => generic(index + 1));
  return {
    names: [funnel.poolName[lang], ...names],
    participationStage: Math.min(funnel.participationStage, stageCount),
    conversionStage: Math.min(funnel.conversionStage, stageCount),
  };
}

const textOf = (value: CellValue | undefined): string =>
  value === undefined || isErrorValue(value) ? "" : displayValue(value).trim();

/** The Driver of each line, by the line's row in the table; undefined where the row has none. */
function lineDrivers(snapshot: SheetSnapshot, checked: CheckedBudget): (string | undefined)[] {
  const { table } = snapshot;
  const headers = new Set((["zh", "en"] as const).map((lang) => normaliseHeader(sheetLabels(lang).driverHeader)));
  const offset = table.headers.findIndex((header) => headers.has(normaliseHeader(header)));
  return checked.lineCells.map((cells) => {
    const address = cells.item ?? cells.quantity ?? cells.budget;
    if (offset < 0 || address === undefined) return undefined;
    const driver = textOf(table.rows[parseA1(address).row - table.headerRow - 1]?.[offset]);
    return driver === "" ? undefined : driver;
  });
}

/**
 * A Driver the names do not know takes the name of the one stage whose people on the sheet are the
 * line's quantity: the sheet's lookup gave the line that stage's count.
 */
function namesFromDrivers(
  names: string[],
  counts: (Decimal | null)[],
  drivers: readonly (string | undefined)[],
  checked: CheckedBudget,
): void {
  const known = (name: string) => names.some((candidate) => candidate.toLowerCase() === name.toLowerCase());
  drivers.forEach((driver, index) => {
    const quantity = checked.budget.lines[index]?.quantity;
    if (driver === undefined || known(driver) || !quantity) return;
    const matches = counts.flatMap((count, position) => (count?.equals(quantity) ? [position] : []));
    if (matches.length === 1) names[matches[0]] = driver;
  });
}

function countAt(snapshot: SheetSnapshot, position: number): Decimal | null {
  const read = readNumberCell(namedCell(snapshot, stageName(position))?.value ?? null);
  return isUnreadable(read) ? null : read;
}

/**
 * The funnel block's inputs, or null for a sheet without one (a budget inserted from another template).
 * Stage names, drift stages and drivers come from the funnel the sheet's read found, when it found one.
 */
export function readFunnelInputs(snapshot: SheetSnapshot, checked: CheckedBudget): FunnelInputs | null {
  const targetDeals = namedCell(snapshot, TARGET_DEALS_NAME);
  const averageOrderValue = namedCell(snapshot, ORDER_VALUE_NAME);
  if (!targetDeals || !averageOrderValue) return null;
  const rates: NamedCell[] = [];
  for (let cell = namedCell(snapshot, rateName(1)); cell; cell = namedCell(snapshot, rateName(rates.length + 1)))
    rates.push(cell);
  if (rates.length === 0) return null;

  const read = checked.budget.funnel;
  if (read && read.stages.length === rates.length) {
    return {
      targetDeals,
      averageOrderValue,
      rates,
      stageNames: [read.poolName, ...read.stages.map((stage) => stage.name)],
      participationStage: read.participationStage,
      conversionStage: read.conversionStage,
      drivers: checked.budget.lines.map((line) => line.driver),
    };
  }
  const template = templateStages(mapTableColumns(snapshot.table.headers).lang, rates.length);
  const drivers = lineDrivers(snapshot, checked);
  const counts = template.names.map((_, position) => countAt(snapshot, position));
  const stageNames = [...template.names];
  namesFromDrivers(stageNames, counts, drivers, checked);
  return {
    targetDeals,
    averageOrderValue,
    rates,
    stageNames,
    participationStage: template.participationStage,
    conversionStage: template.conversionStage,
    drivers,
  };
}

/** The read budget aimed at these values: its funnel, and each driven line following its stage. */
export function budgetWithFunnel(
  budget: Budget,
  inputs: FunnelInputs,
  values: FunnelInputValues,
): Budget & { funnel: Funnel } {
  const [poolName, ...names] = inputs.stageNames;
  const funnel: Funnel = {
    poolName,
    stages: names.map((name, index) => ({ name, rate: values.rates[index] })),
    targetDeals: values.targetDeals,
    averageOrderValue: values.averageOrderValue,
    participationStage: inputs.participationStage,
    conversionStage: inputs.conversionStage,
  };
  const lines = budget.lines.map((line, index) => {
    const driver = inputs.drivers[index];
    return driver === undefined ? line : { ...line, driver };
  });
  return { ...budget, lines, funnel };
}
