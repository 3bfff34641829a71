import { DetailedCellError } from "hyperformula";
import { Decimal } from "../../model/decimal";
import { formatNumber } from "../numberFormat";
import { literalText } from "../../sheet/grid/cellGrid";

export interface CellDisplay {
  text: string;
  align: "left" | "right" | "center";
  /** An error's explanation, for the cell's tooltip. */
  detail?: string;
}

/** A cell as Excel shows it: numbers formatted and right-aligned, text left, booleans and errors centred. */
export function cellDisplay(value: unknown, numberFormat: string | undefined): CellDisplay {
  if (value instanceof DetailedCellError) return { text: value.value, align: "center", detail: value.message };
  if (typeof value === "number") return { text: formatNumber(value, numberFormat), align: "right" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", align: "center" };
  if (value === null || value === undefined) return { text: "", align: "left" };
  return { text: String(value), align: "left" };
}

/** What the formula bar shows for a cell without a formula: what typing it again would give. */
export function typedText(value: unknown, percent: boolean): string {
  if (value === null || value === undefined || value instanceof DetailedCellError) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return percent ? `${new Decimal(value).times(100).toString()}%` : String(value);
  // Text Excel would read as a number or a formula carries its apostrophe, as in Excel's formula bar.
  return literalText(String(value));
}
