import { Field, Select } from "@fluentui/react-components";
import type { HealthStrings } from "../../i18n";
import type { BudgetSheetEntry } from "../../workbook/budgetWorkbook";

interface BudgetSheetPickerProps {
  sheets: readonly BudgetSheetEntry[];
  /** The budget sheet shown; null when the sheet shown is not one of them. */
  shownSheetId: string | null;
  strings: HealthStrings;
  onPick: (sheetId: string) => void;
}

/** Chooses which of the workbook's budget sheets to check. */
export function BudgetSheetPicker({ sheets, shownSheetId, strings, onPick }: BudgetSheetPickerProps) {
  const shown = sheets.some((sheet) => sheet.id === shownSheetId) ? shownSheetId : null;
  return (
    <Field label={strings.sheetPickerLabel}>
      <Select value={shown ?? ""} onChange={(_, data) => data.value && onPick(data.value)}>
        {shown === null && (
          <option value="" disabled>
            {strings.sheetPickerPlaceholder}
          </option>
        )}
        {sheets.map((sheet) => (
          <option key={sheet.id} value={sheet.id}>
            {sheet.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
