import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const WEBPACK_CLI = fileURLToPath(new URL("../../../node_modules/webpack-cli/bin/cli.js", import.meta.url));

/** Runs the project's webpack build into `outputPath`; `preview` builds the preview instead of the add-in. */
export async function webpackBuild(outputPath: string, options: { preview: boolean }): Promise<void> {
  const args = [WEBPACK_CLI, "--mode", "production", "--output-path", outputPath];
  if (options.preview) args.push("--env", "preview");
  try {
    await promisify(execFile)(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: "" },
      maxBuffer: 32 * 1024 * 1024,
      timeout: 300_000,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(
      `the ${options.preview ? "preview" : "production"} build failed:\n${String(stdout ?? "").slice(-3000)}\n${stderr ?? ""}`,
    );
  }
}
