import type { Decimal } from "../model/decimal";
import { formatMoney } from "../model/format";
import { parseA1 } from "../sheet/address";
import { actualsEntries, type ActualsPlanInput } from "../sheet/buildActualsPlan";
import {
  buildExecutionReportFromValues,
  executionReportCells,
  explanationCellsWanted,
  explanationsIn,
  typedExplanations,
} from "../sheet/buildExecutionReportPlan";
import type { PlainSheetPlan } from "../sheet/plan";
import type { WorkbookSheet } from "./xlsx/readSnapshot";

export type ReportRewrite =
  { kind: "rewrite"; plan: PlainSheetPlan } | { kind: "kept"; sheetName: string } | { kind: "none" };

/** A line and period where actuals were both typed on the Phasing sheet and imported as paid. */
export interface TypedAndImported {
  line: string;
  /** The period's first day, 2026-05-01. */
  period: string;
  typed: string;
  imported: string;
}

const isoDay = (serial: number) => new Date((serial - 25_569) * 86_400_000).toISOString().slice(0, 10);

/**
 * The workbook's execution report, rewritten to read the Actuals table as well as the Phasing sheet's
 * typed actuals (see buildExecutionReportPlan with spend): the report that reads this Phasing sheet
 * (its current-period cell's formula), in its language, with every explanation typed on it kept in
 * its period and category. Left as it is when one of those has no place in the new report; none when
 * the workbook has no Phasing sheet the Actuals sheet follows, or no report reading it.
 */
export async function rewriteExecutionReport(
  sheets: readonly WorkbookSheet[],
  input: ActualsPlanInput,
): Promise<ReportRewrite> {
  const phasing = input.phasing;
  if (!phasing || phasing.currentPeriod < 1) return { kind: "none" };
  const probe = executionReportCells(phasing.sheetName).probe;
  const { row, col } = parseA1(probe.address);
  for (const sheet of sheets) {
    if (sheet.table) continue;
    const formulas = await sheet.formulas((r, c) => r === row && c === col);
    if (formulas(row, col)?.toUpperCase() !== probe.formula.toUpperCase()) continue;
    const typed = typedExplanations(await sheet.cells(explanationCellsWanted));
    if (!typed) return { kind: "kept", sheetName: sheet.name };
    const plan = buildExecutionReportFromValues(
      {
        rows: input.lines.map((line, r) => ({ category: line.category, item: line.item, plan: phasing.plan[r] })),
        periodStarts: phasing.periodStarts,
        currentPeriod: phasing.currentPeriod,
        actuals: (phasing.typed ?? []).map((periods) => [...periods]),
      },
      {
        lang: typed.lang,
        phasingSheetName: phasing.sheetName,
        sheetName: sheet.name,
        explanations: typed.explanations,
        spend: { tableLang: input.lang, lineItems: input.lines.map((l) => l.item), entries: actualsEntries(input) },
      },
    );
    if (explanationsIn(plan) !== typed.explanations.size) return { kind: "kept", sheetName: sheet.name };
    return { kind: "rewrite", plan };
  }
  return { kind: "none" };
}

/** Every line and period with typed actuals on the Phasing sheet and imported paid rows: the imported ones count. */
export function typedAndImported(input: ActualsPlanInput): TypedAndImported[] {
  const phasing = input.phasing;
  if (!phasing?.typed) return [];
  const paid = new Map<string, Decimal>();
  for (const entry of actualsEntries(input)) {
    if (entry.status !== "paid") continue;
    const key = `${entry.row}|${entry.period}`;
    paid.set(key, entry.amount.plus(paid.get(key) ?? 0));
  }
  return phasing.typed.flatMap((periods, r) =>
    periods.flatMap((typed, p) => {
      const imported = paid.get(`${r}|${p}`);
      return typed && !typed.isZero() && imported
        ? [
            {
              line: input.lines[r].item,
              period: isoDay(phasing.periodStarts[p]),
              typed: formatMoney(typed, 2),
              imported: formatMoney(imported, 2),
            },
          ]
        : [];
    }),
  );
}
