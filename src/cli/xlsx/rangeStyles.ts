import type { Alignment, Font, Worksheet } from "exceljs";
import type { RangeStyle } from "../../sheet/plan";
import { cellsOfRange } from "./cellRange";
import { argb } from "./colors";

/** The workbook's default font; a styled cell starts from it so no font lacks a name or size. */
export const BASE_FONT: Partial<Font> = { name: "Calibri", size: 11, family: 2 };

/** Applies one planned style to every cell of its range, keeping what earlier styles set. */
export function applyRangeStyle(worksheet: Worksheet, style: RangeStyle): void {
  for (const cell of cellsOfRange(worksheet, style.range)) {
    const font: Partial<Font> = { ...BASE_FONT, ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
    cell.font = font;
    if (style.fill !== undefined) {
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    }
    if (style.wrap !== undefined || style.horizontal !== undefined) {
      const alignment: Partial<Alignment> = { ...cell.alignment };
      if (style.wrap !== undefined) alignment.wrapText = style.wrap;
      if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
      cell.alignment = alignment;
    }
  }
}
