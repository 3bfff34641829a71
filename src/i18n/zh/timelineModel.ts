import type { TimelineMessages } from "../en/timelineModel";

export const timeline: TimelineMessages = {
  phasing: {
    noPeriods: "没有可分摊的期间。",
    negativeWeights: "权重不能为负数。",
    zeroWeights: "权重合计为 0，无法分摊。",
    customWeightCount: (weights, periods) => `自定义权重有 ${weights} 个，跨期却有 ${periods} 期。`,
    badSpan: (item, first, last, count) =>
      `“${item}”的跨期 ${first}–${last} 无效：应在第 1 到第 ${count} 期之间，且首期不晚于末期。`,
    unknownProfile: (item) => `“${item}”的分摊方式未知。`,
    ofLine: (item, message) => `“${item}”：${message}`,
    spanCount: (spans, lines) => `分期计划有 ${spans} 行跨期，预算却有 ${lines} 项明细。`,
  },
  periods: {
    firstPeriodFormat: (first) => `首期“${first}”应写作 2026-05 或 2026-05-04。`,
    notCalendarDate: (first) => `首期“${first}”不是有效日期。`,
    weekNeedsDay: (first) => `按周分期时，首期应写到日：2026-05-04，而不是“${first}”。`,
    unknownUnit: (unit) => `未知的分期单位“${unit}”。`,
    periodCount: (max, count) => `期数应为 1 到 ${max} 的整数，而不是 ${count}。`,
  },
  execution: {
    currentPeriod: (count, current) => `当前期应为 1 到 ${count} 的整数，而不是 ${current}。`,
    actualRows: (actualRows, rows) => `实际支出有 ${actualRows} 行，分期计划只有 ${rows} 行。`,
  },
  baseline: {
    noApprover: "请填写审批人。",
    approvalDate: (date) => `审批日期“${date}”应写作 2026-04-20。`,
    beforePrevious: (date, version, previousDate) =>
      `审批日期 ${date} 早于上一版（第 ${version} 版，${previousDate}）。`,
    otherUnit: "当前分期与基线的分期单位不同（月 / 周），无法逐期比较。",
  },
  health: {
    outsideSpan: (item, period, amount, first, last) =>
      `“${item}”在 ${period} 有 ${amount}，不在活动期 ${first} 至 ${last} 之内。`,
    overPlan: (item, period, actual, plan, over) =>
      `“${item}”${period} 实际支出 ${actual}，计划 ${plan}，超出 ${over}。`,
    behind: (rate, period, tolerance) => `截至 ${period} 的执行率为 ${rate}，落后计划超过容差 ${tolerance}。`,
    ahead: (rate, period, tolerance) => `截至 ${period} 的执行率为 ${rate}，超前计划超过容差 ${tolerance}。`,
    badTolerance: (tolerance) => `容差应在 0% 到 100% 之间，而不是 ${tolerance}。`,
    changedSinceApprovalTotal: (total, approved, difference) =>
      `预算合计 ${total}，较审批金额 ${approved} ${difference}，尚未重新审批。请重新审批（时间计划）或恢复原预算。`,
    changedSinceApproval: (version, date, approver, lines, difference) =>
      `预算在第 ${version} 版审批（${date}，${approver}）后有改动，尚未重新审批：${lines} 项明细不同，合计较基线 ${difference}。请重新审批或恢复原预算。`,
    badCampaignSpan: (first, last, count) =>
      `活动期 ${first}–${last} 无效：应在第 1 到第 ${count} 期之间，且首期不晚于末期。`,
  },
  funnel: {
    noFunnel: "按期预计成交需要漏斗预算：本预算没有漏斗。",
    stageLag: (typed, max) => `阶段滞后期数应为 0 到 ${max} 的整数，而不是“${typed}”。`,
  },
  chinaRetailCalendar: "中国零售日历（春节、618、双11、双12）",
  campaignTimeline: {
    name: "营销活动预算（按月分期）",
    description: "保养服务活动的 19 项明细分三个月：筹备月、活动月、收尾月；合计不变，仍为 1,294,596 元。",
  },
};
