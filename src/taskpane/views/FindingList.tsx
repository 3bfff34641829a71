import { Badge, Button, tokens, useId, type BadgeProps } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import type { Finding, Severity } from "../../model";
import type { HealthStrings, Lang } from "../../i18n";

interface FindingListProps {
  findings: readonly Finding[];
  lang: Lang;
  strings: HealthStrings;
  onGoToCell: (address: string) => void;
}

const BADGE_COLOR: Record<Severity, NonNullable<BadgeProps["color"]>> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

const listStyle: CSSProperties = {
  listStyle: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
};
const itemStyle: CSSProperties = {
  display: "flex",
  flexDirection: "column",
  alignItems: "flex-start",
  gap: tokens.spacingVerticalXS,
  padding: tokens.spacingHorizontalS,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  backgroundColor: tokens.colorNeutralBackground1,
};
const messageStyle: CSSProperties = { margin: 0 };

function FindingItem({
  finding,
  lang,
  strings,
  onGoToCell,
}: { finding: Finding } & Omit<FindingListProps, "findings">) {
  const messageId = useId("finding");
  const { cell } = finding;
  return (
    <li style={itemStyle}>
      <Badge appearance="tint" color={BADGE_COLOR[finding.severity]}>
        {strings.severity[finding.severity]}
      </Badge>
      <p id={messageId} style={messageStyle}>
        {finding.message[lang]}
      </p>
      {cell !== undefined && (
        <Button size="small" appearance="secondary" aria-describedby={messageId} onClick={() => onGoToCell(cell)}>
          {strings.goToCell(cell)}
        </Button>
      )}
    </li>
  );
}

/** The findings in the order given (most severe first), each with a button to its cell when it has one. */
export function FindingList({ findings, lang, strings, onGoToCell }: FindingListProps) {
  return (
    <ul style={listStyle}>
      {findings.map((finding, index) => (
        <FindingItem
          key={`${finding.rule}:${finding.cell ?? ""}:${index}`}
          finding={finding}
          lang={lang}
          strings={strings}
          onGoToCell={onGoToCell}
        />
      ))}
    </ul>
  );
}
