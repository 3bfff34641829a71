import { Button, Tab, TabList, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { SheetTab } from "../spreadsheet/memorySpreadsheet";

interface SheetTabsProps {
  tabs: readonly SheetTab[];
  activeSheetId: string;
  label: string;
  newSheetLabel: string;
  onActivate: (sheetId: string) => void;
  onNewSheet: () => void;
}

const barStyle: CSSProperties = {
  display: "flex",
  alignItems: "center",
  gap: tokens.spacingHorizontalS,
  overflowX: "auto",
  borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  backgroundColor: tokens.colorNeutralBackground2,
};

/** The sheet tabs under the grid, as in Excel, and a button for a new empty sheet. */
export function SheetTabs({ tabs, activeSheetId, label, newSheetLabel, onActivate, onNewSheet }: SheetTabsProps) {
  return (
    <div style={barStyle}>
      <TabList
        size="small"
        aria-label={label}
        selectedValue={activeSheetId}
        onTabSelect={(_, data) => onActivate(String(data.value))}
      >
        {tabs.map((tab) => (
          <Tab key={tab.id} value={tab.id}>
            {tab.name}
          </Tab>
        ))}
      </TabList>
      <Button size="small" appearance="subtle" aria-label={newSheetLabel} title={newSheetLabel} onClick={onNewSheet}>
        +
      </Button>
    </div>
  );
}
