import { executionReportLabels, phasingLabels, timelineStrings, type Lang } from "../i18n";
import { approve, type Baseline } from "../model/baseline";
import type { Finding } from "../model/health";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../model/categoryPhasing";
import { a1, parseA1, rangeA1, type CellRef } from "../sheet/address";
import {
  BASELINE_STORE_TABLE_NAME,
  baselineStoreHeaders,
  baselineStoreRows,
  buildBaselineSheetPlan,
  type StoreCell,
} from "../sheet/baselineStore";
import { buildApprovalPlan } from "../sheet/buildApprovalPlan";
import { executionReportCells, buildExecutionReportPlan } from "../sheet/buildExecutionReportPlan";
import {
  buildPhasingPlan,
  periodSerial,
  phasedExecution,
  phasingLayout,
  typedStageLag,
} from "../sheet/buildPhasingPlan";
import { buildSheetPlan } from "../sheet/buildSheetPlan";
import { formula, number, text } from "../sheet/cellContent";
import { MONEY_FORMAT } from "../sheet/formats";
import type { NamePlan, PlainSheetPlan, PlannedCell, SheetPlan } from "../sheet/plan";
import { readBudgetSheet } from "../sheet/readBudgetSheet";
import { phasingSheetArea } from "../sheet/phasingSheet";
import { sheetHealth } from "../sheet/sheetHealth";
import { isBlankValue, type CellValue, type SheetSnapshot } from "../sheet/snapshot";
import { MAX_PERIODS, axisPeriods } from "../model/periods";
import { importedSpend, type ActualsTableState } from "./actualsTable";
import { mapTableColumns } from "../sheet/tableColumns";
import { freeSheetName, freeTableName } from "./freeNames";
import { hostErrorReason, type HostErrorInfo } from "./hostError";
import { inSession } from "./inSession";
import { paneOverTimeFindings } from "./overTime";
import type { Session } from "./insertBudget";
import type { TakenNames } from "./insertionPlan";
import { unreadableBudget } from "./messages";
import { WorkbookError } from "./workbookError";
import { today } from "./today";

/** The names on the budget sheet: the latest baseline's total and the budget's variance to it. */
export const BASELINE_NAMES = {
  baselineTotal: "Budget_BaselineTotal",
  variance: "Budget_VarianceToBaseline",
} as const;

/** A budget's baselines as the workbook keeps them. */
export interface BaselineSnapshots {
  /** Oldest first; empty before the first approval. */
  history: Baseline[];
  /** The sheet keeping them; null before the first approval. */
  storeSheet: string | null;
}

export interface Approval {
  phasing: CategoryPhasing;
  approver: string;
  note: string;
  /** The approval day, 2026-04-20. */
  date: string;
}

export interface ApprovalResult extends BaselineSnapshots {
  version: number;
  /** The approval sheet written for this version. */
  approvalSheet: string;
}

/** What an approval or a phasing write starts from: the budget sheet and what the workbook keeps for it. */
export interface TimelineState {
  snapshot: SheetSnapshot;
  lang: Lang;
  /** The baselines' table and its sheet; null before the first approval. */
  store: { sheetName: string; tableName: string; history: Baseline[] } | null;
  /** The phasing sheet written for this budget (its budget-total cell refers to it); null when none. */
  phasingSheet: CompanionSheet | null;
  /** The execution report reading that phasing sheet; null when none. */
  reportSheet: CompanionSheet | null;
  /** The phasing sheet's values from A1 (see phasingSheetArea), when the read asked for them and found the sheet. */
  phasingValues?: CellValue[][];
  /**
   * The workbook's Actuals table (the one the import writes), its headers and rows as read in the
   * same read; null when the workbook has none. A phasing written then counts its imported spend and
   * its execution report shows the committed and forecast columns.
   */
  actualsTable: Pick<ActualsTableState, "headers" | "rows"> | null;
  /** Per row below the goals block (from the first free row on), whether its label and value cells are empty. */
  freeBelowGoals: (row: number) => boolean;
  taken: TakenNames;
  activeSheet: string;
  structureProtected: boolean;
}

