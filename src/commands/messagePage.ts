import type { PageMessage } from "../workbook/messageUrl";
import { insertionStrings, localeTag, paneStrings } from "../i18n";

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`commands.html lacks #${id}`);
  return found;
}

/** Fills the dialog page with the message, as text only; its button asks the command to close it. */
export function renderMessagePage(message: PageMessage, askToClose: () => void): void {
  const strings = paneStrings(message.lang);
  document.documentElement.lang = localeTag(message.lang);
  document.title = strings.appTitle;
  element("message-title").textContent =
    message.kind === "inserted" ? insertionStrings(message.lang).insertedWithGaps : strings.commandFailedTitle;
  element("message-text").textContent = message.text;
  const close = element("message-close");
  close.textContent = strings.close;
  close.addEventListener("click", askToClose);
  element("message-page").hidden = false;
  close.focus();
}
