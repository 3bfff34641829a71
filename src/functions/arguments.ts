import { Decimal } from "../model/decimal";
import { BudgetInputError } from "../model/errors";
import type { FunnelRounding } from "../model/funnel";
import type { Text } from "../i18n";
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

/** How a value that is not a number is named in a message. */
function shownAs(value: unknown): Text {
  if (typeof value === "string") return { en: `the text "${value}"`, zh: `文本"${value}"` };
  if (typeof value === "boolean") {
    const shown = value ? "TRUE" : "FALSE";
    return { en: shown, zh: shown };
  }
  if (typeof value === "number") return { en: String(value), zh: String(value) };
  return { en: "not a number", zh: "不是数字" };
}

function notANumber(label: Label, value: unknown, example: string): BudgetInputError {
  const shown = shownAs(value);
  return new BudgetInputError("value", {
    en: `${label.en} is ${shown.en}: enter a number, e.g. ${example}`,
    zh: `${label.zh}为${shown.zh}：请填写数字，例如 ${example}`,
  });
}

function blank(label: Label, example: string): BudgetInputError {
  return new BudgetInputError("value", {
    en: `${label.en} is blank: enter a number, e.g. ${example}`,
    zh: `${label.zh}为空：请填写数字，例如 ${example}`,
  });
}

function notFinite(label: Label): BudgetInputError {
  return new BudgetInputError("num", {
    en: `${label.en} is not a finite number`,
    zh: `${label.zh}不是有限的数字`,
  });
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
  throw new BudgetInputError("value", {
    en: `${label.en} must be a single number, not a range`,
    zh: `${label.zh}必须是单个数字，而不是区域`,
  });
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
      throw new BudgetInputError("value", {
        en: `${label.en} must be a rectangular range`,
        zh: `${label.zh}必须是矩形区域`,
      });
    }
    for (const cell of row) cells.push(cell);
  }
  return { cells, rows: rows.length, columns };
}

const RATES: Label = { en: "rates", zh: "转化率" };
const RATE_EXAMPLE = "65% or 0.65";
const AMOUNTS: Label = { en: "amounts", zh: "金额" };
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
  const { cells, rows, columns } = cellsOf(value, RATES);
  if (rows > 1 && columns > 1) {
    throw new BudgetInputError("value", {
      en: `rates are ${rows} rows × ${columns} columns: give one row or one column of stage rates`,
      zh: `转化率是 ${rows} 行 × ${columns} 列：请只给一行或一列转化率`,
    });
  }
  return cells.map((cell, index) => {
    if (typeof cell === "number" && Number.isFinite(cell)) return decimalOf(cell);
    if (isBlank(cell)) {
      throw new BudgetInputError("value", {
        en: `rate ${index + 1} is blank: enter the stage's rate, e.g. ${RATE_EXAMPLE}`,
        zh: `第 ${index + 1} 个转化率为空：请填写该环节的转化率，例如 ${RATE_EXAMPLE}`,
      });
    }
    return cellRate(cell, { en: `rate ${index + 1}`, zh: `第 ${index + 1} 个转化率` }, RATE_EXAMPLE);
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
  const { cells } = cellsOf(value, AMOUNTS);
  let total = new Decimal(0);
  cells.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const label: Label =
      cells.length === 1 ? { en: "amount", zh: "金额" } : { en: `amount ${index + 1}`, zh: `第 ${index + 1} 个金额` };
    total = total.plus(cellNumber(cell, label, AMOUNT_EXAMPLE));
  });
  return total;
}

/** A rounding word from `allowed` (case and surrounding spaces ignored); blank gives the first one. */
export function readRounding<Mode extends FunnelRounding>(value: unknown, allowed: readonly Mode[]): Mode {
  const cell = singleCell(value, { en: "rounding", zh: "取整方式" });
  if (isBlank(cell)) return allowed[0];
  const word = typeof cell === "string" ? cell.trim().toLowerCase() : undefined;
  const mode = allowed.find((candidate) => candidate === word);
  if (mode !== undefined) return mode;
  const quoted = allowed.map((candidate) => `"${candidate}"`);
  const list = `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
  const shown = typeof cell === "string" ? `"${cell}"` : shownAs(cell).en;
  throw new BudgetInputError("value", {
    en: `rounding ${shown} is not known: use ${list}`,
    zh: `取整方式 ${shown} 无法识别：请使用 ${list}`,
  });
}

/** A Decimal as the number a cell shows; a figure beyond a double's range is an error, not Infinity. */
export function toCellNumber(value: Decimal): number {
  const number = value.toNumber();
  if (!Number.isFinite(number)) {
    throw new BudgetInputError("num", {
      en: "the result is too large for a cell: check the inputs' units",
      zh: "结果太大，单元格无法显示：请检查输入的单位",
    });
  }
  return number === 0 ? 0 : number;
}
