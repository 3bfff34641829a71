/**
 * `npm run actuals -- import BUDGET.xlsx ACTUALS.csv --out OUT.xlsx [--mapping NAME] [--json] [--force]`:
 * actual and committed spend from an expense, ad-platform or bank export into a copy of the budget
 * workbook, on its Actuals sheet; the summary says what was read, matched, left unmatched and skipped.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { importActuals, rowPeriod, type ExistingActual, type ImportedRow } from "../model/actuals/importActuals";
import { isoDayToSerial, parseDay } from "../model/actuals/date";
import { parseAmount } from "../model/actuals/amount";
import { ACTUAL_FIELDS, type ColumnMapping } from "../model/actuals/mapping";
import { categoryByKey } from "../model/categories";
import type { CheckedBudget } from "../model/health";
import { Decimal } from "../model/decimal";
import { BudgetInputError } from "../model/errors";
import { formatMoney } from "../model/format";
import { budgetTotals, lineAmount } from "../model/totals";
import {
  ACTUALS_COLUMNS,
  ACTUALS_TABLE,
  buildActualsPlan,
  type ActualsLine,
  type ActualsTableRow,
} from "../sheet/buildActualsPlan";
import { NotABudgetSheetError, isBudgetTable, readBudgetSheet } from "../sheet/readBudgetSheet";
import type { CellValue } from "../sheet/snapshot";
import { mapTableColumns } from "../sheet/tableColumns";
import { number, text } from "../sheet/cellContent";
import type { CommandOutput } from "./exportCommand";
import { OutputPathError, checkOutputPath, writeOutputFile } from "./outputFile";
import { resolveUserPath } from "./userPath";
import { UnreadableWorkbookError, readWorkbookSheets, type WorkbookSheet } from "./xlsx/readSnapshot";
import { readDefinedNames } from "./xlsx/readXlsx";
import { readPhasingSheet } from "./phasingSheet";
import { BASELINE_NAMES } from "../workbook/timeline";
import type { SheetSnapshot } from "../sheet/snapshot";
import { writeSheetIntoXlsx } from "./xlsx/writeSheetIntoXlsx";
import { rewriteExecutionReport, typedAndImported } from "./executionReportSheet";
import { actualsStrings, type Lang, type Text } from "../i18n";

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

export const ACTUALS_USAGE = [
  "Usage: npm run actuals -- import <budget.xlsx> <actuals.csv> --out <file.xlsx> [--mapping <name>] [--json] [--force] [--lang <zh|en>]",
  "",
  "Imports actual and committed spend from a CSV export (UTF-8 or GBK/GB18030, comma or tab separated) into",
  "a copy of the budget workbook: every row on its Actuals sheet, matched to budget lines by code or name,",
  "the unmatched ones left for you to assign, rows already imported skipped.",
  "",
  "  --out <path>       the workbook to write (required); never the budget workbook itself",
  "  --mapping <name>   use the column mapping saved in the workbook under this name (else recognise the",
  "                     headers) and save the mapping used under it, for the next export of the same system",
  "  --columns <list>   the columns by their headers: date=交易日期,amount=金额,item=摘要[,reference=…,owner=…,status=…]",
  "  --json             print { read, matched, unmatched, duplicates, amount }; amount is a decimal string",
  "  --force            replace the --out workbook if it exists",
  "  --lang <lang>      zh | en, the language of the summary (default zh)",
  "  --help             show this help",
  "",
  "Relative paths are taken from the folder the command is run in. Exit status: 0 imported, 2 bad input.",
].join("\n");

/** Why the import cannot run, in both languages. */
class ActualsCommandError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

interface ActualsOptions {
  budget: string;
  actuals: string;
  out: string;
  mapping?: string;
  columns?: ColumnMapping;
  json: boolean;
  force: boolean;
  lang: Lang;
}

const usage = (zh: string, en: string) =>
  new ActualsCommandError({ zh: `${zh}（见 --help）`, en: `${en} (see --help)` });

