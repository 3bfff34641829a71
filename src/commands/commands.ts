import { insertBudgetSheet } from "../excel/insertBudgetSheet";
import { DEFAULT_PRESET } from "../model";
import { insertErrorMessage } from "../workbook/insertMessages";
import { displayLang } from "../excel/officeEnvironment";
import { showMessageDialog } from "./messageDialog";
import { renderMessagePage } from "./messagePage";
import { messageFromQuery } from "./messageUrl";

/** Home › Insert budget: the default template in Office's display language, without opening the pane. */
export async function insertBudget(event: Office.AddinCommands.Event): Promise<void> {
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

Office.onReady(() => {
  // The same page is the ribbon's function file and, with ?message=…, the dialog that reports a failure.
  const message = messageFromQuery(window.location.search);
  if (message) {
    renderMessagePage(message);
  } else {
    Office.actions.associate("insertBudget", insertBudget);
  }
});
