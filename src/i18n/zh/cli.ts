import type { CliTexts } from "../en/cli";

export const cli: CliTexts = {
  report: {
    severity: { error: "错误", warning: "警告", info: "提示" },
    severityCount: (severity, n) => `${cli.report.severity[severity]} ${n}`,
    separator: "，",
    sheetSeparator: "、",
    heading: (sheet, table, total) => `工作表「${sheet}」（表格 ${table}）：合计 ${total}`,
    excluding: (n) => (n === 0 ? "（表格自己的合计是错误值）" : `（不含 ${n} 行，表格无法合计）`),
    others: (sheets) => `工作簿中还有预算表：${sheets}。用 --sheet 指定要检查的表。`,
    short: (n) => (n === 0 ? "表格合计为错误值" : `不含 ${n} 行`),
    range: "建议区间",
    none: "没有发现问题。",
    count: (counts, n) => `发现 ${n} 项：${counts}`,
  },
  health: {
    usage: (message) => `${message}（见 --help）`,
    needsValue: (option) => `选项 ${option} 需要一个值`,
    unknownOption: (option) => `未知选项 ${option}；可用选项：--sheet、--lang、--json、--stale-days、--help`,
    oneWorkbook: (first, second) => `一次只能检查一个工作簿：「${first}」和「${second}」`,
    unknownLanguage: (lang) => `未知语言「${lang}」；可选 zh、en`,
    badStaleDays: (value) => `--stale-days 应为不小于 1 的整数天数，而不是「${value}」`,
    missingWorkbook: "缺少要检查的工作簿，例如 npm run health -- budget.xlsx",
    noSuchFile: "文件不存在。",
    folder: "这是文件夹，不是工作簿。",
    cannotRead: (reason) => `无法读取：${reason}`,
    noBudget: "没有预算表：任何工作表中都没有带“类别”和“预算”列的 BudgetLines 表格。",
    noSuchSheet: (sheet, sheets) => `没有名为「${sheet}」的工作表；现有：${sheets}。`,
    noBudgetTable: (sheet) => `工作表「${sheet}」中没有预算表（BudgetLines）。`,
    uncalculated: (sheet) =>
      `工作表「${sheet}」的公式没有计算结果：请先用 Excel、WPS 或 LibreOffice 打开并保存，再检查。`,
    notABudget: (reason) => `无法作为预算读取：${reason}`,
  },
  output: {
    cannotWrite: (path, reason) => `无法写入「${path}」：${reason}`,
    reasons: {
      noFolder: (folder) => `文件夹「${folder}」不存在；请先创建，或选择已有的文件夹`,
      notAFolder: "路径中有一段是文件而不是文件夹；请选择已有文件夹中的路径",
      isFolder: (example) => `这是文件夹；请给出文件路径，例如「${example}」`,
      denied: "没有权限；请选择可写入的文件夹",
      readOnly: "文件系统只读；请选择可写入的文件夹",
      diskFull: "磁盘已满；原有文件未改动",
    },
    exists: (path) => `「${path}」已存在；加 --force 可替换它，或换一个文件名`,
    symbolicLink: (path, target) =>
      `「${path}」是指向「${target}」的符号链接；文件从不经链接写入（--force 也不例外），请给出文件本身的路径`,
    notAFile: (path) => `「${path}」不是普通文件；请选择文件路径`,
    extension: (path, extension, suggestion) =>
      `「${path}」不是 ${extension} 文件名；写出的是 ${extension} 文件，例如「${suggestion}」`,
  },
  unreadable: {
    empty: "文件是空的（0 字节）：可能没有保存完或复制不完整。",
    notZip: "不是 .xlsx 工作簿：.xlsx 文件是 zip 压缩包，而这个文件不是。",
    damagedZip: "文件已损坏：是 zip 压缩包，但内容无法读取（可能被截断或复制不完整）。",
    encrypted:
      "工作簿设有打开密码（已加密），无法读取：请在 Excel 中打开，取消密码（文件 › 信息 › 保护工作簿）后保存，再检查。",
    xls: "这是 Excel 97–2003 工作簿（.xls），不是 .xlsx：请用 Excel、WPS 或 LibreOffice 打开并另存为 .xlsx，再检查。",
    otherOffice: "不是 .xlsx 工作簿：这是旧版 Office 文件（如 .doc），其中没有工作簿。",
    xlsb: "这是二进制工作簿（.xlsb），不是 .xlsx：请在 Excel 中另存为 .xlsx，再检查。",
    ods: "这是 OpenDocument 电子表格（.ods），不是 .xlsx：请用 LibreOffice 或 WPS 另存为 .xlsx，再检查。",
    noWorkbookPart: "是 zip 文件，但不是 .xlsx 工作簿：缺少工作簿部件 xl/workbook.xml。",
  },
  damagedPart: (part, line) =>
    `文件已损坏：其中的 ${part} 无法读取${line === undefined ? "" : `（第 ${line} 行）`}。请在 Excel、WPS 或 LibreOffice 中打开并另存，再检查。`,
};
