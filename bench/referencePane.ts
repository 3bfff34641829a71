import { createRequire } from "node:module";
import { join } from "node:path";
import type { Configuration, Stats } from "webpack";

const require = createRequire(import.meta.url);

/**
 * Builds bench/reference/index.tsx into `outputPath` as reference.html and reference.js, with the task
 * pane's own webpack settings (target, TypeScript, production minification, chunking) and the task pane's
 * own page, office.js tag included: only the code the page runs differs from the pane's.
 */
export async function buildReferencePane(root: string, outputPath: string): Promise<void> {
  const webpack = require("webpack") as typeof import("webpack");
  const HtmlWebpackPlugin = require("html-webpack-plugin") as typeof import("html-webpack-plugin");
  const addinConfig = require(join(root, "webpack.config.js")) as (
    env: Record<string, unknown>,
    options: { mode: string },
  ) => Configuration[];
  const pane = addinConfig({}, { mode: "production" }).find((config) => config.name === "pane");
  if (!pane) throw new Error("webpack.config.js has no pane configuration");
  const config: Configuration = {
    ...pane,
    name: "reference",
    mode: "production",
    context: root,
    entry: { reference: join(root, "bench", "reference", "index.tsx") },
    output: { ...pane.output, path: outputPath, clean: true },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "reference.html",
        template: join(root, "src", "taskpane", "taskpane.html"),
        chunks: ["reference"],
      }),
    ],
  };
  const compiler = webpack(config);
  const stats = await new Promise<Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => compiler.close(() => (error ? reject(error) : resolve(result)))),
  );
  if (!stats || stats.hasErrors()) throw new Error(`the reference pane's build failed:\n${stats?.toString("errors-only")}`);
}
