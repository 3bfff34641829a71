import { ACTUALS_TABLE, DATE_FORMAT } from "../sheet/buildActualsPlan";
import { MONEY_FORMAT } from "../sheet/formats";
import type { PlannedCell } from "../sheet/plan";
import type { ActualsTarget } from "../workbook/actuals";
import { actualsHealthRead, actualsHealthReads } from "../workbook/actualsHealthInput";
import { MAPPINGS_NAME } from "../workbook/actualsMappings";
import { findPhasingTarget, phasingSettingsRange } from "../workbook/actualsPhasing";
import { isActualsTable } from "../workbook/actualsTable";
import { phasingCandidates } from "../workbook/timeline";
import { parseA1 } from "../sheet/address";
import type { CellValue, SheetSnapshot } from "../sheet/snapshot";
import { rangeCells } from "./memoryTimeline";
import type { MemorySheet } from "./spreadsheet/memorySheet";
import { sheetMissing } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";
import type { MemorySpreadsheet } from "./spreadsheet/memorySpreadsheet";

/** The actuals import's read and write on the in-memory workbook, as Excel's adapter does them. */
export function memoryActualsTarget(spreadsheet: MemorySpreadsheet): ActualsTarget {
  return {
    read: async (budgetSheetKey, options = {}) => {
      const sheet = budgetSheetKey === undefined ? spreadsheet.activeSheet() : spreadsheet.sheetByKey(budgetSheetKey);
      if (!sheet) throw new WorkbookError("missing-sheet", sheetMissing(budgetSheetKey ?? ""));
      const read = spreadsheet.read(sheet);
      if (read.kind !== "budget") throw new WorkbookError("refused", read.error.text, { cause: read.error });
      const found = spreadsheet.tableRows(ACTUALS_TABLE);
      const ours = found && isActualsTable(found.headers);
      return {
        snapshot: read.snapshot,
        sheetId: sheet.id,
        table: ours
          ? {
              sheetName: spreadsheet.sheetName(found.sheet),
              tableName: found.name,
              headers: found.headers,
              rows: found.rows,
            }
          : null,
        foreign: found && !ours ? { sheetName: spreadsheet.sheetName(found.sheet) } : null,
        mappingsFormula: spreadsheet.definedNameFormula(MAPPINGS_NAME),
        phasing: findPhasingTarget(
          read.snapshot,
          phasingCandidates(spreadsheet.sheetTabs().map((tab) => tab.name)).map((sheetName) => {
            const [from, to] = phasingSettingsRange().split(":").map(parseA1);
            const candidate = spreadsheet.sheetByKey(sheetName)!;
            const column = (pick: (cell: { formula: string | null; value: CellValue }) => CellValue) =>
              Array.from({ length: to.row - from.row + 1 }, (_, r) => [
                pick(spreadsheet.cellAt(candidate, from.row + r, from.col)),
              ]);
            return {
              sheetName,
              formulas: column((cell) => cell.formula ?? cell.value),
              values: column((cell) => cell.value),
            };
          }),
        ),
        taken: {
          sheets: spreadsheet.sheetTabs().map((tab) => tab.name),
          tables: spreadsheet.tableNames(),
          definedNames: spreadsheet.definedNames(),
        },
        structureProtected: false,
        ...(ours && options.health ? { health: healthRead(spreadsheet, read.snapshot, found.sheet) } : {}),
      };
    },
    write: async (_, write) => {
      if (write.newSheet) spreadsheet.addPlanSheet(write.newSheet);
      else {
        const format = (col: number) =>
          col === write.dateColumn ? DATE_FORMAT : col === write.amountColumn ? MONEY_FORMAT : undefined;
        spreadsheet.appendTableRows(
          write.tableName,
          write.rows.map((row) =>
            row.map((content, col): PlannedCell => {
              const numberFormat = content.kind === "number" ? format(col) : undefined;
              return { row: 0, col, content, ...(numberFormat ? { numberFormat } : {}) };
            }),
          ),
        );
      }
      if (write.mappings) spreadsheet.setConstantName(MAPPINGS_NAME, write.mappings.formula);
      const phasingSheet = write.phasing && spreadsheet.sheetByKey(write.phasing.sheetName);
      if (write.phasing && phasingSheet) spreadsheet.writePlannedCells(phasingSheet, write.phasing.cells, []);
      return 1;
    },
  };
}

/** What the health rules read beyond the import's read, as Excel's adapter reads it (see ActualsState.health). */
function healthRead(spreadsheet: MemorySpreadsheet, snapshot: SheetSnapshot, actualsSheet: MemorySheet) {
  const reads = actualsHealthReads(snapshot);
  const phasing = reads.phasing;
  const candidates = phasing
    ? phasingCandidates(spreadsheet.sheetTabs().map((tab) => tab.name)).map((sheetName) => {
        const sheet = spreadsheet.sheetByKey(sheetName)!;
        const probe = parseA1(phasing.probe.address);
        return {
          sheetName,
          probeFormula: spreadsheet.cellAt(sheet, probe.row, probe.col).formula ?? "",
          values: rangeCells(spreadsheet, sheet, phasing.values, (cell) => cell.value),
        };
      })
    : [];
  return actualsHealthRead(
    reads,
    candidates,
    rangeCells(spreadsheet, actualsSheet, reads.lineCells, (cell) => cell.value),
  );
}
