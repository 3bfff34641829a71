import { closeMessageDialog } from "../excel/messageDialog";
import { insertBudgetCommand } from "../excel/ribbonCommand";
import { renderMessagePage } from "./messagePage";
import { messageFromQuery } from "../workbook/messageUrl";

Office.onReady(() => {
  // The same page is the ribbon's function file and, with ?message=…, the dialog that reports a failure.
  const message = messageFromQuery(window.location.search);
  if (message) renderMessagePage(message, closeMessageDialog);
  else Office.actions.associate("insertBudget", insertBudgetCommand);
});
