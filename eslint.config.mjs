import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

// The plugin's shared rules (Office.js load/sync checks, prettier) are scoped to .ts/.js; .tsx needs them too.
const [officeRules] = officeAddins.configs.recommended.filter(
  (config) => config.rules?.["office-addins/call-sync-before-read"],
);
const { files: _scriptFiles, ...officeRulesForAnyFile } = officeRules;

// The layers, one direction (README, "Project layout"): what each folder may not import. Only the
// composition roots (the entry points) choose an adapter, src/excel/ or src/preview/.
const FORBIDDEN = {
  i18n: ["model", "sheet", "workbook", "excel", "preview", "taskpane", "commands", "functions", "cli"],
  model: ["sheet", "workbook", "excel", "preview", "taskpane", "commands", "functions", "cli"],
  sheet: ["workbook", "excel", "preview", "taskpane", "commands", "functions", "cli"],
  workbook: ["excel", "preview", "taskpane", "commands", "functions", "cli"],
  excel: ["preview", "taskpane", "commands", "functions", "cli"],
  preview: ["excel", "taskpane", "commands", "cli"],
  taskpane: ["excel", "preview", "commands", "functions", "cli"],
  commands: ["excel", "preview", "taskpane", "functions", "cli"],
  functions: ["excel", "preview", "taskpane", "commands", "cli"],
  cli: ["excel", "preview", "taskpane", "commands", "functions"],
};
const ROOTS = {
  "src/taskpane/index.tsx": ["preview", "commands", "functions", "cli"],
  "src/taskpane/firstView.ts": ["preview", "commands", "functions", "cli"],
  "src/commands/commands.ts": ["preview", "taskpane", "functions", "cli"],
  "src/functions/functions.ts": ["preview", "taskpane", "commands", "cli"],
  "src/preview/index.tsx": ["excel", "commands", "functions", "cli"],
  "src/preview/PreviewApp.tsx": ["excel", "commands", "functions", "cli"],
};
const forbid = (folders) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          group: folders.flatMap((name) =>
            ["../", "../../", "../../../"].flatMap((up) => [up + name, `${up}${name}/**`]),
          ),
          message:
            "Layers import downward only, and only the composition roots choose an adapter (README, Project layout).",
        },
      ],
    },
  ],
});
const layerRules = [
  ...Object.entries(FORBIDDEN).map(([layer, folders]) => ({
    files: [`src/${layer}/**`],
    ignores: Object.keys(ROOTS),
    rules: forbid(folders),
  })),
  ...Object.entries(ROOTS).map(([root, folders]) => ({ files: [root], rules: forbid(folders) })),
];

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  react.configs.flat["jsx-runtime"],
  { ...officeRulesForAnyFile, files: ["**/*.tsx"] },
  { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tsParser } },
  // Turns off the core rules TypeScript checks better itself (no-undef, no-redeclare…).
  tseslint.configs.eslintRecommended,
  ...layerRules,
];
