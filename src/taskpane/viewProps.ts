import type { Lang, Strings } from "../i18n";
import type { BudgetWorkbook } from "../workbook/budgetWorkbook";

/** What every view of the pane is given. */
export interface ViewProps {
  lang: Lang;
  strings: Strings;
  workbook: BudgetWorkbook;
}
