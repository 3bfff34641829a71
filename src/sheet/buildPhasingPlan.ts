import type { Budget } from "../model/budget";
import { CATEGORIES, categoryByKey } from "../model/categories";
import { Decimal, ZERO } from "../model/decimal";
import type { PeriodActuals } from "../model/execution";
import { PROFILE_KINDS, type Phasing } from "../model/phasing";
import { wholeDecimal } from "../model/fenDecimal";
import { a1, rangeA1 } from "./address";
import type { ReportSpend } from "./buildExecutionReportPlan";
import { namedRef } from "./buildScenarioPlan";
import { formula, number, text } from "./cellContent";
import { FilledCell, FormulaFill, fill, type FillRef } from "./formulaFill";
import { COLORS, GENERAL_FORMAT, MONEY_FORMAT } from "./formats";
import { TABLE_COLUMN_KEYS, type TableColumnKey } from "./labels";
import { onSheet, sheetPrefix } from "./otherSheet";
import { phasedExecution } from "./phasedExecution";
import { countedActualsCells } from "./phasingCountedActuals";
import { phasingFills } from "./phasingFills";
import { funnelBlockCells } from "./phasingFunnelBlock";
import {
  BUDGET_COL,
  CATEGORY_COL,
  CHECK_COL,
  FEN_FORMAT,
  FIRST_COL,
  HEADER_ROW,
  HEALTH_SETTINGS,
  INDEX_ROW,
  ITEM_COL,
  LARGEST_WEIGHT,
  LAST_COL,
  PHASING_NAMES,
  PLAN_TITLE_ROW,
  PROFILE_COL,
  SUBTITLE_ROW,
  TITLE_ROW,
  WEIGHT_FORMAT,
  countedCol,
  funnelBlockRows,
  healthSetting,
  periodDateFormat,
  periodSerial,
  phasingRefs,
  phasingRows,
  settingRow,
  type PhasingSheetWriter,
} from "./phasingLayout";
import { settingsCells } from "./phasingSettings";
import type { CellContent, NamePlan, PlainSheetPlan, PlannedCell, RangeStyle, SheetPlan } from "./plan";
import { phasingLabels, phasingStepLabels, type Lang } from "../i18n";

export interface PhasingPlanOptions {
  lang: Lang;
  /** Defaults to 分期计划 / Phasing; the Excel layer passes a free one. */
  sheetName?: string;
  /** The period execution is measured to, 1-based; the first by default. */
  currentPeriod?: number;
  /** Actual spend already known, per row (the lines, then the reserve) and period. */
  actuals?: PeriodActuals;
  /** A funnel budget's stage lag in whole periods (0 by default); see phaseFunnel. */
  stageLag?: number;
  /**
   * The workbook's imported spend (its Actuals table), when it has one: the actuals that count are
   * then its paid rows, a typed actual only where a line has none in a period (see countedActuals).
   */
  spend?: ReportSpend;
}

const tableCol = (plan: SheetPlan, key: TableColumnKey) => plan.table.firstCol + TABLE_COLUMN_KEYS.indexOf(key);

/**
 * The phasing sheet: each budget line (and the contingency reserve) spread over the periods by its
 * span and profile, in native formulas only, so a changed quantity, span, profile or weight re-phases
 * by recalculation alone. Every period is floored to the fen and the missing fen go to the largest
 * remainders (ties to the earlier period), exactly as phaseBudget: a line's periods add up to its
 * Budget and Budget_PhasedTotal to the budget's total, to the fen. Below the plan: per-period and
 * per-category totals, the cumulative plan, typed actuals and execution to date, the custom weights,
 * the seasonal calendar (editable) and the working grids the rounding needs. Results are the model's.
 */
