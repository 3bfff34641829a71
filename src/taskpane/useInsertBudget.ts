import { useCallback, useRef, useState } from "react";
import type { PresetId } from "../model";
import type { BudgetWorkbook, InsertOptions, InsertResult } from "../workbook/budgetWorkbook";

export type InsertState =
  | { kind: "idle" }
  | { kind: "inserting"; preset: PresetId }
  | { kind: "inserted"; preset: PresetId; result: InsertResult }
  | { kind: "failed"; preset: PresetId; error: unknown };

/** Runs one insertion at a time and keeps its outcome for display. */
export function useInsertBudget(workbook: Pick<BudgetWorkbook, "insert">): {
  state: InsertState;
  start: (options: InsertOptions) => void;
} {
  const [state, setState] = useState<InsertState>({ kind: "idle" });
  const running = useRef(false);

  const start = useCallback(
    (options: InsertOptions) => {
      if (running.current) return;
      running.current = true;
      setState({ kind: "inserting", preset: options.preset });
      Promise.resolve()
        .then(() => workbook.insert(options))
        .then((result) => setState({ kind: "inserted", preset: options.preset, result }))
        .catch((error: unknown) => setState({ kind: "failed", preset: options.preset, error }))
        .finally(() => {
          running.current = false;
        });
    },
    [workbook],
  );

  return { state, start };
}
