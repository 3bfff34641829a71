import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** What Excel caches of a function and what a change would break: everything but the descriptions. */
export interface FunctionSignature {
  id: string;
  name: string;
  parameters: { name: string; type: string; dimensionality: string; optional: boolean }[];
  result: { type: string; dimensionality: string };
}

interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean; description?: string }[];
  result?: { type?: string; dimensionality?: string };
}

export interface FunctionsMetadata {
  functions: MetadataFunction[];
}

/** The signatures in a functions.json, with Excel's defaults (scalar, required, any) written out. */
export function signaturesOf(metadata: FunctionsMetadata): FunctionSignature[] {
  return metadata.functions.map((fn) => ({
    id: fn.id,
    name: fn.name,
    parameters: fn.parameters.map((parameter) => ({
      name: parameter.name,
      type: parameter.type ?? "any",
      dimensionality: parameter.dimensionality ?? "scalar",
      optional: parameter.optional ?? false,
    })),
    result: { type: fn.result?.type ?? "any", dimensionality: fn.result?.dimensionality ?? "scalar" },
  }));
}

export const GOLDEN_SIGNATURES_PATH = fileURLToPath(new URL("./fixtures/functions.golden.json", import.meta.url));

export function goldenSignatures(): FunctionSignature[] {
  return JSON.parse(readFileSync(GOLDEN_SIGNATURES_PATH, "utf8")) as FunctionSignature[];
}
