import type { DataValidation, Worksheet } from "exceljs";
import type { ConditionalFormatPlan, ValidationPlan } from "../../sheet/plan";
import { argb } from "./colors";

// Excel repairs a file whose validation rule exceeds these lengths.
const MAX_LIST_LITERAL = 255;
const MAX_ALERT_TITLE = 32;
const MAX_ALERT_MESSAGE = 255;

/** Expression rules in plan order, the first one highest. */
export function addConditionalFormats(worksheet: Worksheet, formats: readonly ConditionalFormatPlan[]): void {
  formats.forEach((format, index) => {
    const fill = argb(format.fill);
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [format.formula.replace(/^=/, "")],
          style: {
            // Differential fills are read from bgColor by Excel and from fgColor by some others.
            fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } },
            font: { color: { argb: argb(format.fontColor) } },
          },
        },
      ],
    });
  });
}

function toDataValidation(validation: ValidationPlan): DataValidation {
  if (validation.title.length > MAX_ALERT_TITLE || validation.message.length > MAX_ALERT_MESSAGE) {
    throw new Error(`the validation alert for ${validation.range} is longer than Excel allows`);
  }
  const alert = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: validation.title,
    error: validation.message,
  };
  if (validation.kind === "decimal") {
    return { type: "decimal", operator: "between", formulae: [validation.min, validation.max], ...alert };
  }
  const literal = `"${validation.values.join(",")}"`;
  if (literal.length > MAX_LIST_LITERAL) {
    throw new Error(`the list for ${validation.range} is longer than Excel's ${MAX_LIST_LITERAL} characters`);
  }
  return { type: "list", formulae: [literal], ...alert };
}

/**
 * ExcelJS's typings only offer cell-by-cell validations, which it merges into overlapping ranges
 * (a file Excel repairs); its untyped range API writes each rule once over exactly its range.
 */
interface RangeValidations {
  dataValidations: { add(range: string, validation: DataValidation): void };
}

export function addValidations(worksheet: Worksheet, validations: readonly ValidationPlan[]): void {
  const { dataValidations } = worksheet as unknown as RangeValidations;
  for (const validation of validations) dataValidations.add(validation.range, toDataValidation(validation));
}
