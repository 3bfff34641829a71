import { Input, tokens } from "@fluentui/react-components";
import { useImperativeHandle, useRef, useState, type CSSProperties, type KeyboardEvent, type Ref } from "react";
import { a1, parseA1 } from "../../sheet/address";
import type { MemorySpreadsheet } from "../spreadsheet/memorySpreadsheet";
import { isPercentFormat } from "../numberFormat";
import { typedText } from "./cellDisplay";
import type { PreviewStrings } from "../../i18n";

/** How the grid hands editing over to the formula bar. */
export interface FormulaEditor {
  /** Edits the selected cell, starting with the character typed, or with the cell's content when null. */
  startEditing(typed: string | null): void;
}

interface FormulaBarProps {
  workbook: MemorySpreadsheet;
  version: number;
  strings: PreviewStrings;
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
export function FormulaBar({ workbook, version, strings, editorRef, onDone }: FormulaBarProps) {
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

  const commit = (move: { row: number; col: number } | null) => {
    const edited = editing.current;
    setDraft(null);
    if (edited && edited.text !== edited.content) workbook.enterCell(edited.row, edited.col, edited.text);
    const from = edited ?? { row, col };
    if (move) workbook.selectCell({ row: from.row + move.row, col: from.col + move.col });
  };

  const onFormulaKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      const step = event.shiftKey ? -1 : 1;
      commit(event.key === "Enter" ? { row: step, col: 0 } : { row: 0, col: step });
      onDone();
    } else if (event.key === "Escape") {
      event.preventDefault();
      setDraft(null);
      onDone();
    }
  };

  const onNameBoxKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      try {
        workbook.selectCell(parseA1(addressDraft ?? address));
        onDone();
      } catch {
        // Not a cell address: the name box shows the selection again.
      }
      setAddressDraft(null);
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
        onBlur={() => commit(null)}
      />
    </div>
  );
}
