import { createContext } from "react";
import type { Lang } from "../i18n";
import type { InsertOptions } from "../workbook/budgetWorkbook";

/**
 * What the pane's static first view (firstView.ts) hands to the React pane that replaces it: what the
 * planner has already chosen or clicked there, so that nothing done before the pane's code arrived is lost.
 */
export interface FirstViewHandoff {
  /** The language the planner switched to there, if they did. */
  chosenLang: Lang | null;
  /** The sheet language picked there, if it differs from the pane's language. */
  sheetLang: Lang | null;
  /**
   * Hands over each Insert clicked in the first view (one at most, clicked before the pane took over) and
   * any clicked until the pane shows; returns the function that stops listening.
   */
  onInsert(listener: (options: InsertOptions) => void): () => void;
}

/** The first view's handoff; null where the pane starts without one (the preview). */
export const FirstViewContext = createContext<FirstViewHandoff | null>(null);
