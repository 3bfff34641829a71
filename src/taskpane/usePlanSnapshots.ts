import { useCallback, useEffect, useRef, useState } from "react";
import type { BudgetWorkbook, PlanSnapshots } from "../workbook/budgetWorkbook";

/** A change of the plans: a save, or the rename or deletion of the plan of that name. */
export type PlanChange = { kind: "take" } | { kind: "rename" | "delete"; name: string };

export type PlansState =
  { kind: "reading" } | { kind: "read"; snapshots: PlanSnapshots } | { kind: "failed"; error: unknown };

export interface PlanActions {
  state: PlansState;
  /** A change is under way: the buttons wait for it. */
  busy: boolean;
  /** The last change's failure; null after a change that worked. */
  error: unknown;
  /** Which change failed, for the view to show its message where it was asked for. */
  errorAt: PlanChange | null;
  /** Forgets the last failure (a box closed, another change begun). */
  dismiss: () => void;
  take: (name?: string) => Promise<boolean>;
  rename: (name: string, newName: string) => Promise<boolean>;
  remove: (name: string) => Promise<boolean>;
}

/** The plans of one budget sheet: read when the sheet (or `readKey`) changes, changed on request. */
export function usePlanSnapshots(workbook: BudgetWorkbook, sheetKey: string, readKey: unknown): PlanActions {
  const [state, setState] = useState<PlansState>({ kind: "reading" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [errorAt, setErrorAt] = useState<PlanChange | null>(null);
  const current = useRef(sheetKey);
  current.current = sheetKey;

  useEffect(() => {
    let live = true;
    setState({ kind: "reading" });
    setError(null);
    setErrorAt(null);
    workbook.plans.read(sheetKey).then(
      (snapshots) => live && setState({ kind: "read", snapshots }),
      (reason: unknown) => live && setState({ kind: "failed", error: reason }),
    );
    return () => {
      live = false;
    };
  }, [workbook, sheetKey, readKey]);

  const change = useCallback(
    async (at: PlanChange, work: () => Promise<PlanSnapshots>): Promise<boolean> => {
      const key = sheetKey;
      setBusy(true);
      try {
        const snapshots = await work();
        if (current.current === key) {
          setState({ kind: "read", snapshots });
          setError(null);
          setErrorAt(null);
        }
        return true;
      } catch (reason) {
        if (current.current === key) {
          setError(reason);
          setErrorAt(at);
        }
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
    errorAt,
    dismiss: () => {
      setError(null);
      setErrorAt(null);
    },
    take: (name) => change({ kind: "take" }, () => workbook.plans.take(sheetKey, name)),
    rename: (name, newName) => change({ kind: "rename", name }, () => workbook.plans.rename(sheetKey, name, newName)),
    remove: (name) => change({ kind: "delete", name }, () => workbook.plans.delete(sheetKey, name)),
  };
}
