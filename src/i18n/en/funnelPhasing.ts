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
  spend: string;
  deals: string;
  costPerDeal: string;
  /** Shown instead of the deals when the lag is not a whole number of periods from 0 to 120. */
  badLag: string;
}

export const funnelPhasing: FunnelPhasingLabels = {
  title: "Funnel over time",
  note: "Deals follow the spend of the lines bound to the earliest funnel stage, moved later by the stage lag; deals past the last period count in the last period.",
  stageLag: "Stage lag (periods)",
  stageLagComment: "Whole periods between spending at the top of the funnel and the deals it brings.",
  stageLagValidation: { title: "Stage lag", message: "Enter a whole number of periods from 0 to 120." },
  targetDeals: "Target deals",
  stage: "Stage no.",
  topStage: "Top-of-funnel stage no.",
  topSpend: "Top-of-funnel spend",
  followed: "Spend the deals follow",
  shifted: "Moved by the lag",
  floors: "Deals, floored",
  remainders: "Remainders (millionths of a deal)",
  missing: "Missing deals",
  spend: "Spend",
  deals: "Expected deals",
  costPerDeal: "Cost per deal",
  badLag: "The stage lag must be a whole number of periods from 0 to 120.",
};
