import { messagePageUrl, type PageMessage } from "./messageUrl";

/**
 * Shows a message in an Office dialog (a ribbon command has no pane) and resolves once the dialog is
 * closed, or at once if it cannot open. Never rejects.
 */
export function showMessageDialog(message: PageMessage): Promise<void> {
  return new Promise((resolve) => {
    try {
      const url = messagePageUrl(window.location.href, message);
      Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = opened.value;
        // The page asks to be closed; DialogEventReceived means the planner closed it (or it failed).
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      });
    } catch {
      resolve();
    }
  });
}
