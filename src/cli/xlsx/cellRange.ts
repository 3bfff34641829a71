import type { Cell, Worksheet } from "exceljs";
import { parseA1 } from "../../sheet/address";

/** Every cell of an A1 range ("N5:N11" or a single "O20"), row by row. */
export function cellsOfRange(worksheet: Worksheet, range: string): Cell[] {
  const [from, to = from] = range.split(":");
  const first = parseA1(from);
  const last = parseA1(to);
  const cells: Cell[] = [];
  for (let row = first.row; row <= last.row; row++) {
    for (let col = first.col; col <= last.col; col++) cells.push(worksheet.getCell(row + 1, col + 1));
  }
  return cells;
}
