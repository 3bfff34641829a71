import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** The WCAG 2.x A and AA rules, with axe's best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Fluent's focus management (tabster) puts focusable, aria-hidden sentinels around a tab list that hand
 * focus on at once; screen readers must not announce them. Accessibility Insights treats this finding on
 * them as a false positive too; any other element hidden yet focusable still fails.
 */
const isFocusSentinel = (ruleId: string, html: string) =>
  ruleId === "aria-hidden-focus" && html.includes("data-tabster-dummy");

/** axe's serious and critical violations on the page, each as "rule (impact): help — where". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((violation) => {
    if (violation.impact !== "serious" && violation.impact !== "critical") return [];
    const nodes = violation.nodes.filter((node) => !isFocusSentinel(violation.id, node.html));
    if (nodes.length === 0) return [];
    const where = nodes.slice(0, 3).map((node) => node.target.join(" "));
    return [`${violation.id} (${violation.impact}): ${violation.help} — ${where.join(", ")}`];
  });
}
