/**
 * Chinese descriptions of the BUDGET functions for zh-CN Excel. Excel reads them from a second metadata
 * file (functions.zh-CN.json) that the manifest names for the zh-CN locale; it is derived from the
 * generated functions.json, so ids, names, types and parameters stay exactly the same and only the
 * descriptions change. Function names stay ASCII in every language.
 */
import { functionDescriptionTexts, type FunctionText } from "../i18n";

export type { FunctionText };

/** Function id → Chinese text, from the language table. Every function and every parameter must be here. */
export const FUNCTION_TEXT_ZH: Readonly<Record<string, FunctionText>> = functionDescriptionTexts("zh");

/** The parts of functions.json this file reads and rewrites; everything else is carried over as is. */
interface MetadataParameter {
  name: string;
  description?: string;
  [field: string]: unknown;
}
interface MetadataFunction {
  id: string;
  description?: string;
  parameters: MetadataParameter[];
  [field: string]: unknown;
}
interface FunctionsMetadata {
  functions: MetadataFunction[];
  [field: string]: unknown;
}

/**
 * functions.json with every description replaced by its translation. Throws when the table and the
 * functions disagree (a function or parameter without a translation, or a translation for none), so a
 * new or renamed parameter cannot ship without its Chinese text.
 */
export function localizeFunctionsMetadata(
  metadataJson: string,
  table: Readonly<Record<string, FunctionText>> = FUNCTION_TEXT_ZH,
): string {
  const metadata = JSON.parse(metadataJson) as FunctionsMetadata;
  const problems: string[] = [];
  const functions = metadata.functions.map((fn) => {
    const text = table[fn.id];
    if (text === undefined) {
      problems.push(`no translation for function ${fn.id}`);
      return fn;
    }
    const names = fn.parameters.map((parameter) => parameter.name);
    for (const name of Object.keys(text.parameters)) {
      if (!names.includes(name)) problems.push(`${fn.id} has no parameter ${name}`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const description = text.parameters[parameter.name];
      if (description === undefined) problems.push(`no translation for ${fn.id} parameter ${parameter.name}`);
      return { ...parameter, description: description ?? parameter.description };
    });
    return { ...fn, description: text.description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!metadata.functions.some((fn) => fn.id === id)) problems.push(`translation for unknown function ${id}`);
  }
  if (problems.length > 0) throw new Error(`functions.json and its translations disagree: ${problems.join("; ")}`);
  return JSON.stringify({ ...metadata, functions }, null, 4);
}
