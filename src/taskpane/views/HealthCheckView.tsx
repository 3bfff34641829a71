import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, type CSSProperties } from "react";
import { SheetAccessError } from "../../excel/sheetAccessError";
import { DEFAULT_PRESET, type Lang } from "../../model";
import { HEALTH_STRINGS, type HealthStrings } from "../healthStrings";
import { useHealthCheck } from "../useHealthCheck";
import { useInsertBudget } from "../useInsertBudget";
import type { ViewProps } from "../viewRegistry";
import { BudgetSheetPicker } from "./BudgetSheetPicker";
import { CheckedBudget } from "./CheckedBudget";
import { NotABudgetSheet } from "./NotABudgetSheet";

const rootStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM };
const introStyle: CSSProperties = { margin: 0 };
const toolbarStyle: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-end",
  gap: tokens.spacingHorizontalM,
};
const statusStyle: CSSProperties = { minHeight: tokens.lineHeightBase300 };

/** Excel's or the reader's words for a failed check, in the pane's language. */
function failureText(error: unknown, lang: Lang, strings: HealthStrings): string {
  if (error instanceof SheetAccessError) return error.text[lang];
  return strings.readFailed(error instanceof Error ? error.message : String(error));
}

/** The health check of a budget sheet: shares against their ranges, findings, and a way to each cell. */
export function HealthCheckView({ lang, strings: paneStrings, workbook }: ViewProps) {
  const strings = HEALTH_STRINGS[lang];
  const { state, recheck, pickSheet, goToCell } = useHealthCheck(workbook);
  const { state: insertState, start: startInsert } = useInsertBudget(workbook);
  const { outcome } = state;
  const shownSheetId = outcome !== null && outcome.kind !== "failed" ? outcome.sheet.id : null;
  const offerPicker = state.sheets.length > 1 || (state.sheets.length === 1 && outcome?.kind !== "checked");

  // A new sheet was inserted and activated: check it.
  useEffect(() => {
    if (insertState.kind === "inserted") recheck();
  }, [insertState, recheck]);

  return (
    <div style={rootStyle}>
      <p style={introStyle}>{strings.intro}</p>
      <div style={toolbarStyle}>
        {offerPicker && (
          <BudgetSheetPicker sheets={state.sheets} shownSheetId={shownSheetId} strings={strings} onPick={pickSheet} />
        )}
        <Button onClick={recheck}>{strings.recheck}</Button>
      </div>
      <div role="status" aria-live="polite" style={statusStyle}>
        {state.reading && <Spinner size="tiny" labelPosition="after" label={strings.reading} />}
      </div>
      {outcome?.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.readFailedTitle}</MessageBarTitle>
            {failureText(outcome.error, lang, strings)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.selectError !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{strings.selectFailedTitle}</MessageBarTitle>
            {failureText(state.selectError, lang, strings)}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "not-a-budget" && (
        <NotABudgetSheet
          sheetName={outcome.sheet.name}
          budgetSheetsExist={state.sheets.length > 0}
          lang={lang}
          strings={strings}
          paneStrings={paneStrings}
          insertState={insertState}
          onInsert={() => startInsert({ preset: DEFAULT_PRESET, lang })}
        />
      )}
      {outcome?.kind === "checked" && (
        <CheckedBudget health={outcome.health} lang={lang} strings={strings} onGoToCell={goToCell} />
      )}
    </div>
  );
}
