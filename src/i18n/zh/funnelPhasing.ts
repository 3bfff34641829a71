import type { FunnelPhasingLabels } from "../en/funnelPhasing";

export const funnelPhasing: FunnelPhasingLabels = {
  title: "漏斗分期",
  note: "成交按绑定在最前漏斗阶段的明细的支出分布，并按阶段滞后期数后移；超出最后一期的成交计入最后一期。",
  stageLag: "阶段滞后（期）",
  stageLagComment: "漏斗顶端支出与其带来成交之间相隔的整期数。",
  stageLagValidation: { title: "阶段滞后", message: "请输入 0 到 120 的整数期数。" },
  targetDeals: "目标成交",
  stage: "阶段序号",
  topStage: "漏斗顶端阶段序号",
  topSpend: "漏斗顶端支出",
  followed: "成交所依据的支出",
  shifted: "按滞后后移",
  floors: "成交（取整）",
  remainders: "余数（百万分之一单）",
  missing: "待补成交",
  spend: "支出",
  deals: "预计成交",
  costPerDeal: "单笔成交成本",
  badLag: "阶段滞后应为 0 到 120 的整数期数。",
};
