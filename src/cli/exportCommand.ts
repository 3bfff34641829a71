import { budgetTotals } from "../model/totals";
import { formatMoney } from "../model/format";
import { presetPlans } from "../model/presetPlans";
import { presetBudget } from "../model/presets";
import { funnelPresetPhasing, presetPhasing } from "../model/timelinePresets";
import { buildSheetPlan } from "../sheet/buildSheetPlan";
import { EXPORT_USAGE, UsageError, parseExportArgs } from "./args";
import { OutputPathError, checkOutputPath, writeOutputFile, type OutputOptions } from "./outputFile";
import { writeBudgetWorkbook } from "./xlsx/writeBudgetWorkbook";

export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The export command: a preset budget in one language, written as an .xlsx workbook. */
export async function runExport(argv: readonly string[], output: CommandOutput): Promise<number> {
  try {
    const request = parseExportArgs(argv);
    if (request.kind === "help") {
      output.out(EXPORT_USAGE);
      return EXIT_OK;
    }
    const { preset, lang, force, stageLag } = request.options;
    const outputOptions: OutputOptions = { force, extension: ".xlsx" };
    await checkOutputPath(request.options.out, outputOptions);
    const budget = presetBudget(preset, lang);
    const plan = buildSheetPlan(budget, { lang });
    const phasing = stageLag === undefined ? presetPhasing(preset, lang) : funnelPresetPhasing(preset, lang, stageLag);
    const workbook = await writeBudgetWorkbook(budget, plan, presetPlans(preset, lang), phasing);
    const out = await writeOutputFile(request.options.out, workbook, outputOptions);
    const total = formatMoney(budgetTotals(budget).total, 2);
    output.out(`Wrote ${out}: sheet "${plan.sheetName}", ${preset} budget, total ${total}`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`export: ${error.message} (see --help)`);
      return EXIT_USAGE;
    }
    if (error instanceof OutputPathError) {
      output.err(`export: ${error.message}`);
      return EXIT_USAGE;
    }
    output.err(`export: failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILED;
  }
}