/** The cells and names an approval writes on the budget sheet. */
export interface BudgetCellsWrite {
  cells: PlannedCell[];
  /** Only the names not there yet. */
  names: NamePlan[];
}

export interface ApprovalWrite {
  baseline: Baseline;
  rows: StoreCell[][];
  /** The baselines sheet to add with its table; absent: the rows are appended to the existing table. */
  newStore?: { plan: PlainSheetPlan; headers: string[]; tableName: string; headerRow: number };
  approvalPlan: PlainSheetPlan;
  budgetCells: BudgetCellsWrite;
}

/** A sheet that goes with the budget over time: where it is, and whether the planner typed on it. */
export interface CompanionSheet {
  sheetName: string;
  position: number;
  /** Actuals typed on a phasing sheet, explanations on an execution report. */
  typed: boolean;
  /** A funnel budget's phasing sheet: the stage lag typed in its Budget_StageLag cell, as typed; null when blank. */
  stageLag?: string | null;
}

/**
 * The phasing sheet and its execution report, added or put in place of this budget's own: the sheets
 * replaced are deleted first, so the new ones take their names and positions and every formula of the
 * new report reads the new phasing sheet.
 */
export interface PhasingWrite {
  plan: PlainSheetPlan;
  report: PlainSheetPlan;
  /** The sheets they replace, in the order of their positions; empty to add both. */
  replaces: { sheetName: string; position: number; by: "phasing" | "report" }[];
  sheetName: string;
  reportSheetName: string;
}

/** What an adapter does for the timeline, within one session with its workbook. */
export interface TimelineTarget {
  /**
   * Reads the budget sheet (by name or id) and what the workbook keeps for it; with `phasingValues`, the
   * values of its phasing sheet too, in the same read. A WorkbookError when it cannot.
   */
  read(budgetSheet: string, options?: { phasingValues?: boolean }): Promise<TimelineState>;
  /** Writes an approval in one go: the store's rows, the approval sheet, the budget sheet's two cells. */
  approve(state: TimelineState, write: ApprovalWrite): Promise<void>;
  /** Writes the phasing sheet in one go, replacing the one it had. */
  writePhasing(state: TimelineState, write: PhasingWrite): Promise<void>;
}

/** The budget sheet's plan as the phasing and approval sheets refer to it: its table where the sheet has it. */
export function budgetLayout(snapshot: SheetSnapshot, lang: Lang): SheetPlan {
  const { budget } = readBudgetSheet(snapshot);
  const plan = buildSheetPlan(budget, { lang, sheetName: snapshot.sheetName, tableName: snapshot.table.name });
  const names = plan.names.map((name) => {
    const cell = snapshot.names[name.name];
    return cell ? { ...name, ref: parseA1(cell.address) } : name;
  });
  const firstDataRow = snapshot.table.headerRow + 1;
  return {
    ...plan,
    names,
    table: {
      ...plan.table,
      headerRow: snapshot.table.headerRow,
      firstCol: snapshot.table.firstCol,
      firstDataRow,
      lastDataRow: firstDataRow + Math.max(snapshot.table.rows.length, 1) - 1,
    },
  };
}

/** The cell of the phasing sheet that refers to the budget's total, and what it holds for this budget. */
export function phasingIdentity(
  snapshot: SheetSnapshot,
  plan: PlainSheetPlan,
): { address: string; formula: string } | null {
  const total = snapshot.names.Budget_Total?.address;
  if (!total) return null;
  const reference = `'${snapshot.sheetName.replace(/'/g, "''")}'!${a1(parseA1(total), true)}`;
  const cell = plan.cells.find((c) => c.content.kind === "formula" && c.content.formula === `=${reference}`);
  return cell ? { address: a1(cell), formula: `=${reference}` } : null;
}

const namedLike = (sheetNames: readonly string[], bases: readonly string[]) =>
  sheetNames.filter((name) => bases.some((base) => name.toUpperCase().startsWith(base.toUpperCase())));

