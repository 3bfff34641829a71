import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useId, useState, type CSSProperties } from "react";
import { MAX_PLANS, nextPlanName } from "../../model";
import type { BudgetWorkbook } from "../../workbook/budgetWorkbook";
import { planRows } from "../planRows";
import { usePlanSnapshots } from "../usePlanSnapshots";
import { PlanItem } from "./PlanItem";
import type { FunnelStrings, Lang } from "../../i18n";
import { failureText } from "../../workbook/workbookError";

interface PlanSnapshotsProps {
  workbook: BudgetWorkbook;
  /** The budget sheet's id. */
  sheetKey: string;
  /** Changes when the pane reads the sheet again: the plans are read again with it. */
  readKey: unknown;
  lang: Lang;
  strings: FunnelStrings;
}

const listStyle: CSSProperties = {
  listStyle: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
};
const noteStyle: CSSProperties = { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 };
const formStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS };

/** The budget's saved plans with their figures; save the sheet as a plan, rename or delete one. */
export function PlanSnapshots({ workbook, sheetKey, readKey, lang, strings }: PlanSnapshotsProps) {
  const { state, busy, error, errorAt, dismiss, take, rename, remove } = usePlanSnapshots(workbook, sheetKey, readKey);
  const [name, setName] = useState("");
  const fullId = useId();

  if (state.kind === "reading") return <Spinner size="tiny" labelPosition="after" label={strings.readingPlans} />;
  if (state.kind === "failed") {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{strings.plansReadFailedTitle}</MessageBarTitle>
          {failureText(state.error, lang, strings.planFailed)}
        </MessageBarBody>
      </MessageBar>
    );
  }

  const { sheetName, plans } = state.snapshots;
  // A refused change says why where it was asked for: at the name box, or at the plan renamed or deleted.
  const failure = error === null ? null : failureText(error, lang, strings.planFailed);
  const failureAt = (kind: "rename" | "delete", name: string) =>
    errorAt?.kind === kind && errorAt.name === name ? failure : null;
  const full = plans.length >= MAX_PLANS;
  const save = async () => {
    if (await take(name.trim() === "" ? undefined : name)) setName("");
  };

  return (
    <>
      <p style={noteStyle}>{strings.plansLegend(sheetName)}</p>
      {plans.length > 0 && (
        <ul style={listStyle} aria-label={strings.plansListLabel}>
          {planRows(plans).map((row) => (
            <PlanItem
              key={row.name}
              row={row}
              strings={strings}
              busy={busy}
              renameFailure={failureAt("rename", row.name)}
              deleteFailure={failureAt("delete", row.name)}
              onRename={(newName) => rename(row.name, newName)}
              onDelete={() => remove(row.name)}
              onDismiss={dismiss}
            />
          ))}
        </ul>
      )}
      <form
        style={formStyle}
        onSubmit={(event) => {
          event.preventDefault();
          if (!full && !busy) void save();
        }}
      >
        <Field
          label={strings.planName}
          hint={full ? undefined : strings.planNameHint(nextPlanName(plans, lang))}
          validationMessage={errorAt?.kind === "take" ? failure : undefined}
        >
          <Input value={name} disabled={full} onChange={(_, data) => setName(data.value)} />
        </Field>
        <div>
          <Button type="submit" disabled={full || busy} aria-describedby={full ? fullId : undefined}>
            {busy ? strings.savingPlan : strings.saveAsPlan}
          </Button>
        </div>
        {full && (
          <p id={fullId} style={noteStyle}>
            {strings.plansFull(MAX_PLANS)}
          </p>
        )}
      </form>
    </>
  );
}
