import type { CheckedBudget } from "../model/health";
import type { OverTime } from "../model/overTimeHealth";
import { readBaselineStore } from "../sheet/baselineStore";
import type { SheetSnapshot } from "../sheet/snapshot";
import { mapTableColumns } from "../sheet/tableColumns";
import { baselineAndPhasing, phasedLines } from "../workbook/overTime";
import { BASELINE_STORE_TABLE } from "../workbook/timeline";
import { actualsHealthInput, readActualsSheet, type WorkbookActuals } from "./actualsSheet";
import { readPhasingSheet } from "./phasingSheet";
import type { WorkbookSheet } from "./xlsx/readSnapshot";

/**
 * The latest baseline approved for this budget, from the baselines table the approval keeps (its
 * rows alone are read); undefined before the first approval or when no table keeps this budget's.
 */
async function latestBaseline(sheets: readonly WorkbookSheet[], snapshot: SheetSnapshot) {
  const budgetTable = snapshot.table.name.toUpperCase();
  for (const sheet of sheets) {
    const table = sheet.table;
    if (!table || !BASELINE_STORE_TABLE.test(table.name)) continue;
    const lastCol = table.firstCol + table.headers.length - 1;
    const value = await sheet.cells(
      (row, col) => row >= table.firstDataRow && row <= table.lastDataRow && col >= table.firstCol && col <= lastCol,
    );
    const rows = Array.from({ length: table.lastDataRow - table.firstDataRow + 1 }, (_, r) =>
      table.headers.map((_, c) => value(table.firstDataRow + r, table.firstCol + c)),
    );
    const stored = readBaselineStore(rows);
    if (stored.budgetTable.toUpperCase() === budgetTable) return stored.history.at(-1);
  }
  return undefined;
}

/**
 * What a saved workbook holds for the health rules over time, beyond the budget sheet: the latest
 * approved baseline, the Phasing sheet of these lines with the actuals typed on it, the campaign's
 * periods and the tolerance set there, and the Actuals sheet. Each part only where the workbook has
 * it; the same for `npm run health` and the roll-up's error count.
 */
export async function workbookOverTime(
  sheets: readonly WorkbookSheet[],
  snapshot: SheetSnapshot,
  checked: CheckedBudget,
  options: { today: string; staleAfterDays: number },
  /** The Actuals sheet when the caller has read it already (null: the workbook has none). */
  read?: { actuals: WorkbookActuals | null },
): Promise<OverTime> {
  const baseline = await latestBaseline(sheets, snapshot);
  const lines = phasedLines(checked, mapTableColumns(snapshot.table.headers).lang);
  const phasing = await readPhasingSheet(sheets, lines);
  const actuals = read ? read.actuals : await readActualsSheet(sheets, snapshot, checked);
  return {
    ...baselineAndPhasing(lines, { baseline, phasing }),
    ...(actuals ? { actuals: await actualsHealthInput(actuals, options) } : {}),
  };
}
