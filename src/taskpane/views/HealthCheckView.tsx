import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from "@fluentui/react-components";
import { useEffect, type CSSProperties } from "react";
import { DEFAULT_PRESET } from "../../model";
import { useHealthCheck } from "../useHealthCheck";
import { useInsertBudget } from "../useInsertBudget";
import type { ViewProps } from "../viewProps";
import { BudgetSheetPicker } from "./BudgetSheetPicker";
import { CheckedBudget } from "./CheckedBudget";
import { NotABudgetSheet } from "./NotABudgetSheet";
import { healthStrings } from "../../i18n";
import { failureText } from "../../workbook/workbookError";

const rootStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM };
const introStyle: CSSProperties = { margin: 0 };
const toolbarStyle: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "flex-end",
  gap: tokens.spacingHorizontalM,
};
const statusStyle: CSSProperties = { minHeight: tokens.lineHeightBase300 };

/** The health check of a budget sheet: shares against their ranges, findings, and a way to each cell. */
export function HealthCheckView({ lang, strings: paneStrings, workbook }: ViewProps) {
  const strings = healthStrings(lang);
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
            {failureText(outcome.error, lang, strings.readFailed)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.selectError !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{strings.selectFailedTitle}</MessageBarTitle>
            {failureText(state.selectError, lang, strings.readFailed)}
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
