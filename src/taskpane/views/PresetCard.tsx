import { Button, tokens, useId } from "@fluentui/react-components";
import { useContext, type CSSProperties } from "react";
import { PRESET_CARDS, type PresetCardFigures } from "../presetCards.prebuilt";
import { OfficeReadyContext } from "../officeReady";
import type { InsertState } from "../useInsertBudget";
import { InsertStatus } from "./InsertStatus";
import type { PresetId } from "../../model";
import type { Lang, Strings } from "../../i18n";

interface PresetCardProps {
  preset: PresetId;
  lang: Lang;
  strings: Strings;
  /** An insertion is running: inserting is disabled everywhere until it ends. */
  busy: boolean;
  /** The latest insertion of this preset, if any. */
  state: Exclude<InsertState, { kind: "idle" }> | undefined;
  onInsert: () => void;
}

const cardStyle: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  backgroundColor: tokens.colorNeutralBackground1,
};
const nameStyle: CSSProperties = {
  margin: 0,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold,
};
const descriptionStyle: CSSProperties = { margin: 0, color: tokens.colorNeutralForeground2 };
const intendedStyle: CSSProperties = {
  margin: 0,
  fontSize: tokens.fontSizeBase200,
  color: tokens.colorNeutralForeground2,
};
const tableStyle: CSSProperties = { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 };
const visuallyHidden: CSSProperties = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};
const cellPadding = `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`;
const labelCell: CSSProperties = { padding: cellPadding, textAlign: "left", fontWeight: tokens.fontWeightRegular };
const numberCell: CSSProperties = { padding: cellPadding, textAlign: "right", fontVariantNumeric: "tabular-nums" };
const headStyle: CSSProperties = { color: tokens.colorNeutralForeground3 };
const totalStyle: CSSProperties = {
  borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  fontWeight: tokens.fontWeightSemibold,
};
const insertStyle: CSSProperties = { alignSelf: "flex-start" };

/**
 * One template: what it is, the findings it raises on purpose if any, its seven category subtotals and
 * total, and its insert button.
 */
/** A preset's texts and figures, computed when the pane is built. */
function presetCard(preset: PresetId): PresetCardFigures {
  const card = PRESET_CARDS.find((candidate) => candidate.id === preset);
  if (!card) throw new Error(`no preset card for ${preset}`);
  return card;
}

export function PresetCard({ preset, lang, strings, busy, state, onInsert }: PresetCardProps) {
  const headingId = useId("preset");
  const officeReady = useContext(OfficeReadyContext);
  const card = presetCard(preset);
  const name = card.name[lang];

  return (
    <article style={cardStyle} aria-labelledby={headingId} data-preset={preset}>
      <h2 id={headingId} style={nameStyle}>
        {name}
      </h2>
      <p style={descriptionStyle}>{card.description[lang]}</p>
      {card.intendedNote && <p style={intendedStyle}>{card.intendedNote[lang]}</p>}
      <table style={tableStyle}>
        <caption style={visuallyHidden}>{strings.categoriesCaption(name)}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...labelCell, ...headStyle }}>
              {strings.categoryColumn}
            </th>
            <th scope="col" style={{ ...numberCell, ...headStyle }}>
              {strings.subtotalColumn}
            </th>
            <th scope="col" style={{ ...numberCell, ...headStyle }}>
              {strings.shareColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {card.categories.map((category) => (
            <tr key={category.key}>
              <th scope="row" style={labelCell}>
                {category.name[lang]}
              </th>
              <td style={numberCell}>{category.subtotal}</td>
              <td style={numberCell}>{category.share}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" style={{ ...labelCell, ...totalStyle }}>
              {strings.totalRow}
            </th>
            <td style={{ ...numberCell, ...totalStyle }}>{card.total}</td>
            <td style={{ ...numberCell, ...totalStyle }}>{card.totalShare}</td>
          </tr>
        </tfoot>
      </table>
      <Button
        style={insertStyle}
        appearance="primary"
        disabledFocusable={busy || !officeReady}
        aria-describedby={headingId}
        onClick={onInsert}
      >
        {strings.insertButton}
      </Button>
      <InsertStatus state={state} lang={lang} strings={strings} />
    </article>
  );
}
