/** A performance mark set once the pane first shows its controls, enabled: what the load benchmark measures. */
export const PANE_INTERACTIVE_MARK = "campaign-budget:pane-interactive";

/** Sets the mark on the pane's first render only. */
export function markPaneInteractive(): void {
  if (performance.getEntriesByName(PANE_INTERACTIVE_MARK).length === 0) performance.mark(PANE_INTERACTIVE_MARK);
}
