import type { Budget } from "../model/budget";
import { applyFunnel } from "../model/funnelPlan";
import {
  DEFAULT_SCENARIO_DRIFTS,
  SCENARIO_NAMES,
  scenarioOutcomes,
  type ScenarioDrift,
  type ScenarioOutcome,
} from "../model/scenarios";
import { a1, rangeA1, type CellRef } from "./address";
import { scenarioRoiChart } from "./buildChartPlans";
import { COLORS, MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT } from "./formats";
import { PEOPLE_FORMAT } from "./funnelBlock";
import { onSheet } from "./otherSheet";
import type { CellContent, NamePlan, PlainSheetPlan, PlannedCell, RangeStyle, SheetPlan } from "./plan";
import { formula, number, optional, text } from "./cellContent";
import { scenarioLabels, type Lang } from "../i18n";

export interface ScenarioPlanOptions {
  lang: Lang;
  /** Defaults to 情景分析 / Scenarios; the Excel layer passes a free one. */
  sheetName?: string;
  /** The scenarios' starting changes; −20% / 0 / +20% by default. */
  drifts?: readonly ScenarioDrift[];
}

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
const HEADER_ROW = 3;
const PARTICIPATION_ROW = 4;
const CONVERSION_ROW = 5;
const LABEL_COL = 0;
const FIRST_SCENARIO_COL = 1;
// Changes below −99% would leave a stage without people; above +900% is no longer a drift.
const SMALLEST_CHANGE = -0.99;
const LARGEST_CHANGE = 9;

/** The rows of the sheet, top to bottom, for a funnel of `stages` stages below the pool. */
function scenarioRows(stages: number) {
  let row = CONVERSION_ROW + 1;
  const next = () => row++;
  const ratesSection = next();
  const rates = Array.from({ length: stages }, next);
  const peopleSection = next();
  const people = Array.from({ length: stages + 1 }, next);
  const budgetSection = next();
  const driven = Array.from({ length: stages + 1 }, next);
  const fixed = next();
  const contingency = next();
  const total = next();
  const returnSection = next();
  const deals = next();
  const revenue = next();
  const grossProfit = next();
  const roi = next();
  const breakeven = next();
  return {
    ratesSection,
    rates,
    peopleSection,
    people,
    budgetSection,
    driven,
    fixed,
    contingency,
    total,
    returnSection,
    deals,
    revenue,
    grossProfit,
    roi,
    breakeven,
  };
}

export function namedRef(plan: SheetPlan, name: string): CellRef {
  const ref = plan.names.find((n) => n.name === name)?.ref;
  if (!ref) throw new Error(`the budget sheet plan has no name ${name}`);
  return ref;
}

const capitalised = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

/**
 * The scenarios sheet: for conservative, base and optimistic, the participation and conversion
 * changes (inputs), each stage's rate and people, the budget needed (driven lines follow their stage,
 * the others stay), deals, revenue, gross profit, ROI and break-even revenue. Every figure is a native
 * formula on the budget sheet's cells, so it recalculates when the target, a rate or a line changes.
 * See scenarioOutcomes for the semantics; the results carried are the model's.
 */
