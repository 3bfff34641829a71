import { tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";

const loadingStyle: CSSProperties = { margin: 0, color: tokens.colorNeutralForeground2 };

/** Shown for the moment a view's code is still loading. */
export function ViewLoading({ text }: { text: string }) {
  return (
    <p role="status" style={loadingStyle}>
      {text}
    </p>
  );
}
