import { useCallback, useEffect, useRef, useState } from "react";
import type { BudgetWorkbook, PlanSnapshots } from "../workbook/budgetWorkbook";

export type PlansState =
  { kind: "reading" } | { kind: "read"; snapshots: PlanSnapshots } | { kind: "failed"; error: unknown };

export interface PlanActions {
  state: PlansState;
  /** A change is under way: the buttons wait for it. */
  busy: boolean;
  /** The last change's failure; null after a change that worked. */
  error: unknown;
  take: (name?: string) => Promise<boolean>;
  rename: (name: string, newName: string) => Promise<boolean>;
  remove: (name: string) => Promise<boolean>;
}

/** The plans of one budget sheet: read when the sheet (or `readKey`) changes, changed on request. */
export function usePlanSnapshots(workbook: BudgetWorkbook, sheetKey: string, readKey: unknown): PlanActions {
  const [state, setState] = useState<PlansState>({ kind: "reading" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const current = useRef(sheetKey);
  current.current = sheetKey;

  useEffect(() => {
    let live = true;
    setState({ kind: "reading" });
    setError(null);
    workbook.plans.read(sheetKey).then(
      (snapshots) => live && setState({ kind: "read", snapshots }),
      (reason: unknown) => live && setState({ kind: "failed", error: reason }),
    );
    return () => {
      live = false;
    };
  }, [workbook, sheetKey, readKey]);

  const change = useCallback(
    async (work: () => Promise<PlanSnapshots>): Promise<boolean> => {
      const key = sheetKey;
      setBusy(true);
      try {
        const snapshots = await work();
        if (current.current === key) {
          setState({ kind: "read", snapshots });
          setError(null);
        }
        return true;
      } catch (reason) {
        if (current.current === key) setError(reason);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [sheetKey],
  );

  return {
    state,
    busy,
    error,
    take: (name) => change(() => workbook.plans.take(sheetKey, name)),
    rename: (name, newName) => change(() => workbook.plans.rename(sheetKey, name, newName)),
    remove: (name) => change(() => workbook.plans.delete(sheetKey, name)),
  };
}
