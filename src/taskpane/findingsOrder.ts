import { SEVERITY_ORDER, type Finding, type Severity } from "../model";

/** Errors, then warnings, then notes; within a severity, in the order the rules gave them. */
export function mostSevereFirst(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.finding.severity) - SEVERITY_ORDER.indexOf(b.finding.severity) || a.index - b.index,
    )
    .map(({ finding }) => finding);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
