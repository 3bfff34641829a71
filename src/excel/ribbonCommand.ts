import { DEFAULT_PRESET } from "../model";
import { insertErrorMessage, missingDecorationsNote } from "../workbook/insertMessages";
import { insertBudgetSheet } from "./insertBudgetSheet";
import { showMessageDialog } from "./messageDialog";
import { displayLang } from "./officeEnvironment";

/**
 * Home › Insert budget: the default template in Office's display language, without opening the pane.
 * Says nothing when all went well; a message dialog says what failed, or, when the sheet was inserted
 * without some of its decorations, which ones, in the words the pane uses.
 */
export async function insertBudgetCommand(event: Office.AddinCommands.Event): Promise<void> {
  const lang = displayLang();
  try {
    const result = await insertBudgetSheet({ preset: DEFAULT_PRESET, lang });
    const note = missingDecorationsNote(result, lang);
    // Completing the event ends the command and the dialog with it, so wait for the planner to close it.
    if (note !== null) await showMessageDialog({ text: note, lang, kind: "inserted" });
  } catch (error) {
    await showMessageDialog({ text: insertErrorMessage(error, lang), lang });
  } finally {
    event.completed();
  }
}
