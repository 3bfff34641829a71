import type { Names } from "../en/names";

export const names: Names = {
  categories: {
    benefit: "权益成本",
    promotion: "推广成本",
    system: "系统开发成本",
    labor: "人力成本",
    fulfillment: "履约成本",
    admin: "管理成本",
    contingency: "应急储备",
  },
  scenarios: { conservative: "保守", base: "基准", optimistic: "乐观" },
  plans: { conservative: "保守", standard: "标准", aggressive: "激进", optimised: "优化" },
};
