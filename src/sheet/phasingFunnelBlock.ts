import type { Budget, Funnel } from "../model/budget";
import { Decimal, ZERO, sum } from "../model/decimal";
import { wholeDecimal } from "../model/fenDecimal";
import { phaseFunnel } from "../model/funnelPhasing";
import { fenShares, type PhasedBudget, type PhasingSteps } from "../model/phasing";
import { a1, columnLetter, rangeA1, type CellRef } from "./address";
import { namedRef } from "./buildScenarioPlan";
import { formula, number, text } from "./cellContent";
import { fill, type FillRef } from "./formulaFill";
import { COLORS, GENERAL_FORMAT, MONEY_FORMAT } from "./formats";
import { stageNameName } from "./funnelBlock";
import { DRIVER, linesTableColumns } from "./linesTable";
import { onSheet, sheetPrefix } from "./otherSheet";
import type { PhasingFills } from "./phasingFills";
import {
  BUDGET_COL,
  CATEGORY_COL,
  CHECK_COL,
  FEN_FORMAT,
  FIRST_COL,
  INDEX_ROW,
  ITEM_COL,
  MILLION,
  PHASING_NAMES,
  type FunnelBlockRows,
  type PhasingSheetWriter,
  type PhasingRefs,
  type PhasingRows,
} from "./phasingLayout";
import type { RangeStyle, SheetPlan, ValidationPlan } from "./plan";
import { funnelPhasingLabels, phasingLabels, type Lang } from "../i18n";

/** What the funnel block reads: the budget with its funnel applied, phased, and the sheet it sits on. */
export interface FunnelBlockInput {
  lang: Lang;
  budget: Budget;
  funnel: Funnel;
  phased: PhasedBudget;
  steps: PhasingSteps;
  budgetPlan: SheetPlan;
  /** The sheet's rows, and the funnel block's below the working grids. */
  rows: PhasingRows;
  fb: FunnelBlockRows;
  refs: PhasingRefs;
  fills: PhasingFills;
}

/**
 * Funnel over time (a funnel budget only): expected deals and cost per deal per period, below the
 * working grids. The rule is phaseFunnel's: the target deals spread like the spend of the lines bound
 * to the earliest stage, moved later by Budget_StageLag, in whole deals by the largest remainder.
 * Then, per line, its own spread, the stage volume it follows (funnelVolumes) and its shares in fen: a
 * line bound below the top of the funnel shows those shares (see the sheet's lines), never read back here.
 * Writes the cells and names through `writer`; returns the block's styles and validations.
 */
