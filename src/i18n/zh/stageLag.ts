import type { StageLagTexts } from "../en/stageLag";

export const stageLag: StageLagTexts = {
  label: "阶段滞后（期）",
  hint: "从触达到带来成交相隔的整期数：不小于 0，且小于期数。",
  noFunnel: (preset, funnelPresets) =>
    `--stage-lag 需要漏斗预算：预设 ${preset} 没有漏斗（有漏斗的预设：${funnelPresets}）`,
  usage: (funnelPresets) => `仅限漏斗预设（${funnelPresets}）：按示例的三个月分期，成交比触达晚这么多个月（0 到 2）`,
};
