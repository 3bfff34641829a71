import { expect } from "vitest";
import { cellResult, loadWorkbook, namedCell, readDefinedNames } from "../../src/cli/xlsx/readXlsx";
import type { Decimal } from "../../src/model";
import { a1 } from "../../src/sheet/address";
import type { PlainSheetPlan } from "../../src/sheet/plan";
import { dateSerial } from "./dateSerial";
import { expectClose, LIBREOFFICE_TOLERANCE } from "./expectClose";

/** A workbook saved by a spreadsheet program, read back: named cells (of a 0-based sheet) and cells by sheet. */
export async function readBack(bytes: Buffer) {
  const workbook = await loadWorkbook(bytes);
  const names = await readDefinedNames(bytes);
  return {
    names,
    named: (name: string, sheet: number) =>
      cellResult(
        namedCell(
          workbook,
          names.filter((n) => n.localSheetId === sheet),
          name,
        ),
      ),
    at: (sheetName: string, row: number, col: number) =>
      dateSerial(cellResult(workbook.getWorksheet(sheetName)!.getCell(row + 1, col + 1))),
  };
}

/**
 * Every formula cell shows the model's result. Money is compared to the fen exactly: LibreOffice's
 * saved doubles of whole fen round to them.
 */
export function expectPlanResults(result: Awaited<ReturnType<typeof readBack>>, plan: PlainSheetPlan): number {
  let formulas = 0;
  for (const cell of plan.cells) {
    if (cell.content.kind !== "formula") continue;
    formulas++;
    const label = `${plan.sheetName}!${a1(cell)} ${cell.content.formula}`;
    const expected: Decimal | string = cell.content.result;
    const value = result.at(plan.sheetName, cell.row, cell.col);
    if (typeof expected === "string") {
      if (expected === "") expect([null, ""], label).toContain(value);
      else expect(value, label).toBe(expected);
    } else {
      // ExcelJS's cell.value leaves out a cached result of 0.
      expectClose(value ?? (expected.isZero() ? 0 : value), expected, label, LIBREOFFICE_TOLERANCE);
    }
  }
  return formulas;
}
