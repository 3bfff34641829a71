import type { Goals } from "../model/budget";
import { CATEGORIES, defaultRanges, type CategoryKey, type ShareRange } from "../model/categories";
import { Decimal, ONE, ZERO } from "../model/decimal";
import type { CellIssue, CheckedBudget } from "../model/health";
import { isUnreadable, readNumberCell } from "./cellNumber";
import { isErrorValue, type NamedCell, type SheetSnapshot } from "./snapshot";
import { sheetLabels, type Lang } from "../i18n";

/** The inputs the health rules take from the sheet's defined names, with the cells findings point at. */
export interface NamedInputs {
  ranges: Record<CategoryKey, ShareRange>;
  contingencyRate: Decimal;
  goals: Goals;
  cells: CheckedBudget["cells"];
  /** The sheet's total when it shows an error. */
  totalError?: string;
  issues: CellIssue[];
}

/** Excel's names are case-insensitive. */
function nameLookup(names: SheetSnapshot["names"]): (name: string) => NamedCell | undefined {
  const byLowerName = new Map(Object.entries(names).map(([name, cell]) => [name.toLowerCase(), cell]));
  return (name) => byLowerName.get(name.toLowerCase());
}

/**
 * Reads ranges, reserve rate and goals. A blank cell means what the sheet's own formulas make of it:
 * no bound for a range end, no reserve, no goal. A cell that is not a number counts as blank and is
 * reported. A name the sheet lacks is blank with no cell to point at, except a range, which then
 * takes the product's default.
 */
export function readNamedInputs(snapshot: SheetSnapshot, lang: Lang): NamedInputs {
  const named = nameLookup(snapshot.names);
  const labels = sheetLabels(lang);
  const issues: CellIssue[] = [];

  const readNumber = (
    name: string,
    field: string,
    category?: CategoryKey,
  ): { value: Decimal | null; present: boolean } => {
    const cell = named(name);
    if (!cell) return { value: null, present: false };
    const read = readNumberCell(cell.value);
    if (!isUnreadable(read)) return { value: read, present: true };
    issues.push({ cell: cell.address, field, value: read.value, kind: read.kind, ...(category ? { category } : {}) });
    return { value: null, present: true };
  };

  const defaults = defaultRanges();
  const ranges = {} as Record<CategoryKey, ShareRange>;
  const subtotal: Partial<Record<CategoryKey, string>> = {};
  const rangeCells: NonNullable<CheckedBudget["cells"]["ranges"]> = {};
  for (const category of CATEGORIES) {
    const display = category.name[lang];
    const min = readNumber(
      `Budget_Min_${category.nameSuffix}`,
      `${display} ${labels.summaryHeaders.min}`,
      category.key,
    );
    const max = readNumber(
      `Budget_Max_${category.nameSuffix}`,
      `${display} ${labels.summaryHeaders.max}`,
      category.key,
    );
    ranges[category.key] = {
      min: min.value ?? (min.present ? ZERO : defaults[category.key].min),
      max: max.value ?? (max.present ? ONE : defaults[category.key].max),
    };
    const minCell = named(`Budget_Min_${category.nameSuffix}`)?.address;
    const maxCell = named(`Budget_Max_${category.nameSuffix}`)?.address;
    if (minCell || maxCell)
      rangeCells[category.key] = { ...(minCell ? { min: minCell } : {}), ...(maxCell ? { max: maxCell } : {}) };
    const subtotalCell = named(`Budget_Subtotal_${category.nameSuffix}`);
    if (subtotalCell) subtotal[category.key] = subtotalCell.address;
  }

  const rate = readNumber("Budget_ContingencyRate", labels.goals.contingencyRate, "contingency");
  const goals: Goals = {
    revenue: readNumber("Budget_Revenue", labels.goals.revenue).value,
    grossMargin: readNumber("Budget_GrossMargin", labels.goals.grossMargin).value,
    cap: readNumber("Budget_Cap", labels.goals.cap).value,
  };
  const address = (name: string) => named(name)?.address;
  const cells: CheckedBudget["cells"] = { subtotal };
  if (Object.keys(rangeCells).length > 0) cells.ranges = rangeCells;
  const addresses = {
    contingencyRate: address("Budget_ContingencyRate"),
    grossMargin: address("Budget_GrossMargin"),
    revenue: address("Budget_Revenue"),
    cap: address("Budget_Cap"),
    roi: address("Budget_ROI"),
    total: address("Budget_Total"),
  };
  for (const [key, value] of Object.entries(addresses) as [keyof typeof addresses, string | undefined][]) {
    if (value !== undefined) cells[key] = value;
  }
  const total = named("Budget_Total")?.value;
  return {
    ranges,
    contingencyRate: rate.value ?? ZERO,
    goals,
    cells,
    ...(total !== undefined && isErrorValue(total) ? { totalError: total.error } : {}),
    issues,
  };
}
