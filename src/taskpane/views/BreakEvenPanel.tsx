import { Field, Select, tokens } from "@fluentui/react-components";
import { useMemo, useState, type CSSProperties } from "react";
import { Decimal, formatCount, formatMoney, formatPercent, type Budget, type Funnel } from "../../model";
import { breakEvenFigure, type BreakEvenChoice, type BreakEvenFigure } from "../funnelFigures";
import type { FunnelStrings, Lang } from "../../i18n";

interface BreakEvenPanelProps {
  /** The budget aimed at the figures typed, its funnel applied. */
  budget: Budget & { funnel: Funnel };
  lang: Lang;
  strings: FunnelStrings;
}

const ORDER_VALUE = "order-value";
const answerStyle: CSSProperties = { margin: 0, marginTop: tokens.spacingVerticalS };

const choiceOf = (value: string): BreakEvenChoice =>
  value === ORDER_VALUE ? { kind: "order-value" } : { kind: "rate", stage: Number(value) };

function answer(figure: BreakEvenFigure, funnel: Funnel, lang: Lang, strings: FunnelStrings): string {
  switch (figure.kind) {
    case "rate": {
      const { stage, rate, people, peopleAbove } = figure.result;
      const current = funnel.stages[stage - 1];
      return strings.breakEvenRate(
        current.name,
        // Rounded up: the rate shown must be enough on its own.
        formatPercent(rate.toDecimalPlaces(4, Decimal.ROUND_CEIL)),
        formatPercent(current.rate),
        formatCount(people),
        formatCount(peopleAbove),
      );
    }
    case "order-value":
      return strings.breakEvenOrderValue(formatMoney(figure.value, 2), formatMoney(funnel.averageOrderValue, 2));
    case "none":
      return figure.text[lang];
  }
}

/** The rate of a chosen stage, or the order value, at which ROI on gross profit is exactly 1. */
export function BreakEvenPanel({ budget, lang, strings }: BreakEvenPanelProps) {
  const { funnel } = budget;
  const [choice, setChoice] = useState(ORDER_VALUE);
  const figure = useMemo(() => breakEvenFigure(budget, choiceOf(choice)), [budget, choice]);
  return (
    <div>
      <Field label={strings.solveFor}>
        <Select value={choice} onChange={(_, data) => setChoice(data.value)}>
          {funnel.stages.map((stage, index) => (
            <option key={`${index}-${stage.name}`} value={String(index + 1)}>
              {strings.rateOption(stage.name)}
            </option>
          ))}
          <option value={ORDER_VALUE}>{strings.orderValueOption}</option>
        </Select>
      </Field>
      <p style={answerStyle} aria-live="polite">
        {answer(figure, funnel, lang, strings)}
      </p>
    </div>
  );
}
