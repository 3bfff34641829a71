import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

/** test-results/screenshots/ in the project: test artifacts, never committed. */
export const SCREENSHOTS_DIR = fileURLToPath(new URL("../../../test-results/screenshots/", import.meta.url));

/** The whole page, scrolled content and all, as test-results/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
