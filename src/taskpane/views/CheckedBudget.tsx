import { MessageBar, MessageBarBody, tokens, useId } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { formatMoney, incompleteTotal } from "../../model";
import type { SheetHealth } from "../../sheet/sheetHealth";
import { mostSevereFirst } from "../../model";
import { countBySeverity } from "../findingsOrder";
import { FindingList } from "./FindingList";
import { ShareBars } from "./ShareBars";
import type { HealthStrings, Lang } from "../../i18n";

interface CheckedBudgetProps {
  health: SheetHealth;
  lang: Lang;
  strings: HealthStrings;
  onGoToCell: (address: string) => void;
}

const sectionStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS };
const headingStyle: CSSProperties = {
  margin: 0,
  fontSize: tokens.fontSizeBase400,
  lineHeight: tokens.lineHeightBase400,
  fontWeight: tokens.fontWeightSemibold,
};
const totalStyle: CSSProperties = { margin: 0, fontWeight: tokens.fontWeightSemibold };
const noteStyle: CSSProperties = { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 };

/** A checked budget sheet: its total, each category's share against its range, then the findings. */
export function CheckedBudget({ health, lang, strings, onGoToCell }: CheckedBudgetProps) {
  const sharesId = useId("shares");
  const findingsId = useId("findings");
  const findings = mostSevereFirst(health.findings);
  const incomplete = incompleteTotal(health.checked);
  return (
    <>
      <p style={totalStyle}>{strings.sheetTotal(health.sheetName, formatMoney(health.total))}</p>
      {incomplete && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.incompleteTotal(incomplete.excludedLines)}</MessageBarBody>
        </MessageBar>
      )}
      <section style={sectionStyle} aria-labelledby={sharesId}>
        <h2 id={sharesId} style={headingStyle}>
          {strings.sharesHeading}
        </h2>
        <p style={noteStyle}>{strings.sharesLegend}</p>
        <ShareBars categories={health.categories} lang={lang} strings={strings} />
      </section>
      <section style={sectionStyle} aria-labelledby={findingsId}>
        <h2 id={findingsId} style={headingStyle}>
          {strings.findingsHeading}
        </h2>
        {findings.length === 0 ? (
          <MessageBar intent="success">
            <MessageBarBody>{strings.noFindings}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <p style={noteStyle}>{strings.findingsSummary(countBySeverity(findings))}</p>
            <FindingList findings={findings} lang={lang} strings={strings} onGoToCell={onGoToCell} />
          </>
        )}
      </section>
    </>
  );
}
