import { rangeA1 } from "../../sheet/address";
import type { TablePlan } from "../../sheet/plan";
import { escapeXml } from "./xmlText";

const MAIN_NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * The table part as Excel writes it: a header row, no totals row, an autoFilter over the table.
 * `headerRowCount="1"` is the default but stated, because ExcelJS's reader takes its absence for
 * "no header row". No calculatedColumnFormula: ExcelJS's reader stops at the first one it meets.
 */
export function renderTableXml(table: TablePlan, id: number): string {
  const lastCol = table.firstCol + table.columns.length - 1;
  const ref = rangeA1({ row: table.headerRow, col: table.firstCol }, { row: table.lastDataRow, col: lastCol });
  const columns = table.columns.map((name, index) => `<tableColumn id="${index + 1}" name="${escapeXml(name)}"/>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NAMESPACE}" id="${id}" name="${escapeXml(table.name)}" ` +
    `displayName="${escapeXml(table.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.columns.length}">${columns.join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" ` +
    `showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}
