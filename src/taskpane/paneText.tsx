/**
 * The pane's one rule for text that is longer than the pane is wide: it wraps. Any word may break
 * where it must (a 300-character plan name, a long sheet or file name), and no message bar grows wider
 * than the pane: Fluent's message bar sizes itself to its text on one line unless its width is bounded,
 * and once bounded it lays its text out on several lines.
 */
const PANE_TEXT_CSS = `
main { overflow-wrap: anywhere; min-width: 0; }
main .fui-MessageBar { max-width: 100%; box-sizing: border-box; }
`;

/** The rule as a style element; React puts it once into the document's head. */
export function PaneTextRules() {
  return (
    <style href="campaign-budget-pane-text" precedence="default">
      {PANE_TEXT_CSS}
    </style>
  );
}
