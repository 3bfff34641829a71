import { Decimal } from "../model/decimal";
import { BudgetInputError } from "../model/errors";
import type { FunnelRounding } from "../model/funnel";
import { functionMessages, inputMessages, type FunctionMessages, type Text } from "../i18n";
import { rateFromText, requireRate } from "../model/rates";

/**
 * Turns values as a spreadsheet hands them over (numbers, text, booleans, blanks as "" or null, ranges as
 * rows of cells) into Decimals, or a BudgetInputError saying what to fix. Shared by every host.
 */

/** A parameter's name as the planner sees it, in both languages. */
export type Label = Text;

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** An argument's name in both languages, from the functions' table. */
export const argumentLabel = (key: keyof FunctionMessages["labels"]): Label =>
  functionMessages.both((words) => words.labels[key]);

/** TRUE, FALSE or a number as a cell shows it; undefined for anything else. */
function shownAs(value: unknown): string | undefined {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  return undefined;
}

function notANumber(label: Label, value: unknown, example: string): BudgetInputError {
  const shown = shownAs(value);
  return new BudgetInputError(
    "value",
    functionMessages.both((words, lang) =>
      typeof value === "string"
        ? words.notANumberText(label[lang], value, example)
        : shown !== undefined
          ? words.notANumberValue(label[lang], shown, example)
          : words.notANumber(label[lang], example),
    ),
  );
}

function blank(label: Label, example: string): BudgetInputError {
  return new BudgetInputError(
    "value",
    functionMessages.both((words, lang) => words.blank(label[lang], example)),
  );
}

function notFinite(label: Label): BudgetInputError {
  return new BudgetInputError(
    "num",
    inputMessages.both((words, lang) => words.notFinite(label[lang])),
  );
}

/**
 * Decimals of recently seen numbers. A sheet evaluates the same rates and targets over and over, and
 * Decimal values are immutable, so sharing them is safe; the cache is emptied when it fills.
 */
const decimalCache = new Map<number, Decimal>();
const DECIMAL_CACHE_LIMIT = 4096;

/** A finite number as a Decimal, through its shortest decimal string: 0.69 stays exactly 0.69. */
export function decimalOf(value: number): Decimal {
  let decimal = decimalCache.get(value);
  if (decimal === undefined) {
    if (decimalCache.size >= DECIMAL_CACHE_LIMIT) decimalCache.clear();
    decimal = new Decimal(String(value));
    decimalCache.set(value, decimal);
  }
  return decimal;
}

/** One cell's number; `example` shows the planner what to write instead. */
function cellNumber(value: unknown, label: Label, example: string): Decimal {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw notFinite(label);
    return decimalOf(value);
  }
  if (isBlank(value)) throw blank(label, example);
  throw notANumber(label, value, example);
}

/** A 1×1 range stands for its one cell; anything larger is not a single value. */
function singleCell(value: unknown, label: Label): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  throw new BudgetInputError(
    "value",
    functionMessages.both((words, lang) => words.notSingle(label[lang])),
  );
}

/** A required single number. */
export function readNumber(value: unknown, label: Label, example: string): Decimal {
  return cellNumber(singleCell(value, label), label, example);
}

/** The cells of a scalar, a 1-D list or a rectangular 2-D range, row by row. */
function cellsOf(value: unknown, label: Label): { cells: unknown[]; rows: number; columns: number } {
  if (!Array.isArray(value)) return { cells: [value], rows: 1, columns: 1 };
  if (!value.every(Array.isArray)) return { cells: value, rows: 1, columns: value.length };
  const rows = value as unknown[][];
  const columns = rows.length === 0 ? 0 : rows[0].length;
  // A loop rather than Array.prototype.flat: this runs on every evaluation and flat is several times slower.
  const cells: unknown[] = [];
  for (const row of rows) {
    if (row.length !== columns) {
      throw new BudgetInputError(
        "value",
        functionMessages.both((words, lang) => words.notRectangular(label[lang])),
      );
    }
    for (const cell of row) cells.push(cell);
  }
  return { cells, rows: rows.length, columns };
}

