import { lazy, Suspense } from "react";
import type { InsertState } from "../useInsertBudget";
import type { Lang, Strings } from "../../i18n";

interface InsertStatusProps {
  state: InsertState | undefined;
  lang: Lang;
  strings: Strings;
}

/** The progress bar and message bars: they load with the first insertion, or ahead of it (viewRegistry.tsx). */
export const loadInsertOutcome = () => import(/* webpackChunkName: "taskpane-insert-outcome" */ "./InsertOutcome");
const InsertOutcome = lazy(() => loadInsertOutcome().then((module) => ({ default: module.InsertOutcome })));

/** Progress while inserting, then the outcome; a live region, present from the start, so screen readers hear it. */
export function InsertStatus({ state, lang, strings }: InsertStatusProps) {
  return (
    <div role="status" aria-live="polite">
      {state !== undefined && state.kind !== "idle" && (
        <Suspense fallback={null}>
          <InsertOutcome state={state} lang={lang} strings={strings} />
        </Suspense>
      )}
    </div>
  );
}
