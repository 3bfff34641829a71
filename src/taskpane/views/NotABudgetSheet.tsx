import { Button, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { InsertState } from "../useInsertBudget";
import { InsertStatus } from "./InsertStatus";
import type { HealthStrings, Lang, Strings } from "../../i18n";

interface NotABudgetSheetProps {
  sheetName: string;
  /** Other sheets of the workbook are budget sheets: the picker above offers them. */
  budgetSheetsExist: boolean;
  lang: Lang;
  strings: HealthStrings;
  paneStrings: Strings;
  insertState: InsertState;
  onInsert: () => void;
}

const rootStyle: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  alignItems: "flex-start",
  gap: tokens.spacingVerticalS,
};

/** The sheet shown holds no budget: say so plainly and offer to insert one. */
export function NotABudgetSheet({
  sheetName,
  budgetSheetsExist,
  lang,
  strings,
  paneStrings,
  insertState,
  onInsert,
}: NotABudgetSheetProps) {
  return (
    <div style={rootStyle}>
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{strings.notABudgetTitle}</MessageBarTitle>
          {strings.notABudget(sheetName)}
          {budgetSheetsExist && ` ${strings.chooseBudgetSheet}`}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" disabled={insertState.kind === "inserting"} onClick={onInsert}>
        {strings.insertBudget}
      </Button>
      <InsertStatus state={insertState} lang={lang} strings={paneStrings} />
    </div>
  );
}
