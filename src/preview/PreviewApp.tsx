import { FluentProvider, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState, type CSSProperties } from "react";
import { App } from "../taskpane/App";
import { WorkbookView } from "./grid/WorkbookView";
import type { MemoryWorkbook } from "./memoryWorkbook";
import { previewSearch, type PreviewQuery } from "./previewQuery";
import { PreviewToolbar } from "./PreviewToolbar";
import { previewGridStrings, previewStrings, type Lang } from "../i18n";

interface PreviewAppProps {
  workbook: MemoryWorkbook;
  initialLang: Lang;
  initialDark: boolean;
  layout: PreviewQuery["layout"];
}

/** About the width Excel gives a task pane when it opens. */
const PANE_WIDTH = "360px";

const pageStyle: CSSProperties = {
  height: "100vh",
  display: "grid",
  gridTemplateAreas: '"toolbar toolbar" "workbook pane"',
  gridTemplateColumns: `minmax(0, 1fr) ${PANE_WIDTH}`,
  gridTemplateRows: "auto minmax(0, 1fr)",
};
// Each scrolling box is the containing block of what is positioned inside it (the pane's visually hidden
// table captions), so nothing escapes it to stretch the page below the window.
const paneStyle: CSSProperties = {
  gridArea: "pane",
  position: "relative",
  overflowY: "auto",
  borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
};
const workbookStyle: CSSProperties = {
  gridArea: "workbook",
  position: "relative",
  display: "flex",
  flexDirection: "column",
  minHeight: 0,
};

/** The task pane next to the in-memory workbook, or the pane alone (layout=pane) as Office hosts it. */
export function PreviewApp({ workbook, initialLang, initialDark, layout }: PreviewAppProps) {
  const [lang, setLang] = useState(initialLang);
  const [dark, setDark] = useState(initialDark);
  const strings = previewStrings(lang);

  // A reload keeps the language and theme chosen.
  useEffect(() => {
    const search = previewSearch(window.location.search, lang, dark);
    if (search !== window.location.search) window.history.replaceState(null, "", search);
  }, [lang, dark]);

  const pane = <App workbook={workbook} lang={lang} onLangChange={setLang} dark={dark} />;
  if (layout === "pane") return pane;
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div style={pageStyle}>
        <PreviewToolbar strings={strings} lang={lang} dark={dark} onLangChange={setLang} onDarkChange={setDark} />
        <div style={workbookStyle}>
          <WorkbookView workbook={workbook.spreadsheet} strings={strings} gridStrings={previewGridStrings(lang)} />
        </div>
        <div style={paneStyle}>{pane}</div>
      </div>
    </FluentProvider>
  );
}
