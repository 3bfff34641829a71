/**
 * `npm run actuals -- import BUDGET.xlsx ACTUALS.csv --out OUT.xlsx [--mapping NAME] [--json] [--force]`:
 * actual and committed spend from an expense, ad-platform or bank export into a copy of the budget
 * workbook, on its Actuals sheet; the summary says what was read, matched, left unmatched and skipped.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { importActuals, type ActualsInput, type ExistingActual } from "../model/actuals/importActuals";
import { actualsFileKind, readXlsxRows } from "../model/actuals/xlsxSheet";
import { ACTUAL_FIELDS, type ColumnMapping } from "../model/actuals/mapping";
import { Decimal, sum } from "../model/decimal";
import { BudgetInputError } from "../model/errors";
import { formatMoney } from "../model/format";
import { budgetTotals } from "../model/totals";
import {
  ACTUALS_COLUMNS,
  ACTUALS_TABLE,
  DATE_FORMAT,
  actualsEntries,
  buildActualsPlan,
  type ActualsPhasing,
  type ActualsPlanInput,
  type ActualsSheetPlan,
  type ActualsTableRow,
} from "../sheet/buildActualsPlan";
import { countedActualsCells, periodDateFormat } from "../sheet/buildPhasingPlan";
import { MONEY_FORMAT } from "../sheet/formats";
import type { PlannedCell } from "../sheet/plan";
import { countedActuals } from "../model/executionReport";
import { PatchRefusedError, patchSheet } from "./xlsx/patchSheet";
import { NotABudgetSheetError, isBudgetTable, readBudgetSheet } from "../sheet/readBudgetSheet";
import { mapTableColumns } from "../sheet/tableColumns";
import type { CommandOutput } from "./exportCommand";
import { OutputPathError, checkOutputPath, writeOutputFile } from "./outputFile";
import { resolveUserPath } from "./userPath";
import { UnreadableWorkbookError, readWorkbookSheets, type WorkbookSheet } from "./xlsx/readSnapshot";
import { readDefinedNames } from "./xlsx/readXlsx";
import { readPhasingSheet } from "./phasingSheet";
import { writeSheetIntoXlsx } from "./xlsx/writeSheetIntoXlsx";
import { approvedBaseline } from "../workbook/actualsHealthInput";
import { MAPPINGS_NAME, parseMappings } from "../workbook/actualsMappings";
import {
  actualsColumnOffsets,
  actualsLines,
  actualsTableRow,
  actualsTableRows,
  isActualsTable,
} from "../workbook/actualsTable";
import {
  actualsFileStrings,
  actualsStrings,
  cliTexts,
  type ActualsStrings,
  type CliTexts,
  type Lang,
  type Text,
} from "../i18n";
import { rewriteExecutionReport, typedAndImported } from "./executionReportSheet";

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

export const ACTUALS_USAGE = [
  "Usage: npm run actuals -- import <budget.xlsx> <actuals.csv|actuals.xlsx> --out <file.xlsx> [--sheet <name>] [--mapping <name>] [--json] [--force] [--lang <zh|en>]",
  "",
  "Imports actual and committed spend from a CSV export (UTF-8 or GBK/GB18030, comma or tab separated) or an",
  ".xlsx sheet into a copy of the budget workbook: every row on its Actuals sheet, matched to budget lines by code or name,",
  "the unmatched ones left for you to assign, rows already imported skipped.",
  "",
  "  --out <path>       the workbook to write (required); never the budget workbook itself",
  "  --sheet <name>     the sheet of an .xlsx actuals file to read (default: the first that holds rows)",
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
  sheet?: string;
  columns?: ColumnMapping;
  json: boolean;
  force: boolean;
  lang: Lang;
}

type CommandWords = ActualsStrings["command"];

/** The command's error, in the table's words. */
const failure = (say: (words: CommandWords) => string) =>
  new ActualsCommandError(actualsStrings.both((words) => say(words.command)));

/** A wrong argument, pointing at the help. */
const usage = (say: (words: CommandWords, cli: CliTexts["health"]) => string) =>
  new ActualsCommandError(
    actualsStrings.both((words, lang) => cliTexts(lang).health.usage(say(words.command, cliTexts(lang).health))),
  );

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
      if (!["--out", "--mapping", "--sheet", "--columns", "--lang"].includes(option))
        throw usage((words) => words.unknownOption(option));
      const value = inline ?? argv[++i];
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("--")))
        throw usage((_, cli) => cli.needsValue(option));
      values[option] = value;
    } else positional.push(arg);
  }
  const [command, budget, actuals, ...extra] = positional;
  if (command !== "import") throw usage((words) => words.unknownCommand(command ?? ""));
  if (budget === undefined || actuals === undefined) throw usage((words) => words.needsFiles);
  if (extra.length > 0) throw usage((words) => words.unexpectedArgument(extra[0]));
  const lang = values["--lang"] ?? "zh";
  if (lang !== "zh" && lang !== "en") throw usage((_, cli) => cli.unknownLanguage(lang));
  if (values["--out"] === undefined) throw usage((words) => words.missingOut);
  return {
    budget,
    actuals,
    out: values["--out"],
    json,
    force,
    lang,
    ...(values["--mapping"] !== undefined ? { mapping: values["--mapping"] } : {}),
    ...(values["--sheet"] !== undefined ? { sheet: values["--sheet"] } : {}),
    ...(values["--columns"] !== undefined ? { columns: parseColumns(values["--columns"]) } : {}),
  };
}

