import { messagePageUrl, type PageMessage } from "../workbook/messageUrl";

/** "closed": the planner saw the message and closed it; "not-shown": no dialog could show it. */
export type MessageOutcome = "closed" | "not-shown";

const DIALOG_SIZE = { height: 30, width: 35 };
// Office's code for "a dialog box is already opened from this host window": one at a time per window.
const DIALOG_ALREADY_OPEN = 12007;

type Opening = { kind: "opened"; dialog: Office.Dialog } | { kind: "failed"; code: number | null; reason: string };

/** The message dialog this command file has open, and how to end the wait of the command that opened it. */
let current: { dialog: Office.Dialog; closed: () => void } | undefined;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function open(url: string, displayInIframe: boolean): Promise<Opening> {
  return new Promise((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(url, { ...DIALOG_SIZE, displayInIframe }, (result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) {
          resolve({ kind: "opened", dialog: result.value });
        } else {
          resolve({ kind: "failed", code: result.error?.code ?? null, reason: result.error?.message ?? "" });
        }
      });
    } catch (error) {
      // A host without the dialog API has no displayDialogAsync.
      resolve({ kind: "failed", code: null, reason: errorText(error) });
    }
  });
}

/** Closes the message dialog still open from an earlier command, which then completes. */
function closeCurrent(): void {
  const shown = current;
  current = undefined;
  if (!shown) return;
  shown.dialog.close();
  shown.closed();
}

/** Resolves once the planner closes the dialog, or a newer message replaces it. */
function untilClosed(dialog: Office.Dialog): Promise<MessageOutcome> {
  return new Promise((resolve) => {
    const closed = () => {
      if (current?.dialog === dialog) current = undefined;
      resolve("closed");
    };
    current = { dialog, closed };
    // The page asks to be closed; DialogEventReceived means the planner closed it (or it failed).
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
      dialog.close();
      closed();
    });
    dialog.addEventHandler(Office.EventType.DialogEventReceived, closed);
  });
}

/**
 * Shows a message in an Office dialog (a ribbon command has no pane) and resolves once the dialog is
 * closed. Where the dialog cannot open it tries what else may show it: a message of ours still open
 * gives way to the newer one, and a dialog that cannot open inside the page (Office on the web) opens
 * in a window of its own. Where nothing can show it, the message goes to the console with the reason
 * and the promise resolves "not-shown" at once. Never rejects.
 */
export async function showMessageDialog(message: PageMessage): Promise<MessageOutcome> {
  let opening: Opening;
  try {
    const url = messagePageUrl(window.location.href, message);
    opening = await open(url, true);
    if (opening.kind === "failed" && opening.code === DIALOG_ALREADY_OPEN && current) {
      closeCurrent();
      opening = await open(url, true);
    } else if (opening.kind === "failed" && opening.code !== DIALOG_ALREADY_OPEN) {
      opening = await open(url, false);
    }
  } catch (error) {
    opening = { kind: "failed", code: null, reason: errorText(error) };
  }
  if (opening.kind === "opened") return untilClosed(opening.dialog);
  const code = opening.code === null ? "" : ` (${opening.code})`;
  console.error(`${message.text}\n[The message dialog could not open${code}: ${opening.reason}]`);
  return "not-shown";
}

/** From the message page inside the dialog: asks the command that opened it to close it. */
export function closeMessageDialog(): void {
  Office.context.ui.messageParent("close");
}
