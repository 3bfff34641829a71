import { Label, Radio, RadioGroup, tokens, useId } from "@fluentui/react-components";
import { useContext, useEffect, useState, type CSSProperties } from "react";
import { FirstViewContext } from "../firstViewHandoff";
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
  // The first view (built into the page) may have had a sheet language picked, and an Insert clicked.
  const firstView = useContext(FirstViewContext);
  const [chosenSheetLang, setChosenSheetLang] = useState<Lang | null>(() => firstView?.sheetLang ?? null);
  const sheetLang = chosenSheetLang ?? lang;
  const { state, start } = useInsertBudget(workbook);
  const sheetLangLabelId = useId("sheet-language");
  useEffect(() => firstView?.onInsert(start), [firstView, start]);

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
      {PRESET_CARDS.map((card) => (
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
