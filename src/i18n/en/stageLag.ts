/** The stage lag of a funnel budget over time, as the pane and the command line ask for it. */
export interface StageLagTexts {
  /** The pane's field. */
  label: string;
  hint: string;
  /** The export command's --stage-lag given to a preset without a funnel. */
  noFunnel: (preset: string, funnelPresets: string) => string;
  /** The export command's help line for --stage-lag. */
  usage: (funnelPresets: string) => string;
}

export const stageLag: StageLagTexts = {
  label: "Stage lag (periods)",
  hint: "Whole periods between reaching people and the deals they bring: 0 or more, less than the number of periods.",
  noFunnel: (preset, funnelPresets) =>
    `--stage-lag needs a funnel budget: preset ${preset} has no funnel (funnel presets: ${funnelPresets})`,
  usage: (funnelPresets) =>
    `Funnel presets only (${funnelPresets}): spread over the worked example's three months, the deals this many months after the people reached (0 to 2)`,
};
