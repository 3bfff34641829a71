import type { PhasingStepLabels } from "../en/phasingSteps";

export const phasingSteps: PhasingStepLabels = {
  profileNumber: "分摊方式序号",
};
