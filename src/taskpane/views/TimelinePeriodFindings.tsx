import { MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { healthStrings, timelineFindingsStrings, type Lang } from "../../i18n";
import type { Finding } from "../../model/health";
import type { BudgetWorkbook } from "../../workbook/budgetWorkbook";
import { failureText } from "../../workbook/workbookError";
import { FindingList } from "./FindingList";

/** What the view shows of the findings over time: still reading, read, or why the read failed. */
export type PeriodFindingsState =
  | { kind: "checking" }
  | { kind: "checked"; findings: Finding[]; phasingSheet: string | null }
  | { kind: "failed"; text: string };

type Timeline = NonNullable<BudgetWorkbook["timeline"]>;

/** Reads the budget's findings over time through the port, a failure in the planner's words. */
export async function checkOverTime(timeline: Timeline, sheetKey: string, lang: Lang): Promise<PeriodFindingsState> {
  try {
    return { kind: "checked", ...(await timeline.overTimeFindings(sheetKey)) };
  } catch (error) {
    return { kind: "failed", text: failureText(error, lang, (detail) => detail) };
  }
}

/** A finding's cell, 'Phasing'!J30 or J30 (on the budget sheet), as its sheet and cell. */
export function findingCell(address: string, budgetSheet: string): { sheet: string; cell: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address);
  if (!match) return { sheet: budgetSheet, cell: address };
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], cell: match[3] };
}

const mutedStyle = { margin: 0, color: tokens.colorNeutralForeground2 };

/** The findings over time as read: a list with a button to each finding's cell, or why there are none. */
export function PeriodFindings({
  state,
  lang,
  onGoToCell,
  selectError,
}: {
  state: PeriodFindingsState;
  lang: Lang;
  onGoToCell: (address: string) => void;
  selectError?: string | null;
}) {
  const words = timelineFindingsStrings(lang);
  return (
    <section
      aria-label={words.heading}
      style={{ display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS }}
    >
      <h3 style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>{words.heading}</h3>
      {state.kind === "checking" && <p style={mutedStyle}>{words.checking}</p>}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "checked" && (
        <>
          <p style={mutedStyle}>{state.phasingSheet ? words.intro(state.phasingSheet) : words.noPhasingSheet}</p>
          {state.findings.length === 0 ? (
            <p style={{ margin: 0 }}>{words.none}</p>
          ) : (
            <FindingList findings={state.findings} lang={lang} strings={healthStrings(lang)} onGoToCell={onGoToCell} />
          )}
        </>
      )}
      {selectError && (
        <MessageBar intent="error">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/**
 * The budget's findings over time in the timeline view, as `npm run health` reports them: read when the
 * view opens and again each time `version` changes (after a phasing write, an approval, an edit).
 */
export function TimelinePeriodFindings({
  workbook,
  sheetKey,
  lang,
  version,
}: {
  workbook: Pick<BudgetWorkbook, "timeline" | "select">;
  /** The budget sheet's id or name: a finding's cell without a sheet is on it. */
  sheetKey: string;
  lang: Lang;
  version: number;
}) {
  const timeline = workbook.timeline;
  const [state, setState] = useState<PeriodFindingsState>({ kind: "checking" });
  const [selectError, setSelectError] = useState<string | null>(null);

  useEffect(() => {
    if (!timeline) return;
    let live = true;
    void checkOverTime(timeline, sheetKey, lang).then((read) => {
      if (live) setState(read);
    });
    return () => {
      live = false;
    };
  }, [timeline, sheetKey, lang, version]);

  const goToCell = useCallback(
    (address: string) => {
      setSelectError(null);
      const { sheet, cell } = findingCell(address, sheetKey);
      workbook.select(sheet, cell).catch((error: unknown) => {
        setSelectError(failureText(error, lang, (detail) => detail));
      });
    },
    [workbook, sheetKey, lang],
  );

  if (!timeline) return null;
  return <PeriodFindings state={state} lang={lang} onGoToCell={goToCell} selectError={selectError} />;
}
