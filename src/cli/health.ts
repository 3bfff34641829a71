/**
 * `npm run health -- budget.xlsx [--sheet NAME] [--lang zh|en] [--json]`: the health check of a saved
 * workbook, from the values Excel, WPS or LibreOffice cached when they saved it.
 * Exit 0: no finding is an error; 1: at least one is; 2: the file cannot be read as a budget.
 */
import { readFile } from "node:fs/promises";
import { quoteText } from "../model/format";
import { healthJson, healthText } from "../sheet/healthReport";
import { NotABudgetSheetError, isBudgetTable } from "../sheet/readBudgetSheet";
import { sheetHealth } from "../sheet/sheetHealth";
import { resolveUserPath } from "./userPath";
import { UnreadableWorkbookError, readWorkbookSheets, type WorkbookSheet } from "./xlsx/readSnapshot";
import type { Lang, Text } from "../i18n";

const EXIT_HEALTHY = 0;
const EXIT_ERROR_FINDINGS = 1;
const EXIT_UNREADABLE = 2;

const USAGE = [
  "Usage: npm run health -- <budget.xlsx> [--sheet <name>] [--lang <zh|en>] [--json]",
  "",
  "Checks a saved budget workbook against the health rules, from the values it was saved with.",
  "",
  "  --sheet <name>   the sheet to check (default: the first sheet holding a budget table)",
  "  --lang <lang>    zh | en, the language of the report (default zh)",
  "  --json           print { sheet, total, categories, findings } as JSON; figures are decimal strings",
  "  --help           show this help",
  "",
  "A relative path is taken from the folder the command is run in.",
  "Exit status: 0 no error findings, 1 at least one error finding, 2 the file cannot be read as a budget.",
  "With --json through npm, use npm run -s health so npm's own lines stay out of the output.",
].join("\n");

interface HealthOptions {
  file: string;
  sheet?: string;
  lang: Lang;
  json: boolean;
}

/** Why the check could not run, said in the report's language. */
class HealthCommandError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

const usageError = (text: Text) =>
  new HealthCommandError({ zh: `${text.zh}（见 --help）`, en: `${text.en} (see --help)` });

function parseArgs(argv: readonly string[]): HealthOptions | "help" {
  let file: string | undefined;
  let sheet: string | undefined;
  let lang: string = "zh";
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--json") {
      json = true;
      continue;
    }
    const [option, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (option === "--sheet" || option === "--lang") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "")
        throw usageError({ zh: `选项 ${option} 需要一个值`, en: `option ${option} needs a value` });
      if (option === "--sheet") sheet = value;
      else lang = value;
      continue;
    }
    if (arg.startsWith("-"))
      throw usageError({
        zh: `未知选项 ${option}；可用选项：--sheet、--lang、--json、--help`,
        en: `unknown option ${option}; options are --sheet, --lang, --json, --help`,
      });
    if (file !== undefined)
      throw usageError({
        zh: `一次只能检查一个工作簿：「${file}」和「${arg}」`,
        en: `one workbook at a time: "${file}" and "${arg}"`,
      });
    file = arg;
  }
  if (lang !== "zh" && lang !== "en")
    throw usageError({
      zh: `未知语言「${lang}」；可选 zh、en`,
      en: `unknown language "${lang}"; languages are zh, en`,
    });
  if (file === undefined)
    throw usageError({
      zh: "缺少要检查的工作簿，例如 npm run health -- budget.xlsx",
      en: "missing the workbook to check, e.g. npm run health -- budget.xlsx",
    });
  return { file, lang, json, ...(sheet !== undefined ? { sheet } : {}) };
}

/** The report's language even when other arguments are wrong, so the error speaks it too. */
function requestedLang(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value = index < 0 ? undefined : argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  return value === "en" ? "en" : "zh";
}

async function readWorkbookFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new HealthCommandError({ zh: "文件不存在。", en: "no such file." });
    if (code === "EISDIR")
      throw new HealthCommandError({ zh: "这是文件夹，不是工作簿。", en: "a folder, not a workbook." });
    throw new HealthCommandError({
      zh: `无法读取：${(error as Error).message}`,
      en: `cannot be read: ${(error as Error).message}`,
    });
  }
}

/** The sheet to check, chosen by its table part alone: no sheet's cells are read to choose it. */
function chooseSheet(sheets: WorkbookSheet[], wanted: string | undefined): { sheet: WorkbookSheet; others: string[] } {
  const budgetSheets = sheets.filter((s) => s.table !== null && isBudgetTable(s.table));
  if (wanted === undefined) {
    const [first, ...rest] = budgetSheets;
    if (!first) {
      throw new HealthCommandError({
        zh: "没有预算表：任何工作表中都没有带“类别”和“预算”列的 BudgetLines 表格。",
        en: "no budget: no sheet has a BudgetLines table with Category and Budget columns.",
      });
    }
    return { sheet: first, others: rest.map((s) => s.name) };
  }
  const sheet =
    sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet) {
    const names = sheets.map((s) => `"${s.name}"`).join(", ");
    throw new HealthCommandError({
      zh: `没有名为「${quoteText(wanted)}」的工作表；现有：${names}。`,
      en: `no sheet "${quoteText(wanted)}"; the sheets are ${names}.`,
    });
  }
  const chosen = budgetSheets.find((s) => s === sheet);
  if (!chosen) {
    throw new HealthCommandError({
      zh: `工作表「${sheet.name}」中没有预算表（BudgetLines）。`,
      en: `sheet "${sheet.name}" holds no budget table (BudgetLines).`,
    });
  }
  return { sheet: chosen, others: [] };
}

async function runHealth(argv: readonly string[]): Promise<number> {
  const lang = requestedLang(argv);
  let file = "";
  try {
    const options = parseArgs(argv);
    if (options === "help") {
      process.stdout.write(`${USAGE}\n`);
      return EXIT_HEALTHY;
    }
    file = resolveUserPath(options.file);
    const { sheet, others } = chooseSheet(await readWorkbookSheets(await readWorkbookFile(file)), options.sheet);
    const { snapshot, uncalculated } = await sheet.read();
    if (uncalculated) {
      throw new HealthCommandError({
        zh: `工作表「${sheet.name}」的公式没有计算结果：请先用 Excel、WPS 或 LibreOffice 打开并保存，再检查。`,
        en: `the formulas on sheet "${sheet.name}" have no saved results: open and save it in Excel, WPS or LibreOffice first.`,
      });
    }
    const health = sheetHealth(snapshot);
    const report = options.json
      ? [JSON.stringify(healthJson(health, options.lang), null, 2)]
      : healthText(health, options.lang, others);
    process.stdout.write(`${report.join("\n")}\n`);
    return health.findings.some((f) => f.severity === "error") ? EXIT_ERROR_FINDINGS : EXIT_HEALTHY;
  } catch (error) {
    const text: Text =
      error instanceof HealthCommandError ||
      error instanceof UnreadableWorkbookError ||
      error instanceof NotABudgetSheetError
        ? error.text
        : {
            zh: `无法作为预算读取：${String((error as Error)?.message ?? error)}`,
            en: `cannot be read as a budget: ${String((error as Error)?.message ?? error)}`,
          };
    const subject = file ? `${file}: ` : "";
    process.stderr.write(`health: ${subject}${text[lang].split("\n")[0]}\n`);
    return EXIT_UNREADABLE;
  }
}

void runHealth(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
