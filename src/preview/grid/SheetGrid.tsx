import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, tokens } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, type CSSProperties, type KeyboardEvent } from "react";
import { a1, columnLetter } from "../../sheet/address";
import type { MemorySpreadsheet } from "../spreadsheet/memorySpreadsheet";
import type { CellLook } from "../spreadsheet/sheetRules";
import { cellDisplay } from "./cellDisplay";
import type { PreviewGridStrings } from "../../i18n";

interface SheetGridProps {
  workbook: MemorySpreadsheet;
  /** The workbook's version: the grid draws again when it changes. */
  version: number;
  sheetName: string;
  /** Each new count gives the selected cell the keyboard focus. */
  focusRequests: number;
  /** Typing into the grid edits the selected cell in the formula bar, starting with what was typed. */
  onStartEditing: (typed: string | null) => void;
  gridStrings: PreviewGridStrings;
}

const MIN_ROWS = 40;
const MIN_COLS = 14;
const DEFAULT_COLUMN_PX = 72;
const ROW_HEADER_PX = 44;
/** Excel's column width unit is one character of the default font, about 7 pixels, plus padding. */
const columnPixels = (chars: number | undefined) =>
  chars === undefined ? DEFAULT_COLUMN_PX : Math.round(chars * 7 + 10);

const scrollerStyle: CSSProperties = {
  position: "relative",
  flex: "1 1 auto",
  minHeight: 0,
  overflow: "auto",
  backgroundColor: tokens.colorNeutralBackground1,
};
const tableStyle: CSSProperties = {
  borderCollapse: "separate",
  borderSpacing: 0,
  tableLayout: "fixed",
  fontSize: tokens.fontSizeBase200,
  fontVariantNumeric: "tabular-nums",
};
const headerCell: CSSProperties = {
  position: "sticky",
  top: 0,
  zIndex: 2,
  height: "22px",
  padding: 0,
  fontWeight: tokens.fontWeightRegular,
  textAlign: "center",
  color: tokens.colorNeutralForeground2,
  backgroundColor: tokens.colorNeutralBackground3,
  borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};
