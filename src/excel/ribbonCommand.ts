import { DEFAULT_PRESET } from "../model";
import { insertErrorMessage } from "../workbook/insertMessages";
import { insertBudgetSheet } from "./insertBudgetSheet";
import { showMessageDialog } from "./messageDialog";
import { displayLang } from "./officeEnvironment";

/** Home › Insert budget: the default template in Office's display language, without opening the pane. */
export async function insertBudgetCommand(event: Office.AddinCommands.Event): Promise<void> {
  const lang = displayLang();
  try {
    await insertBudgetSheet({ preset: DEFAULT_PRESET, lang });
  } catch (error) {
    // Completing the event ends the command and the dialog with it, so wait for the planner to close it.
    await showMessageDialog({ text: insertErrorMessage(error, lang), lang });
  } finally {
    event.completed();
  }
}