function parseArgs(argv: readonly string[]): ActualsOptions | "help" {
  const positional: string[] = [];
  const values: Record<string, string> = {};
  let json = false;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--json") json = true;
    else if (arg === "--force") force = true;
    else if (arg.startsWith("-")) {
      const [option, inline] = arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
      if (!["--out", "--mapping", "--columns", "--lang"].includes(option))
        throw usage(
          `未知选项 ${option}；可用选项：--out、--mapping、--columns、--json、--force、--lang、--help`,
          `unknown option ${option}; options are --out, --mapping, --columns, --json, --force, --lang, --help`,
        );
      const value = inline ?? argv[++i];
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("--")))
        throw usage(`选项 ${option} 需要一个值`, `option ${option} needs a value`);
      values[option] = value;
    } else positional.push(arg);
  }
  const [command, budget, actuals, ...extra] = positional;
  if (command !== "import")
    throw usage(
      `未知命令「${command ?? ""}」；用法：npm run actuals -- import 预算.xlsx 实际.csv --out 输出.xlsx`,
      `unknown command "${command ?? ""}"; use: npm run actuals -- import budget.xlsx actuals.csv --out out.xlsx`,
    );
  if (budget === undefined || actuals === undefined)
    throw usage("需要预算工作簿和实际支出 CSV 两个文件", "needs the budget workbook and the actuals CSV file");
  if (extra.length > 0) throw usage(`多余的参数「${extra[0]}」`, `unexpected argument "${extra[0]}"`);
  const lang = values["--lang"] ?? "zh";
  if (lang !== "zh" && lang !== "en")
    throw usage(`未知语言「${lang}」；可选 zh、en`, `unknown language "${lang}"; languages are zh, en`);
  if (values["--out"] === undefined)
    throw usage("缺少 --out <文件.xlsx>", "missing --out <file.xlsx>, the workbook to write");
  return {
    budget,
    actuals,
    out: values["--out"],
    json,
    force,
    lang,
    ...(values["--mapping"] !== undefined ? { mapping: values["--mapping"] } : {}),
    ...(values["--columns"] !== undefined ? { columns: parseColumns(values["--columns"]) } : {}),
  };
}

/** `date=交易日期,amount=金额,item=摘要`: the fields and the headers that hold them. */
function parseColumns(value: string): ColumnMapping {
  const mapping: Partial<Record<string, string>> = {};
  for (const pair of value.split(",")) {
    const [field, ...header] = pair.split("=");
    if (!(ACTUAL_FIELDS as readonly string[]).includes(field.trim()) || header.join("=").trim() === "")
      throw usage(
        `--columns 的「${pair}」应写作 字段=表头，字段为 ${ACTUAL_FIELDS.join("、")}`,
        `--columns "${pair}" must read field=header, fields being ${ACTUAL_FIELDS.join(", ")}`,
      );
    mapping[field.trim()] = header.join("=").trim();
  }
  if (!mapping.date || !mapping.amount || !mapping.item)
    throw usage("--columns 需要 date、amount 和 item", "--columns needs date, amount and item");
  return mapping as ColumnMapping;
}

/** The hidden name that keeps the workbook's saved column mappings, as JSON text. */
export const MAPPINGS_NAME = "Actuals_Mappings";

async function savedMappings(bytes: Buffer): Promise<Record<string, ColumnMapping>> {
  const stored = (await readDefinedNames(bytes)).find((n) => n.name === MAPPINGS_NAME)?.formula;
  if (!stored) return {};
  try {
    const parsed: unknown = JSON.parse(stored.replace(/^"|"$/g, "").replace(/""/g, '"'));
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, ColumnMapping>) : {};
  } catch {
    return {};
  }
}

function requestedLang(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  const value = index < 0 ? undefined : argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  return value === "en" ? "en" : "zh";
}