/** The sheets that may be this budget's phasing sheet: named like one, in either language. */
export function phasingCandidates(sheetNames: readonly string[]): string[] {
  return namedLike(sheetNames, [phasingLabels("zh").sheetName, phasingLabels("en").sheetName]);
}

/** The sheets that may be an execution report: named like one, in either language. */
export function reportCandidates(sheetNames: readonly string[]): string[] {
  return namedLike(sheetNames, [executionReportLabels("zh").sheetName, executionReportLabels("en").sheetName]);
}

/** What an adapter reads of the sheets that may go with this budget, in one sync. */
export interface CompanionReads {
  /** The phasing sheet's cell that refers to the budget's total, and what it holds for this budget. */
  probe: { address: string; formula: string };
  /** The actual rows' period cells, as far as the longest axis reaches. */
  actuals: string;
  /** The report's cell reading the phasing sheet, and its explanation column. */
  report: { address: string; explanations: string };
  /** A funnel budget's phasing sheet: its stage lag cell; null when the budget has no funnel. */
  stageLag: string | null;
  /** The block of the phasing sheet the health rules over time read, from A1 (see phasingSheetArea). */
  values: string;
}

/** A candidate sheet as read: its probe cell's formula and the cells the planner types, as formulas ("=…") or values. */
export interface CandidateRead {
  sheetName: string;
  position: number;
  probeFormula: string;
  typedCells: CellValue[][];
  /** The value of the stage lag cell, when CompanionReads names one. */
  stageLag?: CellValue;
  /** The values of the block `values` of CompanionReads, when the read asked for them (blank as null). */
  values?: CellValue[][];
}

/** The cells to read of the candidate sheets; null when the budget sheet cannot be phased. */
export function companionReads(snapshot: SheetSnapshot): CompanionReads | null {
  const probe = phasingProbe(snapshot);
  if (!probe) return null;
  const { budget } = readBudgetSheet(snapshot);
  const one: CategoryPhasing = { periods: { unit: "month", first: "2026-01", count: 1 }, profiles: evenProfiles() };
  const rows = phasedExecution(budget, phasingByCategory(budget, one), {}).phased.rows.length;
  const layout = phasingLayout(rows);
  const report = executionReportCells("");
  const area = phasingSheetArea(rows);
  return {
    probe,
    values: rangeA1(area.from, area.to),
    actuals: rangeA1(
      { row: layout.actuals.first, col: layout.periodCol(0) },
      { row: layout.actuals.last, col: layout.periodCol(MAX_PERIODS - 1) },
    ),
    report: { address: report.probe.address, explanations: report.explanations },
    stageLag: budget.funnel ? a1(layout.stageLag) : null,
  };
}

/** Whether the planner typed in the cells: a value that is not a formula (the sheet's totals are). */
const typedOn = (cells: CellValue[][]) =>
  cells.some((row) => row.some((cell) => !isBlankValue(cell) && !(typeof cell === "string" && cell.startsWith("="))));

/** This budget's phasing sheet among the candidates read, and the execution report reading it. */
export function companionSheets(
  reads: CompanionReads | null,
  phasing: readonly CandidateRead[],
  reports: readonly CandidateRead[],
): Pick<TimelineState, "phasingSheet" | "reportSheet" | "phasingValues"> {
  const found = reads ? phasing.find((c) => c.probeFormula === reads.probe.formula) : undefined;
  if (!found) return { phasingSheet: null, reportSheet: null };
  const readsFound = executionReportCells(found.sheetName).probe.formula.toUpperCase();
  const report = reports.find((c) => c.probeFormula.toUpperCase() === readsFound);
  const companion = (c: CandidateRead): CompanionSheet => ({
    sheetName: c.sheetName,
    position: c.position,
    typed: typedOn(c.typedCells),
  });
  const phasingSheet = { ...companion(found), ...(reads?.stageLag ? { stageLag: typedStageLag(found.stageLag) } : {}) };
  return {
    phasingSheet,
    reportSheet: report ? companion(report) : null,
    ...(found.values ? { phasingValues: found.values } : {}),
  };
}

