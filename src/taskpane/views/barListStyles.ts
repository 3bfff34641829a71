import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

/** A list of labelled bars (category shares, funnel stages): one row each, caption above the bar. */
export const barListStyle: CSSProperties = {
  listStyle: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
};

export const barCaptionStyle: CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  justifyContent: "space-between",
  gap: tokens.spacingHorizontalS,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
};
