import { Field, Input, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { DraftEdit, FieldProblem, FunnelEditing, RateProblem } from "../funnelDrafts";
import type { FunnelStrings, Lang } from "../../i18n";

interface FunnelInputsFormProps {
  editing: FunnelEditing;
  /** The stages' names, top first (the pool has no rate). */
  stageNames: readonly string[];
  strings: FunnelStrings;
  lang: Lang;
  onEdit: (edit: DraftEdit) => void;
}

const gridStyle: CSSProperties = {
  display: "grid",
  gridTemplateColumns: "repeat(auto-fill, minmax(128px, 1fr))",
  // A field's message makes its row taller; its neighbours stay at the top.
  alignItems: "start",
  gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
};
const inputStyle: CSSProperties = { width: "100%", minWidth: 0 };

function validation(problem: FieldProblem | undefined, messages: Partial<Record<FieldProblem, string>>) {
  if (problem === undefined) return {};
  return { validationState: "error" as const, validationMessage: messages[problem] ?? messages.number };
}

/** A rate's problem: the rate rule's message, with the rate as typed, or the pane's own words. */
function rateValidation(problem: RateProblem | undefined, strings: FunnelStrings, lang: Lang) {
  if (problem === undefined) return {};
  const message =
    problem.kind === "rule" ? `${problem.text[lang]}${lang === "zh" ? "。" : "."}` : strings.rateProblems[problem.kind];
  return { validationState: "error" as const, validationMessage: message };
}

/** Target deals, order value and each stage's rate, as text the planner types; errors under their field. */
export function FunnelInputsForm({ editing, stageNames, strings, lang, onEdit }: FunnelInputsFormProps) {
  const { drafts, problems } = editing;
  return (
    <div style={gridStyle}>
      <Field label={strings.targetDeals} {...validation(problems.targetDeals, strings.targetProblems)}>
        <Input
          style={inputStyle}
          inputMode="numeric"
          value={drafts.targetDeals}
          onChange={(_, data) => onEdit({ field: "targetDeals", text: data.value })}
        />
      </Field>
      <Field label={strings.averageOrderValue} {...validation(problems.averageOrderValue, strings.orderValueProblems)}>
        <Input
          style={inputStyle}
          inputMode="decimal"
          contentAfter={strings.yuanUnit}
          value={drafts.averageOrderValue}
          onChange={(_, data) => onEdit({ field: "averageOrderValue", text: data.value })}
        />
      </Field>
      {drafts.rates.map((text, index) => (
        <Field
          key={index}
          label={strings.rateLabel(stageNames[index] ?? String(index + 1))}
          {...rateValidation(problems.rates[index], strings, lang)}
        >
          <Input
            style={inputStyle}
            inputMode="decimal"
            value={text}
            onChange={(_, data) => onEdit({ field: "rate", index, text: data.value })}
          />
        </Field>
      ))}
    </div>
  );
}
