import { FluentProvider, Tab, TabList, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState, type CSSProperties } from "react";
import type { Lang } from "../model";
import { LanguageSwitch } from "./LanguageSwitch";
import { localeTag } from "./language";
import { STRINGS } from "./strings";
import type { InsertBudget } from "./useInsertBudget";
import { VIEWS, type ViewId } from "./viewRegistry";

export interface AppProps {
  initialLang: Lang;
  dark: boolean;
  insert: InsertBudget;
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
const titleStyle: CSSProperties = {
  margin: 0,
  fontSize: tokens.fontSizeBase500,
  lineHeight: tokens.lineHeightBase500,
  fontWeight: tokens.fontWeightSemibold,
};

export function App({ initialLang, dark, insert }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [viewId, setViewId] = useState<ViewId>(VIEWS[0].id);
  const strings = STRINGS[lang];
  const view = VIEWS.find((candidate) => candidate.id === viewId) ?? VIEWS[0];

  useEffect(() => {
    document.documentElement.lang = localeTag(lang);
    document.title = STRINGS[lang].appTitle;
  }, [lang]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={providerStyle}>
      <main style={mainStyle}>
        <header style={headerStyle}>
          <h1 style={titleStyle}>{strings.appTitle}</h1>
          <LanguageSwitch lang={lang} description={strings.switchLanguage} onChange={setLang} />
        </header>
        <TabList
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
          {view.render({ lang, strings, insert })}
        </div>
      </main>
    </FluentProvider>
  );
}
