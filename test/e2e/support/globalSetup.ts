import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumMissing } from "./chromium";
import { serveFolder } from "./staticServer";
import { webpackBuild } from "./webpackBuild";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the preview is served for the browser tests; "" when they cannot run. */
    previewUrl: string;
  }
}

/** Builds the preview once for every browser test, serves it on 127.0.0.1, and takes it down after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (chromiumMissing()) {
    project.provide("previewUrl", "");
    return async () => {};
  }
  const out = mkdtempSync(join(tmpdir(), "campaign-budget-preview-"));
  await webpackBuild(out, { preview: true });
  const server = await serveFolder(out);
  project.provide("previewUrl", server.url);
  return async () => {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  };
}
