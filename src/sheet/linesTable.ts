import type { BudgetLine } from "../model/budget";
import { LINE_CATEGORY_KEYS, categoryByKey } from "../model/categories";
import { ONE, ZERO, type Decimal } from "../model/decimal";
import { isDriven } from "../model/funnelPlan";
import { lineAmount } from "../model/totals";
import { a1, rangeA1 } from "./address";
import { formula, number, text } from "./cellContent";
import { COLORS, DEFAULT_TABLE_STYLE, GENERAL_FORMAT, MONEY_FORMAT, PERCENT_FORMAT } from "./formats";
import { TABLE_COLUMN_KEYS, type TableColumnKey } from "./labels";
import type { TablePlan } from "./plan";
import { cellList, type SheetBlock } from "./sheetBlock";
import type { Lang, SheetLabels } from "../i18n";

/**
 * A funnel budget's table has two more columns, after Note: the stage that drives a line's quantity,
 * and the quantity the planner types for a line no stage drives. Its Quantity column is then one
 * formula on every row, which picks one or the other: Excel makes a table column that receives a
 * formula a calculated column, and would overwrite typed quantities in a column mixing the two.
 */
export const DRIVER = "driver";
export const OWN_QUANTITY = "ownQuantity";
export type PlanColumnKey = TableColumnKey | typeof DRIVER | typeof OWN_QUANTITY;
// The white of a cell that is not an input: with a funnel, every quantity is a formula.
const FORMULA_FILL = "#FFFFFF";

const COLUMN_WIDTHS: Record<PlanColumnKey, number> = {
  category: 16,
  item: 20,
  basis: 44,
  quantity: 10,
  unitCost: 12,
  times: 8,
  budget: 15,
  share: 9,
  actual: 15,
  variance: 15,
  owner: 12,
  note: 18,
  driver: 12,
  ownQuantity: 12,
};

/** The table's columns, in order: the Driver and Own quantity columns only with a funnel. */
export function linesTableColumns(withFunnel: boolean): PlanColumnKey[] {
  return withFunnel ? [...TABLE_COLUMN_KEYS, DRIVER, OWN_QUANTITY] : [...TABLE_COLUMN_KEYS];
}

/** A column's header in the sheet's language. */
export function planColumnHeader(labels: SheetLabels, key: PlanColumnKey): string {
  if (key === DRIVER) return labels.driverHeader;
  if (key === OWN_QUANTITY) return labels.ownQuantityHeader;
  return labels.headers[key];
}

export interface LinesTableInput {
  lines: readonly BudgetLine[];
  /** The budget's total, the base of each line's share. */
  total: Decimal;
  lang: Lang;
  labels: SheetLabels;
  tableName: string;
  headerRow: number;
  columnKeys: readonly PlanColumnKey[];
  /** With a funnel: the absolute A1 ranges of the stage names and people needed a driven quantity looks up. */
  stages?: { names: string; counts: string };
}

export interface LinesTable extends SheetBlock {
  table: TablePlan;
  columnWidths: { col: number; chars: number }[];
  /** A structured reference to one of the table's columns, e.g. BudgetLines[Budget]. */
  column: (key: PlanColumnKey) => string;
}

/**
 * A line as its row is written. A lump sum (a typed amount standing in for quantity × unit cost ×
 * times) is written as 1 × the amount, so that the Budget column stays one formula on every row:
 * Excel makes a table column that receives a formula a calculated column, and would overwrite a typed
 * amount in it. Read back, the row is a quantity of 1 at that unit cost: the same amount, now with
 * its basis in the cells. A lump sum that a funnel stage drives keeps its stage, at the amount per
 * person the stage plans, so that it follows the stage as the model scales it; at a stage that plans
 * no one (which leaves it as it is) it is written undriven.
 */
function asWritten(line: BudgetLine, withFunnel: boolean): BudgetLine {
  const amount = line.fixedAmount;
  if (amount == null) return line;
  const count = line.quantity;
  if (withFunnel && isDriven(line) && count !== null && !count.isZero()) {
    return { ...line, fixedAmount: null, unitCost: amount.dividedBy(count), times: null };
  }
  return { ...line, fixedAmount: null, driver: "", quantity: ONE, unitCost: amount, times: null };
}

/**
 * The lines table: one row per line (at least one, as an Excel table needs a data row), its inputs
 * filled, its budget, share and variance formulas, and a driven quantity's lookup of its stage.
 */
