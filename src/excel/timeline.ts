import { a1, rangeA1 } from "../sheet/address";
import { readBaselineStore } from "../sheet/baselineStore";
import { literalText } from "../sheet/grid/cellGrid";
import type { PlannedCell } from "../sheet/plan";
import type { CellValue } from "../sheet/snapshot";
import { cellInput } from "../sheet/grid/cellGrid";
import { ACTUALS_TABLE } from "../sheet/buildActualsPlan";
import { isActualsTable } from "../workbook/actualsTable";
import {
  BASELINE_STORE_TABLE,
  budgetTimeline,
  companionReads,
  companionSheets,
  goalsEnd,
  phasingCandidates,
  reportCandidates,
  sheetLang,
  type ApprovalWrite,
  type PhasingWrite,
  type TimelineState,
  type TimelineTarget,
} from "../workbook/timeline";
import { WorkbookError } from "../workbook/workbookError";
import { applyPlainSheetPlan } from "./applyPlainSheetPlan";
import { queueSheetRead } from "./readBudgetSheet";
import { syncAbout, takenNames } from "./readWorkbook";
import { requestRoom, sendLaterWrites } from "./sheetContents";
import { assertWriteSupport, excelDrawsFunnelCharts } from "./requirements";

const cellValue = (value: unknown): CellValue =>
  value === "" || value === undefined || value === null ? null : (value as CellValue);
/** The last row (0-based) of an address such as "'预算表'!A1:S23". */
const lastRow = (address: string): number => Number(/(\d+)$/.exec(address)?.[1] ?? "0") - 1;

/** A store cell as Excel takes it: text as text (never read as a date or a formula), numbers as numbers. */
const storeInput = (cell: string | { toNumber(): number } | null): string | number =>
  cell === null ? "" : typeof cell === "string" ? literalText(cell) : cell.toNumber();

/**
 * The read, in two syncs: the budget sheet with every sheet's and table's name, the names in use, the
 * active sheet and the protection; then the rows of the tables named like a baselines table and of the
 * Actuals table, and on
 * each sheet named like a phasing sheet or an execution report the cell that tells whose it is and the
 * cells a planner types there (actuals, explanations); asked for, the values the health rules over time
 * read on the phasing sheets too, in that second sync.
 */
async function readTimeline(
  context: Excel.RequestContext,
  budgetSheet: string,
  options: { phasingValues?: boolean } = {},
): Promise<TimelineState> {
  const workbook = context.workbook;
  const sheetRead = queueSheetRead(context, budgetSheet);
  const worksheets = workbook.worksheets.load("items/name,items/position");
  const tables = workbook.tables.load("items/name,items/worksheet/name,items/columns/items/name");
  const names = workbook.names.load("items/name");
  const protection = workbook.protection.load("protected");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  const used = workbook.worksheets.getItem(budgetSheet).getUsedRangeOrNullObject(true).load("address");
  await syncAbout(context, budgetSheet);
  const read = sheetRead();
  if (read.kind === "not-a-budget") throw new WorkbookError("refused", read.error.text, { cause: read.error });
  const { snapshot } = read;

  const storeNames = tables.items.map((t) => t.name).filter((name) => BASELINE_STORE_TABLE.test(name));
  const bodies = storeNames.map((name) => workbook.tables.getItem(name).getDataBodyRange().load("values"));
  // The Actuals table's rows, when the import wrote one: a phasing written now counts them.
  const actuals = tables.items.find((t) => t.name.toUpperCase() === ACTUALS_TABLE.toUpperCase());
  const actualsHeaders = actuals ? actuals.columns.items.map((c) => c.name) : [];
  const actualsBody =
    actuals && isActualsTable(actualsHeaders)
      ? workbook.tables.getItem(actuals.name).getDataBodyRange().load("values")
      : null;
  const reads = companionReads(snapshot);
  const sheetNames = worksheets.items.map((s) => s.name);
  const candidates = (names: string[], probe: string, typed: string, lag: string | null = null, values?: string) =>
    names.map((name) => ({
      name,
      probe: worksheets.getItem(name).getRange(probe).load("formulas"),
      typed: worksheets.getItem(name).getRange(typed).load("formulas"),
      lag: lag === null ? null : worksheets.getItem(name).getRange(lag).load("values"),
      values: values ? worksheets.getItem(name).getRange(values).load("values") : undefined,
    }));
  const phasingReads = reads
    ? candidates(
        phasingCandidates(sheetNames),
        reads.probe.address,
        reads.actuals,
        reads.stageLag,
        options.phasingValues ? reads.values : undefined,
      )
    : [];
  const reportReads = reads
    ? candidates(reportCandidates(sheetNames), reads.report.address, reads.report.explanations)
    : [];
  if (bodies.length + phasingReads.length + reportReads.length > 0 || actualsBody)
    await syncAbout(context, budgetSheet);
  const end = goalsEnd(snapshot);
  const lastUsedRow = used.isNullObject ? -1 : lastRow(used.address);

  const sheetOf = new Map(tables.items.map((t) => [t.name, t.worksheet.name]));
  const budgetTable = snapshot.table.name.toUpperCase();
  const store = storeNames
    .map((name, i) => ({ name, stored: readBaselineStore(bodies[i].values.map((row) => row.map(cellValue))) }))
    .find((s) => s.stored.budgetTable.toUpperCase() === budgetTable);
  const position = (name: string) => worksheets.items.find((s) => s.name === name)?.position ?? 0;
  const asRead = (c: ReturnType<typeof candidates>[number]) => ({
    sheetName: c.name,
    position: position(c.name),
    probeFormula: String(c.probe.formulas[0][0] ?? ""),
    typedCells: c.typed.formulas.map((row) => row.map(cellValue)),
    ...(c.lag ? { stageLag: cellValue(c.lag.values[0][0]) } : {}),
    ...(c.values ? { values: c.values.values.map((row) => row.map(cellValue)) } : {}),
  });
  const companions = companionSheets(reads, phasingReads.map(asRead), reportReads.map(asRead));
  return {
    snapshot,
    lang: sheetLang(snapshot),
    store: store
      ? { sheetName: sheetOf.get(store.name) ?? "", tableName: store.name, history: store.stored.history }
      : null,
    ...companions,
    actualsTable: actualsBody
      ? { headers: actualsHeaders, rows: actualsBody.values.map((row) => row.map(cellValue)) }
      : null,
    // Only rows below everything the sheet holds count as free: nothing of the planner's is overwritten.
    freeBelowGoals: (row) => end !== null && row > lastUsedRow,
    taken: takenNames(worksheets, tables, names),
    activeSheet: active.name,
    structureProtected: protection.protected,
  };
}

