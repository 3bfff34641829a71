import type { FindingTexts } from "../en/findings";

const FIELDS = { quantity: "数量", unitCost: "单价", times: "次数", actual: "实际" } as const;

export const findings: FindingTexts = {
  line: (item) => `「${item}」`,
  share: (category, share, low, range, advice) =>
    `${category}占比 ${share}，${low ? "低于" : "高于"}建议区间 ${range}：${advice}。`,
  shareAdvice: {
    noFix: "单靠调整这一类无法进入区间，请检查区间设置",
    reserveRate: (rate, direction, amount) =>
      `把储备比例调到 ${rate}（${direction === "add" ? "增加" : "减少"} ${amount}）`,
    add: (amount, bound) => `需增加 ${amount} 才能达到 ${bound}（合计与储备随之增加）`,
    cut: (amount, bound) => `需削减或移出 ${amount} 才能降到 ${bound}`,
  },
  fulfillmentMissing:
    "没有履约成本：每一单成交都要交付服务（配件、材料、工时），漏算会让 ROI 虚高、活动实际亏钱。请按 成交数 × 单位履约成本 加上。",
  lumpSum: (line, why) => `${line} 是一笔拍脑袋的总数：${why}。请拆成 数量 × 单价，写清依据。`,
  lumpSumWhy: {
    typedBudget: "预算被直接填了数字，替换了 数量 × 单价 × 次数 的公式",
    noBasis: "缺少数量或单价",
  },
  contingencyMissing: (min) => `没有应急储备：意外总会发生，请按前六类合计的 ${min} 以上留出储备。`,
  marginMissing: "没有填写毛利率：ROI 要按毛利算（收入 × 毛利率 ÷ 成本），只看收入会误判。",
  roiBelowOne: (roi, breakEvenRevenue) =>
    `按毛利计算的 ROI 为 ${roi}，低于 1：活动在亏钱。收入至少要 ${breakEvenRevenue} 才能回本，或降低成本。`,
  overCap: (total, cap, over) => `合计 ${total} 超出预算上限 ${cap}，超出 ${over}。`,
  overspend: (line, over, actual, budget) =>
    `${line} 超支 ${over}：实际 ${actual}，预算 ${budget}。请说明原因或动用储备。`,
  executionRate: (spent, rate, withActual, lines) =>
    `已执行 ${spent}，占预算合计的 ${rate}（${withActual} / ${lines} 项已填实际）。`,
  listSeparator: "、",
  cellError: (cell, field, value) => `${cell}（${field}）是错误值 ${value}：请修正公式或输入，否则合计不可信。`,
  cellCategory: (cell, field, value, categories) =>
    `${cell}（${field}）「${value}」不是明细类别，这一行没有计入小计：请选择 ${categories} 之一。`,
  cellText: (cell, field, value) => `${cell}（${field}）应为数字，却是文本「${value}」：请填入数字。`,
  cellLarge: (cell, field, value) =>
    `${cell}（${field}）的「${value}」不是预算能容纳的数字（须小于 10^15）：请检查是否多打了指数或数字。`,
  outOfRange: (what, shown, advice) => `${what}为 ${shown}：${advice}。`,
  rangeAdvice: {
    rate: "不在 0% 到 100% 之间，请写成 8% 或 0.08 这样的比率",
    "stage-rate": "转化率是上一环节到达这一环节的比例，须大于 0% 且不超过 100%",
    count: "不能为负数，请填入 0 或更大的数",
    money: "不能为负数，请填入 0 或更大的数",
  },
  inputs: {
    lineField: (line, field) => `${line}的${FIELDS[field]}`,
    minShare: (category) => `${category}占比下限`,
    maxShare: (category) => `${category}占比上限`,
    reserveRate: "储备比例",
    grossMargin: "毛利率",
    cap: "预算上限",
    revenueTarget: "收入目标",
    targetDeals: "目标成交数",
    averageOrderValue: "客单价",
    stageRate: (stage) => `环节「${stage}」的转化率`,
  },
  listed: (shown, total, more) => shown + (more > 0 ? ` 等 ${total} 行` : ""),
  totalError: (error) =>
    `预算表无法合计：合计单元格显示 ${error}，它用到的单元格无法读取。这里的数字只按能读取的单元格计算；请修正下面报告的单元格。`,
  excludedRow: (cell, item, value) => `${cell}「${item}」：${value}`,
  excludedLead: { cannotTotal: "预算表无法合计", leavesOut: "合计漏掉了几行" },
  excluded: (lead, lines, rows) =>
    `${lead}：${lines} 行的预算无法读取（${rows}）。这里的合计、小计和占比都不含这 ${lines} 行；请修正下面报告的单元格。`,
  staleRow: (cell, line, saved, product) => `${cell ? `${cell} ` : ""}${line}：显示 ${saved}，按输入应为 ${product}`,
  recalculation: (lines, rows) =>
    `文件需要重新计算：${lines} 行的预算不等于 数量 × 单价 × 次数（${rows}）。这里的数字按保存时的结果计算；请重新计算（Excel 中按 F9）并保存后再检查。`,
};