export function funnelBlockCells(
  writer: PhasingSheetWriter,
  input: FunnelBlockInput,
): { styles: RangeStyle[]; validations: ValidationPlan[] } {
  const { lang, budget, funnel, phased, steps, budgetPlan, rows, fb } = input;
  const { put, putFill, name, blockHeader } = writer;
  const { periodCol, totalCol, rowHeld, colHeld, acrossPeriods, down } = input.refs;
  const { held, floorFillOf, remainderFillOf, periodSpan, rowSumFill } = input.fills;
  const labels = phasingLabels(lang);
  const h = labels.headers;
  const N = PHASING_NAMES;
  const { periods } = phased;
  const { spreads } = steps;
  const count = periods.length;
  const lineCount = phased.rows.length - 1;
  const table = budgetPlan.table;
  const budgetCell = (ref: CellRef) => onSheet(budgetPlan.sheetName, ref);
  const periodLetters = periods.map((_, p) => columnLetter(periodCol(p)));
  const indexCells = periods.map((_, p) => rowHeld(INDEX_ROW, periodCol(p)));
  /** The funnel block's per-line column: the stage each line is bound to. */
  const stageCell = (r: number) => colHeld(fb.stages[r], BUDGET_COL);
  const firstRemainderCol = `$${periodLetters[0]}`;
  const funnelStyles: RangeStyle[] = [];
  const funnelValidations: ValidationPlan[] = [];
  const f = funnelPhasingLabels(lang);
  const plan = phaseFunnel(budget, phased);
  const volumes = steps.funnel!;
  const { titleRow, noteRow, lagRow, targetRow, headerRow, spendRow, dealsRow, costRow, stageHeader } = fb;
  const { topStageRow, workHeader, topSpendRow, followedRow, shiftedRow, floorsRow, remaindersRow } = fb;
  const stageRows = fb.stages;
  put(titleRow, CATEGORY_COL, text(f.title));
  put(noteRow, CATEGORY_COL, text(f.note));
  put(lagRow, CATEGORY_COL, text(f.stageLag));
  put(lagRow, BUDGET_COL, number(new Decimal(plan.stageLag)), GENERAL_FORMAT);
  name(N.stageLag, lagRow, f.stageLagComment);
  const lag = N.stageLag;
  const lagCheck = a1({ row: lagRow, col: CHECK_COL }, true);
  put(
    lagRow,
    CHECK_COL,
    formula(
      `=IF(OR(NOT(ISNUMBER(${lag})),${lag}<0,${lag}>=${N.periodCount},${lag}<>INT(${lag})),"${f.badLag}","")`,
      "",
    ),
  );
  put(targetRow, CATEGORY_COL, text(f.targetDeals));
  const targetDeals = budgetCell(namedRef(budgetPlan, "Budget_TargetDeals"));
  put(targetRow, BUDGET_COL, formula(`=${targetDeals}`, plan.targetDeals), GENERAL_FORMAT);
  const target = a1({ row: targetRow, col: BUDGET_COL }, true);

  blockHeader(headerRow, f.title);
  put(headerRow, totalCol, text(h.total));

  // The stage each line is bound to, by its Driver on the budget sheet: 0 the pool, blank for none.
  put(stageHeader, CATEGORY_COL, text(h.item));
  put(stageHeader, BUDGET_COL, text(f.stage));
  const driverCol = table.firstCol + linesTableColumns(true).indexOf(DRIVER);
  const namesFirst = namedRef(budgetPlan, stageNameName(0));
  const namesLast = namedRef(budgetPlan, stageNameName(funnel.stages.length));
  const stageNames = `${sheetPrefix(budgetPlan.sheetName)}${rangeA1(namesFirst, namesLast, true)}`;
  stageRows.forEach((row, r) => {
    put(row, ITEM_COL, formula(`=${colHeld(rows.lines[r], ITEM_COL)}`, phased.rows[r].item));
    const driver = budgetCell({ row: table.firstDataRow + r, col: driverCol });
    const stage = plan.lineStages[r];
    put(
      row,
      BUDGET_COL,
      formula(
        `=IF(${driver}="","",IFERROR(MATCH(${driver},${stageNames},0)-1,""))`,
        stage < 0 ? "" : wholeDecimal(stage),
      ),
      GENERAL_FORMAT,
    );
  });
  const stageColumn = down(BUDGET_COL, stageRows[0], stageRows[lineCount - 1], true);
  const followsColumn = down(FIRST_COL, stageRows[0], stageRows[lineCount - 1], true);
  const top = a1({ row: topStageRow, col: BUDGET_COL }, true);
  put(stageHeader, FIRST_COL, text(f.follows));
  stageRows.forEach((row, r) => {
    const stage = stageCell(r);
    const follows = volumes.top >= 0 && volumes.lineStages[r] > volumes.top;
    put(
      row,
      FIRST_COL,
      formula(`=IF(${stage}="",0,IF(${stage}>${top},1,0))`, wholeDecimal(follows ? 1 : 0)),
      GENERAL_FORMAT,
    );
  });
  put(topStageRow, CATEGORY_COL, text(f.topStage));
  const topStage = plan.topStage === null ? "" : new Decimal(Math.min(...plan.lineStages.filter((x) => x >= 0)));
  put(
    topStageRow,
    BUDGET_COL,
    formula(`=IF(COUNT(${stageColumn})=0,"",MIN(${stageColumn}))`, topStage),
    GENERAL_FORMAT,
  );

  blockHeader(workHeader, labels.workingTitle);
  const rowLabels: [number, string][] = [
    [spendRow, f.spend],
    [dealsRow, f.deals],
    [costRow, f.costPerDeal],
    [topSpendRow, f.topSpend],
    [followedRow, f.followed],
    [shiftedRow, f.shifted],
    [floorsRow, f.floors],
    [remaindersRow, f.remainders],
  ];
  for (const [row, label] of rowLabels) put(row, CATEGORY_COL, text(label));
  put(remaindersRow, ITEM_COL, text(f.missing));

  const weightSum = sum(plan.weights);
  const shares = weightSum.isZero() ? null : fenShares(plan.targetDeals.dividedBy(100), plan.weights);
  const W = a1({ row: shiftedRow, col: BUDGET_COL }, true);
  const missing = a1({ row: remaindersRow, col: BUDGET_COL }, true);
  const topSpendRange = acrossPeriods(topSpendRow, true);
  const followedRange = acrossPeriods(followedRow, true);
  const remainderRange = acrossPeriods(remaindersRow, true);
  periods.forEach((_, p) => {
    const col = periodCol(p);
    const letter = periodLetters[p];
    const index = indexCells[p];
    const cell = (row: number) => `${letter}${row + 1}`;
    put(spendRow, col, formula(`=${cell(rows.periodTotal)}`, plan.spend[p]), MONEY_FORMAT);
    // The own spreads, never the lines themselves: a line that follows its stage depends on these.
    const ownOfPeriod = `${rowHeld(fb.own[0], col)}:${rowHeld(fb.own[lineCount - 1], col)}`;
    put(
      topSpendRow,
      col,
      formula(`=IF(${top}="",0,SUMIF(${stageColumn},${top},${ownOfPeriod}))`, plan.topSpend[p]),
      MONEY_FORMAT,
    );
    const unbound = `SUMIF(${followsColumn},0,${ownOfPeriod})+${cell(rows.lines[lineCount])}`;
    put(
      followedRow,
      col,
      formula(`=ABS(IF(COUNTIF(${topSpendRange},"<>0")>0,${cell(topSpendRow)},${unbound}))`, plan.followed[p]),
      MONEY_FORMAT,
    );
    const shifted =
      `=IF(${lagCheck}<>"",NA(),IF(${index}>${N.periodCount},0,IF(${index}=${N.periodCount},` +
      `SUMIF(${acrossPeriods(INDEX_ROW, true)},">="&(${index}-${lag}),${followedRange}),` +
      `IF(${index}-${lag}>=1,INDEX(${followedRange},1,${index}-${lag}),0))))`;
    put(shiftedRow, col, formula(shifted, plan.weights[p]), MONEY_FORMAT);
    const share = `ROUND(${target}*${cell(shiftedRow)}/${W},6)`;
    put(floorsRow, col, formula(`=IF(${W}>0,INT(${share}),0)`, shares ? shares.floors[p] : ZERO), GENERAL_FORMAT);
    put(
      remaindersRow,
      col,
      formula(`=IF(${W}>0,ROUND((${share}-${cell(floorsRow)})*${MILLION},0),0)`, shares ? shares.remainders[p] : ZERO),
      GENERAL_FORMAT,
    );
    const remainder = cell(remaindersRow);
    const rank = `COUNTIF(${remainderRange},">"&${remainder})+COUNTIF(${firstRemainderCol}${remaindersRow + 1}:${remainder},${remainder})`;
    const deals =
      `=IF(${lagCheck}<>"",NA(),IF(${target}=0,0,IF(${W}<=0,NA(),` +
      `${cell(floorsRow)}+IF(${rank}<=${missing},1,0))))`;
    put(dealsRow, col, formula(deals, plan.deals[p]), GENERAL_FORMAT);
    const cost = plan.costPerDeal[p];
    put(
      costRow,
      col,
      formula(`=IF(${cell(dealsRow)}=0,"",${cell(spendRow)}/${cell(dealsRow)})`, cost === null ? "" : cost),
      MONEY_FORMAT,
    );
  });
  put(shiftedRow, BUDGET_COL, formula(`=SUM(${acrossPeriods(shiftedRow)})`, weightSum), MONEY_FORMAT);
  put(
    remaindersRow,
    BUDGET_COL,
    formula(`=IF(${W}>0,${target}-SUM(${acrossPeriods(floorsRow)}),0)`, wholeDecimal(shares ? shares.missing : 0)),
    GENERAL_FORMAT,
  );
  put(spendRow, totalCol, formula(`=SUM(${acrossPeriods(spendRow)})`, phased.total), MONEY_FORMAT);
  put(dealsRow, totalCol, formula(`=SUM(${acrossPeriods(dealsRow)})`, sum(plan.deals)), GENERAL_FORMAT);
  const totalCost = plan.totalCostPerDeal;
  put(
    costRow,
    totalCol,
    formula(`=IF(${target}=0,"",${N.phasedTotal}/${target})`, totalCost === null ? "" : totalCost),
    MONEY_FORMAT,
  );

  // The lines' grids: each line's own spread, the stage volume it follows, and its shares of it in fen.
  const dealsStage = `ROWS(${stageNames})-1`;
  blockHeader(fb.ownHeader, f.ownSpread);
  blockHeader(fb.volumeHeader, f.volume, labels.weightSum);
  blockHeader(fb.followFloorsHeader, f.followFloors, labels.fen);
  blockHeader(fb.followRemaindersHeader, f.followRemainders, labels.missingFen);
  // Each grid's formula is one fill over its lines, its references relative to the cell.
  const [volume0, floors0, remainders0] = [fb.volume[0], fb.followFloors[0], fb.followRemainders[0]];
  const fromVolume = fb.stages[0] - volume0;
  const periodOf = (row: number): FillRef => ({ colOffset: 0, row });
  const volumeFill = fill`=IF(${held(FIRST_COL, fromVolume)}=1,IF(${held(BUDGET_COL, fromVolume)}=${dealsStage},${periodOf(dealsRow)},${periodOf(shiftedRow)}),0)`;
  const followFloorFill = floorFillOf(volume0 - floors0, rows.floors[0] - floors0);
  const followRemainderFill = remainderFillOf(
    volume0 - remainders0,
    rows.floors[0] - remainders0,
    floors0 - remainders0,
  );
  const followFenFill = fill`=${held(BUDGET_COL, rows.floors[0] - floors0)}`;
  const [followFloorsFrom, followFloorsTo] = periodSpan(floors0 - remainders0, false);
  const followMissingFill = fill`=IF(${held(BUDGET_COL, volume0 - remainders0)}>0,${held(BUDGET_COL, rows.floors[0] - remainders0)}-SUM(${followFloorsFrom}:${followFloorsTo}),0)`;
  for (let r = 0; r < lineCount; r++) {
    const itemRef = formula(`=${colHeld(rows.lines[r], ITEM_COL)}`, phased.rows[r].item);
    const volumeRow = fb.volume[r];
    const floorsOf = fb.followFloors[r];
    const remaindersOf = fb.followRemainders[r];
    for (const gridRow of [fb.own[r], volumeRow, floorsOf, remaindersOf]) put(gridRow, ITEM_COL, itemRef);
    const follows = volumes.top >= 0 && volumes.lineStages[r] > volumes.top;
    const volume = follows
      ? volumes.lineStages[r] === volumes.dealsStage
        ? volumes.deals
        : volumes.weights
      : periods.map(() => ZERO);
    const shares = steps.following[r];
    for (let p = 0; p < count; p++) {
      const col = periodCol(p);
      putFill(volumeRow, col, volumeFill, volume[p], GENERAL_FORMAT);
      putFill(floorsOf, col, followFloorFill, shares ? shares.floors[p] : ZERO, FEN_FORMAT);
      putFill(remaindersOf, col, followRemainderFill, shares ? shares.remainders[p] : ZERO, FEN_FORMAT);
    }
    putFill(volumeRow, BUDGET_COL, rowSumFill, sum(volume), GENERAL_FORMAT);
    putFill(floorsOf, BUDGET_COL, followFenFill, spreads[r].shares.fen, FEN_FORMAT);
    putFill(remaindersOf, BUDGET_COL, followMissingFill, wholeDecimal(shares ? shares.missing : 0), FEN_FORMAT);
  }

  funnelStyles.push(
    { range: a1({ row: titleRow, col: 0 }), bold: true, fontSize: 12 },
    { range: a1({ row: noteRow, col: 0 }), italic: true, fontColor: COLORS.muted },
    { range: a1({ row: lagRow, col: BUDGET_COL }), fill: COLORS.input },
    ...[
      headerRow,
      stageHeader,
      workHeader,
      fb.ownHeader,
      fb.volumeHeader,
      fb.followFloorsHeader,
      fb.followRemaindersHeader,
    ].map((row) => ({
      range: rangeA1({ row, col: 0 }, { row, col: totalCol }),
      bold: true,
      fill: COLORS.header,
    })),
    { range: rangeA1({ row: dealsRow, col: 0 }, { row: costRow, col: totalCol }), bold: true },
  );
  funnelValidations.push({
    kind: "decimal",
    range: a1({ row: lagRow, col: BUDGET_COL }),
    min: 0,
    max: count - 1,
    ...f.stageLagValidation,
  });
  return { styles: funnelStyles, validations: funnelValidations };
}
