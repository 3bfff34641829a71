/** The preset budgets' cards in the templates view: each one's name, what it holds, why it is flagged. */
export interface PresetCardTexts {
  campaign: PresetCard & { note: string };
  community: PresetCard;
  event: PresetCard;
  campaignFunnel: PresetCard & { note: string };
}

/** A card's name, also the budget's title when inserted, and its description. */
interface PresetCard {
  name: string;
  description: string;
}

export const presetCards: PresetCardTexts = {
  campaign: {
    name: "Campaign budget (car maintenance)",
    description:
      "A car-maintenance campaign for 2,000 deals: seven categories, 19 lines, each with its quantity × unit cost basis.",
    note: "Flagged on purpose: this is the source text's own budget, with six shares outside their ranges and an ROI on gross profit of 0.22, for the health check to point out.",
  },
  community: {
    name: "Community operations budget (quarter)",
    description:
      "A quarter of community operations: people, platform fees, content, events, traffic, user incentives and an elastic reserve.",
  },
  event: {
    name: "Marketing event budget (launch event)",
    description: "A 300-guest launch event: creative, media placement, venue and staffing.",
  },
  campaignFunnel: {
    name: "Campaign budget (funnel-driven)",
    description:
      "The maintenance campaign derived from its target: 2,000 deals through reach 85%, open 12%, booking 28%, visit 65% and deal 90% need a pool of 119,756; gifts, car wash and store staff follow visits, discount and fulfillment follow deals, SMS and push follow reach. Change the target and the budget follows.",
    note: "Flagged on purpose: the source text's inputs, with head counts from the funnel, come to a total over the cap; the share, ROI and cap findings show what the target really costs.",
  },
};
