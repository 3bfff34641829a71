import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateCustomFunctionsMetadata, type IGenerateResult } from "custom-functions-metadata";
import { beforeAll, describe, expect, it } from "vitest";
import { FUNCTION_TEXT_ZH, localizeFunctionsMetadata } from "../src/functions/localization";
import { functionDescriptionTexts } from "../src/i18n";
import { goldenSignatures, signaturesOf, type FunctionsMetadata } from "./functionsSignatures";

const FUNCTIONS_SOURCE = fileURLToPath(new URL("../src/functions/functions.ts", import.meta.url));

let generated: IGenerateResult;
let metadata: FunctionsMetadata;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  metadata = JSON.parse(generated.metadataJson) as FunctionsMetadata;
});

describe("functions.json generated from the JSDoc", () => {
  it("generates without errors", () => {
    expect(generated.errors).toEqual([]);
  });

  it("matches the golden signatures: ids, names, parameters, types, dimensionality, optional flags, results", () => {
    // Excel caches these: a change here breaks workbooks that use the functions. The golden file records
    // the signatures set before the first release (every parameter "any", so that each function checks
    // its own input); they are frozen. Never edit the golden file to make this pass; add a new function.
    expect(signaturesOf(metadata)).toEqual(goldenSignatures());
  });

  it("keeps ids and names upper-case ASCII, each name its id", () => {
    for (const fn of metadata.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
      expect(fn.name).toBe(fn.id);
    }
  });

  it("describes every function and parameter", () => {
    for (const fn of metadata.functions) {
      expect(fn.description, fn.id).toMatch(/\S/);
      for (const parameter of fn.parameters) expect(parameter.description, `${fn.id} ${parameter.name}`).toMatch(/\S/);
    }
  });

  it("associates in functions.ts exactly the functions the metadata declares", () => {
    const source = readFileSync(FUNCTIONS_SOURCE, "utf8");
    const explicit = [...source.matchAll(/^CustomFunctions\.associate\("([^"]+)", (\w+)\);$/gm)].map(
      ([, id, functionName]) => ({
        id,
        functionName,
      }),
    );
    expect(explicit).toEqual(generated.associate.map(({ id, functionName }) => ({ id, functionName })));
  });
});

describe("Chinese metadata (functions.zh-CN.json)", () => {
  it("changes only the descriptions, all of them, to Chinese", () => {
    const localized = JSON.parse(localizeFunctionsMetadata(generated.metadataJson)) as FunctionsMetadata;
    expect(signaturesOf(localized)).toEqual(signaturesOf(metadata));
    for (const fn of localized.functions) {
      expect(fn.description).toMatch(/\p{Script=Han}/u);
      for (const parameter of fn.parameters)
        expect(parameter.description, `${fn.id} ${parameter.name}`).toMatch(/\p{Script=Han}/u);
    }
    // Fields beside the functions (allowCustomDataForDataTypeAny…) are carried over as they are.
    expect({ ...localized, functions: [] }).toEqual({ ...metadata, functions: [] });
  });

  it("has the language table's English descriptions, word for word, from the JSDoc", () => {
    const described = Object.fromEntries(
      metadata.functions.map((fn) => [
        fn.id,
        {
          description: fn.description,
          parameters: Object.fromEntries(fn.parameters.map((parameter) => [parameter.name, parameter.description])),
        },
      ]),
    );
    expect(described).toEqual(functionDescriptionTexts("en"));
  });

  it("refuses a translation table that has drifted from the functions", () => {
    const withoutCac = Object.fromEntries(Object.entries(FUNCTION_TEXT_ZH).filter(([id]) => id !== "CAC"));
    expect(() => localizeFunctionsMetadata(generated.metadataJson, withoutCac)).toThrow(
      "no translation for function CAC",
    );
    const renamed = {
      ...FUNCTION_TEXT_ZH,
      ROI: { ...FUNCTION_TEXT_ZH.ROI, parameters: { ...FUNCTION_TEXT_ZH.ROI.parameters, margin: "毛利率" } },
    };
    expect(() => localizeFunctionsMetadata(generated.metadataJson, renamed)).toThrow("ROI has no parameter margin");
    const extra = { ...FUNCTION_TEXT_ZH, LTV: { description: "客户终身价值", parameters: {} } };
    expect(() => localizeFunctionsMetadata(generated.metadataJson, extra)).toThrow(
      "translation for unknown function LTV",
    );
  });
});