/** `date=交易日期,amount=金额,item=摘要`: the fields and the headers that hold them. */
function parseColumns(value: string): ColumnMapping {
  const mapping: Partial<Record<string, string>> = {};
  for (const pair of value.split(",")) {
    const [field, ...header] = pair.split("=");
    if (!(ACTUAL_FIELDS as readonly string[]).includes(field.trim()) || header.join("=").trim() === "")
      throw usage((words) => words.badColumnsPair(pair, ACTUAL_FIELDS));
    mapping[field.trim()] = header.join("=").trim();
  }
  if (!mapping.date || !mapping.amount || !mapping.item) throw usage((words) => words.columnsNeedFields);
  return mapping as ColumnMapping;
}

/** The hidden name that keeps the workbook's saved column mappings, as JSON text. */
export { MAPPINGS_NAME };

async function savedMappings(bytes: Buffer): Promise<Record<string, ColumnMapping>> {
  return parseMappings((await readDefinedNames(bytes)).find((n) => n.name === MAPPINGS_NAME)?.formula);
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
    if (code === "ENOENT") throw failure((words) => words.noSuchFile(path));
    if (code === "EISDIR") throw failure((words) => words.folder(path));
    throw failure((words) => words.cannotRead(path, (error as Error).message));
  }
}

/** The rows of the workbook's Actuals sheet, kept as they are, and what de-duplication needs from them. */
export async function existingRows(sheet: WorkbookSheet | undefined, lang: Lang) {
  if (!sheet?.table) return { rows: [] as ActualsTableRow[], existing: [] as ExistingActual[] };
  const { snapshot } = await sheet.read();
  return actualsTableRows(snapshot.table.headers, snapshot.table.rows, lang);
}

export { actualsLines };

export { approvedBaseline };

/**
 * The new rows under the Actuals table's last row (its blank rows at the end filled first), in the
 * table's column order; the table's ref and the sheet's print area grow to take them in. Refused
 * (PatchRefusedError) when a cell where a row goes holds something.
 */
async function appendActualsRows(
  bytes: Buffer,
  sheet: WorkbookSheet,
  added: readonly ActualsTableRow[],
  plan: ActualsSheetPlan,
  constants: readonly { name: string; value: string }[],
): Promise<Buffer> {
  const table = sheet.table!;
  const lang = plan.lang;
  const { snapshot } = await sheet.read();
  const offset = actualsColumnOffsets(table.headers, lang);
  const filled = snapshot.table.rows
    .map((row) => row.some((value) => value !== null && value !== ""))
    .lastIndexOf(true);
  const first = table.firstDataRow + filled + 1;
  const lastCol = table.firstCol + table.headers.length - 1;
  const cells: PlannedCell[] = added.flatMap((row, r) =>
    ACTUALS_COLUMNS.flatMap((key): PlannedCell[] => {
      const content = row[key];
      if (offset[key] < 0 || (content.kind === "text" && content.text === "")) return [];
      const numberFormat =
        key === "date" && content.kind === "number" ? DATE_FORMAT : key === "amount" ? MONEY_FORMAT : undefined;
      return [
        { row: first + r, col: table.firstCol + offset[key], content, ...(numberFormat ? { numberFormat } : {}) },
      ];
    }),
  );
  // The sheet's own formulas above the table, where they are as the import wrote them, get the results
  // of the rows as they now are (a program opening the file recalculates them anyway).
  const formulas = await sheet.formulas((row) => row < table.headerRow);
  const refreshed =
    plan.table.headerRow === table.headerRow && plan.table.firstCol === table.firstCol
      ? plan.cells.filter(
          (cell) =>
            cell.row < table.headerRow &&
            cell.content.kind === "formula" &&
            formulas(cell.row, cell.col) === cell.content.formula,
        )
      : [];
  return patchSheet(
    bytes,
    sheet.name,
    {
      cells: [...refreshed, ...cells],
      table: { name: table.name, lastRow: Math.max(table.lastDataRow, first + added.length - 1) },
      constants,
    },
    (row, col) => row >= first && col >= table.firstCol && col <= lastCol,
  );
}