function writeCells(sheet: Excel.Worksheet, cells: readonly PlannedCell[]): void {
  for (const cell of cells) {
    const range = sheet.getRange(a1(cell));
    range.formulas = [[cellInput(cell.content)]];
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
  }
}

/** The approval in one sync: the store's rows (a new sheet and table, or rows added), the approval sheet, the budget's cells. */
async function writeApproval(context: Excel.RequestContext, state: TimelineState, write: ApprovalWrite): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const values = write.rows.map((row) => row.map(storeInput));
  context.application.suspendApiCalculationUntilNextSync();
  const charts = { funnelCharts: excelDrawsFunnelCharts() };
  if (write.newStore) {
    const { plan, headers, tableName, headerRow } = write.newStore;
    const sheet = applyPlainSheetPlan(context, plan, charts);
    const lastCol = headers.length - 1;
    sheet.getRange(rangeA1({ row: headerRow, col: 0 }, { row: headerRow, col: lastCol })).values = [headers];
    sheet.getRange(rangeA1({ row: headerRow + 1, col: 0 }, { row: headerRow + values.length, col: lastCol })).formulas =
      values;
    const table = sheet.tables.add(
      rangeA1({ row: headerRow, col: 0 }, { row: headerRow + values.length, col: lastCol }),
      true,
    );
    table.name = tableName;
    table.style = "TableStyleLight1";
  } else if (state.store) {
    context.workbook.tables.getItem(state.store.tableName).rows.add(undefined, values);
  }
  applyPlainSheetPlan(context, write.approvalPlan, charts);
  const budgetSheet = worksheets.getItem(state.snapshot.sheetName);
  for (const name of write.budgetCells.names)
    budgetSheet.names.add(name.name, budgetSheet.getRange(a1(name.ref, true)), name.comment);
  writeCells(budgetSheet, write.budgetCells.cells);
  await context.sync();
}

/**
 * The phasing sheet and its execution report: the budget's own deleted first (nothing was typed on them),
 * then both added under their names, each put where the one it replaces was, in one sync. A grid too
 * large for one request goes on in bands of rows, one sync each.
 */
async function writePhasing(context: Excel.RequestContext, state: TimelineState, write: PhasingWrite): Promise<void> {
  context.application.suspendApiCalculationUntilNextSync();
  for (const old of write.replaces) context.workbook.worksheets.getItem(old.sheetName).delete();
  const charts = { funnelCharts: excelDrawsFunnelCharts() };
  const room = requestRoom();
  const built = {
    phasing: applyPlainSheetPlan(context, write.plan, charts, room),
    report: applyPlainSheetPlan(context, write.report, charts, room),
  };
  for (const old of write.replaces) {
    built[old.by].position = old.position;
    if (state.activeSheet.toUpperCase() === old.sheetName.toUpperCase()) built[old.by].activate();
  }
  await sendLaterWrites(context, room.later);
}

function timelineTarget(context: Excel.RequestContext): TimelineTarget {
  return {
    read: (budgetSheet, options) => readTimeline(context, budgetSheet, options),
    approve: (state, write) => writeApproval(context, state, write),
    writePhasing: (state, write) => writePhasing(context, state, write),
  };
}

/**
 * The budget over time in Excel: a read of two syncs, then one sync writes an approval (or the phasing
 * sheet; a phasing sheet too large for one request takes one more per band of rows). Each call is one
 * Excel.run, once this Excel can write budget sheets.
 */
export const excelTimeline = budgetTimeline((work) => {
  assertWriteSupport("plans");
  return Excel.run((context) => work(timelineTarget(context)));
});
