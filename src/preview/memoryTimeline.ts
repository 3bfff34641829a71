import { readBaselineStore } from "../sheet/baselineStore";
import type { PlannedCell } from "../sheet/plan";
import type { CellValue } from "../sheet/snapshot";
import { number, text } from "../sheet/cellContent";
import type { Decimal } from "../model/decimal";
import { parseA1 } from "../sheet/address";
import { sheetMissing } from "../workbook/messages";
import {
  BASELINE_STORE_TABLE,
  FREE_ROWS_SEARCHED,
  goalsEnd,
  phasingCandidates,
  phasingProbe,
  sheetLang,
  type TimelineState,
  type TimelineTarget,
} from "../workbook/timeline";
import { WorkbookError } from "../workbook/workbookError";
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
    read: async (budgetSheetKey) => {
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
      const probe = phasingProbe(snapshot);
      const phasingSheet = probe
        ? phasingCandidates(tabs.map((tab) => tab.name))
            .map((name) => ({ name, candidate: spreadsheet.sheetByKey(name)! }))
            .find(({ candidate }) => {
              const ref = parseA1(probe.address);
              return spreadsheet.cellAt(candidate, ref.row, ref.col).formula === probe.formula;
            })
        : undefined;
      const end = goalsEnd(snapshot);
      const state: TimelineState = {
        snapshot,
        lang: sheetLang(snapshot),
        store: store
          ? { sheetName: spreadsheet.sheetName(store.sheet), tableName: store.name, history: store.stored.history }
          : null,
        phasingSheet: phasingSheet
          ? { sheetName: phasingSheet.name, position: tabs.findIndex((tab) => tab.name === phasingSheet.name) }
          : null,
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
      const built = spreadsheet.addPlainSheet(write.plan);
      if (write.replaces) {
        const old = spreadsheet.sheetByKey(write.replaces.sheetName);
        if (old) spreadsheet.removeSheet(old);
        spreadsheet.renameSheet(built, write.sheetName, write.replaces.position);
      }
    },
  };
}
