import type { PlanStoreLabels } from "../en/planStore";

export const planStore: PlanStoreLabels = {
  title: "方案数据",
  note: "加载项按此表读取并重写本页的方案（保存、改名、删除方案时）；请勿修改。每行一项：方案的输入、漏斗环节或一条明细。",
  headers: {
    plan: "方案",
    field: "字段",
    name: "名称",
    value: "数值",
    category: "类别",
    basis: "计算依据",
    quantity: "数量",
    unitCost: "单价",
    times: "次数",
    actual: "实际",
    owner: "责任人",
    note: "备注",
    driver: "驱动",
  },
};
