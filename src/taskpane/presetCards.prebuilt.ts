/*
 * What the Templates view's cards show of each preset, as display strings. The webpack build runs this
 * module when it bundles the pane and ships only its result (scripts/prebuiltModuleLoader.cjs), so the
 * pane's first view needs neither the presets' lines nor decimal.js; tests and tsx run it as it is.
 * Everything exported here must be plain data (JSON).
 */
import {
  CATEGORY_KEYS,
  PRESET_IDS,
  budgetTotals,
  categoryByKey,
  formatMoney,
  formatPercent,
  presetBudget,
  presetById,
  type CategoryKey,
  type PresetId,
} from "../model";
import type { Text } from "../i18n";

export interface PresetCardCategory {
  key: CategoryKey;
  name: Text;
  /** The category's subtotal, ¥ with two decimals. */
  subtotal: string;
  /** Its share of the total, one decimal. */
  share: string;
}

export interface PresetCardFigures {
  id: PresetId;
  name: Text;
  description: Text;
  /** The findings the preset raises on purpose, when it does. */
  intendedNote: Text | null;
  categories: PresetCardCategory[];
  total: string;
  /** 100.0%, or nothing for a total of zero. */
  totalShare: string;
}

function cardFigures(id: PresetId): PresetCardFigures {
  const definition = presetById(id);
  // Amounts do not depend on the language the labels are written in.
  const totals = budgetTotals(presetBudget(id, "en"));
  return {
    id,
    name: definition.name,
    description: definition.description,
    intendedNote: definition.intendedFindings?.note ?? null,
    categories: CATEGORY_KEYS.map((key) => ({
      key,
      name: categoryByKey(key).name,
      subtotal: formatMoney(totals.subtotals[key], 2),
      share: formatPercent(totals.shares[key], 1),
    })),
    total: formatMoney(totals.total, 2),
    totalShare: totals.total.isZero() ? "" : formatPercent(1, 1),
  };
}

/** The cards in the order the Templates view shows them. */
export const PRESET_CARDS: readonly PresetCardFigures[] = PRESET_IDS.map(cardFigures);
