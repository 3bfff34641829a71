import type { RollupStrings } from "../en/rollup";

export const rollup: RollupStrings = {
  sheetName: "项目汇总",
  headers: {
    file: "文件",
    sheet: "预算表",
    total: "预算合计",
    baseline: "审批基线",
    actual: "实际",
    committed: "占用",
    forecast: "完工预测",
    executionRate: "执行率",
    roi: "毛利 ROI",
    errors: "错误项",
  },
  total: "合计",
  unreadableTitle: "无法读取的文件",
  noBudget: "没有预算表（BudgetLines 表格）",
  noSuchFile: "文件不存在",
  campaign: (file, figures) => `${file}：${figures}`,
  figures: {
    roi: "ROI",
    errors: (count) => `${count} 项错误`,
  },
  totals: (figures) => `汇总：${figures}`,
  cannotRead: (file, why) => `无法读取 ${file}：${why}`,
  wrote: (file) => `已写入 ${file}`,
  errors: {
    needsValue: (option) => `选项 ${option} 需要一个值（见 --help）`,
    unknownLanguage: (value) => `未知语言「${value}」；可选 zh、en（见 --help）`,
    unknownOption: (option) => `未知选项 ${option}；可用选项：--out、--force、--json、--lang、--help`,
    missingOut: "缺少 --out <汇总.xlsx>，即要写入的工作簿（见 --help）",
    noFiles: "没有给出项目工作簿，例如 npm run rollup -- a.xlsx b.xlsx --out portfolio.xlsx",
    outIsInput: (path) => `--out 不能是项目工作簿之一（${path}）`,
    noneReadable: (list) => `没有一个项目工作簿可以读取：${list}`,
  },
};