export function buildScenarioPlan(input: Budget, budgetPlan: SheetPlan, options: ScenarioPlanOptions): PlainSheetPlan {
  const budget = applyFunnel(input);
  const funnel = budget.funnel;
  const funnelAt = budgetPlan.layout.funnel;
  if (!funnel || !funnelAt) throw new Error("scenarios need a budget with a funnel and its sheet plan");
  const labels = scenarioLabels(options.lang);
  const sheetName = options.sheetName ?? labels.sheetName;
  const drifts = options.drifts ?? DEFAULT_SCENARIO_DRIFTS;
  const outcomes = scenarioOutcomes(budget, drifts);
  const stages = funnel.stages.length;
  const rows = scenarioRows(stages);
  const budgetCell = (ref: CellRef) => onSheet(budgetPlan.sheetName, ref);
  const stageCell = (position: number, col: number) => budgetCell({ row: funnelAt.firstStageRow + position, col });
  const margin = budgetCell(namedRef(budgetPlan, "Budget_GrossMargin"));
  const reserveRate = budgetCell(namedRef(budgetPlan, "Budget_ContingencyRate"));
  const orderValue = budgetCell(funnelAt.averageOrderValue);

  const cells: PlannedCell[] = [];
  const names: NamePlan[] = [];
  const put = (row: number, col: number, content: CellContent, numberFormat?: string) =>
    cells.push({ row, col, content, ...(numberFormat ? { numberFormat } : {}) });
  const label = (row: number, value: string) => put(row, LABEL_COL, text(value));
  const stageNames = [funnel.poolName, ...funnel.stages.map((stage) => stage.name)];
  const stageLabel = (row: number, position: number, prefix = "") => {
    const name = stageCell(position, funnelAt.nameCol);
    const f = prefix === "" ? `=${name}` : `="${prefix}"&${name}`;
    put(row, LABEL_COL, formula(f, prefix + stageNames[position]));
  };

  put(TITLE_ROW, LABEL_COL, text(labels.title));
  const drifting = (position: number) => stageNames[position];
  put(
    SUBTITLE_ROW,
    LABEL_COL,
    text(
      labels.subtitle
        .replace("{participation}", drifting(funnel.participationStage))
        .replace("{conversion}", drifting(funnel.conversionStage)),
    ),
  );
  label(HEADER_ROW, labels.scenario);
  label(PARTICIPATION_ROW, labels.participation);
  label(CONVERSION_ROW, labels.conversion);
  label(rows.ratesSection, labels.ratesSection);
  funnel.stages.forEach((_, index) => stageLabel(rows.rates[index], index + 1));
  label(rows.peopleSection, labels.peopleSection);
  stageNames.forEach((_, position) => stageLabel(rows.people[position], position));
  label(rows.budgetSection, labels.budgetSection);
  stageNames.forEach((_, position) => stageLabel(rows.driven[position], position, labels.drivenCostPrefix));
  label(rows.fixed, labels.fixedLines);
  label(rows.contingency, labels.contingency);
  label(rows.total, labels.total);
  label(rows.returnSection, labels.returnSection);
  label(rows.deals, labels.deals);
  label(rows.revenue, labels.revenue);
  label(rows.grossProfit, labels.grossProfit);
  label(rows.roi, labels.roi);
  label(rows.breakeven, labels.breakeven);

  outcomes.forEach((outcome: ScenarioOutcome, index) => {
    const col = FIRST_SCENARIO_COL + index;
    const at = (row: number) => a1({ row, col });
    const scenarioName = SCENARIO_NAMES[outcome.key][options.lang];
    const name = (figure: string, row: number, rowLabel: string) =>
      names.push({
        name: `Scenario_${capitalised(outcome.key)}_${figure}`,
        ref: { row, col },
        comment: `${scenarioName}${options.lang === "zh" ? "：" : ": "}${rowLabel}`,
      });
    put(HEADER_ROW, col, text(scenarioName));
    put(PARTICIPATION_ROW, col, number(outcome.drift.participation), PERCENT_FORMAT);
    put(CONVERSION_ROW, col, number(outcome.drift.conversion), PERCENT_FORMAT);
    name("Participation", PARTICIPATION_ROW, labels.participation);
    name("Conversion", CONVERSION_ROW, labels.conversion);

    funnel.stages.forEach((_, stageIndex) => {
      const position = stageIndex + 1;
      let rate = stageCell(position, funnelAt.rateCol);
      if (position === funnel.participationStage) rate += `*(1+${at(PARTICIPATION_ROW)})`;
      if (position === funnel.conversionStage) rate += `*(1+${at(CONVERSION_ROW)})`;
      const drifted = position === funnel.participationStage || position === funnel.conversionStage;
      put(
        rows.rates[stageIndex],
        col,
        formula(drifted ? `=MIN(1,${rate})` : `=${rate}`, outcome.rates[stageIndex]),
        PERCENT_FORMAT,
      );
    });

    // The pool is what was bought; below it, whole people rounded down (ROUND first, as the budget
    // sheet does, so 100 × 0.29 is 29 people and not the 28.999999999999996 of doubles).
    put(rows.people[0], col, formula(`=${stageCell(0, funnelAt.countCol)}`, outcome.counts[0]), PEOPLE_FORMAT);
    funnel.stages.forEach((_, stageIndex) => {
      const above = at(rows.people[stageIndex]);
      const rate = at(rows.rates[stageIndex]);
      const people = formula(`=ROUNDDOWN(ROUND(${above}*${rate},6),0)`, outcome.counts[stageIndex + 1]);
      put(rows.people[stageIndex + 1], col, people, PEOPLE_FORMAT);
    });

    stageNames.forEach((_, position) => {
      const planned = stageCell(position, funnelAt.countCol);
      const cost = stageCell(position, funnelAt.costCol);
      const people = at(rows.people[position]);
      const f = `=IF(${planned}=0,${cost},${cost}*${people}/${planned})`;
      put(rows.driven[position], col, formula(f, outcome.drivenCosts[position]), MONEY_FORMAT);
    });
    const drivenRange = rangeA1({ row: rows.driven[0], col }, { row: rows.driven[stages], col });
    put(rows.fixed, col, formula(`=${budgetCell(funnelAt.fixedLines)}`, outcome.fixed), MONEY_FORMAT);
    const base = `${at(rows.fixed)}+SUM(${drivenRange})`;
    put(rows.contingency, col, formula(`=(${base})*${reserveRate}`, outcome.contingency), MONEY_FORMAT);
    put(rows.total, col, formula(`=${base}+${at(rows.contingency)}`, outcome.total), MONEY_FORMAT);
    name("Total", rows.total, labels.total);

    put(rows.deals, col, formula(`=${at(rows.people[stages])}`, outcome.deals), PEOPLE_FORMAT);
    name("Deals", rows.deals, labels.deals);
    put(rows.revenue, col, formula(`=${at(rows.deals)}*${orderValue}`, outcome.revenue), MONEY_FORMAT);
    name("Revenue", rows.revenue, labels.revenue);
    const grossProfit = `=IF(${margin}="","",${at(rows.revenue)}*${margin})`;
    put(rows.grossProfit, col, formula(grossProfit, optional(outcome.grossProfit)), MONEY_FORMAT);
    name("GrossProfit", rows.grossProfit, labels.grossProfit);
    const roi = `=IF(OR(${at(rows.grossProfit)}="",${at(rows.total)}=0),"",${at(rows.grossProfit)}/${at(rows.total)})`;
    put(rows.roi, col, formula(roi, optional(outcome.roi)), RATIO_FORMAT);
    name("ROI", rows.roi, labels.roi);
    const breakeven = `=IF(OR(${margin}="",${margin}=0),"",${at(rows.total)}/${margin})`;
    put(rows.breakeven, col, formula(breakeven, optional(outcome.breakEvenRevenue)), MONEY_FORMAT);
    name("Breakeven", rows.breakeven, labels.breakeven);
  });

  const lastCol = FIRST_SCENARIO_COL + outcomes.length - 1;
  const across = (row: number, from = LABEL_COL) => rangeA1({ row, col: from }, { row, col: lastCol });
  const changes = rangeA1({ row: PARTICIPATION_ROW, col: FIRST_SCENARIO_COL }, { row: CONVERSION_ROW, col: lastCol });
  const roiCells = across(rows.roi, FIRST_SCENARIO_COL);
  const roiTop = a1({ row: rows.roi, col: FIRST_SCENARIO_COL });
  const sections = [rows.ratesSection, rows.peopleSection, rows.budgetSection, rows.returnSection];
  const styles: RangeStyle[] = [
    { range: a1({ row: TITLE_ROW, col: LABEL_COL }), bold: true, fontSize: 14 },
    { range: a1({ row: SUBTITLE_ROW, col: LABEL_COL }), italic: true, fontColor: COLORS.muted },
    { range: across(HEADER_ROW), bold: true, fill: COLORS.header },
    { range: changes, fill: COLORS.input },
    ...sections.map((row) => ({ range: a1({ row, col: LABEL_COL }), bold: true })),
    { range: across(rows.total), bold: true, fill: COLORS.header },
    { range: across(rows.roi), bold: true },
  ];

  return {
    sheetName,
    lang: options.lang,
    cells,
    styles,
    columnWidths: [
      { col: LABEL_COL, chars: 30 },
      ...outcomes.map((_, index) => ({ col: FIRST_SCENARIO_COL + index, chars: 16 })),
    ],
    names,
    conditionalFormats: [
      {
        range: roiCells,
        formula: `=AND(ISNUMBER(${roiTop}),${roiTop}<1)`,
        fill: COLORS.highFill,
        fontColor: COLORS.highFont,
      },
    ],
    validations: [
      { kind: "decimal", range: changes, min: SMALLEST_CHANGE, max: LARGEST_CHANGE, ...labels.changeValidation },
    ],
    freezeRows: HEADER_ROW + 1,
    printArea: rangeA1({ row: 0, col: 0 }, { row: rows.breakeven, col: lastCol }),
    charts: [
      scenarioRoiChart(
        labels.chartTitle,
        labels.roi,
        { row: HEADER_ROW, firstCol: FIRST_SCENARIO_COL, lastCol },
        rows.roi,
        { row: HEADER_ROW, col: lastCol + 2 },
      ),
    ],
  };
}