export function buildPhasingPlan(
  input: Budget,
  phasing: Phasing,
  budgetPlan: SheetPlan,
  options: PhasingPlanOptions,
): PlainSheetPlan {
  const { lang } = options;
  const labels = phasingLabels(lang);
  const sheetName = options.sheetName ?? labels.sheetName;
  const { budget, phased, spreads, budgetTotal, currentPeriod, actuals, counted, execution, steps } = phasedExecution(
    input,
    phasing,
    options,
  );
  const periods = phased.periods;
  const count = periods.length;
  const rowCount = phased.rows.length;
  const rows = phasingRows(rowCount);
  const spans = [...phasing.lines, phasing.contingency];
  const budgetTotalCell = onSheet(budgetPlan.sheetName, namedRef(budgetPlan, "Budget_Total"));
  const N = PHASING_NAMES;

  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, content: CellContent, numberFormat?: string) => {
    // A formula is joined from many pieces; reading a character makes it one string now, so the plan
    // holds one string per cell, not every piece (about a hundred thousand cells in a large plan).
    if (content.kind === "formula") content.formula.charCodeAt(0);
    cells.push(numberFormat ? { row, col, content, numberFormat } : { row, col, content });
  };
  /** A cell of a block whose formula is one fill: its text is made when read. */
  const putFill = (row: number, col: number, formulaFill: FormulaFill, result: Decimal | string, format?: string) =>
    cells.push(new FilledCell(formulaFill, row, col, result, format));
  const names: NamePlan[] = [];
  const name = (n: string, row: number, comment: string, col = BUDGET_COL) =>
    names.push({ name: n, ref: { row, col }, comment });

  const refs = phasingRefs(count);
  const { periodCol, totalCol, lastPeriodCol, at, rowHeld, colHeld, down } = refs;
  const dateFormat = periodDateFormat(phasing.periods.unit);
  const serials = periods.map((period) => new Decimal(periodSerial(period)));
  const indexCell = (p: number) => rowHeld(INDEX_ROW, periodCol(p));
  const dateCell = (p: number) => rowHeld(HEADER_ROW, periodCol(p));
  const calendarRange = down(BUDGET_COL, rows.calendar[0], rows.calendar[11], true);

  put(TITLE_ROW, 0, text(labels.title));
  put(SUBTITLE_ROW, 0, text(labels.subtitle));

  /** A header row of a block below: each period's first day, from the plan's header. */
  const blockHeader = (row: number, first: string, third?: string) => {
    put(row, CATEGORY_COL, text(first));
    if (third) put(row, BUDGET_COL, text(third));
    periods.forEach((_, p) => put(row, periodCol(p), formula(`=${dateCell(p)}`, serials[p]), dateFormat));
  };
  const writer: PhasingSheetWriter = { put, putFill, name, blockHeader };

  // Settings and the figures to date.
  settingsCells(writer, {
    lang,
    phasing,
    serials,
    dateFormat,
    currentPeriod,
    phasedTotal: phased.total,
    budgetTotal,
    planToDate: execution.planToDate,
    budgetTotalCell,
    periodTotalRow: rows.periodTotal,
    refs,
  });

  // The period headers: numbers 1…n (fixed), and each period's first day from the settings.
  put(PLAN_TITLE_ROW, CATEGORY_COL, text(labels.planTitle));
  put(INDEX_ROW, CHECK_COL, text(labels.periodNumber));
  const h = labels.headers;
  [h.category, h.item, h.budget, h.first, h.last, h.profile, h.check].forEach((header, col) =>
    put(HEADER_ROW, col, text(header)),
  );
  put(HEADER_ROW, totalCol, text(h.total));
  periods.forEach((period, p) => {
    const col = periodCol(p);
    put(INDEX_ROW, col, number(new Decimal(period.index)), GENERAL_FORMAT);
    const index = indexCell(p);
    const start =
      `=IF(${index}>${N.periodCount},"",IF(${N.periodUnit}="${labels.units.week}",` +
      `${N.firstPeriod}+7*(${index}-1),DATE(YEAR(${N.firstPeriod}),MONTH(${N.firstPeriod})+${index}-1,1)))`;
    put(HEADER_ROW, col, formula(start, serials[p]), dateFormat);
  });

  const table = budgetPlan.table;
  const lineCount = rowCount - 1;
  const funnel = budget.funnel;
  const fb = funnel ? funnelBlockRows(rows.last + 2, lineCount) : null;

  const stepLabels = phasingStepLabels(lang);
  put(rows.weightsHeader, PROFILE_COL, text(stepLabels.profileNumber));
  const profileWords = PROFILE_KINDS.map((kind) => labels.profiles[kind]);
  const c = labels.checks;

  // A line's rows keep their distance from its row in the plan: each line's formulas are the same fill,
  // written once here, its references relative to the cell (see FormulaFill).
  const toWeights = rows.weights[0] - rows.lines[0];
  const toFloors = rows.floors[0] - rows.lines[0];
  const toRemainders = rows.remainders[0] - rows.lines[0];
  const toCustom = rows.custom[0] - rows.lines[0];
  const fills = phasingFills(count);
  const { held, rel, headerOf, periodSpan, byFen, floorFillOf, remainderFillOf, rowSumFill } = fills;
  const periodIndex = headerOf(INDEX_ROW);

  const linePeriodFill = fill`=${byFen(toFloors, toRemainders)}`;
  // A period's weight by the line's profile; seasonal: the calendar's weight of the month the period starts in.
  const spanFirst = held(FIRST_COL, -toWeights);
  const spanLast = held(LAST_COL, -toWeights);
  const season = fill`INDEX(${calendarRange},MONTH(${headerOf(HEADER_ROW)}))`;
  const inSpan = fill`AND(${periodIndex}>=${spanFirst},${periodIndex}<=${spanLast},${periodIndex}<=${N.periodCount})`;
  const custom = rel(toCustom - toWeights);
  const byProfile = fill`CHOOSE(${held(PROFILE_COL, 0)}+1,0,1,${spanLast}-${periodIndex}+1,${periodIndex}-${spanFirst}+1,N(${custom}),${season})`;
  const weightFill = fill`=IF(${inSpan},${byProfile},0)`;
  const floorFill = floorFillOf(toWeights - toFloors, 0);
  const remainderFill = remainderFillOf(toWeights - toRemainders, toFloors - toRemainders, toFloors - toRemainders);

  /** ='预算'!$B$5: a column of the line's row in the budget sheet's table. */
  const budgetSheet = sheetPrefix(budgetPlan.sheetName);
  const tableRef = (key: TableColumnKey): FillRef => ({
    col: tableCol(budgetPlan, key),
    colDollar: true,
    rowDollar: true,
    rowOffset: table.firstDataRow - rows.lines[0],
  });
  const categoryFill = fill`=${budgetSheet}${tableRef("category")}`;
  const itemFill = fill`=${budgetSheet}${tableRef("item")}`;
  const amountFill = fill`=ROUND(${budgetSheet}${tableRef("budget")},2)`;
  // The profile once per line, as its place in the list (0 when it is none of them).
  const numberedFill = new FormulaFill([
    "=",
    ...profileWords.flatMap((word, k) => ["IF(", held(PROFILE_COL, -toWeights), `="${word}",${k + 1},`]),
    "0",
    ")".repeat(profileWords.length),
  ]);
  const [weightsFrom, weightsTo] = periodSpan(toWeights);
  const lineFirst = held(FIRST_COL, 0);
  const lineLast = held(LAST_COL, 0);
  const notWhole = fill`OR(NOT(ISNUMBER(${lineFirst})),NOT(ISNUMBER(${lineLast})))`;
  const outside = fill`OR(${lineFirst}<1,${lineLast}>${N.periodCount},${lineFirst}>${lineLast},${lineFirst}<>INT(${lineFirst}),${lineLast}<>INT(${lineLast}))`;
  const negative = fill`COUNTIF(${weightsFrom}:${weightsTo},"<0")>0`;
  const checkFill = fill`=IF(${notWhole},"${c.span}",IF(${outside},"${c.span}",IF(${held(PROFILE_COL, toWeights)}=0,"${c.profile}",IF(${negative},"${c.negative}",IF(${held(BUDGET_COL, toWeights)}<=0,"${c.zero}","")))))`;
  const fenFill = fill`=ROUND(ABS(${held(BUDGET_COL, -toFloors)})*100,0)`;
  const [floorsFrom, floorsTo] = periodSpan(toFloors - toRemainders, false);
  const missingFill = fill`=${held(BUDGET_COL, toFloors - toRemainders)}-SUM(${floorsFrom}:${floorsTo})`;

  // A funnel budget's lines: each line's own spread is kept in the funnel block (the line's formula, read
  // there), and the line follows its stage's volume when it is bound below the top and the volume is not
  // nil, by its shares in fen over it; else it shows its own spread.
  const toFunnel = (block: readonly number[]) => block[0] - rows.lines[0];
  const followFills = fb && {
    ownPeriod: linePeriodFill.readFrom(-toFunnel(fb.own)),
    linePeriod: fill`=IF(AND(${held(FIRST_COL, toFunnel(fb.stages))}=1,${held(BUDGET_COL, toFunnel(fb.volume))}>0),${byFen(toFunnel(fb.followFloors), toFunnel(fb.followRemainders))},${rel(toFunnel(fb.own))})`,
  };

  phased.rows.forEach((row, r) => {
    const line = rows.lines[r];
    const span = spans[r];
    const isReserve = r === lineCount;
    const categoryName = categoryByKey(row.category).name[lang];
    const weightsRow = rows.weights[r];
    const floorsRow = rows.floors[r];
    const remaindersRow = rows.remainders[r];
    const customRow = rows.custom[r];

    // The model's steps over the span; zero outside it.
    const { weights: spanWeights, shares } = spreads[r];
    const ofSpan = (values: readonly Decimal[], p: number) => {
      const index = periods[p].index;
      return index >= span.first && index <= span.last ? values[index - span.first] : ZERO;
    };

    if (isReserve) {
      put(line, CATEGORY_COL, text(categoryName));
      put(line, ITEM_COL, text(categoryName));
      const lines = lineCount > 0 ? `-SUM(${down(BUDGET_COL, rows.lines[0], rows.lines[lineCount - 1])})` : "";
      put(line, BUDGET_COL, formula(`=ROUND(${budgetTotalCell},2)${lines}`, row.amount), MONEY_FORMAT);
    } else {
      putFill(line, CATEGORY_COL, categoryFill, categoryName);
      putFill(line, ITEM_COL, itemFill, row.item);
      putFill(line, BUDGET_COL, amountFill, row.amount, MONEY_FORMAT);
    }
    put(line, FIRST_COL, number(wholeDecimal(span.first)), GENERAL_FORMAT);
    put(line, LAST_COL, number(wholeDecimal(span.last)), GENERAL_FORMAT);
    put(line, PROFILE_COL, text(labels.profiles[span.profile.kind]));
    const kindNumber = wholeDecimal(PROFILE_KINDS.indexOf(span.profile.kind) + 1);
    putFill(weightsRow, PROFILE_COL, numberedFill, kindNumber, GENERAL_FORMAT);
    putFill(line, CHECK_COL, checkFill, "");

    for (let p = 0; p < count; p++) {
      const col = periodCol(p);
      if (fb && followFills && !isReserve) {
        // A funnel budget's line: its own spread kept in the funnel block, the line follows its stage when it can.
        putFill(fb.own[r], col, followFills.ownPeriod, spreads[r].periods[p], MONEY_FORMAT);
        putFill(line, col, followFills.linePeriod, row.periods[p], MONEY_FORMAT);
      } else {
        putFill(line, col, linePeriodFill, row.periods[p], MONEY_FORMAT);
      }
      putFill(weightsRow, col, weightFill, ofSpan(spanWeights, p), WEIGHT_FORMAT);
      putFill(floorsRow, col, floorFill, ofSpan(shares.floors, p), FEN_FORMAT);
      putFill(remaindersRow, col, remainderFill, ofSpan(shares.remainders, p), FEN_FORMAT);
    }
    putFill(line, totalCol, rowSumFill, row.amount, MONEY_FORMAT);

    const itemRef = formula(`=${colHeld(line, ITEM_COL)}`, isReserve ? categoryName : row.item);
    for (const workingRow of [weightsRow, floorsRow, remaindersRow]) put(workingRow, ITEM_COL, itemRef);
    putFill(weightsRow, BUDGET_COL, rowSumFill, shares.weightSum, WEIGHT_FORMAT);
    putFill(floorsRow, BUDGET_COL, fenFill, shares.fen, FEN_FORMAT);
    putFill(remaindersRow, BUDGET_COL, missingFill, wholeDecimal(shares.missing), FEN_FORMAT);

    // Actuals and custom weights: typed per period, next to the row's category and item.
    const categoryRef = formula(`=${colHeld(line, CATEGORY_COL)}`, categoryName);
    for (const blockRow of [rows.actuals[r], customRow]) {
      put(blockRow, CATEGORY_COL, categoryRef);
      put(blockRow, ITEM_COL, itemRef);
    }
    const rowActuals = actuals[r];
    let actualSum = ZERO;
    if (rowActuals) {
      for (let p = 0; p < count; p++) {
        const actual = rowActuals[p];
        if (!actual) continue;
        put(rows.actuals[r], periodCol(p), number(actual), MONEY_FORMAT);
        actualSum = actualSum.plus(actual);
      }
    }
    putFill(rows.actuals[r], totalCol, rowSumFill, actualSum, MONEY_FORMAT);
    if (span.profile.kind === "custom") {
      span.profile.weights.forEach((w, i) => put(customRow, periodCol(span.first - 1 + i), number(w), WEIGHT_FORMAT));
    }
  });

  // Totals per period and per category, the cumulative plan.
  const firstLine = rows.lines[0];
  const lastLine = rows.lines[rowCount - 1];
  put(rows.periodTotal, CATEGORY_COL, text(labels.periodTotal));
  const total = phased.total;
  for (const [col, result] of [[BUDGET_COL, total] as const, [totalCol, total] as const]) {
    put(rows.periodTotal, col, formula(`=SUM(${down(col, firstLine, lastLine)})`, result), MONEY_FORMAT);
  }
  periods.forEach((_, p) => {
    const col = periodCol(p);
    put(
      rows.periodTotal,
      col,
      formula(`=SUM(${down(col, firstLine, lastLine)})`, phased.periodTotals[p]),
      MONEY_FORMAT,
    );
  });
  const categoryColumn = down(CATEGORY_COL, firstLine, lastLine, true);
  CATEGORIES.forEach((category, index) => {
    const row = rows.categories[index];
    put(row, CATEGORY_COL, text(category.name[lang]));
    const byCategory = (col: number, result: Decimal) =>
      put(
        row,
        col,
        formula(
          `=SUMIF(${categoryColumn},${colHeld(row, CATEGORY_COL)},${rowHeld(firstLine, col)}:${rowHeld(lastLine, col)})`,
          result,
        ),
        MONEY_FORMAT,
      );
    const amounts = phased.categoryTotals[category.key];
    const categoryTotal = amounts.reduce((a, b) => a.plus(b), ZERO);
    byCategory(BUDGET_COL, categoryTotal);
    amounts.forEach((amount, p) => byCategory(periodCol(p), amount));
    byCategory(totalCol, categoryTotal);
  });
  const cumulativeRow = (row: number, of: number, label: string, values: readonly Decimal[]) => {
    put(row, CATEGORY_COL, text(label));
    values.forEach((value, p) => {
      const col = periodCol(p);
      const f = p === 0 ? `=${at(of, col)}` : `=${at(row, col - 1)}+${at(of, col)}`;
      put(row, col, formula(f, value), MONEY_FORMAT);
    });
  };
  cumulativeRow(rows.cumulative, rows.periodTotal, labels.cumulativePlan, phased.cumulative);

  // Actual spend.
  put(rows.actualTitle, CATEGORY_COL, text(labels.actualTitle));
  blockHeader(rows.actualHeader, h.category, undefined);
  put(rows.actualHeader, ITEM_COL, text(h.item));
  put(rows.actualHeader, totalCol, text(h.total));
  put(rows.actualTotal, CATEGORY_COL, text(labels.actualTotal));
  put(rows.actualCumulative, CATEGORY_COL, text(labels.cumulativeActual));
  const countedCells = countedActualsCells({
    lang,
    rowCount,
    serials,
    dateFormat,
    items: phased.rows.map((row, r) => options.spend?.lineItems[r] ?? row.item),
    counted,
    planTotals: phased.periodTotals,
    currentPeriod,
    ...(options.spend ? { spend: options.spend } : {}),
  });
  for (let i = 0; i < countedCells.length; i++) {
    const cell = countedCells[i];
    if (cell instanceof FilledCell) cells.push(cell);
    else put(cell.row, cell.col, cell.content, cell.numberFormat);
  }

  // Custom weights and the seasonal calendar: inputs.
  put(rows.customTitle, CATEGORY_COL, text(labels.customTitle));
  blockHeader(rows.customHeader, h.category);
  put(rows.customHeader, ITEM_COL, text(h.item));
  put(rows.calendarTitle, CATEGORY_COL, text(labels.calendarTitle + phasing.calendar.name[lang]));
  put(rows.calendarHeader, CATEGORY_COL, text(labels.calendarHeaders.month));
  put(rows.calendarHeader, BUDGET_COL, text(labels.calendarHeaders.weight));
  rows.calendar.forEach((row, m) => {
    put(row, CATEGORY_COL, text(labels.months[m]));
    put(row, BUDGET_COL, number(phasing.calendar.weights[m]), WEIGHT_FORMAT);
  });

  // The working grids.
  put(rows.workingTitle, CATEGORY_COL, text(labels.workingTitle));
  put(rows.workingNote, CATEGORY_COL, text(labels.workingNote));
  blockHeader(rows.weightsHeader, labels.weightsTitle, labels.weightSum);
  blockHeader(rows.floorsHeader, labels.floorsTitle, labels.fen);
  blockHeader(rows.remaindersHeader, labels.remaindersTitle, labels.missingFen);

  // Funnel over time (a funnel budget only), below the working grids: see funnelBlockCells.
  const funnelBlock =
    funnel && fb
      ? funnelBlockCells(writer, { lang, budget, funnel, phased, steps, budgetPlan, rows, fb, refs, fills })
      : { styles: [], validations: [] };

  const across = (row: number) => rangeA1({ row, col: 0 }, { row, col: totalCol });
  const inputs = (firstRow: number, lastRow: number, firstCol: number, lastCol: number) =>
    rangeA1({ row: firstRow, col: firstCol }, { row: lastRow, col: lastCol });
  const periodInputs = (block: readonly number[]) =>
    inputs(block[0], block[block.length - 1], periodCol(0), lastPeriodCol);
  const inputFill = { fill: COLORS.input };
  const spanInputs = inputs(firstLine, lastLine, FIRST_COL, LAST_COL);
  const profileInputs = down(PROFILE_COL, firstLine, lastLine);
  const calendarWeights = down(BUDGET_COL, rows.calendar[0], rows.calendar[11]);
  const settingsInputs = down(BUDGET_COL, settingRow("firstPeriod"), settingRow("currentPeriod"));
  const checkColumn = down(CHECK_COL, firstLine, lastLine);
  const headerRows = [
    HEADER_ROW,
    rows.actualHeader,
    rows.customHeader,
    rows.weightsHeader,
    rows.floorsHeader,
    rows.remaindersHeader,
  ];
  const titles = [PLAN_TITLE_ROW, rows.actualTitle, rows.customTitle, rows.calendarTitle, rows.workingTitle];
  const styles: RangeStyle[] = [
    { range: a1({ row: TITLE_ROW, col: 0 }), bold: true, fontSize: 14 },
    { range: a1({ row: SUBTITLE_ROW, col: 0 }), italic: true, fontColor: COLORS.muted },
    ...titles.map((row) => ({ range: a1({ row, col: 0 }), bold: true, fontSize: 12 })),
    ...headerRows.map((row) => ({ range: across(row), bold: true, fill: COLORS.header })),
    {
      range: rangeA1({ row: rows.calendarHeader, col: 0 }, { row: rows.calendarHeader, col: BUDGET_COL }),
      bold: true,
      fill: COLORS.header,
    },
    ...[rows.periodTotal, rows.actualTotal].map((row) => ({ range: across(row), bold: true, fill: COLORS.header })),
    ...[rows.cumulative, rows.actualCumulative].map((row) => ({ range: across(row), bold: true })),
    { range: settingsInputs, ...inputFill },
    ...HEALTH_SETTINGS.map(([key]) => ({ range: a1(healthSetting(key)), ...inputFill })),
    { range: spanInputs, ...inputFill },
    { range: profileInputs, ...inputFill },
    { range: periodInputs(rows.actuals), ...inputFill },
    { range: a1({ row: rows.actualTitle, col: countedCol(0, count) }), bold: true },
    {
      range: rangeA1(
        { row: rows.actualHeader, col: countedCol(0, count) },
        { row: rows.actualHeader, col: countedCol(count - 1, count) },
      ),
      bold: true,
      fill: COLORS.header,
    },
    { range: periodInputs(rows.custom), ...inputFill },
    { range: calendarWeights, ...inputFill },
    { range: a1({ row: rows.workingNote, col: 0 }), italic: true, fontColor: COLORS.muted },
    {
      range: rangeA1({ row: settingRow("phasedTotal"), col: 0 }, { row: settingRow("phasedTotal"), col: BUDGET_COL }),
      bold: true,
    },
    ...funnelBlock.styles,
  ];

  return {
    sheetName,
    lang,
    cells,
    styles,
    columnWidths: [
      { col: CATEGORY_COL, chars: 18 },
      { col: ITEM_COL, chars: 22 },
      { col: BUDGET_COL, chars: 15 },
      { col: FIRST_COL, chars: 6 },
      { col: LAST_COL, chars: 6 },
      { col: PROFILE_COL, chars: 12 },
      { col: CHECK_COL, chars: 10 },
      ...periods.map((_, p) => ({ col: periodCol(p), chars: 14 })),
      { col: totalCol, chars: 15 },
      ...periods.map((_, p) => ({ col: countedCol(p, count), chars: 14 })),
    ],
    names,
    conditionalFormats: [
      {
        range: checkColumn,
        formula: `=LEN(${at(firstLine, CHECK_COL)})>0`,
        fill: COLORS.highFill,
        fontColor: COLORS.highFont,
      },
    ],
    validations: [
      {
        kind: "list",
        range: profileInputs,
        values: PROFILE_KINDS.map((kind) => labels.profiles[kind]),
        ...labels.validations.profile,
      },
      {
        kind: "list",
        range: a1({ row: settingRow("unit"), col: BUDGET_COL }),
        values: [labels.units.month, labels.units.week],
        ...labels.validations.unit,
      },
      { kind: "decimal", range: spanInputs, min: 1, max: count, ...labels.validations.period },
      {
        kind: "decimal",
        range: rangeA1(
          { row: settingRow("periodCount"), col: BUDGET_COL },
          { row: settingRow("currentPeriod"), col: BUDGET_COL },
        ),
        min: 1,
        max: count,
        ...labels.validations.period,
      },
      { kind: "decimal", range: periodInputs(rows.custom), min: 0, max: LARGEST_WEIGHT, ...labels.validations.weight },
      { kind: "decimal", range: calendarWeights, min: 0, max: LARGEST_WEIGHT, ...labels.validations.weight },
      ...funnelBlock.validations,
    ],
    freezeRows: SUBTITLE_ROW + 1,
    printArea: rangeA1({ row: 0, col: 0 }, { row: rows.cumulative, col: totalCol }),
  };
}
