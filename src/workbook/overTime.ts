import type { Lang } from "../i18n";
import type { Baseline } from "../model/baseline";
import { mostSevereFirst, type CheckedBudget, type Finding } from "../model/health";
import { overTimeFindings, type OverTime } from "../model/overTimeHealth";
import type { ActualsLine } from "../sheet/buildActualsPlan";
import { phasingSheetOverTime, type PhasingSheet } from "../sheet/phasingSheet";
import { actualsLines } from "./actualsTable";
import { phasingOfRead, type PhasingSheetRead } from "./phasingSheetRead";

export type { PhasingSheetRead };

/** The rows a phasing sheet of this budget phases: its lines, then the contingency reserve. */
export const phasedLines = (checked: CheckedBudget, lang: Lang): ActualsLine[] => actualsLines(checked, lang);

/**
 * What the health rules over time read of the budget's baselines and phasing sheet, each only where
 * the workbook has it: the latest approved baseline, and the phasing of these lines with the actuals
 * typed on it, the campaign's periods and the tolerance set there. A setting that cannot be used is an
 * input error naming its cell. The same for `npm run health` and the pane.
 */
export function baselineAndPhasing(
  lines: readonly ActualsLine[],
  read: { baseline: Baseline | undefined; phasing: PhasingSheet | null },
): Pick<OverTime, "baseline" | "phasing"> {
  return {
    ...(read.baseline ? { baseline: read.baseline } : {}),
    ...(read.phasing ? { phasing: phasingSheetOverTime(lines, read.phasing) } : {}),
  };
}

/**
 * The findings over time of a budget the pane shows, most severe first: changed since its latest
 * baseline, and from its phasing sheet spend outside the campaign, a period over plan and execution to
 * date off the plan, with the cells they are about, as `npm run health` reports them. With the phasing
 * sheet they were read from; null when the budget has none, or one that does not phase its lines.
 */
export function paneOverTimeFindings(
  checked: CheckedBudget,
  lang: Lang,
  read: { baseline: Baseline | undefined; phasingSheet: PhasingSheetRead | null },
): { findings: Finding[]; phasingSheet: string | null } {
  const lines = phasedLines(checked, lang);
  const phasing = phasingOfRead(lines, read.phasingSheet);
  const overTime = baselineAndPhasing(lines, { baseline: read.baseline, phasing });
  return { findings: mostSevereFirst(overTimeFindings(checked, overTime)), phasingSheet: phasing?.sheetName ?? null };
}