export function buildLinesTable(input: LinesTableInput): LinesTable {
  const { labels, tableName, headerRow, columnKeys, stages } = input;
  const { cells, put } = cellList();
  const header = (key: PlanColumnKey) => planColumnHeader(labels, key);
  const col = (key: PlanColumnKey) => {
    const index = columnKeys.indexOf(key);
    if (index < 0) throw new Error(`the lines table has no ${key} column`);
    return index;
  };
  const rowCount = Math.max(input.lines.length, 1);
  const table: TablePlan = {
    name: tableName,
    headerRow,
    firstCol: 0,
    columns: columnKeys.map(header),
    firstDataRow: headerRow + 1,
    lastDataRow: headerRow + rowCount,
    style: DEFAULT_TABLE_STYLE,
  };
  columnKeys.forEach((key, c) => put(headerRow, c, text(header(key))));
  const thisRow = (key: PlanColumnKey) => `${tableName}[[#This Row],[${header(key)}]]`;
  const budgetFormula =
    `=${thisRow("quantity")}*${thisRow("unitCost")}` + `*IF(${thisRow("times")}="",1,${thisRow("times")})`;
  const shareFormula = `=IF(Budget_Total=0,0,${thisRow("budget")}/Budget_Total)`;
  const varianceFormula = `=IF(${thisRow("actual")}="","",${thisRow("actual")}-${thisRow("budget")})`;
  // With a funnel, Quantity is the same formula on every row: a blank Driver takes the typed Own
  // quantity; a stage in Driver is looked up by its name rather than pointed at: lines re-ordered,
  // copied or retyped to another stage keep working, and the Driver column says what the formula
  // does. A stage renamed while its lines keep the old name shows #N/A, loudly.
  const quantityFormula = stages
    ? `=IF(${thisRow(DRIVER)}="",${thisRow(OWN_QUANTITY)},` +
      `INDEX(${stages.counts},MATCH(${thisRow(DRIVER)},${stages.names},0)))`
    : undefined;

  for (let i = 0; i < rowCount; i++) {
    const row = table.firstDataRow + i;
    const given: BudgetLine | undefined = input.lines[i];
    const amount = given ? lineAmount(given) : ZERO;
    const line = given && asWritten(given, stages !== undefined);
    if (line) {
      put(row, col("category"), text(categoryByKey(line.category).name[input.lang]));
      put(row, col("item"), text(line.item));
      put(row, col("basis"), text(line.basis));
      if (quantityFormula) {
        if (isDriven(line)) put(row, col(DRIVER), text(line.driver));
        else if (line.quantity) put(row, col(OWN_QUANTITY), number(line.quantity), GENERAL_FORMAT);
      } else if (line.quantity) put(row, col("quantity"), number(line.quantity), GENERAL_FORMAT);
      if (line.unitCost) put(row, col("unitCost"), number(line.unitCost), MONEY_FORMAT);
      if (line.times) put(row, col("times"), number(line.times), GENERAL_FORMAT);
      if (line.actual) put(row, col("actual"), number(line.actual), MONEY_FORMAT);
      if (line.owner) put(row, col("owner"), text(line.owner));
      if (line.note) put(row, col("note"), text(line.note));
    }
    if (quantityFormula) put(row, col("quantity"), formula(quantityFormula, line?.quantity ?? ZERO), GENERAL_FORMAT);
    put(row, col("budget"), formula(budgetFormula, amount), MONEY_FORMAT);
    const share = input.total.isZero() ? ZERO : amount.dividedBy(input.total);
    put(row, col("share"), formula(shareFormula, share), PERCENT_FORMAT);
    const variance = given?.actual ? given.actual.minus(amount) : "";
    put(row, col("variance"), formula(varianceFormula, variance), MONEY_FORMAT);
  }

  const dataRange = (key: PlanColumnKey) =>
    rangeA1({ row: table.firstDataRow, col: col(key) }, { row: table.lastDataRow, col: col(key) });
  const varianceTop = a1({ row: table.firstDataRow, col: col("variance") });
  const categoryNames = LINE_CATEGORY_KEYS.map((key) => categoryByKey(key).name[input.lang]);
  const inputFill = { fill: COLORS.input };
  return {
    table,
    cells,
    names: [],
    styles: [
      {
        range: rangeA1(
          { row: table.firstDataRow, col: col("quantity") },
          { row: table.lastDataRow, col: col("times") },
        ),
        ...inputFill,
      },
      { range: dataRange("actual"), ...inputFill },
      // After the inputs' fill: with a funnel, Quantity is a formula and Own quantity the input.
      ...(stages
        ? [
            { range: dataRange("quantity"), fill: FORMULA_FILL },
            { range: dataRange(OWN_QUANTITY), ...inputFill },
          ]
        : []),
    ],
    conditionalFormats: [
      {
        range: dataRange("variance"),
        formula: `=AND(ISNUMBER(${varianceTop}),${varianceTop}>0)`,
        fill: COLORS.highFill,
        fontColor: COLORS.highFont,
      },
      // A Driver naming no stage leaves its quantity #N/A.
      ...(stages
        ? [
            {
              range: dataRange("quantity"),
              formula: `=ISERROR(${a1({ row: table.firstDataRow, col: col("quantity") })})`,
              fill: COLORS.highFill,
              fontColor: COLORS.highFont,
            },
          ]
        : []),
    ],
    validations: [
      {
        kind: "list",
        range: dataRange("category"),
        values: categoryNames,
        title: labels.headers.category,
        message: categoryNames.join(" / "),
      },
    ],
    columnWidths: columnKeys.map((key, c) => ({ col: c, chars: COLUMN_WIDTHS[key] })),
    column: (key) => `${tableName}[${header(key)}]`,
  };
}
