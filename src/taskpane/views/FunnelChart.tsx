import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { formatCount, type Decimal } from "../../model";
import { funnelBarWidths } from "../funnelBarGeometry";
import { barCaptionStyle, barListStyle } from "./barListStyles";
import type { FunnelStrings } from "../../i18n";

interface FunnelChartProps {
  /** The pool's name, then each stage's. */
  stageNames: readonly string[];
  /** People needed at each stage, pool first. */
  counts: readonly Decimal[];
  strings: FunnelStrings;
}

const countStyle: CSSProperties = { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold };
const trackStyle: CSSProperties = { marginTop: tokens.spacingVerticalXXS, display: "flex", justifyContent: "center" };
const barStyle: CSSProperties = {
  height: "14px",
  borderRadius: tokens.borderRadiusSmall,
  backgroundColor: tokens.colorBrandBackground,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
  boxSizing: "border-box",
};

/**
 * The reverse funnel as centred bars, widest at the pool. Each stage is a list item whose text gives its
 * name and count; the bar under it repeats that for the eye and is hidden from screen readers.
 */
export function FunnelChart({ stageNames, counts, strings }: FunnelChartProps) {
  const widths = funnelBarWidths(counts);
  return (
    <ul style={barListStyle} aria-label={strings.funnelListLabel}>
      {stageNames.map((name, index) => {
        const people = formatCount(counts[index]);
        return (
          <li key={`${index}-${name}`}>
            <div style={barCaptionStyle}>
              <span>{name}</span>
              <span style={countStyle}>{people}</span>
            </div>
            <div style={trackStyle} aria-hidden="true">
              <div style={{ ...barStyle, width: widths[index] }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
