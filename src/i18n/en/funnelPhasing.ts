/** The phasing sheet's funnel block: expected deals and cost per deal per period. */
export interface FunnelPhasingLabels {
  title: string;
  note: string;
  stageLag: string;
  stageLagComment: string;
  stageLagValidation: { title: string; message: string };
  targetDeals: string;
  /** Over the per-line column of the funnel stage each line is bound to. */
  stage: string;
  topStage: string;
  topSpend: string;
  followed: string;
  shifted: string;
  floors: string;
  remainders: string;
  missing: string;
  /** Over the per-line column saying whether a line follows its stage (1) or its own span (0). */
  follows: string;
  /** The working grids of the lines that follow their stage. */
  ownSpread: string;
  volume: string;
  followFloors: string;
  followRemainders: string;
  spend: string;
  deals: string;
  costPerDeal: string;
  /** Shown instead of the deals when the lag is not a whole number of periods less than the period count. */
  badLag: string;
}

export const funnelPhasing: FunnelPhasingLabels = {
  title: "Funnel over time",
  note: "Deals follow the spend of the lines bound to the earliest funnel stage, moved later by the stage lag; deals past the last period count in the last period. Lines bound to a later stage spread with it: deals lines like the expected deals, the others like the top-of-funnel spend moved by the lag.",
  stageLag: "Stage lag (periods)",
  stageLagComment: "Whole periods between spending at the top of the funnel and the deals it brings.",
  stageLagValidation: {
    title: "Stage lag",
    message: "Enter a whole number of periods, 0 or more and less than the period count.",
  },
  targetDeals: "Target deals",
  stage: "Stage no.",
  topStage: "Top-of-funnel stage no.",
  topSpend: "Top-of-funnel spend",
  followed: "Spend the deals follow",
  shifted: "Moved by the lag",
  floors: "Deals, floored",
  remainders: "Remainders (millionths of a deal)",
  missing: "Missing deals",
  follows: "Follows its stage",
  ownSpread: "Own spread (span and profile)",
  volume: "Stage volume followed",
  followFloors: "Following: fen, floored",
  followRemainders: "Following: remainders (millionths of a fen)",
  spend: "Spend",
  deals: "Expected deals",
  costPerDeal: "Cost per deal",
  badLag: "The stage lag must be a whole number of periods, 0 or more and less than the period count.",
};
