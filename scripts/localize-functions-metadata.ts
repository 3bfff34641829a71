/**
 * Writes functions.zh-CN.json beside a generated functions.json:
 *   tsx scripts/localize-functions-metadata.ts [dist/functions.json] [dist/functions.zh-CN.json]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { localizeFunctionsMetadata } from "../src/functions/localization";

const [input = "dist/functions.json", output = input.replace(/functions\.json$/, "functions.zh-CN.json")] =
  process.argv.slice(2);
if (output === input) throw new Error(`the output would overwrite ${input}: name the output file`);
writeFileSync(output, localizeFunctionsMetadata(readFileSync(input, "utf8")));
console.log(`written: ${output}`);
