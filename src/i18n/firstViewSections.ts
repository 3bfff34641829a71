/*
 * The sections the task pane's first view shows (its frame, the Templates view and the tabs' names), apart
 * from index.ts: the pane's first bundle then carries these tables and no other. Import them from index.ts.
 */
import { pane as enPane } from "./en/pane";
import { timeline as enTimeline } from "./en/timeline";
import { section } from "./section";
import { pane as zhPane } from "./zh/pane";
import { timeline as zhTimeline } from "./zh/timeline";

/** The task pane's frame, the templates view and the ribbon command. */
export const paneStrings = /*#__PURE__*/ section(zhPane, enPane);
/** The timeline view, the baselines kept and the approval sheet. */
export const timelineStrings = /*#__PURE__*/ section(zhTimeline, enTimeline);
