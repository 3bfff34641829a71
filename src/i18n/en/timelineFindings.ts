/** The timeline view's findings over time: the budget's phasing sheet and baselines checked. */
export interface TimelineFindingsStrings {
  heading: string;
  /** The findings come from this phasing sheet's plan, actuals and settings. */
  intro: (phasingSheet: string) => string;
  /** The budget has no phasing sheet yet: only the baseline is checked. */
  noPhasingSheet: string;
  none: string;
  checking: string;
}

export const timelineFindings: TimelineFindingsStrings = {
  heading: "Health over time",
  intro: (sheet) =>
    `Checked against the actuals typed on ${sheet}, the campaign's periods and the execution tolerance set there.`,
  noPhasingSheet: "Write the phasing sheet to check spending per period against its plan.",
  none: "No findings over time.",
  checking: "Checking…",
};
