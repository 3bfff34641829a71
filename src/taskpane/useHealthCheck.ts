import { useCallback, useEffect, useRef, useState } from "react";
import type { BudgetSheetEntry, BudgetWorkbook, StopWatching, WorkbookChange } from "../workbook/budgetWorkbook";
import {
  changeNeedsCheck,
  runHealthCheck,
  type HealthCheckOutcome,
  type HealthCheckReader,
  type KnownWorkbook,
} from "./healthCheckRun";
import { sheetMissing } from "../workbook/messages";
import { isMissingSheet, WorkbookError } from "../workbook/workbookError";

/** Everything the health check asks of the workbook. */
export type HealthCheckWorkbook = HealthCheckReader & Pick<BudgetWorkbook, "select" | "watch">;

/** Edits arrive cell by cell while a planner types; one check follows the last of a burst. */
export const RECHECK_DELAY_MS = 600;

export interface HealthCheckState {
  reading: boolean;
  /** The latest outcome, kept while a new check runs so the pane does not flash. */
  outcome: HealthCheckOutcome | null;
  sheets: BudgetSheetEntry[];
  pickedSheetId: string | null;
  /** Why the last "go to cell" failed, until the next one. */
  selectError: unknown;
}

export interface HealthCheck {
  state: HealthCheckState;
  recheck: () => void;
  pickSheet: (sheetId: string) => void;
  goToCell: (address: string) => void;
}

/** Runs health checks one at a time (the latest wins), re-checks as the workbook changes, goes to cells. */
export function useHealthCheck(workbook: HealthCheckWorkbook): HealthCheck {
  const [state, setState] = useState<HealthCheckState>({
    reading: true,
    outcome: null,
    sheets: [],
    pickedSheetId: null,
    selectError: null,
  });
  const known = useRef<KnownWorkbook>({ sheets: [], activeSheetId: null, pickedSheetId: null });
  const outcome = useRef<HealthCheckOutcome | null>(null);
  const latestCheck = useRef(0);
  const watching = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const check = useCallback(async () => {
    const thisCheck = ++latestCheck.current;
    clearTimeout(timer.current);
    setState((previous) => ({ ...previous, reading: true }));
    // Without events the active sheet may have changed unseen: let the check list the sheets first.
    const before = watching.current ? known.current : { ...known.current, activeSheetId: null };
    const result = await runHealthCheck(workbook, before);
    if (thisCheck !== latestCheck.current) return;
    known.current = { sheets: result.sheets, activeSheetId: result.activeSheetId, pickedSheetId: result.pickedSheetId };
    outcome.current = result.outcome;
    setState((previous) => ({
      ...previous,
      reading: false,
      outcome: result.outcome,
      sheets: result.sheets,
      pickedSheetId: result.pickedSheetId,
    }));
  }, [workbook]);

  const checkSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(), RECHECK_DELAY_MS);
  }, [check]);

  useEffect(() => {
    let stopped = false;
    let stop: StopWatching | undefined;
    const onChange = (change: WorkbookChange) => {
      if (change.kind === "activated") known.current = { ...known.current, activeSheetId: change.sheetId };
      if (changeNeedsCheck(change, known.current, outcome.current)) checkSoon();
    };
    void check();
    workbook
      .watch?.(onChange)
      .then((stopWatching) => {
        if (stopped) return stopWatching();
        stop = stopWatching;
        watching.current = true;
      })
      .catch(() => {
        // Not watched: the Re-check button still works.
      });
    return () => {
      stopped = true;
      watching.current = false;
      latestCheck.current++;
      clearTimeout(timer.current);
      void stop?.().catch(() => {});
    };
  }, [workbook, check, checkSoon]);

  const pickSheet = useCallback(
    (sheetId: string) => {
      known.current = { ...known.current, pickedSheetId: sheetId };
      setState((previous) => ({ ...previous, pickedSheetId: sheetId }));
      void check();
    },
    [check],
  );

  const goToCell = useCallback(
    (address: string) => {
      const shown = outcome.current;
      if (shown?.kind !== "checked") return;
      setState((previous) => ({ ...previous, selectError: null }));
      // By id, which survives a rename; a sheet that is gone is named as the planner knew it.
      workbook.select(shown.sheet.id, address).catch((error: unknown) => {
        const gone = isMissingSheet(error);
        const shownError = gone
          ? new WorkbookError("missing-sheet", sheetMissing(shown.sheet.name), { cause: error })
          : error;
        setState((previous) => ({ ...previous, selectError: shownError }));
        if (gone) void check();
      });
    },
    [workbook, check],
  );

  const recheck = useCallback(() => void check(), [check]);
  return { state, recheck, pickSheet, goToCell };
}
