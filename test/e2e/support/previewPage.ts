import type { Page } from "playwright-core";
import type { BrowserSession } from "./browserSuite";
import type { Lang } from "../../../src/i18n";

export interface PreviewOptions {
  lang: Lang;
  theme: "light" | "dark";
  /** "pane": the task pane alone at the window's width, as Office hosts it. */
  layout?: "workbook" | "pane";
  width?: number;
  height?: number;
}

const pageErrors = new WeakMap<Page, string[]>();
const failedRequests = new WeakMap<Page, string[]>();

/** The requests the page made that the server answered with an error (a 404 for /favicon.ico…). */
export function failedRequestsOf(page: Page): string[] {
  return failedRequests.get(page) ?? [];
}

/** Uncaught errors the page has thrown so far. */
export function errorsOf(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

/** A new page showing the preview, once the pane's heading is there. */
export async function openPreview(session: BrowserSession, options: PreviewOptions): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 800 });
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on("pageerror", (error) => errors.push(error.message));
  const failed: string[] = [];
  failedRequests.set(page, failed);
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  const query = new URLSearchParams({ lang: options.lang, theme: options.theme });
  if (options.layout) query.set("layout", options.layout);
  await page.goto(`${session.previewUrl}?${query.toString()}`);
  await page.locator("main h1").waitFor();
  return page;
}
