import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { formatCount, formatMoney, formatRatio, type Decimal, type ScenarioOutcome } from "../../model";
import type { FunnelStrings, ScenarioRowKey } from "../../i18n";

interface ScenarioTableProps {
  scenarios: readonly ScenarioOutcome[];
  strings: FunnelStrings;
}

const ROWS: readonly ScenarioRowKey[] = ["deals", "total", "revenue", "grossProfit", "roi", "breakEvenRevenue"];

const orNone = (value: Decimal | null, format: (value: Decimal) => string) => (value === null ? "—" : format(value));

function figure(scenario: ScenarioOutcome, row: ScenarioRowKey): string {
  switch (row) {
    case "deals":
      return formatCount(scenario.deals);
    case "total":
      return formatMoney(scenario.total);
    case "revenue":
      return formatMoney(scenario.revenue);
    case "grossProfit":
      return orNone(scenario.grossProfit, formatMoney);
    case "roi":
      return orNone(scenario.roi, formatRatio);
    case "breakEvenRevenue":
      return orNone(scenario.breakEvenRevenue, formatMoney);
  }
}

// Columns take their figures' width, the row labels wrap and cells keep little padding: the table fits
// a 320 px pane.
const tableStyle: CSSProperties = { tableLayout: "auto", fontSize: tokens.fontSizeBase200 };
const cellPadding: CSSProperties = {
  paddingLeft: tokens.spacingHorizontalXXS,
  paddingRight: tokens.spacingHorizontalXXS,
};
const figureStyle: CSSProperties = {
  ...cellPadding,
  textAlign: "end",
  fontVariantNumeric: "tabular-nums",
  whiteSpace: "nowrap",
};
const headStyle: CSSProperties = { ...figureStyle, fontWeight: tokens.fontWeightSemibold };
// The header cell lays its text out in a flex box of its own.
const endAligned = { style: { justifyContent: "flex-end" } };
const rowLabelStyle: CSSProperties = { ...cellPadding, fontWeight: tokens.fontWeightRegular };

/** The three scenarios side by side, one figure per row. */
export function ScenarioTable({ scenarios, strings }: ScenarioTableProps) {
  return (
    <Table size="extra-small" style={tableStyle}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell style={cellPadding}>{strings.scenarioColumn}</TableHeaderCell>
          {scenarios.map((scenario) => (
            <TableHeaderCell key={scenario.key} style={headStyle} button={endAligned}>
              {strings.scenarioNames[scenario.key]}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {ROWS.map((row) => (
          <TableRow key={row}>
            <TableHeaderCell scope="row" style={rowLabelStyle}>
              {strings.scenarioRows[row]}
            </TableHeaderCell>
            {scenarios.map((scenario) => (
              <TableCell key={scenario.key} style={figureStyle} data-scenario={scenario.key} data-row={row}>
                {figure(scenario, row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
