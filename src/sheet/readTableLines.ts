import type { BudgetLine } from "../model/budget";
import { categoryFromLabel, type CategoryKey, type LineCategoryKey } from "../model/categories";
import { ZERO, type Decimal } from "../model/decimal";
import { agreesWithInputs, type CellIssue, type ExcludedLine, type LineCells } from "../model/health";
import { a1, columnLetter } from "./address";
import { isUnreadable, readNumberCell, type NumberCell, type UnreadableNumber } from "./cellNumber";
import type { TableColumnKey } from "./labels";
import { displayValue, isBlankValue, isErrorValue, type CellValue, type TableSnapshot } from "./snapshot";
import { rowDrivers } from "./readFunnelBlock";
import { funnelColumnOffsets, type ColumnOffsets } from "./tableColumns";

export interface TableLines {
  lines: BudgetLine[];
  lineCells: LineCells[];
  typedBudget: boolean[];
  /** Parallel to lines: the Budget is the product's formula with a saved result that is not its product. */
  staleBudget: boolean[];
  /** Rows left out because their Budget cannot be read. */
  excludedLines: ExcludedLine[];
  issues: CellIssue[];
}

function isFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.trimStart().startsWith("=");
}

/** Spaces, $ and case do not change what a formula refers to. */
const squeeze = (text: string) => text.replace(/[\s$]/g, "").toUpperCase();

