import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { BenchResult } from "./types";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Gzipped budgets in KB: what a planner's Office downloads before the pane or the functions work. */
const GZIP_TARGETS_KB: Record<string, number | undefined> = {
  "taskpane.js": 140,
  // The pane's page: its first view, rendered when the pane is built, and the CSS that view needs.
  "taskpane.html": undefined,
  "functions.js": 16,
  "commands.js": undefined,
};

const kilobytes = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Builds production once, into a directory of its own, and weighs each bundle as shipped and gzipped. */
export async function run(): Promise<BenchResult[]> {
  const out = mkdtempSync(join(tmpdir(), "campaign-budget-bench-"));
  try {
    execFileSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 300_000,
    });
    const entries = Object.entries(GZIP_TARGETS_KB).flatMap(([bundle, target]): BenchResult[] => {
      const code = readFileSync(join(out, bundle));
      return [
        { name: `bundle ${bundle} minified`, value: kilobytes(code.length), unit: "KB" },
        {
          name: `bundle ${bundle} gzipped`,
          value: kilobytes(gzipSync(code).length),
          unit: "KB",
          ...(target === undefined ? {} : { target, better: "lower" as const }),
        },
      ];
    });
    // What the pane loads on demand (health check, Excel layer, insert outcome), fetched at idle time.
    const chunks = readdirSync(out).filter((file) => file.endsWith(".js") && !(file in GZIP_TARGETS_KB));
    const chunkBytes = chunks.reduce((total, file) => total + gzipSync(readFileSync(join(out, file))).length, 0);
    return [
      ...entries,
      { name: `on-demand chunks (${chunks.length}) gzipped, together`, value: kilobytes(chunkBytes), unit: "KB" },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
