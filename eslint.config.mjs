import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

// The plugin's shared rules (Office.js load/sync checks, prettier) are scoped to .ts/.js; .tsx needs them too.
const [officeRules] = officeAddins.configs.recommended.filter(
  (config) => config.rules?.["office-addins/call-sync-before-read"],
);
const { files: _scriptFiles, ...officeRulesForAnyFile } = officeRules;

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  react.configs.flat["jsx-runtime"],
  { ...officeRulesForAnyFile, files: ["**/*.tsx"] },
  { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser } },
  // Turns off the core rules TypeScript checks better itself (no-undef, no-redeclare…).
  tseslint.configs.eslintRecommended,
];
