import { Button } from "@fluentui/react-components";
import { LANGUAGE_NAMES, localeTag, type Lang } from "../i18n";

interface LanguageSwitchProps {
  lang: Lang;
  /** What the button does, written like its label in the language it switches to. */
  description: string;
  onChange: (lang: Lang) => void;
}

/** Switches the pane to the other language; the button names that language in itself ("English", "中文"). */
export function LanguageSwitch({ lang, description, onChange }: LanguageSwitchProps) {
  const other: Lang = lang === "zh" ? "en" : "zh";
  return (
    <Button
      size="small"
      appearance="subtle"
      lang={localeTag(other)}
      title={description}
      onClick={() => onChange(other)}
    >
      {LANGUAGE_NAMES[other]}
    </Button>
  );
}
