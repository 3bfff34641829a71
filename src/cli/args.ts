import { BudgetInputError } from "../model/errors";
import { parseStageLag } from "../model/phasing";
import { DEFAULT_PRESET, PRESET_IDS, isPresetId, type PresetId } from "../model/presets";
import { FUNNEL_PRESET_IDS, funnelPresetPhasing } from "../model/timelinePresets";
import { stageLagTexts, type Lang } from "../i18n";

export interface ExportOptions {
  preset: PresetId;
  lang: Lang;
  out: string;
  /** Replace the file at --out if there is one. */
  force: boolean;
  /** --stage-lag: a funnel preset spread over time, its deals this many periods after the people reached. */
  stageLag?: number;
}

export type ExportRequest = { kind: "help" } | { kind: "export"; options: ExportOptions };

/** A command line the export cannot run; the message says what is wrong and what is allowed. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

const LANGS: readonly Lang[] = ["zh", "en"];
const DEFAULT_LANG: Lang = "zh";
const VALUE_OPTIONS = ["--preset", "--lang", "--out", "--stage-lag"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const ALLOWED_OPTIONS = [...VALUE_OPTIONS, "--force", "--help"].join(", ");

export const EXPORT_USAGE = [
  "Usage: npm run export -- --out <file.xlsx> [--preset <id>] [--lang <zh|en>] [--stage-lag <n>] [--force]",
  "",
  "Writes a budget sheet as an .xlsx workbook: formulas with their figures, the BudgetLines table,",
  "sheet-scoped names, conditional formats, validations, frozen header and print setup.",
  "",
  `  --preset <id>    ${PRESET_IDS.join(" | ")} (default ${DEFAULT_PRESET})`,
  `  --lang <lang>    ${LANGS.join(" | ")} (default ${DEFAULT_LANG})`,
  "  --out <path>     the workbook to write (required), relative to the folder the command is run in",
  `  --stage-lag <n>  ${stageLagTexts("en").usage(FUNNEL_PRESET_IDS.join(" | "))}`,
  "  --force          replace the workbook if it exists (a symbolic link is never written through)",
  "  --help           show this help",
].join("\n");

function isValueOption(option: string): option is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(option);
}

/** Reads `--name value` and `--name=value` options; the last of a repeated option wins. */
export function parseExportArgs(argv: readonly string[]): ExportRequest {
  const values: Partial<Record<ValueOption, string>> = {};
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    if (arg === "--force") {
      force = true;
      continue;
    }
    if (!arg.startsWith("-")) {
      throw new UsageError(`unexpected argument "${arg}"; options are ${ALLOWED_OPTIONS}`);
    }
    const equals = arg.indexOf("=");
    const option = equals < 0 ? arg : arg.slice(0, equals);
    if (!isValueOption(option)) {
      throw new UsageError(`unknown option ${option}; options are ${ALLOWED_OPTIONS}`);
    }
    const value = equals < 0 ? argv[++i] : arg.slice(equals + 1);
    if (value === undefined || value === "" || (equals < 0 && value.startsWith("--"))) {
      throw new UsageError(`option ${option} needs a value, e.g. ${option} ${example(option)}`);
    }
    values[option] = value;
  }

  const preset = values["--preset"] ?? DEFAULT_PRESET;
  if (!isPresetId(preset)) {
    throw new UsageError(`unknown preset "${preset}"; presets are ${PRESET_IDS.join(", ")}`);
  }
  const lang = values["--lang"] ?? DEFAULT_LANG;
  if (!(LANGS as readonly string[]).includes(lang)) {
    throw new UsageError(`unknown language "${lang}"; languages are ${LANGS.join(", ")}`);
  }
  const out = values["--out"];
  if (out === undefined) throw new UsageError("missing --out <file.xlsx>, the workbook to write");
  const typedLag = values["--stage-lag"];
  const stageLag = typedLag === undefined ? undefined : stageLagOf(preset, typedLag);
  return {
    kind: "export",
    options: { preset, lang: lang as Lang, out, force, ...(stageLag === undefined ? {} : { stageLag }) },
  };
}

/** --stage-lag as typed: a funnel preset's, a whole number of periods below the period count of its phasing. */
function stageLagOf(preset: PresetId, typed: string): number {
  const phasing = funnelPresetPhasing(preset, "en", 0);
  if (!phasing) throw new UsageError(stageLagTexts("en").noFunnel(preset, FUNNEL_PRESET_IDS.join(", ")));
  try {
    return parseStageLag(typed, phasing.periods.count);
  } catch (error) {
    // After the command's name, in lower case and without the sentence's stop, as the other usage errors.
    if (error instanceof BudgetInputError) {
      const said = error.text.en.replace(/\.$/, "");
      throw new UsageError(said.charAt(0).toLowerCase() + said.slice(1));
    }
    throw error;
  }
}

function example(option: ValueOption): string {
  switch (option) {
    case "--preset":
      return DEFAULT_PRESET;
    case "--lang":
      return "en";
    case "--out":
      return "budget.xlsx";
    case "--stage-lag":
      return "1";
  }
}
