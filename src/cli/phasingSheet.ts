import { a1, parseA1 } from "../sheet/address";
import type { ActualsLine } from "../sheet/buildActualsPlan";
import { PHASING_NAMES, phasingLayout } from "../sheet/buildPhasingPlan";
import {
  PHASING_HEALTH_SETTINGS,
  phasingSheetValues,
  phasingSheetWanted,
  type PhasingSheet,
  type PhasingSheetCells,
} from "../sheet/phasingSheet";
import type { WorkbookSheet } from "./xlsx/readSnapshot";

export type { PhasingSheet };

/**
 * The workbook's Phasing sheet as the Actuals sheet and the health rules over time read it, from the
 * values the sheet was saved with (see phasingSheetValues). Null when the workbook has no Phasing
 * sheet, or one that does not phase these lines: the Actuals sheet then counts each line as one period.
 */
export async function readPhasingSheet(
  sheets: readonly WorkbookSheet[],
  lines: readonly ActualsLine[],
): Promise<PhasingSheet | null> {
  const layout = phasingLayout(lines.length);
  const sheet = sheets.find(
    (s) =>
      s.localNames[PHASING_NAMES.currentPeriod] === a1(layout.currentPeriod) && s.localNames[PHASING_NAMES.periodCount],
  );
  if (!sheet) return null;
  // The health settings where the sheet names them (a sheet written before them has none).
  const cells: PhasingSheetCells = {
    periodCount: parseA1(sheet.localNames[PHASING_NAMES.periodCount]),
    settings: PHASING_HEALTH_SETTINGS.flatMap((key) => {
      const address = sheet.localNames[PHASING_NAMES[key]];
      return address ? [{ key, ...parseA1(address) }] : [];
    }),
  };
  const value = await sheet.cells(phasingSheetWanted(lines.length, cells));
  return phasingSheetValues(sheet.name, lines, cells, value);
}