/** Where the goals block ends: the row after the lowest name in Budget_Total's column. */
export function goalsEnd(snapshot: SheetSnapshot): { labelCol: number; valueCol: number; firstRow: number } | null {
  const total = snapshot.names.Budget_Total?.address;
  if (!total) return null;
  const valueCol = parseA1(total).col;
  const ours = new Set<string>(Object.values(BASELINE_NAMES).map((n) => n.toUpperCase()));
  const rows = Object.entries(snapshot.names)
    .filter(([name]) => !ours.has(name.toUpperCase()))
    .map(([, cell]) => parseA1(cell.address))
    .filter((ref) => ref.col === valueCol)
    .map((ref) => ref.row);
  return { labelCol: Math.max(0, valueCol - 1), valueCol, firstRow: Math.max(...rows) + 1 };
}

/** How many rows below the goals an adapter reads to find two free ones. */
export const FREE_ROWS_SEARCHED = 20;

function budgetCellsWrite(state: TimelineState, baseline: Baseline): BudgetCellsWrite {
  const labels = timelineStrings(state.lang);
  const names = state.snapshot.names;
  const existing = names[BASELINE_NAMES.baselineTotal];
  const existingVariance = names[BASELINE_NAMES.variance];
  const total = names.Budget_Total;
  const end = goalsEnd(state.snapshot);
  if (!total || !end) return { cells: [], names: [] };
  let totalRef: CellRef;
  let varianceRef: CellRef;
  const newNames: NamePlan[] = [];
  if (existing && existingVariance) {
    totalRef = parseA1(existing.address);
    varianceRef = parseA1(existingVariance.address);
  } else {
    let row = end.firstRow;
    while (row < end.firstRow + FREE_ROWS_SEARCHED && !(state.freeBelowGoals(row) && state.freeBelowGoals(row + 1)))
      row++;
    if (row >= end.firstRow + FREE_ROWS_SEARCHED) return { cells: [], names: [] };
    totalRef = { row, col: end.valueCol };
    varianceRef = { row: row + 1, col: end.valueCol };
    newNames.push(
      { name: BASELINE_NAMES.baselineTotal, ref: totalRef, comment: labels.budgetCellComments.baselineTotal },
      { name: BASELINE_NAMES.variance, ref: varianceRef, comment: labels.budgetCellComments.variance },
    );
  }
  const label = (ref: CellRef, words: string): PlannedCell => ({
    row: ref.row,
    col: Math.max(0, ref.col - 1),
    content: text(words),
  });
  const variance = `=${a1(parseA1(total.address), true)}-${a1(totalRef, true)}`;
  const current = typeof total.value === "number" ? total.value : 0;
  return {
    cells: [
      label(totalRef, `${labels.budgetCells.baselineTotal} v${baseline.version}`),
      { ...totalRef, content: number(baseline.total), numberFormat: MONEY_FORMAT },
      label(varianceRef, labels.budgetCells.variance),
      {
        ...varianceRef,
        content: formula(variance, baseline.total.negated().plus(current)),
        numberFormat: MONEY_FORMAT,
      },
    ],
    names: newNames,
  };
}

/** The approval's writes: the new version, its store rows, the approval sheet and the budget sheet's cells. */
export function planApproval(state: TimelineState, approval: Approval, today: Baseline["date"]): ApprovalWrite {
  const checked = readBudgetSheet(state.snapshot);
  if (checked.issues.length > 0)
    throw new WorkbookError("refused", unreadableBudget(state.snapshot.sheetName, checked.issues));
  const { budget } = checked;
  const phasing = phasingByCategory(budget, approval.phasing);
  const history = approve(
    budget,
    phasing,
    approval.approver,
    approval.date || today,
    approval.note,
    state.store?.history ?? [],
  );
  const baseline = history[history.length - 1];
  const lang = state.lang;
  const labels = timelineStrings(lang);
  const sheets = [...state.taken.sheets];
  const approvalName = freeSheetName(`${labels.approval.sheetName} v${baseline.version}`, sheets);
  sheets.push(approvalName);
  const findings = sheetHealth(state.snapshot).findings;
  const approvalPlan = buildApprovalPlan(budget, baseline, {
    lang,
    sheetName: approvalName,
    budgetSheet: {
      sheetName: state.snapshot.sheetName,
      totalAddress: state.snapshot.names.Budget_Total?.address ?? "A1",
    },
    findings,
  });
  const rows = baselineStoreRows(state.snapshot.table.name, baseline, lang);
  const newStore = state.store
    ? undefined
    : {
        plan: buildBaselineSheetPlan(lang, freeSheetName(labels.store.sheetName, sheets)),
        headers: baselineStoreHeaders(lang),
        tableName: freeTableName(BASELINE_STORE_TABLE_NAME, state.taken.tables, state.taken.definedNames),
        headerRow: 3,
      };
  return {
    baseline,
    rows,
    ...(newStore ? { newStore } : {}),
    approvalPlan,
    budgetCells: budgetCellsWrite(state, baseline),
  };
}

