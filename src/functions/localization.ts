/**
 * Chinese descriptions of the BUDGET functions for zh-CN Excel. Excel reads them from a second metadata
 * file (functions.zh-CN.json) that the manifest names for the zh-CN locale; it is derived from the
 * generated functions.json, so ids, names, types and parameters stay exactly the same and only the
 * descriptions change. Function names stay ASCII in every language.
 */

export interface FunctionText {
  description: string;
  /** Parameter name (as in functions.json) → description. */
  parameters: Record<string, string>;
}

/** Function id → Chinese text. Every function and every parameter must be here. */
export const FUNCTION_TEXT_ZH: Readonly<Record<string, FunctionText>> = {
  FUNNEL: {
    description: "倒推漏斗：为达成目标，每个环节至少需要多少人；从漏斗顶部到目标，按列返回。",
    parameters: {
      target: "要达成的成交数（或最后一个环节的人数），例如 2000。",
      rates: "各环节转化率，从漏斗顶部开始，一行或一列，例如 85%、12%、28%、65%、90%。",
      rounding: '取整方式："up"（默认，向上取整为整人数，保证够用）、"none"（不取整）或 "nearest"（四舍五入）。',
    },
  },
  "FUNNEL.FORWARD": {
    description: "正推漏斗：从客户池出发，每个环节能到达多少人；从客户池开始，按列返回。",
    parameters: {
      pool: "漏斗顶部的客户池人数，例如 120000。",
      rates: "各环节转化率，从漏斗顶部开始，一行或一列，例如 85%、12%、28%、65%、90%。",
      rounding: '取整方式："down"（默认，向下取整为实际到达的整人数）、"none"（不取整）或 "nearest"（四舍五入）。',
    },
  },
  ROI: {
    description: "毛利 ROI：收入 × 毛利率 ÷ 成本（等于 1 表示活动刚好回本）。",
    parameters: {
      revenue: "活动带来的收入，例如 700000。",
      grossMargin: "该收入的毛利率，例如 40%。",
      cost: "活动成本，例如 1300000。",
    },
  },
  BREAKEVEN: {
    description: "盈亏平衡收入：毛利 ROI 为 1 时的收入，即成本 ÷ 毛利率。",
    parameters: {
      cost: "活动成本，例如 1300000。",
      grossMargin: "收入的毛利率，例如 40%。",
    },
  },
  CONTINGENCY: {
    description: "应急储备：预算金额合计 × 比例（省略时为 8%）。",
    parameters: {
      amounts: "其他类别的金额：一个数字或一个区域；空单元格不计。",
      rate: "应急比例，省略时为 8%；通常为 5% 到 10%。",
    },
  },
  CAC: {
    description: "获客成本：获客花费 ÷ 新客数。",
    parameters: {
      spend: "获客花费，例如 500000。",
      newCustomers: "由此获得的新客数，例如 25000。",
    },
  },
};

/** The parts of functions.json this file reads and rewrites; everything else is carried over as is. */
interface MetadataParameter {
  name: string;
  description?: string;
  [field: string]: unknown;
}
interface MetadataFunction {
  id: string;
  description?: string;
  parameters: MetadataParameter[];
  [field: string]: unknown;
}
interface FunctionsMetadata {
  functions: MetadataFunction[];
  [field: string]: unknown;
}

/**
 * functions.json with every description replaced by its translation. Throws when the table and the
 * functions disagree (a function or parameter without a translation, or a translation for none), so a
 * new or renamed parameter cannot ship without its Chinese text.
 */
export function localizeFunctionsMetadata(
  metadataJson: string,
  table: Readonly<Record<string, FunctionText>> = FUNCTION_TEXT_ZH,
): string {
  const metadata = JSON.parse(metadataJson) as FunctionsMetadata;
  const problems: string[] = [];
  const functions = metadata.functions.map((fn) => {
    const text = table[fn.id];
    if (text === undefined) {
      problems.push(`no translation for function ${fn.id}`);
      return fn;
    }
    const names = fn.parameters.map((parameter) => parameter.name);
    for (const name of Object.keys(text.parameters)) {
      if (!names.includes(name)) problems.push(`${fn.id} has no parameter ${name}`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const description = text.parameters[parameter.name];
      if (description === undefined) problems.push(`no translation for ${fn.id} parameter ${parameter.name}`);
      return { ...parameter, description: description ?? parameter.description };
    });
    return { ...fn, description: text.description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!metadata.functions.some((fn) => fn.id === id)) problems.push(`translation for unknown function ${id}`);
  }
  if (problems.length > 0) throw new Error(`functions.json and its translations disagree: ${problems.join("; ")}`);
  return JSON.stringify({ ...metadata, functions }, null, 4);
}
