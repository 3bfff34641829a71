import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { insertErrorMessage, insertedMessage, missingDecorationsNote } from "../../workbook/insertMessages";
import type { InsertState } from "../useInsertBudget";
import type { Lang, Strings } from "../../i18n";

export interface InsertOutcomeProps {
  state: Exclude<InsertState, { kind: "idle" }>;
  lang: Lang;
  strings: Strings;
}

const progressStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS };
const progressTextStyle: CSSProperties = { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 };

/** Progress while inserting, then the outcome. */
export function InsertOutcome({ state, lang, strings }: InsertOutcomeProps) {
  const decorationsNote = state.kind === "inserted" ? missingDecorationsNote(state.result, lang) : null;
  return (
    <>
      {state.kind === "inserting" && (
        <div style={progressStyle}>
          <ProgressBar aria-label={strings.inserting} />
          <span style={progressTextStyle}>{strings.inserting}</span>
        </div>
      )}
      {state.kind === "inserted" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{strings.insertedTitle}</MessageBarTitle>
            {insertedMessage(state.result, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
      {decorationsNote && (
        <MessageBar intent="warning">
          <MessageBarBody>{decorationsNote}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.insertFailedTitle}</MessageBarTitle>
            {insertErrorMessage(state.error, lang)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
