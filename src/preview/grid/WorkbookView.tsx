import { tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState, type CSSProperties } from "react";
import type { MemorySpreadsheet } from "../spreadsheet/memorySpreadsheet";
import { useWorkbookVersion } from "../useWorkbookVersion";
import { FormulaBar, type FormulaEditor } from "./FormulaBar";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import type { PreviewGridStrings, PreviewStrings } from "../../i18n";

interface WorkbookViewProps {
  workbook: MemorySpreadsheet;
  strings: PreviewStrings;
  gridStrings: PreviewGridStrings;
}

const rootStyle: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  minWidth: 0,
  flex: "1 1 auto",
  minHeight: 0,
  backgroundColor: tokens.colorNeutralBackground1,
};

/** The in-memory workbook as a planner sees Excel: name box and formula bar, the grid, the sheet tabs. */
export function WorkbookView({ workbook, strings, gridStrings }: WorkbookViewProps) {
  const version = useWorkbookVersion(workbook);
  const editor = useRef<FormulaEditor>(null);
  const active = workbook.activeSheetTab;

  const startEditing = useCallback((typed: string | null) => editor.current?.startEditing(typed), []);
  // Counts the times the grid is to take the keyboard back, after editing in the formula bar or name box.
  const [gridFocusRequests, setGridFocusRequests] = useState(0);
  const focusGrid = useCallback(() => setGridFocusRequests((count) => count + 1), []);

  return (
    <section aria-label={strings.workbook} style={rootStyle}>
      <FormulaBar
        workbook={workbook}
        version={version}
        strings={strings}
        gridStrings={gridStrings}
        editorRef={editor}
        onDone={focusGrid}
      />
      <SheetGrid
        workbook={workbook}
        version={version}
        sheetName={active.name}
        focusRequests={gridFocusRequests}
        onStartEditing={startEditing}
        gridStrings={gridStrings}
      />
      <SheetTabs
        tabs={workbook.sheetTabs()}
        activeSheetId={active.id}
        label={strings.sheets}
        newSheetLabel={strings.newSheet}
        onActivate={(sheetId) => workbook.activateSheet(sheetId)}
        onNewSheet={() => workbook.addSheet()}
      />
    </section>
  );
}
