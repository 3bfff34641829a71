/**
 * `npm run bench`: runs every bench/*.bench.ts (each exports `run(): Promise<BenchResult[]>`),
 * prints a table and writes bench/results/latest.json so runs can be compared. `npm run bench -- funnel`
 * runs the benches whose file name contains "funnel". Exit 1 when a figure misses its target, naming it.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchResult } from "./types";
import { missedTargets, verdict } from "./verdict";

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(here)
    .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
    .sort();
  const results: BenchResult[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<BenchResult[]> };
    for (const result of await mod.run()) {
      results.push(result);
      const value = Number.isInteger(result.value) ? result.value : Number(result.value.toFixed(3));
      console.log(
        `${result.name.padEnd(58)} ${String(value).padStart(12)} ${result.unit.padEnd(8)} ${verdict(result)}`,
      );
    }
  }
  const out = join(here, "results", "latest.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
  console.log(`\nwritten: ${out}`);
  const missed = missedTargets(results);
  for (const line of missed) console.error(line);
  if (missed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