/** The Phasing sheet's cells that count the Actuals table's paid rows, for the table as it now is. */
function phasingActualsCells(input: ActualsPlanInput, phasing: ActualsPhasing): PlannedCell[] {
  const entries = actualsEntries(input);
  const count = phasing.periodStarts.length;
  const items = input.lines.map((line) => line.item);
  const weekly = count > 1 && phasing.periodStarts[1] - phasing.periodStarts[0] === 7;
  return countedActualsCells({
    lang: input.lang,
    rowCount: input.lines.length,
    serials: phasing.periodStarts.map((start) => new Decimal(start)),
    dateFormat: periodDateFormat(weekly ? "week" : "month"),
    items,
    counted: countedActuals(phasing.typed ?? [], entries, input.lines.length, count),
    planTotals: Array.from({ length: count }, (_, p) => sum(phasing.plan.map((row) => row[p]))),
    currentPeriod: phasing.currentPeriod,
    spend: { tableLang: input.lang, lineItems: items, entries },
  });
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
    if (outPath === budgetPath || outPath === actualsPath) throw failure((words) => words.outIsInput(outPath));
    const workbookBytes = await readInput(budgetPath);
    const actualsBytes = await readInput(actualsPath);
    subject = `${budgetPath}: `;
    const sheets = await readWorkbookSheets(workbookBytes);
    const budgetSheet = sheets.find((s) => s.table !== null && isBudgetTable(s.table));
    if (!budgetSheet) throw failure((words) => words.noBudget);
    const { snapshot } = await budgetSheet.read();
    const checked = readBudgetSheet(snapshot);
    subject = "";
    const sheetLang = mapTableColumns(snapshot.table.headers).lang;
    const { budget } = checked;
    const totals = budgetTotals(budget);
    const lines = actualsLines(checked, sheetLang);

    const actualsSheet = sheets.find((s) => s.table?.name.toLowerCase() === ACTUALS_TABLE.toLowerCase());
    // A table of that name the import did not write is the planner's own: it is never rewritten.
    if (actualsSheet?.table && !isActualsTable(actualsSheet.table.headers))
      throw failure((words) => words.foreignTable(actualsSheet.name, ACTUALS_TABLE));
    const { rows: kept, existing } = await existingRows(actualsSheet, sheetLang);
    const mappings = await savedMappings(workbookBytes);
    const mapping = options.columns ?? (options.mapping !== undefined ? mappings[options.mapping] : undefined);
    let result;
    try {
      let input: ActualsInput = actualsBytes;
      if (actualsFileKind(actualsBytes) === "xlsx") {
        input = await readXlsxRows(actualsBytes, options.sheet);
      } else if (options.sheet !== undefined)
        throw new ActualsCommandError(actualsFileStrings.both((words) => words.command.sheetWithoutXlsx));
      result = importActuals(input, {
        source: basename(actualsPath),
        targets: lines.map((line) => ({ category: line.category, item: line.item })),
        existing,
        ...(mapping ? { mapping } : {}),
      });
    } catch (error) {
      if (error instanceof BudgetInputError)
        throw new ActualsCommandError(
          actualsStrings.both((words, lang) => words.command.inFile(actualsPath, error.text[lang])),
        );
      throw error;
    }
    const added = [...result.matched, ...result.unmatched]
      .sort((a, b) => a.sourceLine - b.sourceLine)
      .map((row) => actualsTableRow(row, row.line === null ? "" : lines[row.line].item, sheetLang));
    const rows = [...kept, ...added];
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
    // The rows go under the table's last row, as the pane adds them: every other cell of the sheet
    // (rows edited, formulas, notes beside the table) stays as it is; a new workbook gets the sheet.
    let bytes = actualsSheet?.table
      ? await appendActualsRows(workbookBytes, actualsSheet, added, plan, constants)
      : await writeSheetIntoXlsx(workbookBytes, plan, { constants });
    // The Phasing sheet counts the table's paid rows from now on (see countedActualsCells).
    if (phasing)
      bytes = await patchSheet(bytes, phasing.sheetName, { cells: phasingActualsCells(actualsInput, phasing) });
    if (report.kind === "rewrite")
      bytes = await writeSheetIntoXlsx(bytes, report.plan, { replace: report.plan.sheetName });
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
    output.out(
      result.sheet !== undefined
        ? actualsFileStrings(options.lang).summary.readSheet(actualsPath, result.sheet, result.read)
        : say.read(actualsPath, result.read, result.encoding.toUpperCase(), result.delimiter === "\t"),
    );
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
    if (error instanceof PatchRefusedError) {
      output.err(`actuals: ${actualsStrings(lang).command.tableBlocked(error.sheetName, error.address)}`);
      return EXIT_BAD_INPUT;
    }
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
