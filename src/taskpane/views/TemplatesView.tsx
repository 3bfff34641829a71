import { Label, Radio, RadioGroup, tokens, useId } from "@fluentui/react-components";
import { useDeferredValue, useState, type CSSProperties } from "react";
import { PRESET_CARDS } from "../presetCards.prebuilt";
import { useInsertBudget } from "../useInsertBudget";
import type { ViewProps } from "../viewProps";
import { PresetCard } from "./PresetCard";
import { LANGUAGE_NAMES, localeTag, type Lang } from "../../i18n";

const rootStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM };
const introStyle: CSSProperties = { margin: 0 };

/** The budget templates, each insertable as a new sheet in the chosen language. */
export function TemplatesView({ lang, strings, workbook }: ViewProps) {
  // Until the planner picks a sheet language, the sheet follows the pane's language.
  const [chosenSheetLang, setChosenSheetLang] = useState<Lang | null>(null);
  const sheetLang = chosenSheetLang ?? lang;
  const { state, start } = useInsertBudget(workbook);
  const sheetLangLabelId = useId("sheet-language");
  // The first template is what the pane shows first; the others render right after, not holding it up.
  const shownPresets = useDeferredValue(PRESET_CARDS.length, 1);

  return (
    <div style={rootStyle}>
      <p style={introStyle}>{strings.templatesIntro}</p>
      <div>
        <Label id={sheetLangLabelId}>{strings.sheetLanguageLabel}</Label>
        <RadioGroup
          aria-labelledby={sheetLangLabelId}
          layout="horizontal"
          value={sheetLang}
          onChange={(_, data) => setChosenSheetLang(data.value as Lang)}
        >
          {(Object.keys(LANGUAGE_NAMES) as Lang[]).map((option) => (
            <Radio key={option} value={option} label={<span lang={localeTag(option)}>{LANGUAGE_NAMES[option]}</span>} />
          ))}
        </RadioGroup>
      </div>
      {PRESET_CARDS.slice(0, shownPresets).map((card) => (
        <PresetCard
          key={card.id}
          preset={card.id}
          lang={lang}
          strings={strings}
          busy={state.kind === "inserting"}
          state={state.kind !== "idle" && state.preset === card.id ? state : undefined}
          onInsert={() => start({ preset: card.id, lang: sheetLang })}
        />
      ))}
    </div>
  );
}