async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ActualsCommandError({ zh: `${path}：文件不存在`, en: `${path}: no such file` });
    if (code === "EISDIR")
      throw new ActualsCommandError({ zh: `${path}：这是文件夹`, en: `${path}: a folder, not a file` });
    throw new ActualsCommandError({
      zh: `${path}：无法读取`,
      en: `${path}: cannot be read (${(error as Error).message})`,
    });
  }
}

/** A cell of the existing Actuals table as the new sheet writes it back: numbers as numbers, the rest as text. */
function contentOf(value: CellValue) {
  if (typeof value === "number") return number(new Decimal(value));
  if (value === null) return text("");
  if (typeof value === "object") return text(value.error);
  return text(String(value));
}

const asText = (value: CellValue) => (value === null || typeof value === "object" ? "" : String(value));

/** The rows of the workbook's Actuals sheet, kept as they are, and what de-duplication needs from them. */
export async function existingRows(sheet: WorkbookSheet | undefined, lang: Lang) {
  if (!sheet?.table) return { rows: [] as ActualsTableRow[], existing: [] as ExistingActual[] };
  const { snapshot } = await sheet.read();
  const headers = snapshot.table.headers;
  const labels = [actualsStrings(lang).sheet.headers, actualsStrings(lang === "zh" ? "en" : "zh").sheet.headers];
  const offset = (key: (typeof ACTUALS_COLUMNS)[number]) =>
    labels.map((l) => headers.indexOf(l[key])).find((i) => i >= 0) ?? -1;
  const rows: ActualsTableRow[] = [];
  const existing: ExistingActual[] = [];
  for (const values of snapshot.table.rows) {
    const at = (key: (typeof ACTUALS_COLUMNS)[number]): CellValue =>
      offset(key) < 0 ? null : (values[offset(key)] ?? null);
    if (ACTUALS_COLUMNS.every((key) => asText(at(key)).trim() === "")) continue;
    rows.push(Object.fromEntries(ACTUALS_COLUMNS.map((key) => [key, contentOf(at(key))])) as ActualsTableRow);
    const date = at("date");
    const amount = at("amount");
    const reading = typeof amount === "number" ? null : parseAmount(asText(amount));
    existing.push({
      day: typeof date === "number" ? parseDay(date) : parseDay(asText(date)),
      dateText: asText(date),
      amount: typeof amount === "number" ? new Decimal(amount) : reading?.ok ? reading.value : null,
      amountText: asText(amount),
      description: asText(at("description")),
      reference: asText(at("reference")),
      line: asText(at("line")),
    });
  }
  return { rows, existing };
}

/** The budget's lines and its reserve as the Actuals sheet sums them, each with its Budget cell. */
export function actualsLines(checked: CheckedBudget, lang: Lang): ActualsLine[] {
  const { budget } = checked;
  const totals = budgetTotals(budget);
  return [
    ...budget.lines.map((line, i) => ({
      category: line.category,
      item: line.item,
      plan: lineAmount(line),
      ...(checked.lineCells[i]?.budget ? { planCell: checked.lineCells[i].budget } : {}),
    })),
    {
      category: "contingency" as const,
      item: categoryByKey("contingency").name[lang],
      plan: totals.contingency,
      ...(checked.cells.subtotal?.contingency ? { planCell: checked.cells.subtotal.contingency } : {}),
    },
  ];
}

/**
 * The approved baseline's total and its cell (Budget_BaselineTotal on the budget sheet), when the
 * budget has been approved; undefined before the first approval.
 */
export function approvedBaseline(snapshot: SheetSnapshot): { total: Decimal; cell: string } | undefined {
  const named = snapshot.names[BASELINE_NAMES.baselineTotal];
  return named && typeof named.value === "number" && Number.isFinite(named.value)
    ? { total: new Decimal(named.value), cell: named.address }
    : undefined;
}

