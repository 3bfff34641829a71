import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { categoryByKey, formatPercent, type CategoryStatus, type Decimal } from "../../model";
import type { CategoryHealth } from "../../sheet/sheetHealth";
import { rangeText, shareBarGeometry, shareScale } from "../shareBarGeometry";
import { barCaptionStyle, barListStyle } from "./barListStyles";
import type { HealthStrings, Lang } from "../../i18n";

interface ShareBarsProps {
  categories: readonly CategoryHealth[];
  lang: Lang;
  strings: HealthStrings;
}

const figuresStyle: CSSProperties = { fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground2 };
const trackStyle: CSSProperties = {
  position: "relative",
  height: "12px",
  marginTop: tokens.spacingVerticalXXS,
  borderRadius: tokens.borderRadiusSmall,
  backgroundColor: tokens.colorNeutralBackground3,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  overflow: "hidden",
};
const bandStyle: CSSProperties = {
  position: "absolute",
  top: 0,
  bottom: 0,
  backgroundColor: tokens.colorBrandBackground2,
  borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  borderRight: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  boxSizing: "border-box",
};
const fillStyle: CSSProperties = {
  position: "absolute",
  left: 0,
  top: "3px",
  bottom: "3px",
  borderRadius: tokens.borderRadiusSmall,
};

const FILL: Record<CategoryStatus, string> = {
  low: tokens.colorStatusWarningBackground3,
  ok: tokens.colorStatusSuccessBackground3,
  high: tokens.colorStatusWarningBackground3,
};
const STATUS_TEXT: Record<CategoryStatus, string> = {
  low: tokens.colorStatusWarningForeground1,
  ok: tokens.colorStatusSuccessForeground1,
  high: tokens.colorStatusWarningForeground1,
};

function ShareBar({
  category,
  scale,
  lang,
  strings,
}: {
  category: CategoryHealth;
  scale: Decimal;
  lang: Lang;
  strings: HealthStrings;
}) {
  const name = categoryByKey(category.key).name[lang];
  const share = formatPercent(category.share);
  const range = rangeText(category.range);
  const geometry = shareBarGeometry(category.share, category.range, scale);
  // One image per category: its parts are drawn for the eye, its label says the same in words.
  return (
    <li>
      <div role="img" aria-label={strings.shareBarLabel(name, share, range, category.status)}>
        <div style={barCaptionStyle}>
          <span>{name}</span>
          <span style={figuresStyle}>
            {share} · {range} ·{" "}
            <span style={{ color: STATUS_TEXT[category.status] }}>{strings.statusWord[category.status]}</span>
          </span>
        </div>
        <div style={trackStyle}>
          <div style={{ ...bandStyle, left: geometry.bandStart, width: geometry.bandWidth }} />
          <div style={{ ...fillStyle, width: geometry.fill, backgroundColor: FILL[category.status] }} />
        </div>
      </div>
    </li>
  );
}

/** Each category's share of the total as a bar, its recommended range as a band, on one scale. */
export function ShareBars({ categories, lang, strings }: ShareBarsProps) {
  const scale = shareScale(categories);
  return (
    <ul style={barListStyle}>
      {categories.map((category) => (
        <ShareBar key={category.key} category={category} scale={scale} lang={lang} strings={strings} />
      ))}
    </ul>
  );
}
