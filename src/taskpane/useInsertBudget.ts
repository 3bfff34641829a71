import { useCallback, useRef, useState } from "react";
import type { InsertOptions, InsertResult } from "../excel/insertBudgetSheet";
import type { PresetId } from "../model";

export type InsertBudget = (options: InsertOptions) => Promise<InsertResult>;

export type InsertState =
  | { kind: "idle" }
  | { kind: "inserting"; preset: PresetId }
  | { kind: "inserted"; preset: PresetId; result: InsertResult }
  | { kind: "failed"; preset: PresetId; error: unknown };

/** Runs one insertion at a time and keeps its outcome for display. */
export function useInsertBudget(insert: InsertBudget): { state: InsertState; start: (options: InsertOptions) => void } {
  const [state, setState] = useState<InsertState>({ kind: "idle" });
  const running = useRef(false);

  const start = useCallback(
    (options: InsertOptions) => {
      if (running.current) return;
      running.current = true;
      setState({ kind: "inserting", preset: options.preset });
      Promise.resolve()
        .then(() => insert(options))
        .then((result) => setState({ kind: "inserted", preset: options.preset, result }))
        .catch((error: unknown) => setState({ kind: "failed", preset: options.preset, error }))
        .finally(() => {
          running.current = false;
        });
    },
    [insert],
  );

  return { state, start };
}
