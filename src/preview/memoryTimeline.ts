import { readBaselineStore } from "../sheet/baselineStore";
import type { PlannedCell } from "../sheet/plan";
import type { CellValue } from "../sheet/snapshot";
import { number, text } from "../sheet/cellContent";
import type { Decimal } from "../model/decimal";
import { parseA1 } from "../sheet/address";
import { ACTUALS_TABLE } from "../sheet/buildActualsPlan";
import { isActualsTable } from "../workbook/actualsTable";
import { sheetMissing } from "../workbook/messages";
import {
  BASELINE_STORE_TABLE,
  FREE_ROWS_SEARCHED,
  companionReads,
  companionSheets,
  goalsEnd,
  phasingCandidates,
  reportCandidates,
  sheetLang,
  type CandidateRead,
  type TimelineState,
  type TimelineTarget,
} from "../workbook/timeline";
import { WorkbookError } from "../workbook/workbookError";
import type { MemorySheet } from "./spreadsheet/memorySheet";
import type { MemorySpreadsheet } from "./spreadsheet/memorySpreadsheet";

const isBlank = (value: CellValue) => value === null || value === "";

/** A store row as cells: text stays text, numbers are numbers, blank is left out. */
export function storeRowCells(row: readonly (string | Decimal | null)[]): PlannedCell[] {
  return row.flatMap((cell, col): PlannedCell[] =>
    cell === null ? [] : [{ row: 0, col, content: typeof cell === "string" ? text(cell) : number(cell) }],
  );
}

/** The timeline's reads and writes on the in-memory workbook, as Excel's adapter does them. */
export function memoryTimelineTarget(spreadsheet: MemorySpreadsheet): TimelineTarget {
  return {
    read: async (budgetSheetKey, options = {}) => {
      const sheet = spreadsheet.sheetByKey(budgetSheetKey);
      if (!sheet) throw new WorkbookError("missing-sheet", sheetMissing(budgetSheetKey));
      const read = spreadsheet.read(sheet);
      if (read.kind !== "budget") throw new WorkbookError("refused", read.error.text, { cause: read.error });
      const { snapshot } = read;
      const tabs = spreadsheet.sheetTabs();
      const budgetTable = snapshot.table.name.toUpperCase();
      const stores = spreadsheet
        .tableNames()
        .filter((name) => BASELINE_STORE_TABLE.test(name))
        .map((name) => ({ name, found: spreadsheet.tableRows(name)! }))
        .map(({ name, found }) => ({ name, sheet: found.sheet, stored: readBaselineStore(found.rows) }))
        .filter((store) => store.stored.budgetTable.toUpperCase() === budgetTable);
      const store = stores[0];
      const reads = companionReads(snapshot);
      const names = tabs.map((tab) => tab.name);
      const candidate =
        (probe: string, typed: string, lag: string | null = null, values?: string) =>
        (sheetName: string): CandidateRead => {
          const candidateSheet = spreadsheet.sheetByKey(sheetName)!;
          const ref = parseA1(probe);
          const lagRef = lag === null ? null : parseA1(lag);
          return {
            sheetName,
            position: names.indexOf(sheetName),
            probeFormula: spreadsheet.cellAt(candidateSheet, ref.row, ref.col).formula ?? "",
            typedCells: rangeFormulas(spreadsheet, candidateSheet, typed),
            ...(lagRef ? { stageLag: spreadsheet.cellAt(candidateSheet, lagRef.row, lagRef.col).value } : {}),
            ...(values ? { values: rangeCells(spreadsheet, candidateSheet, values, (cell) => cell.value) } : {}),
          };
        };
      const companions = reads
        ? companionSheets(
            reads,
            phasingCandidates(names).map(
              candidate(
                reads.probe.address,
                reads.actuals,
                reads.stageLag,
                options.phasingValues ? reads.values : undefined,
              ),
            ),
            reportCandidates(names).map(candidate(reads.report.address, reads.report.explanations)),
          )
        : { phasingSheet: null, reportSheet: null };
      const end = goalsEnd(snapshot);
      const actuals = spreadsheet.tableRows(ACTUALS_TABLE);
      const state: TimelineState = {
        snapshot,
        lang: sheetLang(snapshot),
        store: store
          ? { sheetName: spreadsheet.sheetName(store.sheet), tableName: store.name, history: store.stored.history }
          : null,
        ...companions,
        actualsTable:
          actuals && isActualsTable(actuals.headers) ? { headers: actuals.headers, rows: actuals.rows } : null,
        freeBelowGoals: (row) =>
          end !== null &&
          row < end.firstRow + FREE_ROWS_SEARCHED + 1 &&
          isBlank(spreadsheet.cellAt(sheet, row, end.labelCol).value) &&
          isBlank(spreadsheet.cellAt(sheet, row, end.valueCol).value),
        taken: {
          sheets: tabs.map((tab) => tab.name),
          tables: spreadsheet.tableNames(),
          definedNames: spreadsheet.definedNames(),
        },
        activeSheet: spreadsheet.activeSheetTab.name,
        structureProtected: false,
      };
      return state;
    },
    approve: async (state, write) => {
      const rows = write.rows.map(storeRowCells);
      if (write.newStore) {
        const storeSheet = spreadsheet.addPlainSheet(write.newStore.plan);
        spreadsheet.addValueTable(
          storeSheet,
          write.newStore.tableName,
          write.newStore.headerRow,
          write.newStore.headers,
          rows,
        );
      } else if (state.store) {
        spreadsheet.appendTableRows(state.store.tableName, rows);
      }
      spreadsheet.addPlainSheet(write.approvalPlan);
      const budgetSheet = spreadsheet.sheetByKey(state.snapshot.sheetName)!;
      spreadsheet.writePlannedCells(budgetSheet, write.budgetCells.cells, write.budgetCells.names);
    },
    writePhasing: async (_, write) => {
      for (const old of write.replaces) {
        const sheet = spreadsheet.sheetByKey(old.sheetName);
        if (sheet) spreadsheet.removeSheet(sheet);
      }
      const built = { phasing: spreadsheet.addPlainSheet(write.plan), report: spreadsheet.addPlainSheet(write.report) };
      const names = { phasing: write.sheetName, report: write.reportSheetName };
      for (const old of write.replaces) spreadsheet.renameSheet(built[old.by], names[old.by], old.position);
    },
  };
}

/** The cells of a range such as H20:DW39 on a sheet, each as `of` takes it. */
export function rangeCells(
  spreadsheet: MemorySpreadsheet,
  sheet: MemorySheet,
  range: string,
  of: (cell: { value: CellValue; formula: string | null }) => CellValue,
): CellValue[][] {
  const [from, to] = range.split(":").map(parseA1);
  return Array.from({ length: to.row - from.row + 1 }, (_, r) =>
    Array.from({ length: to.col - from.col + 1 }, (_, c) => of(spreadsheet.cellAt(sheet, from.row + r, from.col + c))),
  );
}

/** The cells of a range as Excel's `formulas` gives them: a formula, or the value. */
const rangeFormulas = (spreadsheet: MemorySpreadsheet, sheet: MemorySheet, range: string): CellValue[][] =>
  rangeCells(spreadsheet, sheet, range, (cell) => cell.formula ?? cell.value);
