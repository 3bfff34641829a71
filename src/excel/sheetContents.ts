import { a1, columnLetter } from "../sheet/address";
import type { ConditionalFormatPlan, PlainSheetPlan, RangeStyle, ValidationPlan } from "../sheet/plan";
import { cellGrid } from "../sheet/grid/cellGrid";
import { columnWidthPoints } from "../sheet/grid/columnWidth";

/** Excel's limits on a data validation's prompt and alert texts. */
const VALIDATION_TITLE_MAX = 32;
const VALIDATION_MESSAGE_MAX = 255;

const HORIZONTAL: Record<NonNullable<RangeStyle["horizontal"]>, "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

function applyStyle(sheet: Excel.Worksheet, style: RangeStyle): void {
  const format = sheet.getRange(style.range).format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
}

function applyConditionalFormat(sheet: Excel.Worksheet, rule: ConditionalFormatPlan): void {
  const conditionalFormat = sheet.getRange(rule.range).conditionalFormats.add("Custom");
  conditionalFormat.custom.rule.formula = rule.formula;
  conditionalFormat.custom.format.fill.color = rule.fill;
  conditionalFormat.custom.format.font.color = rule.fontColor;
}

function applyValidation(sheet: Excel.Worksheet, validation: ValidationPlan): void {
  const dataValidation = sheet.getRange(validation.range).dataValidation;
  dataValidation.rule =
    validation.kind === "decimal"
      ? { decimal: { formula1: validation.min, formula2: validation.max, operator: "Between" } }
      : // A list source is always comma-separated, whatever the locale's list separator.
        { list: { inCellDropDown: true, source: validation.values.join(",") } };
  const title = validation.title.slice(0, VALIDATION_TITLE_MAX);
  const message = validation.message.slice(0, VALIDATION_MESSAGE_MAX);
  dataValidation.prompt = { showPrompt: true, title, message };
  dataValidation.errorAlert = { showAlert: true, style: "Stop", title, message };
}

/**
 * Queues a plan's names, cells, formats, rules and validations onto a sheet: its content, without the
 * decorations (sheetDecorations). Names come before the cells, so the formulas that refer to them are
 * accepted in the same batch.
 */
export function writeSheetContents(sheet: Excel.Worksheet, plan: PlainSheetPlan): void {
  for (const name of plan.names) {
    sheet.names.add(name.name, sheet.getRange(a1(name.ref, true)), name.comment);
  }

  const grid = cellGrid(plan.cells);
  const gridRange = sheet.getRange(grid.address);
  gridRange.formulas = grid.formulas;
  gridRange.numberFormat = grid.numberFormats;

  for (const style of plan.styles) applyStyle(sheet, style);
  for (const { col, chars } of plan.columnWidths) {
    const letter = columnLetter(col);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(chars);
  }
  for (const rule of plan.conditionalFormats) applyConditionalFormat(sheet, rule);
  for (const validation of plan.validations) applyValidation(sheet, validation);
}
