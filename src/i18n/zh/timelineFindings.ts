import type { TimelineFindingsStrings } from "../en/timelineFindings";

export const timelineFindings: TimelineFindingsStrings = {
  heading: "分期健康检查",
  intro: (sheet) => `依据 ${sheet} 上填写的实际支出、活动期数和执行容差检查。`,
  noPhasingSheet: "写入分期计划表后，即可按期对照计划检查支出。",
  none: "分期方面没有发现问题。",
  checking: "正在检查…",
};
