/** What reading a budget sheet, or writing the funnel's figures back to it, cannot get past. */
export interface SheetReadingMessages {
  /** A BudgetLines… table whose headers name no Category and Budget columns: the table, its sheet. */
  notABudgetTable: (table: string, sheet: string) => string;
  noBudgetTable: (sheet: string) => string;
  /** The funnel's named input cells the sheet no longer has: the sheet, the names. */
  funnelNamesMissing: (sheet: string, names: string) => string;
}

export const sheetReading: SheetReadingMessages = {
  notABudgetTable: (table, sheet) =>
    `The table ${table} on sheet "${sheet}" has no Category and Budget columns: it is not a budget table.`,
  noBudgetTable: (sheet) => `Sheet "${sheet}" holds no budget lines table (BudgetLines).`,
  funnelNamesMissing: (sheet, names) =>
    `Sheet "${sheet}" has no cell named ${names}: nothing was written. Insert the funnel template again, or restore the name in Formulas › Name Manager.`,
};