function newRow(row: ImportedRow, lineItem: string, lang: Lang): ActualsTableRow {
  const words = actualsStrings(lang);
  return {
    date: row.day ? number(new Decimal(isoDayToSerial(row.day))) : text(row.dateText),
    period: text(rowPeriod(row)),
    line: text(lineItem),
    amount: row.amount ? number(row.amount) : text(row.amountText),
    status: text(words.statuses[row.status]),
    source: text(row.source),
    reference: text(row.reference),
    description: text(row.description),
    owner: text(row.owner),
  };
}

export interface ActualsSummary {
  read: number;
  matched: number;
  unmatched: number;
  duplicates: number;
  amount: string;
}

export async function runActuals(argv: readonly string[], output: CommandOutput): Promise<number> {
  const lang = requestedLang(argv);
  let subject = "";
  try {
    const options = parseArgs(argv);
    if (options === "help") {
      output.out(ACTUALS_USAGE);
      return EXIT_OK;
    }
    const budgetPath = resolveUserPath(options.budget);
    const actualsPath = resolveUserPath(options.actuals);
    const outPath = await checkOutputPath(options.out, { force: options.force, extension: ".xlsx" });
    if (outPath === budgetPath || outPath === actualsPath)
      throw new ActualsCommandError({
        zh: `--out 不能是输入文件本身（${outPath}）：请另起一个文件名`,
        en: `--out must not be an input file (${outPath}): choose another file name`,
      });
    const workbookBytes = await readInput(budgetPath);
    const csvBytes = await readInput(actualsPath);
    subject = `${budgetPath}: `;
    const sheets = await readWorkbookSheets(workbookBytes);
    const budgetSheet = sheets.find((s) => s.table !== null && isBudgetTable(s.table));
    if (!budgetSheet)
      throw new ActualsCommandError({
        zh: `没有预算表（任何工作表中都没有带“类别”和“预算”列的 BudgetLines 表格）`,
        en: `no budget (no sheet has a BudgetLines table with Category and Budget columns)`,
      });
    const { snapshot } = await budgetSheet.read();
    const checked = readBudgetSheet(snapshot);
    subject = "";
    const sheetLang = mapTableColumns(snapshot.table.headers).lang;
    const { budget } = checked;
    const totals = budgetTotals(budget);
    const lines = actualsLines(checked, sheetLang);

    const actualsSheet = sheets.find((s) => s.table?.name.toLowerCase() === ACTUALS_TABLE.toLowerCase());
    // A table of that name the import did not write is the planner's own: it is never rewritten.
    const ours = (headers: readonly string[]) =>
      (["zh", "en"] as const).some((l) =>
        ACTUALS_COLUMNS.every((key) => headers.includes(actualsStrings(l).sheet.headers[key])),
      );
    if (actualsSheet?.table && !ours(actualsSheet.table.headers))
      throw new ActualsCommandError({
        zh: `工作表「${actualsSheet.name}」已有名为 ${ACTUALS_TABLE} 的表格，但不是导入写的：请改名后再导入`,
        en: `sheet "${actualsSheet.name}" has a table named ${ACTUALS_TABLE} that the import did not write: rename it, then import`,
      });
    const { rows: kept, existing } = await existingRows(actualsSheet, sheetLang);
    const mappings = await savedMappings(workbookBytes);
    const mapping = options.columns ?? (options.mapping !== undefined ? mappings[options.mapping] : undefined);
    let result;
    try {
      result = importActuals(csvBytes, {
        source: basename(actualsPath),
        targets: lines.map((line) => ({ category: line.category, item: line.item })),
        existing,
        ...(mapping ? { mapping } : {}),
      });
    } catch (error) {
      if (error instanceof BudgetInputError)
        throw new ActualsCommandError({
          zh: `${actualsPath}：${error.text.zh}`,
          en: `${actualsPath}: ${error.text.en}`,
        });
      throw error;
    }
    const added = [...result.matched, ...result.unmatched].sort((a, b) => a.sourceLine - b.sourceLine);
    const rows = [
      ...kept,
      ...added.map((row) => newRow(row, row.line === null ? "" : lines[row.line].item, sheetLang)),
    ];
    const freeName = (wanted: string) => {
      if (actualsSheet) return actualsSheet.name;
      let name = wanted;
      for (let n = 2; sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()); n++) name = `${wanted} ${n}`;
      return name;
    };
    const baseline = approvedBaseline(snapshot);
    const phasing = await readPhasingSheet(sheets, lines);
    const actualsInput = {
      ...(baseline ? { baseline } : {}),
      ...(phasing ? { phasing } : {}),
      lang: sheetLang,
      sheetName: freeName(actualsStrings(sheetLang).sheet.sheetName),
      budgetSheetName: budgetSheet.name,
      lines,
      total: totals.total,
      ...(checked.cells.total ? { totalCell: checked.cells.total } : {}),
      cap: budget.goals.cap,
      ...(checked.cells.cap ? { capCell: checked.cells.cap } : {}),
      rows,
    };
    const plan = buildActualsPlan(actualsInput);
    // The execution report reads the Actuals table too, once there is one (its explanations kept).
    const report = await rewriteExecutionReport(sheets, actualsInput);
    const overlaps = typedAndImported(actualsInput);
    // The mapping used is saved under --mapping's name, for the next export of the same system.
    if (options.mapping !== undefined) mappings[options.mapping] = result.mapping;
    const constants =
      Object.keys(mappings).length > 0 ? [{ name: MAPPINGS_NAME, value: JSON.stringify(mappings) }] : [];
    const withActuals = await writeSheetIntoXlsx(workbookBytes, plan, {
      ...(actualsSheet ? { replace: actualsSheet.name } : {}),
      constants,
    });
    const bytes =
      report.kind === "rewrite"
        ? await writeSheetIntoXlsx(withActuals, report.plan, { replace: report.plan.sheetName })
        : withActuals;
    const written = await writeOutputFile(options.out, bytes, { force: options.force, extension: ".xlsx" });

    const summary: ActualsSummary = {
      read: result.read,
      matched: result.matched.length,
      unmatched: result.unmatched.length,
      duplicates: result.duplicates.length,
      amount: result.amount.toFixed(2),
    };
    if (options.json) {
      output.out(JSON.stringify(summary, null, 2));
      return EXIT_OK;
    }
    const say = actualsStrings(options.lang).summary;
    const words = actualsStrings(options.lang);
    const money = (value: Decimal) => formatMoney(value, 2);
    output.out(say.read(actualsPath, result.read, result.encoding.toUpperCase(), result.delimiter === "\t"));
    output.out(say.matched(summary.matched, money(result.amount), money(result.paid), money(result.committed)));
    output.out(say.unmatched(summary.unmatched));
    for (const row of result.unmatched)
      output.out(
        say.unmatchedRow(
          row.sourceLine,
          row.description,
          row.amount ? money(row.amount) : row.amountText,
          words.reasons[row.unmatched!],
        ),
      );
    output.out(say.duplicates(summary.duplicates));
    output.out(say.identity(result.identities.reference, result.identities.content));
    for (const overlap of overlaps)
      output.out(say.typedAndImported(overlap.line, overlap.period, overlap.typed, overlap.imported));
    if (report.kind === "rewrite") output.out(say.report(report.plan.sheetName));
    if (report.kind === "kept") output.out(say.reportKept(report.sheetName));
    output.out(say.wrote(written, plan.sheetName));
    return EXIT_OK;
  } catch (error) {
    const message =
      error instanceof ActualsCommandError ||
      error instanceof UnreadableWorkbookError ||
      error instanceof NotABudgetSheetError ||
      error instanceof OutputPathError
        ? error.text[lang]
        : String((error as Error)?.message ?? error);
    output.err(`actuals: ${subject}${message.split("\n")[0]}`);
    return EXIT_BAD_INPUT;
  }
}
