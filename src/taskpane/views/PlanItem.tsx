import { Button, Field, Input, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useRef, useState, type CSSProperties } from "react";
import { PLAN_FIGURE_KEYS, type PlanRow } from "../planRows";
import type { FunnelStrings } from "../../i18n";

interface PlanItemProps {
  row: PlanRow;
  strings: FunnelStrings;
  busy: boolean;
  /** Why the last rename of this plan was refused; shown at the rename box. */
  renameFailure: string | null;
  /** Why the last deletion of this plan failed; shown with the plan. */
  deleteFailure: string | null;
  onRename: (newName: string) => Promise<boolean>;
  onDelete: () => Promise<boolean>;
  /** Forgets a failure shown, when its box is closed or opened again. */
  onDismiss: () => void;
}

const itemStyle: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalXS,
  paddingBottom: tokens.spacingVerticalS,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};
const nameStyle: CSSProperties = { margin: 0, fontWeight: tokens.fontWeightSemibold };
const figuresStyle: CSSProperties = {
  display: "grid",
  gridTemplateColumns: "auto 1fr",
  columnGap: tokens.spacingHorizontalM,
  margin: 0,
  fontSize: tokens.fontSizeBase200,
};
const termStyle: CSSProperties = { color: tokens.colorNeutralForeground2 };
const figureStyle: CSSProperties = { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" };
const rowStyle: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: tokens.spacingHorizontalS,
};
const promptStyle: CSSProperties = { margin: 0 };
const fieldStyle: CSSProperties = { flex: "1 1 12em", minWidth: 0 };

type Mode = "shown" | "renaming" | "confirming";

/** One saved plan: its figures, renamed in place, deleted after a confirmation. */
export function PlanItem(props: PlanItemProps) {
  const { row, strings, busy, renameFailure, deleteFailure, onRename, onDelete, onDismiss } = props;
  const [mode, setMode] = useState<Mode>("shown");
  const [newName, setNewName] = useState(row.name);
  const nameBox = useRef<HTMLInputElement>(null);

  const rename = async () => {
    if (await onRename(newName)) setMode("shown");
    // Refused: the box stays open with the reason under it, and the planner types on.
    else nameBox.current?.focus();
  };
  const close = () => {
    onDismiss();
    setMode("shown");
  };
  const remove = async () => {
    if (!(await onDelete())) setMode("shown");
  };

  return (
    <li style={itemStyle}>
      <p style={nameStyle}>{row.name}</p>
      <dl style={figuresStyle}>
        {PLAN_FIGURE_KEYS.map((key) => (
          <div key={key} style={{ display: "contents" }}>
            <dt style={termStyle}>{strings.planFigures[key]}</dt>
            <dd style={figureStyle}>{row.figures[key]}</dd>
          </div>
        ))}
      </dl>
      {mode === "shown" && (
        <div style={rowStyle}>
          <Button
            size="small"
            aria-label={strings.renamePlanLabel(row.name)}
            disabled={busy}
            onClick={() => {
              onDismiss();
              setNewName(row.name);
              setMode("renaming");
            }}
          >
            {strings.renamePlan}
          </Button>
          <Button
            size="small"
            aria-label={strings.deletePlanLabel(row.name)}
            disabled={busy}
            onClick={() => {
              onDismiss();
              setMode("confirming");
            }}
          >
            {strings.deletePlan}
          </Button>
        </div>
      )}
      {mode === "renaming" && (
        <form
          style={rowStyle}
          onSubmit={(event) => {
            event.preventDefault();
            void rename();
          }}
        >
          <Field validationMessage={renameFailure ?? undefined} style={fieldStyle}>
            <Input
              ref={nameBox}
              size="small"
              aria-label={strings.newPlanName(row.name)}
              value={newName}
              onChange={(_, data) => setNewName(data.value)}
            />
          </Field>
          <Button size="small" appearance="primary" type="submit" disabled={busy || newName.trim() === ""}>
            {strings.saveName}
          </Button>
          <Button size="small" onClick={close}>
            {strings.cancel}
          </Button>
        </form>
      )}
      {mode === "confirming" && (
        <div style={rowStyle} role="group" aria-label={strings.deletePlanLabel(row.name)}>
          <p style={promptStyle}>{strings.confirmDelete(row.name)}</p>
          <Button size="small" appearance="primary" disabled={busy} onClick={() => void remove()}>
            {strings.confirmDeleteButton}
          </Button>
          <Button size="small" onClick={close}>
            {strings.cancel}
          </Button>
        </div>
      )}
      {mode === "shown" && deleteFailure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{deleteFailure}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
