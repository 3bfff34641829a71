/*
 * The sections the task pane's first view shows (its frame, the Templates view and the tabs' names), apart
 * from index.ts: the pane's first bundle then carries these tables and no other. Import them from index.ts.
 */
import { pane as enPane } from "./en/pane";
import { section } from "./section";
import { pane as zhPane } from "./zh/pane";

/** The task pane's frame, the templates view and the ribbon command. */
export const paneStrings = /*#__PURE__*/ section(zhPane, enPane);
