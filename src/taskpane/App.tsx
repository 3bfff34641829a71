import { FluentProvider, Tab, TabList, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState, type CSSProperties } from "react";
import type { BudgetWorkbook } from "../workbook/budgetWorkbook";
import { LanguageSwitch } from "./LanguageSwitch";
import { PaneTextRules } from "./paneText";
import { preloadWhenIdle } from "./preloadWhenIdle";
import { VIEWS, type ViewId } from "./viewRegistry";
import { localeTag, paneStrings, type Lang } from "../i18n";

export interface AppProps {
  /** The workbook the pane works on: Excel's, or the preview's in-memory one. */
  workbook: BudgetWorkbook;
  lang: Lang;
  onLangChange: (lang: Lang) => void;
  dark: boolean;
}

// Plain style objects over Fluent's tokens: runtime makeStyles would add its CSS compiler to the bundle.
const providerStyle: CSSProperties = { minHeight: "100vh" };
const mainStyle: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalM,
  padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
};
const headerStyle: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  justifyContent: "space-between",
  gap: tokens.spacingHorizontalS,
};
// Three tabs do not fit a 320 px pane on one line in English: they wrap rather than scroll sideways.
const tabListStyle: CSSProperties = { flexWrap: "wrap" };
const titleStyle: CSSProperties = {
  margin: 0,
  fontSize: tokens.fontSizeBase500,
  lineHeight: tokens.lineHeightBase500,
  fontWeight: tokens.fontWeightSemibold,
};

export function App({ workbook, lang, onLangChange, dark }: AppProps) {
  const [viewId, setViewId] = useState<ViewId>(VIEWS[0].id);
  const strings = paneStrings(lang);
  const view = VIEWS.find((candidate) => candidate.id === viewId) ?? VIEWS[0];

  // The other views, loaded ahead of need once the page has loaded.
  useEffect(() => preloadWhenIdle(() => Promise.all(VIEWS.map((candidate) => candidate.preload?.()))), []);

  useEffect(() => {
    document.documentElement.lang = localeTag(lang);
    document.title = paneStrings(lang).appTitle;
  }, [lang]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={providerStyle}>
      <PaneTextRules />
      <main style={mainStyle}>
        <header style={headerStyle}>
          <h1 style={titleStyle}>{strings.appTitle}</h1>
          <LanguageSwitch lang={lang} description={strings.switchLanguage} onChange={onLangChange} />
        </header>
        <TabList
          style={tabListStyle}
          selectedValue={view.id}
          onTabSelect={(_, data) => setViewId(data.value as ViewId)}
          aria-label={strings.viewsLabel}
        >
          {VIEWS.map((candidate) => (
            <Tab
              key={candidate.id}
              id={`tab-${candidate.id}`}
              value={candidate.id}
              aria-controls={`panel-${candidate.id}`}
            >
              {candidate.label(strings)}
            </Tab>
          ))}
        </TabList>
        <div role="tabpanel" id={`panel-${view.id}`} aria-labelledby={`tab-${view.id}`}>
          {view.render({ lang, strings, workbook })}
        </div>
      </main>
    </FluentProvider>
  );
}