const RATE_EXAMPLE = "65% or 0.65";
const AMOUNT_EXAMPLE = "1198700";

/** One cell's rate as the rule of model/rates reads it: a number as it is, text such as "65%" or "0.65". */
function cellRate(value: unknown, label: Label, example: string): Decimal {
  if (typeof value === "string" && !isBlank(value)) {
    const rate = rateFromText(value);
    if (rate !== null) return rate;
  }
  return cellNumber(value, label, example);
}

/**
 * Stage conversion rates in funnel order: one row or one column (a single value is one stage). Blank
 * cells are errors, not 0%. The (0, 100%] check is the model's.
 */
export function readRates(value: unknown): Decimal[] {
  const { cells, rows, columns } = cellsOf(value, argumentLabel("rates"));
  if (rows > 1 && columns > 1) {
    throw new BudgetInputError(
      "value",
      functionMessages.both((words) => words.ratesNotALine(rows, columns)),
    );
  }
  return cells.map((cell, index) => {
    if (typeof cell === "number" && Number.isFinite(cell)) return decimalOf(cell);
    if (isBlank(cell)) {
      throw new BudgetInputError(
        "value",
        functionMessages.both((words) => words.rateBlank(index + 1, RATE_EXAMPLE)),
      );
    }
    return cellRate(
      cell,
      inputMessages.both((words) => words.rateAt(index + 1)),
      RATE_EXAMPLE,
    );
  });
}

/** A required single rate, e.g. a gross margin; its range is checked by the model. */
export function readRate(value: unknown, label: Label, example: string): Decimal {
  return cellRate(singleCell(value, label), label, example);
}

/** An optional single rate in [0, 100%], e.g. the contingency rate: blank or omitted gives `fallback`. */
export function readOptionalShareRate(value: unknown, label: Label, example: string, fallback: Decimal): Decimal {
  const cell = singleCell(value, label);
  return isBlank(cell) ? fallback : requireRate(cellRate(cell, label, example), label, "share");
}

/** Budget amounts of any shape, added up; blank cells count for nothing, as in SUM. */
export function readAmountsTotal(value: unknown): Decimal {
  const { cells } = cellsOf(value, argumentLabel("amounts"));
  let total = new Decimal(0);
  cells.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const label: Label =
      cells.length === 1 ? argumentLabel("amount") : functionMessages.both((words) => words.amountAt(index + 1));
    total = total.plus(cellNumber(cell, label, AMOUNT_EXAMPLE));
  });
  return total;
}

/** A rounding word from `allowed` (case and surrounding spaces ignored); blank gives the first one. */
export function readRounding<Mode extends FunnelRounding>(value: unknown, allowed: readonly Mode[]): Mode {
  const cell = singleCell(value, argumentLabel("rounding"));
  if (isBlank(cell)) return allowed[0];
  const word = typeof cell === "string" ? cell.trim().toLowerCase() : undefined;
  const mode = allowed.find((candidate) => candidate === word);
  if (mode !== undefined) return mode;
  const quoted = allowed.map((candidate) => `"${candidate}"`);
  const shown = typeof cell === "string" ? `"${cell}"` : (shownAs(cell) ?? "not a number");
  throw new BudgetInputError(
    "value",
    functionMessages.both((words) => words.roundingUnknown(shown, words.modeList(quoted))),
  );
}

/** A Decimal as the number a cell shows; a figure beyond a double's range is an error, not Infinity. */
export function toCellNumber(value: Decimal): number {
  const number = value.toNumber();
  if (!Number.isFinite(number)) {
    throw new BudgetInputError(
      "num",
      functionMessages.both((words) => words.tooLarge),
    );
  }
  return number === 0 ? 0 : number;
}
