import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { funnelInputWrites, funnelNamesMissing, missingNames } from "../sheet/funnelInputs";
import type { BudgetWorkbook } from "../workbook/budgetWorkbook";
import {
  draftsFromInputs,
  editDraft,
  hasProblems,
  startEditing,
  valuesToUse,
  type DraftEdit,
  type FunnelEditing,
} from "./funnelDrafts";
import { funnelFigures, type FunnelFigures } from "./funnelFigures";
import { readFunnelSheet, type FunnelSheet } from "./funnelSheetRead";
import type { Text } from "../i18n";

export type FunnelReadState =
  { kind: "reading" } | { kind: "read"; sheet: FunnelSheet } | { kind: "failed"; error: unknown };

export type WriteState =
  | { kind: "idle" }
  | { kind: "writing" }
  | { kind: "written"; sheetName: string }
  /** The sheet lacks input names the write needs: nothing was written. */
  | { kind: "names-missing"; text: Text }
  | { kind: "failed"; error: unknown };

export interface FunnelScenarios {
  read: FunnelReadState;
  editing: FunnelEditing | null;
  /** From the figures typed (each field in error at its last valid value); null until all have one. */
  figures: FunnelFigures | null;
  write: WriteState;
  edit: (edit: DraftEdit) => void;
  reread: () => void;
  writeToSheet: () => void;
}

/** Reads the sheet once, recomputes as the planner types (no Excel round trip), writes on request. */
export function useFunnelScenarios(
  workbook: Pick<BudgetWorkbook, "list" | "read" | "writeFunnelInputs">,
): FunnelScenarios {
  const [read, setRead] = useState<FunnelReadState>({ kind: "reading" });
  const [editing, setEditing] = useState<FunnelEditing | null>(null);
  const [write, setWrite] = useState<WriteState>({ kind: "idle" });
  const latestRead = useRef(0);

  const load = useCallback(
    async (sheetId?: string) => {
      const thisRead = ++latestRead.current;
      setRead({ kind: "reading" });
      try {
        const sheet = await readFunnelSheet(workbook, sheetId);
        if (thisRead !== latestRead.current) return;
        setRead({ kind: "read", sheet });
        setEditing(sheet.kind === "funnel" ? startEditing(draftsFromInputs(sheet.inputs)) : null);
      } catch (error) {
        if (thisRead === latestRead.current) setRead({ kind: "failed", error });
      }
    },
    [workbook],
  );

  useEffect(() => {
    void load();
    return () => {
      latestRead.current++;
    };
  }, [load]);

  const sheet = read.kind === "read" ? read.sheet : null;
  const lastValid = editing?.lastValid;
  const values = useMemo(() => (lastValid ? valuesToUse(lastValid) : null), [lastValid]);
  const figures = useMemo(
    () => (sheet?.kind === "funnel" && values ? funnelFigures(sheet.budget, values) : null),
    [sheet, values],
  );

  const edit = useCallback((change: DraftEdit) => {
    setEditing((previous) => (previous ? editDraft(previous, change) : previous));
    setWrite({ kind: "idle" });
  }, []);

  const reread = useCallback(() => {
    setWrite({ kind: "idle" });
    void load();
  }, [load]);

  const writeToSheet = useCallback(() => {
    if (sheet?.kind !== "funnel" || !editing || hasProblems(editing.problems) || !values) return;
    const missing = missingNames(
      sheet.snapshot,
      funnelInputWrites(values).map((entry) => entry.name),
    );
    if (missing.length > 0) {
      setWrite({ kind: "names-missing", text: funnelNamesMissing(sheet.sheet.name, missing) });
      return;
    }
    setWrite({ kind: "writing" });
    workbook
      .writeFunnelInputs(sheet.sheet.id, values)
      .then(async () => {
        await load(sheet.sheet.id);
        setWrite({ kind: "written", sheetName: sheet.sheet.name });
      })
      .catch((error: unknown) => setWrite({ kind: "failed", error }));
  }, [workbook, sheet, editing, values, load]);

  return { read, editing, figures, write, edit, reread, writeToSheet };
}
