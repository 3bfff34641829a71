import { Input, tokens } from "@fluentui/react-components";
import { useImperativeHandle, useRef, useState, type CSSProperties, type KeyboardEvent, type Ref } from "react";
import { a1 } from "../../sheet/address";
import type { MemorySpreadsheet } from "../spreadsheet/memorySpreadsheet";
import { isPercentFormat } from "../numberFormat";
import { typedText } from "./cellDisplay";
import { GridAlert, type GridAlertContent } from "./GridAlert";
import type { PreviewGridStrings, PreviewStrings } from "../../i18n";

/** How the grid hands editing over to the formula bar. */
export interface FormulaEditor {
  /** Edits the selected cell, starting with the character typed, or with the cell's content when null. */
  startEditing(typed: string | null): void;
}

interface FormulaBarProps {
  workbook: MemorySpreadsheet;
  version: number;
  strings: PreviewStrings;
  gridStrings: PreviewGridStrings;
  editorRef: Ref<FormulaEditor>;
  /** Editing ended: the grid takes the keyboard again. */
  onDone: () => void;
}

const barStyle: CSSProperties = {
  display: "flex",
  gap: tokens.spacingHorizontalS,
  padding: tokens.spacingHorizontalS,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};
const nameBoxStyle: CSSProperties = { width: "96px", flex: "0 0 auto" };
const formulaStyle: CSSProperties = { flex: "1 1 auto", minWidth: 0, fontFamily: tokens.fontFamilyMonospace };

/** Excel's name box (the selected cell's address; type one to go there) and formula bar. */
export function FormulaBar({ workbook, version, strings, gridStrings, editorRef, onDone }: FormulaBarProps) {
  const { row, col } = workbook.selection;
  const address = a1({ row, col });
  const { value, numberFormat } = workbook.cell(row, col);
  const content = workbook.formulaAt(row, col) ?? typedText(value, isPercentFormat(numberFormat));

  // What is being typed, null when not editing. The ref also keeps the cell being edited, so that Enter and
  // the blur it causes commit once, and a click on another cell commits to the cell that was edited.
  const [draft, setDraftState] = useState<string | null>(null);
  const editing = useRef<{ text: string; row: number; col: number; content: string } | null>(null);
  const setDraft = (next: string | null) => {
    editing.current = next === null ? null : { row, col, content, ...editing.current, text: next };
    setDraftState(next);
  };
  const [addressDraft, setAddressDraft] = useState<string | null>(null);
  const formulaRef = useRef<HTMLInputElement | null>(null);
  const [alert, setAlert] = useState<GridAlertContent | null>(null);
  // A list cell offers its values as the planner types, as Excel's drop-down does.
  const listed = workbook.listAt(row, col);
  const listId = `preview-list-${address}`;

  // Focus moves within the keystroke that asked, so the next keystroke already lands in the formula bar.
  useImperativeHandle(
    editorRef,
    () => ({
      startEditing(typed) {
        setDraft(typed ?? content);
        formulaRef.current?.focus();
      },
    }),
    [row, col, content],
  );

  /**
   * Enters what was typed and moves on; when the cell's data validation refuses it, the cell stays selected
   * and Excel's message names the rule: Retry edits what was typed again, Cancel leaves the cell as it was.
   */
  const commit = (move: { row: number; col: number } | null): boolean => {
    const edited = editing.current;
    setDraft(null);
    const outcome =
      edited && edited.text !== edited.content ? workbook.enterCell(edited.row, edited.col, edited.text) : null;
    const from = edited ?? { row, col };
    if (outcome && !outcome.accepted) {
      workbook.selectCell(from);
      const retyped = edited!.text;
      setAlert({
        title: outcome.rule.title,
        lines: [gridStrings.validationRefused, outcome.rule.message],
        actions: [
          {
            label: gridStrings.retry,
            onClick: () => {
              setAlert(null);
              editing.current = { row: from.row, col: from.col, content: edited!.content, text: retyped };
              setDraftState(retyped);
              formulaRef.current?.focus();
            },
          },
          {
            label: gridStrings.cancel,
            onClick: () => {
              setAlert(null);
              onDone();
            },
          },
        ],
      });
      return false;
    }
    if (move) workbook.selectCell({ row: from.row + move.row, col: from.col + move.col });
    return true;
  };

  const onFormulaKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      const step = event.shiftKey ? -1 : 1;
      if (commit(event.key === "Enter" ? { row: step, col: 0 } : { row: 0, col: step })) onDone();
    } else if (event.key === "Escape") {
      event.preventDefault();
      setDraft(null);
      onDone();
    }
  };

  const onNameBoxKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      const typed = (addressDraft ?? address).trim();
      setAddressDraft(null);
      if (typed === "" || workbook.goTo(typed)) {
        onDone();
        return;
      }
      setAlert({
        title: strings.nameBox,
        lines: [gridStrings.nameNotFound(typed)],
        actions: [
          {
            label: gridStrings.ok,
            onClick: () => {
              setAlert(null);
              onDone();
            },
          },
        ],
      });
    } else if (event.key === "Escape") {
      setAddressDraft(null);
    }
  };

  return (
    <div style={barStyle} data-version={version}>
      <Input
        style={nameBoxStyle}
        aria-label={strings.nameBox}
        value={addressDraft ?? address}
        onChange={(_, data) => setAddressDraft(data.value)}
        onKeyDown={onNameBoxKeyDown}
        onBlur={() => setAddressDraft(null)}
      />
      <Input
        ref={formulaRef}
        style={formulaStyle}
        aria-label={strings.formulaBar}
        contentBefore={<span aria-hidden="true">fx</span>}
        value={draft ?? content}
        onChange={(_, data) => setDraft(data.value)}
        onKeyDown={onFormulaKeyDown}
        onBlur={() => {
          if (editing.current) commit(null);
        }}
        {...(listed ? { list: listId } : {})}
      />
      {listed && (
        <datalist id={listId}>
          {listed.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      )}
      <GridAlert alert={alert} />
    </div>
  );
}