/**
 * The phasing sheet and execution report for the budget as it now is: added, or in place of this
 * budget's own. Refused when the planner typed actuals or explanations on them: those are never lost.
 */
export function planPhasing(state: TimelineState, choice: CategoryPhasing): PhasingWrite {
  const checked = readBudgetSheet(state.snapshot);
  if (checked.issues.length > 0)
    throw new WorkbookError("refused", unreadableBudget(state.snapshot.sheetName, checked.issues));
  const typed = [state.phasingSheet, state.reportSheet].find((sheet) => sheet?.typed);
  if (typed)
    throw new WorkbookError(
      "refused",
      timelineStrings.both((w) => w.messages.phasingHoldsTyped(typed.sheetName)),
    );
  // A funnel budget keeps the stage lag typed on its phasing sheet unless the planner chose another.
  const savedLag = checked.budget.funnel ? (state.phasingSheet?.stageLag ?? undefined) : undefined;
  const stageLag = choice.stageLag ?? savedLag;
  const phasing = phasingByCategory(checked.budget, stageLag === undefined ? choice : { ...choice, stageLag });
  const layout = budgetLayout(state.snapshot, state.lang);
  const kept = [state.phasingSheet?.sheetName, state.reportSheet?.sheetName].map((n) => n?.toUpperCase());
  const sheets = state.taken.sheets.filter((name) => !kept.includes(name.toUpperCase()));
  const sheetName = state.phasingSheet?.sheetName ?? freeSheetName(phasingLabels(state.lang).sheetName, sheets);
  sheets.push(sheetName);
  const reportSheetName =
    state.reportSheet?.sheetName ?? freeSheetName(executionReportLabels(state.lang).sheetName, sheets);
  const lang = state.lang;
  // With an Actuals sheet, both read its table: the actuals that count and the committed and forecast columns.
  const spend = state.actualsTable
    ? importedSpend(state.actualsTable, checked, lang, axisPeriods(phasing.periods).map(periodSerial))
    : undefined;
  const plan = buildPhasingPlan(checked.budget, phasing, layout, { lang, sheetName, ...(spend ? { spend } : {}) });
  const report = buildExecutionReportPlan(checked.budget, phasing, {
    lang,
    phasingSheetName: sheetName,
    sheetName: reportSheetName,
    ...(spend ? { spend } : {}),
  });
  const replaces = [
    ...(state.phasingSheet ? [{ ...state.phasingSheet, by: "phasing" as const }] : []),
    ...(state.reportSheet ? [{ ...state.reportSheet, by: "report" as const }] : []),
  ]
    .sort((a, b) => a.position - b.position)
    .map(({ sheetName, position, by }) => ({ sheetName, position, by }));
  return { plan, report, replaces, sheetName, reportSheetName };
}

function writable(state: TimelineState): void {
  if (state.structureProtected)
    throw new WorkbookError(
      "protected",
      timelineStrings.both((w) => w.messages.protectedWorkbook),
    );
}

