/** The phasing sheet's working figures computed once per line. */
export interface PhasingStepLabels {
  /** Above each line's profile as a number: its place in the list of profiles. */
  profileNumber: string;
}

export const phasingSteps: PhasingStepLabels = {
  profileNumber: "Profile no.",
};
