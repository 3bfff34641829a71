/**
 * `npm run health -- budget.xlsx [--sheet NAME] [--lang zh|en] [--json] [--stale-days N]`: the health
 * check of a saved workbook, from the values Excel, WPS or LibreOffice cached when they saved it; with
 * the budget's approved baseline, its Phasing sheet (the actuals typed per period, the campaign's
 * periods and the tolerance set there) and an Actuals sheet, the rules over time too.
 * Exit 0: no finding is an error; 1: at least one is; 2: the file cannot be read as a budget.
 */
import { readFile } from "node:fs/promises";
import { quoteText } from "../model/format";
import { healthJson, healthText } from "../sheet/healthReport";
import { DEFAULT_STALE_DAYS } from "../model/actualsHealth";
import { NotABudgetSheetError, isBudgetTable, readBudgetSheet } from "../sheet/readBudgetSheet";
import { sheetHealth } from "../sheet/sheetHealth";
import { BudgetInputError } from "../model/errors";
import { workbookOverTime } from "./overTimeSheets";
import { today } from "../workbook/today";
import { resolveUserPath } from "./userPath";
import { UnreadableWorkbookError, readWorkbookSheets, type WorkbookSheet } from "./xlsx/readSnapshot";
import { cliTexts, type CliTexts, type Lang, type Text } from "../i18n";

const EXIT_HEALTHY = 0;
const EXIT_ERROR_FINDINGS = 1;
const EXIT_UNREADABLE = 2;

const USAGE = [
  "Usage: npm run health -- <budget.xlsx> [--sheet <name>] [--lang <zh|en>] [--json] [--stale-days <n>]",
  "",
  "Checks a saved budget workbook against the health rules, from the values it was saved with; with a",
  "Phasing sheet, spend outside the campaign's periods, a period spent over its plan and execution to date",
  "off the plan by more than the tolerance set there; with an approved baseline, a budget changed since;",
  "with an Actuals sheet (npm run actuals -- import), the forecast at completion against the baseline and",
  "the cap, committed spend over a line's plan, spend without a plan, unassigned and out-of-date actuals too.",
  "",
  "  --sheet <name>   the sheet to check (default: the first sheet holding a budget table)",
  "  --lang <lang>    zh | en, the language of the report (default zh)",
  "  --json           print { sheet, total, categories, findings } as JSON; figures are decimal strings",
  `  --stale-days <n> the days after the latest actual before the actuals count as out of date (default ${DEFAULT_STALE_DAYS})`,
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
  staleDays: number;
}

/** Why the check could not run, said in the report's language. */
class HealthCommandError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** The command's error, in the table's words. */
const failure = (say: (words: CliTexts["health"]) => string) =>
  new HealthCommandError(cliTexts.both((words) => say(words.health)));

const usageError = (say: (words: CliTexts["health"]) => string) => failure((words) => words.usage(say(words)));

function parseArgs(argv: readonly string[]): HealthOptions | "help" {
  let file: string | undefined;
  let sheet: string | undefined;
  let lang: string = "zh";
  let json = false;
  let staleDays = DEFAULT_STALE_DAYS;
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
    if (option === "--sheet" || option === "--lang" || option === "--stale-days") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") throw usageError((words) => words.needsValue(option));
      if (option === "--sheet") sheet = value;
      else if (option === "--lang") lang = value;
      else if (/^\d+$/.test(value.trim()) && Number(value) >= 1) staleDays = Number(value);
      else throw usageError((words) => words.badStaleDays(value));
      continue;
    }
    if (arg.startsWith("-")) throw usageError((words) => words.unknownOption(option));
    const first = file;
    if (first !== undefined) throw usageError((words) => words.oneWorkbook(first, arg));
    file = arg;
  }
  if (lang !== "zh" && lang !== "en") throw usageError((words) => words.unknownLanguage(lang));
  if (file === undefined) throw usageError((words) => words.missingWorkbook);
  return { file, lang, json, staleDays, ...(sheet !== undefined ? { sheet } : {}) };
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
    if (code === "ENOENT") throw failure((words) => words.noSuchFile);
    if (code === "EISDIR") throw failure((words) => words.folder);
    throw failure((words) => words.cannotRead((error as Error).message));
  }
}

/** The sheet to check, chosen by its table part alone: no sheet's cells are read to choose it. */
function chooseSheet(sheets: WorkbookSheet[], wanted: string | undefined): { sheet: WorkbookSheet; others: string[] } {
  const budgetSheets = sheets.filter((s) => s.table !== null && isBudgetTable(s.table));
  if (wanted === undefined) {
    const [first, ...rest] = budgetSheets;
    if (!first) {
      throw failure((words) => words.noBudget);
    }
    return { sheet: first, others: rest.map((s) => s.name) };
  }
  const sheet =
    sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!sheet) {
    const names = sheets.map((s) => `"${s.name}"`).join(", ");
    throw failure((words) => words.noSuchSheet(quoteText(wanted), names));
  }
  const chosen = budgetSheets.find((s) => s === sheet);
  if (!chosen) {
    throw failure((words) => words.noBudgetTable(sheet.name));
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
    const sheets = await readWorkbookSheets(await readWorkbookFile(file));
    const { sheet, others } = chooseSheet(sheets, options.sheet);
    const { snapshot, uncalculated } = await sheet.read();
    if (uncalculated) {
      throw failure((words) => words.uncalculated(sheet.name));
    }
    const checked = readBudgetSheet(snapshot);
    const overTime = await workbookOverTime(sheets, snapshot, checked, {
      today: today(),
      staleAfterDays: options.staleDays,
    });
    const health = sheetHealth(snapshot, overTime, checked);
    const report = options.json
      ? [JSON.stringify(healthJson(health, options.lang), null, 2)]
      : healthText(health, options.lang, others);
    process.stdout.write(`${report.join("\n")}\n`);
    return health.findings.some((f) => f.severity === "error") ? EXIT_ERROR_FINDINGS : EXIT_HEALTHY;
  } catch (error) {
    const text: Text =
      error instanceof HealthCommandError ||
      error instanceof UnreadableWorkbookError ||
      error instanceof NotABudgetSheetError ||
      error instanceof BudgetInputError
        ? error.text
        : cliTexts.both((words) => words.health.notABudget(String((error as Error)?.message ?? error)));
    const subject = file ? `${file}: ` : "";
    process.stderr.write(`health: ${subject}${text[lang].split("\n")[0]}\n`);
    return EXIT_UNREADABLE;
  }
}

void runHealth(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