/** The port's timeline, written once for every adapter: baselines read, approved, and the phasing sheet. */
export function budgetTimeline(session: Session<TimelineTarget>) {
  const readFailed = (error: HostErrorInfo) =>
    timelineStrings.both((w, lang) => w.messages.readFailed(hostErrorReason(error)[lang]));
  return {
    baselines: (budgetSheet: string): Promise<BaselineSnapshots> =>
      inSession(
        session,
        async (target) => {
          const { store } = await target.read(budgetSheet);
          return { history: store?.history ?? [], storeSheet: store?.sheetName ?? null };
        },
        readFailed,
      ),
    /**
     * The budget's findings over time, as `npm run health` reports them for the same workbook: changed
     * since its latest baseline, and from its phasing sheet's values spend outside the campaign, a period
     * over plan and execution to date off the plan; in one read. With the phasing sheet they were read from
     * (null when the budget has none, or one that does not phase its lines).
     */
    overTimeFindings: (budgetSheet: string): Promise<{ findings: Finding[]; phasingSheet: string | null }> =>
      inSession(
        session,
        async (target) => {
          const state = await target.read(budgetSheet, { phasingValues: true });
          const checked = readBudgetSheet(state.snapshot);
          const phasingSheet =
            state.phasingSheet && state.phasingValues
              ? { sheetName: state.phasingSheet.sheetName, values: state.phasingValues }
              : null;
          return paneOverTimeFindings(checked, state.lang, { baseline: state.store?.history.at(-1), phasingSheet });
        },
        readFailed,
      ),
    approve: (budgetSheet: string, approval: Approval): Promise<ApprovalResult> =>
      inSession(
        session,
        async (target) => {
          const state = await target.read(budgetSheet);
          writable(state);
          const write = planApproval(state, approval, today());
          await target.approve(state, write);
          return {
            history: [...(state.store?.history ?? []), write.baseline],
            storeSheet: state.store?.sheetName ?? write.newStore?.plan.sheetName ?? null,
            version: write.baseline.version,
            approvalSheet: write.approvalPlan.sheetName,
          };
        },
        (error) => timelineStrings.both((w, lang) => w.messages.approveFailed(hostErrorReason(error)[lang])),
      ),
    /** The stage lag typed on this funnel budget's phasing sheet, as typed; null without one. */
    savedStageLag: (budgetSheet: string): Promise<string | null> =>
      inSession(session, async (target) => (await target.read(budgetSheet)).phasingSheet?.stageLag ?? null, readFailed),
    writePhasing: (
      budgetSheet: string,
      choice: CategoryPhasing,
    ): Promise<{ sheetName: string; reportSheetName: string }> =>
      inSession(
        session,
        async (target) => {
          const state = await target.read(budgetSheet);
          writable(state);
          const write = planPhasing(state, choice);
          await target.writePhasing(state, write);
          return { sheetName: write.sheetName, reportSheetName: write.reportSheetName };
        },
        (error) => timelineStrings.both((w, lang) => w.messages.phasingFailed(hostErrorReason(error)[lang])),
      ),
  };
}

export type BudgetTimeline = ReturnType<typeof budgetTimeline>;

/** The budget sheet's language, by its table's headers. */
export const sheetLang = (snapshot: SheetSnapshot): Lang => mapTableColumns(snapshot.table.headers).lang;

/**
 * Where a phasing sheet of this budget refers to its total, and the formula it holds there: an adapter
 * reads that cell on the sheets named like a phasing sheet to find the one to replace. Null when the
 * budget sheet has no Budget_Total or cannot be phased.
 */
export function phasingProbe(snapshot: SheetSnapshot): { address: string; formula: string } | null {
  try {
    const lang = sheetLang(snapshot);
    const { budget } = readBudgetSheet(snapshot);
    const choice: CategoryPhasing = {
      periods: { unit: "month", first: "2026-01", count: 1 },
      profiles: evenProfiles(),
    };
    const plan = buildPhasingPlan(budget, phasingByCategory(budget, choice), budgetLayout(snapshot, lang), { lang });
    return phasingIdentity(snapshot, plan);
  } catch {
    return null;
  }
}

/** The tables that keep baselines: BudgetBaselines, BudgetBaselines2 … */
export const BASELINE_STORE_TABLE = /^budgetbaselines\d*$/i;
