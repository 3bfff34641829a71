import { HyperFormula } from "hyperformula";
import { registerBudgetFunctions } from "./budgetFunctionsPlugin";
import type { Lang } from "../../i18n";

/**
 * A HyperFormula engine that knows the BUDGET functions, their errors in the language given. HyperFormula
 * is GPL-3.0: it lives in the preview and the tests only, never in a bundle the add-in ships.
 */
export function createFormulaEngine(messageLanguage: Lang): HyperFormula {
  registerBudgetFunctions({ messageLanguage });
  return HyperFormula.buildEmpty({ licenseKey: "gpl-v3" });
}