const rowHeaderCell: CSSProperties = { ...headerCell, position: "sticky", left: 0, top: "auto", zIndex: 1 };
const cornerCell: CSSProperties = { ...headerCell, left: 0, zIndex: 3, width: `${ROW_HEADER_PX}px` };
const dataCell: CSSProperties = {
  height: "22px",
  padding: `0 ${tokens.spacingHorizontalXS}`,
  overflow: "hidden",
  whiteSpace: "nowrap",
  textOverflow: "ellipsis",
  color: tokens.colorNeutralForeground1,
  borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  cursor: "cell",
};
/** Text runs on over empty cells to its right, as in Excel. */
const overflowingText: CSSProperties = { overflow: "visible", textOverflow: "clip" };
const activeCell: CSSProperties = {
  position: "relative",
  outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
};
const selectedCell: CSSProperties = { backgroundColor: tokens.colorBrandBackground2 };
const listButton: CSSProperties = {
  position: "absolute",
  top: 0,
  right: 0,
  height: "100%",
  padding: `0 ${tokens.spacingHorizontalXXS}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  cursor: "pointer",
};
/** Excel's default font is 11 point; the grid draws it at the base size. */
const DEFAULT_POINTS = 11;

/**
 * A cell's fill, font and alignment as the sheet sets them. On a fill, text keeps the sheet's color (dark
 * when it sets none), as in Excel; on the grid's own background, a colored font is mixed with the theme's
 * text color, so a muted note stays readable in the dark theme as Excel's dark cells keep it.
 */
function lookStyle(look: CellLook): CSSProperties {
  const onGrid = (color: string) => `color-mix(in srgb, ${color} 45%, ${tokens.colorNeutralForeground1})`;
  return {
    ...(look.fill
      ? { backgroundColor: look.fill, color: look.fontColor ?? "#000000" }
      : look.fontColor
        ? { color: onGrid(look.fontColor) }
        : {}),
    ...(look.bold ? { fontWeight: tokens.fontWeightBold } : {}),
    ...(look.italic ? { fontStyle: "italic" } : {}),
    ...(look.fontSize ? { fontSize: `calc(${tokens.fontSizeBase200} * ${look.fontSize / DEFAULT_POINTS})` } : {}),
    ...(look.horizontal ? { textAlign: look.horizontal } : {}),
  };
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Enter: [1, 0],
  Tab: [0, 1],
};

/** The active sheet's cells as computed, with row and column headings; one cell is selected. */
export function SheetGrid({
  workbook,
  version,
  sheetName,
  focusRequests,
  onStartEditing,
  gridStrings,
}: SheetGridProps) {
  const used = workbook.usedSize();
  const rowCount = Math.max(MIN_ROWS, used.rows + 20);
  const colCount = Math.max(MIN_COLS, used.cols + 4);
  const selection = workbook.selection;
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const gridRef = useRef<HTMLTableElement | null>(null);

  // The selected cell stays in view, wherever the selection came from (a click, the name box, the pane).
  useEffect(() => {
    const cell = selectedRef.current;
    if (!cell) return;
    cell.scrollIntoView({ block: "nearest", inline: "nearest" });
    if (gridRef.current?.contains(document.activeElement)) cell.focus({ preventScroll: true });
  }, [selection.row, selection.col, version]);

  // In the same commit as the selection it follows, so no keystroke can arrive in between.
  useLayoutEffect(() => {
    if (focusRequests > 0) selectedRef.current?.focus({ preventScroll: true });
  }, [focusRequests]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const move = MOVES[event.key];
    const command = (event.ctrlKey || event.metaKey) && !event.altKey ? event.key.toLowerCase() : null;
    // Ctrl+Z undoes the last edit; Ctrl+Y or Ctrl+Shift+Z does it again, as in Excel.
    if (command === "z" || command === "y") {
      event.preventDefault();
      if (command === "z" && !event.shiftKey) workbook.undo();
      else workbook.redo();
    } else if (move) {
      event.preventDefault();
      const sign = event.shiftKey && (event.key === "Enter" || event.key === "Tab") ? -1 : 1;
      workbook.selectCell({ row: selection.row + sign * move[0], col: selection.col + sign * move[1] });
    } else if (event.key === "F2") {
      event.preventDefault();
      onStartEditing(null);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      workbook.enterCell(selection.row, selection.col, "");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      onStartEditing(event.key);
    }
  };

  const columns = Array.from({ length: colCount }, (_, col) => col);
  const widths = columns.map((col) => columnPixels(workbook.columnWidthChars(col)));
  // A fixed layout takes the columns' widths only from a table whose own width is set.
  const width = ROW_HEADER_PX + widths.reduce((total, columnWidth) => total + columnWidth, 0);
  return (
    <div style={scrollerStyle}>
      <table
        ref={gridRef}
        role="grid"
        aria-label={sheetName}
        aria-rowcount={rowCount + 1}
        aria-colcount={colCount + 1}
        style={{ ...tableStyle, width: `${width}px` }}
        onKeyDown={onKeyDown}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADER_PX}px` }} />
          {columns.map((col) => (
            <col key={col} style={{ width: `${widths[col]}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td style={cornerCell} />
            {columns.map((col) => (
              <th key={col} scope="col" style={headerCell}>
                {columnLetter(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rowCount }, (_, row) => (
            <tr key={row}>
              <th scope="row" style={rowHeaderCell}>
                {row + 1}
              </th>
              {columns.map((col) => {
                const selected = row === selection.row && col === selection.col;
                const inSelection = workbook.isSelected(row, col);
                const { value, numberFormat } = workbook.cell(row, col);
                const listed = selected ? workbook.listAt(row, col) : null;
                const shown = cellDisplay(value, numberFormat);
                const runsOn = typeof value === "string" && workbook.cell(row, col + 1).value === null;
                return (
                  <td
                    key={col}
                    ref={selected ? selectedRef : undefined}
                    role="gridcell"
                    data-address={a1({ row, col })}
                    aria-selected={inSelection}
                    tabIndex={selected ? 0 : -1}
                    title={shown.detail}
                    style={{
                      ...dataCell,
                      textAlign: shown.align,
                      ...lookStyle(workbook.cellLook(row, col)),
                      ...(runsOn ? overflowingText : {}),
                      ...(inSelection && !(selected && workbook.cellLook(row, col).fill) ? selectedCell : {}),
                      ...(selected ? activeCell : {}),
                    }}
                    onMouseDown={() => workbook.selectCell({ row, col })}
                  >
                    {shown.text}
                    {listed && (
                      <Menu>
                        <MenuTrigger disableButtonEnhancement>
                          <button
                            type="button"
                            tabIndex={-1}
                            style={listButton}
                            aria-label={gridStrings.pickFromList(a1({ row, col }))}
                            title={gridStrings.pickFromList(a1({ row, col }))}
                          >
                            ▾
                          </button>
                        </MenuTrigger>
                        <MenuPopover>
                          <MenuList>
                            {listed.map((option) => (
                              <MenuItem key={option} onClick={() => workbook.enterCell(row, col, option)}>
                                {option}
                              </MenuItem>
                            ))}
                          </MenuList>
                        </MenuPopover>
                      </Menu>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
