import type { PeriodHealthLabels } from "../en/periodHealth";

export const periodHealth: PeriodHealthLabels = {
  settings: {
    campaignFirst: "活动起始期",
    campaignLast: "活动结束期",
    tolerance: "执行容差（±）",
  },
  nameComments: {
    campaignFirst: "活动的第一期：此前的支出由健康检查标出",
    campaignLast: "活动的最后一期：此后的支出由健康检查标出",
    tolerance: "截至当期的执行偏离计划超过此比例时，健康检查标出",
  },
  badSetting: (sheet, cell, label, typed, reason) => `${sheet} 工作表的${label}（${cell}）为“${typed}”：${reason}`,
  reasons: {
    tolerance: "容差应为 0% 到 100% 之间的百分比。",
    campaignPeriod: (count) => `活动的期数应为 1 到 ${count} 之间的整数。`,
    campaignOrder: "活动的结束期不能早于起始期。",
  },
};
