import type { CellContent, ConditionalFormatPlan, NamePlan, PlannedCell, RangeStyle, ValidationPlan } from "./plan";

/** What one block of a budget sheet adds to the sheet's plan; the plan lists its blocks' parts in order. */
export interface SheetBlock {
  cells: PlannedCell[];
  names: NamePlan[];
  styles: RangeStyle[];
  conditionalFormats: ConditionalFormatPlan[];
  validations: ValidationPlan[];
}

/** A block's cells and the function that adds one, with a number format where one is given. */
export function cellList(): {
  cells: PlannedCell[];
  put: (row: number, col: number, content: CellContent, numberFormat?: string) => void;
} {
  const cells: PlannedCell[] = [];
  const put = (row: number, col: number, content: CellContent, numberFormat?: string): void => {
    cells.push({ row, col, content, ...(numberFormat ? { numberFormat } : {}) });
  };
  return { cells, put };
}
