import { Decimal } from "./decimal";
import { nameTexts, type Text } from "../i18n";

export const CATEGORY_KEYS = [
  "benefit",
  "promotion",
  "system",
  "labor",
  "fulfillment",
  "admin",
  "contingency",
] as const;

export type CategoryKey = (typeof CATEGORY_KEYS)[number];
/** Categories that hold budget lines; contingency is computed from them. */
export type LineCategoryKey = Exclude<CategoryKey, "contingency">;
export const LINE_CATEGORY_KEYS = CATEGORY_KEYS.filter((key): key is LineCategoryKey => key !== "contingency");

export type { Lang, Text } from "../i18n";

/** A recommended share of the total, both ends inclusive, as fractions (0.3 = 30%). */
export interface ShareRange {
  min: Decimal;
  max: Decimal;
}

export interface Category {
  key: CategoryKey;
  name: Text;
  /** PascalCase key used in defined names: Budget_Subtotal_Benefit. */
  nameSuffix: string;
  defaultRange: ShareRange;
}

function category(key: CategoryKey, min: string, max: string): Category {
  return {
    key,
    name: nameTexts.both((words) => words.categories[key]),
    nameSuffix: key.charAt(0).toUpperCase() + key.slice(1),
    defaultRange: { min: new Decimal(min), max: new Decimal(max) },
  };
}

export const CATEGORIES: readonly Category[] = [
  category("benefit", "0.30", "0.50"),
  category("promotion", "0.15", "0.25"),
  category("system", "0.05", "0.10"),
  category("labor", "0.10", "0.15"),
  category("fulfillment", "0.20", "0.35"),
  category("admin", "0.03", "0.05"),
  category("contingency", "0.05", "0.10"),
];

const BY_KEY = new Map(CATEGORIES.map((c) => [c.key, c]));

export function categoryByKey(key: CategoryKey): Category {
  return BY_KEY.get(key)!;
}

export function defaultRanges(): Record<CategoryKey, ShareRange> {
  return Object.fromEntries(CATEGORIES.map((c) => [c.key, { ...c.defaultRange }])) as Record<CategoryKey, ShareRange>;
}

function normalise(label: string): string {
  return label.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
}

const BY_LABEL = new Map<string, CategoryKey>();
for (const c of CATEGORIES) {
  for (const label of [c.key, c.name.zh, c.name.en, c.nameSuffix]) BY_LABEL.set(normalise(label), c.key);
}

/** The category a cell's label names, in either language or by key; undefined when none. */
export function categoryFromLabel(label: string): CategoryKey | undefined {
  return BY_LABEL.get(normalise(label));
}
