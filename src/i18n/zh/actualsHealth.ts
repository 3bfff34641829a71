import type { ActualsHealthStrings } from "../en/actualsHealth";

const at = (cell: string) => (cell ? `（${cell}）` : "");

export const actualsHealth: ActualsHealthStrings = {
  forecastOverBaseline: (amount, forecast, against, approved) =>
    `完工预测 ${forecast} 超出${approved ? "审批基线" : "预算合计"} ${against} 共 ${amount}。请削减超支明细的剩余计划，或${approved ? "将超支重新审批为新基线" : "报批超支部分"}。`,
  forecastOverCap: (amount, forecast, cap) =>
    `完工预测 ${forecast} 超出预算上限 ${cap} 共 ${amount}。请削减剩余计划，或在付款前取消部分已占用支出。`,
  committedOverPlan: (item, amount, committed, plan, cell) =>
    `「${item}」已占用 ${committed}，计划只有 ${plan}${at(cell)}，超出 ${amount}。请调高该明细的预算，或在付款前重新议定订单。`,
  unmatchedWaiting: (n, amount) =>
    `有 ${n} 行实际支出（${amount}）尚未对应到预算明细，目前不计入任何明细。请在实际支出表的“明细”单元格中填入对应预算明细的名称。`,
  stale: (n, latest, limit) =>
    `最近一笔实际支出的日期是 ${latest}，已过去 ${n} 天（超过 ${limit} 天）。请导入最新的费用导出，使完工预测保持最新。`,
  spentWithoutPlan: (item, amount, cell) =>
    `「${item}」没有计划，却已支出或占用 ${amount}${at(cell)}。请为该明细编列预算，或把这笔支出归到所属的明细。`,
  badStaleDays: (value) => `实际支出视为过期的天数应为 1 或以上的整数，而不是 ${value}。`,
  badToday: (value) => `今天的日期应写作 2026-05-31 这样的日历日，而不是「${value}」。`,
};
