import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { PANE_INTERACTIVE_MARK } from "../src/taskpane/paneInteractive";
import { chromiumMissing, launchChromium } from "../test/e2e/support/chromium";
import { serveFolder } from "../test/e2e/support/staticServer";
import { webpackBuild } from "../test/e2e/support/webpackBuild";
import { OFFICE_JS_STUB } from "./officeStub";
import type { BenchResult } from "./types";
import { paneStrings } from "../src/i18n";

const LOADS = 5;
const INTERACTIVE_TARGET_MS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds from navigation start to the pane's first render with its Insert buttons enabled. */
async function timeToInteractive(page: Page, url: string): Promise<{ interactive: number; domContentLoaded: number }> {
  await page.goto(url);
  const insert = page.getByRole("button", { name: paneStrings("en").insertButton }).first();
  await insert.waitFor();
  if (!(await insert.isEnabled())) throw new Error("the Insert button is disabled");
  return page.evaluate((mark) => {
    const [entry] = performance.getEntriesByName(mark);
    const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    if (!entry) throw new Error(`no performance mark ${mark}`);
    return { interactive: entry.startTime, domContentLoaded: navigation.domContentLoadedEventEnd };
  }, PANE_INTERACTIVE_MARK);
}

/**
 * The production task pane served from 127.0.0.1 without caching, loaded in headless Chromium with a
 * stand-in for office.js (Office's CDN is out of reach); nothing else leaves the machine.
 */
export async function run(): Promise<BenchResult[]> {
  const missing = chromiumMissing();
  if (missing) {
    console.log(`pane load not measured: ${missing}`);
    return [];
  }
  const out = mkdtempSync(join(tmpdir(), "campaign-budget-load-"));
  const server = await (async () => {
    await webpackBuild(out, { preview: false });
    return serveFolder(out);
  })();
  const browser = await launchChromium();
  try {
    await browser.context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.endsWith("/hosted/office.js"))
        return route.fulfill({ contentType: "text/javascript", body: OFFICE_JS_STUB });
      return url.startsWith(server.url) ? route.continue() : route.abort();
    });
    const interactive: number[] = [];
    const domContentLoaded: number[] = [];
    // One load first, so that every measured load finds Chromium itself started.
    for (let load = 0; load <= LOADS; load++) {
      const page = await browser.context.newPage();
      const timing = await timeToInteractive(page, `${server.url}taskpane.html`);
      await page.close();
      if (load === 0) continue;
      interactive.push(timing.interactive);
      domContentLoaded.push(timing.domContentLoaded);
    }
    const how = `(production, stub office.js, median of ${LOADS})`;
    return [
      { name: `taskpane DOMContentLoaded ${how}`, value: Math.round(median(domContentLoaded)), unit: "ms" },
      {
        name: `taskpane Insert enabled ${how}`,
        value: Math.round(median(interactive)),
        unit: "ms",
        target: INTERACTIVE_TARGET_MS,
        better: "lower",
      },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}