// This row's cell of a column: Table[[#This Row],[Header]], [@Header], [@[Header]], Table[@[Header]].
const THIS_ROW_REFERENCE = /(?:[A-Z_\\][\w.]*)?\[(?:\[#THISROW\],|@)\[?([^[\]]+)\]?\]/g;
const A1_REFERENCE = /\b([A-Z]{1,3})(\d+)\b/g;
/** Quantity × Unit cost × Times as the product writes it, and the plain products a planner may type. */
const PRODUCT_FORMULAS = new Set(['=Q*U*IF(T="",1,T)', "=Q*U*T", "=Q*U"]);

/**
 * Whether a Budget formula is Quantity × Unit cost × Times of its own row, whichever form the host
 * gives it: structured references (Excel, a saved file) or A1 references (other engines). Its saved
 * result can only differ from the product when the file was saved without recalculating; any other
 * formula is the planner's own and its result is the amount.
 */
function isProductFormula(reading: TableReading, formula: string, index: number): boolean {
  const { letters, offsets, table } = reading;
  const tokens = new Map<string, string>();
  const row = String(table.headerRow + 2 + index);
  for (const [key, token] of [
    ["quantity", "Q"],
    ["unitCost", "U"],
    ["times", "T"],
  ] as const) {
    const offset = offsets[key];
    if (offset === undefined) continue;
    tokens.set(squeeze(table.headers[offset] ?? ""), token);
    tokens.set(`${letters[key]}${row}`, token);
  }
  let unknown = false;
  const token = (reference: string) => {
    const found = tokens.get(reference);
    if (found === undefined) unknown = true;
    return found ?? "?";
  };
  const shape = squeeze(formula)
    .replace(THIS_ROW_REFERENCE, (_, header: string) => token(header))
    .replace(A1_REFERENCE, (_, column: string, rowNumber: string) => token(`${column}${rowNumber}`));
  return !unknown && PRODUCT_FORMULAS.has(shape);
}

const textOf = (value: CellValue): string => (isErrorValue(value) ? "" : displayValue(value).trim());

const LINE_CELL_KEYS = ["item", "quantity", "unitCost", "times", "budget", "actual"] as const;

/** What every row of one table shares; rows are read without creating functions per row. */
interface TableReading {
  table: TableSnapshot;
  offsets: ColumnOffsets;
  /** The sheet column letters of the known columns. */
  letters: Partial<Record<TableColumnKey, string>>;
  result: TableLines;
  /** Category labels already looked up: a long table repeats a handful of them. */
  categories: Map<string, CategoryKey | undefined>;
  /**
   * A funnel budget's Own quantity column (offset and sheet column letter) and each row's Driver:
   * a row with a blank Driver has its typed quantity there, Quantity being a formula that shows it.
   */
  ownQuantity?: { offset: number; letter: string; drivers: string[] };
}

/** The row's quantity as the planner typed or the funnel drives it, and its cell; see TableReading.ownQuantity. */
function quantityAt(
  reading: TableReading,
  row: readonly CellValue[],
  index: number,
): { value: CellValue; cell?: string; field: string } {
  const own = reading.ownQuantity;
  if (own !== undefined && own.drivers[index] === "") {
    return {
      value: row[own.offset] ?? null,
      cell: `${own.letter}${reading.table.headerRow + 2 + index}`,
      field: reading.table.headers[own.offset],
    };
  }
  return {
    value: valueAt(row, reading.offsets, "quantity"),
    cell: addressAt(reading, index, "quantity"),
    field: fieldOf(reading, "quantity"),
  };
}

function valueAt(row: readonly CellValue[], offsets: ColumnOffsets, key: TableColumnKey): CellValue {
  const offset = offsets[key];
  return offset === undefined ? null : (row[offset] ?? null);
}

function addressAt(reading: TableReading, index: number, key: TableColumnKey): string | undefined {
  const letter = reading.letters[key];
  return letter === undefined ? undefined : `${letter}${reading.table.headerRow + 2 + index}`;
}

function fieldOf(reading: TableReading, key: TableColumnKey): string {
  const offset = reading.offsets[key];
  return (offset === undefined ? undefined : reading.table.headers[offset]) ?? key;
}

function isEmptyRow(row: readonly CellValue[], offsets: ColumnOffsets, quantity: CellValue): boolean {
  const budget = valueAt(row, offsets, "budget");
  return (
    (isBlankValue(budget) || budget === 0) &&
    isBlankValue(valueAt(row, offsets, "category")) &&
    isBlankValue(valueAt(row, offsets, "item")) &&
    isBlankValue(quantity) &&
    isBlankValue(valueAt(row, offsets, "unitCost"))
  );
}

function unreadable(
  reading: TableReading,
  index: number,
  key: TableColumnKey,
  category: LineCategoryKey,
  read: UnreadableNumber,
  where: { cell?: string; field: string } = { cell: addressAt(reading, index, key), field: fieldOf(reading, key) },
): CellIssue {
  return {
    cell: where.cell!,
    category,
    field: where.field,
    value: read.value,
    kind: read.kind,
  };
}

const numberOrNull = (read: NumberCell): Decimal | null => (isUnreadable(read) ? null : read);

function categoryOf(reading: TableReading, label: string): CategoryKey | undefined {
  if (!reading.categories.has(label)) reading.categories.set(label, categoryFromLabel(label));
  return reading.categories.get(label);
}

function readLine(reading: TableReading, row: readonly CellValue[], index: number): void {
  const { offsets, result } = reading;
  const quantityCell = quantityAt(reading, row, index);
  if (isEmptyRow(row, offsets, quantityCell.value)) return;

  const categoryValue = valueAt(row, offsets, "category");
  const category = typeof categoryValue === "string" ? categoryOf(reading, categoryValue) : undefined;
  if (category === undefined || category === "contingency") {
    result.issues.push({
      cell:
        addressAt(reading, index, "category") ??
        a1({ row: reading.table.headerRow + 1 + index, col: reading.table.firstCol }),
      field: fieldOf(reading, "category"),
      value: displayValue(categoryValue),
      kind: isErrorValue(categoryValue) ? "error" : "category",
    });
    return;
  }

  const quantityValue = quantityCell.value;
  const unitCostValue = valueAt(row, offsets, "unitCost");
  const timesValue = valueAt(row, offsets, "times");
  const budgetValue = valueAt(row, offsets, "budget");
  const quantity = readNumberCell(quantityValue);
  const unitCost = readNumberCell(unitCostValue);
  const times = readNumberCell(timesValue);
  const actual = readNumberCell(valueAt(row, offsets, "actual"));
  const budget = readNumberCell(budgetValue);
  if (isUnreadable(quantity))
    result.issues.push(unreadable(reading, index, "quantity", category, quantity, quantityCell));
  if (isUnreadable(unitCost)) result.issues.push(unreadable(reading, index, "unitCost", category, unitCost));
  if (isUnreadable(times)) result.issues.push(unreadable(reading, index, "times", category, times));
  if (isUnreadable(actual)) result.issues.push(unreadable(reading, index, "actual", category, actual));
  const inputsReadable = !isUnreadable(quantity) && !isUnreadable(unitCost) && !isUnreadable(times);

  const budgetFormula = reading.table.budgetFormulas[index];
  const typed = offsets.budget !== undefined && !isFormula(budgetFormula);
  if (isUnreadable(budget)) {
    // An error the formula only passes on from an unreadable input is reported there.
    if (typed || inputsReadable) result.issues.push(unreadable(reading, index, "budget", category, budget));
    const cell = addressAt(reading, index, "budget");
    if (cell !== undefined) {
      const item = textOf(valueAt(row, offsets, "item"));
      result.excludedLines.push({ item, category, cell, value: budget.value, isError: budget.kind === "error" });
    }
    return;
  }

  const line: BudgetLine = {
    category,
    item: textOf(valueAt(row, offsets, "item")),
    basis: textOf(valueAt(row, offsets, "basis")),
    quantity: numberOrNull(quantity),
    unitCost: numberOrNull(unitCost),
    times: numberOrNull(times),
    actual: numberOrNull(actual),
    owner: textOf(valueAt(row, offsets, "owner")),
    note: textOf(valueAt(row, offsets, "note")),
  };
  let stale = false;
  if (typed) {
    line.fixedAmount = budget ?? ZERO;
  } else if (offsets.budget !== undefined) {
    const saved = budget ?? ZERO;
    if (!inputsReadable || !agreesWithInputs(saved, line)) {
      line.fixedAmount = saved;
      stale = inputsReadable && isProductFormula(reading, budgetFormula!, index);
    }
  }
  result.lines.push(line);
  const cells: LineCells = {};
  for (const key of LINE_CELL_KEYS) {
    const address = key === "quantity" ? quantityCell.cell : addressAt(reading, index, key);
    if (address !== undefined) cells[key] = address;
  }
  result.lineCells.push(cells);
  result.typedBudget.push(typed);
  result.staleBudget.push(stale);
}

/**
 * The budget lines of the table body, in sheet order.
 * - A row whose Category, Item, Quantity, Unit cost and Budget are all blank (a Budget of 0 counts
 *   as blank: an empty row's formula gives 0) is skipped.
 * - A category the product does not know, or Contingency, which is computed and not entered as a
 *   line, is reported and the line left out: the sheet's own subtotals do not count it either.
 * - A line's amount is its Budget as the sheet shows it. A Budget cell without a formula is a typed
 *   lump sum (blank counts as 0, as the sheet adds it). A formula whose result is not quantity ×
 *   unit cost × times (to half a fen) has been edited, or works from a cell that cannot be read: its
 *   result is the amount, as in the sheet's totals. When that formula is still Quantity × Unit cost ×
 *   Times, the result was saved without recalculating: the line is marked stale.
 * - A funnel budget's Quantity is a formula on every row: a row with a blank Driver reads its quantity,
 *   and the quantity's cell, from Own quantity (blank stays blank); a driven row reads Quantity.
 * - Text or an error where a number belongs is reported and read as blank. A Budget that cannot be
 *   read leaves the line out, its amount being unknown, and is listed as excluded; an error its
 *   formula only passes on from the line's unreadable inputs is reported at those inputs, not again
 *   at the Budget.
 */
export function readTableLines(table: TableSnapshot, offsets: ColumnOffsets): TableLines {
  const result: TableLines = {
    lines: [],
    lineCells: [],
    typedBudget: [],
    staleBudget: [],
    excludedLines: [],
    issues: [],
  };
  const letters: TableReading["letters"] = {};
  for (const [key, offset] of Object.entries(offsets) as [TableColumnKey, number][])
    letters[key] = columnLetter(table.firstCol + offset);
  const reading: TableReading = { table, offsets, letters, result, categories: new Map() };
  const ownQuantity = funnelColumnOffsets(table.headers).ownQuantity;
  if (ownQuantity !== undefined) {
    reading.ownQuantity = {
      offset: ownQuantity,
      letter: columnLetter(table.firstCol + ownQuantity),
      drivers: rowDrivers(table),
    };
  }
  for (let index = 0; index < table.rows.length; index++) readLine(reading, table.rows[index], index);
  return reading.result;
}
