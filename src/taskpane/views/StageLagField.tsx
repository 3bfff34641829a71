import { Field, Input } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { stageLagTexts, type Lang } from "../../i18n";

/** The Timeline view's stage lag, as typed, with its problem inline (the value as typed) or the hint. */
export function StageLagField({
  lang,
  typed,
  problem,
  onChange,
  style,
}: {
  lang: Lang;
  typed: string;
  problem: string | null;
  onChange: (typed: string) => void;
  style?: CSSProperties;
}) {
  const texts = stageLagTexts(lang);
  return (
    <Field
      label={texts.label}
      hint={problem ? undefined : texts.hint}
      validationState={problem ? "error" : "none"}
      validationMessage={problem ?? undefined}
    >
      <Input style={style} inputMode="numeric" value={typed} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
