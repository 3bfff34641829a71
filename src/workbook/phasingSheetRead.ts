import type { ActualsLine } from "../sheet/buildActualsPlan";
import { phasingSheetValues, writtenPhasingCells, type PhasingSheet } from "../sheet/phasingSheet";
import type { CellValue } from "../sheet/snapshot";

/** A budget's phasing sheet as the pane reads it: its name and its values from A1 (see phasingSheetArea). */
export interface PhasingSheetRead {
  sheetName: string;
  values: readonly (readonly CellValue[])[];
}

/**
 * The phasing sheet of these lines from the values the pane read of it, the cells as this version
 * writes them; null when there is none, or one that does not phase these lines.
 */
export function phasingOfRead(lines: readonly ActualsLine[], read: PhasingSheetRead | null): PhasingSheet | null {
  return read
    ? phasingSheetValues(
        read.sheetName,
        lines,
        writtenPhasingCells(lines.length),
        (row, col) => read.values[row]?.[col] ?? null,
      )
    : null;
}
