import { Field, Select, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { LANGUAGE_NAMES, localeTag, type Lang, type PreviewStrings } from "../i18n";

interface PreviewToolbarProps {
  strings: PreviewStrings;
  lang: Lang;
  dark: boolean;
  onLangChange: (lang: Lang) => void;
  onDarkChange: (dark: boolean) => void;
}

const barStyle: CSSProperties = {
  gridArea: "toolbar",
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  backgroundColor: tokens.colorNeutralBackground2,
};
const titleStyle: CSSProperties = { margin: 0, fontWeight: tokens.fontWeightSemibold };
const noteStyle: CSSProperties = {
  margin: 0,
  flex: "1 1 240px",
  fontSize: tokens.fontSizeBase200,
  color: tokens.colorNeutralForeground2,
};

/** What Office would decide for the pane, chosen by hand: its display language and its theme. */
export function PreviewToolbar({ strings, lang, dark, onLangChange, onDarkChange }: PreviewToolbarProps) {
  return (
    <header style={barStyle}>
      <p style={titleStyle}>{strings.title}</p>
      <p style={noteStyle}>{strings.note}</p>
      <Field label={strings.displayLanguage} orientation="horizontal" size="small">
        <Select size="small" value={lang} onChange={(_, data) => onLangChange(data.value as Lang)}>
          {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((option) => (
            <option key={option} value={option} lang={localeTag(option)}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.theme} orientation="horizontal" size="small">
        <Select
          size="small"
          value={dark ? "dark" : "light"}
          onChange={(_, data) => onDarkChange(data.value === "dark")}
        >
          <option value="light">{strings.themeLight}</option>
          <option value="dark">{strings.themeDark}</option>
        </Select>
      </Field>
    </header>
  );
}
