import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithTool } from "../helpers/requiredTool";
import { seriousViolations } from "./support/accessibility";
import { chromiumMissing, launchChromium, type Browser } from "./support/chromium";
import { serveFolder, type StaticServer } from "./support/staticServer";
import { webpackBuild } from "./support/webpackBuild";
import { PRESET_CARDS } from "../../src/taskpane/presetCards.prebuilt";
import { paneStrings, type Lang } from "../../src/i18n";
import { insertErrorMessage } from "../../src/workbook/insertMessages";
import { notInExcel } from "../../src/workbook/messages";
import { WorkbookError } from "../../src/workbook/workbookError";

/*
 * The production task pane's first view, as Office loads it: taskpane.html from the build, office.js from
 * @microsoft/office-js (outside Office it resolves Office.onReady with no host, and Excel stays absent).
 * The React pane's chunk is held back until a test lets it through, as a slow network would.
 */

const require = createRequire(import.meta.url);
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const PANE_CHUNK = /\/taskpane-app\.[0-9a-f]{8}\.js$/;

let out = "";
let server: StaticServer | undefined;
let browser: Browser | undefined;

/** The pane's page with the React pane's chunk held back until `release` is called. */
async function openPane(
  lang: Lang,
  colorScheme: "light" | "dark" = "light",
): Promise<{ page: Page; release: () => void; requested: Promise<void> }> {
  const page = await browser!.context.newPage();
  await page.setViewportSize({ width: 320, height: 700 });
  await page.emulateMedia({ colorScheme });
  await page.addInitScript(
    (tag) => Object.defineProperty(navigator, "language", { get: () => tag }),
    lang === "zh" ? "zh-CN" : "en-US",
  );
  await page.route(`${OFFICE_CDN}**`, (route) => {
    const file = new URL(route.request().url()).pathname.split("/").pop()!;
    route.fulfill({ contentType: "text/javascript", body: readFileSync(join(OFFICE_JS_DIST, file)) }).catch(() => {});
  });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requestedNow = () => {};
  const requested = new Promise<void>((resolve) => (requestedNow = resolve));
  await page.route(PANE_CHUNK, async (route) => {
    requestedNow();
    await released;
    await route.continue();
  });
  await page.goto(`${server!.url}taskpane.html`);
  return { page, release, requested };
}

/** The Insert buttons a planner can use: present, and neither disabled nor aria-disabled. */
const enabledInserts = (page: Page, lang: Lang) =>
  page.evaluate(
    (label) =>
      [...document.querySelectorAll("button")].filter(
        (button) =>
          button.textContent?.trim() === label && !button.disabled && button.getAttribute("aria-disabled") !== "true",
      ).length,
    paneStrings(lang).insertButton,
  );

/** Where the title, the tabs, the template cards' headings and the buttons are, rounded to the pixel. */
const layout = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("h1, h2, button, table")].map((element) => {
      const box = element.getBoundingClientRect();
      return `${element.tagName} ${element.textContent?.trim().slice(0, 20)}: ${[box.x, box.y, box.width, box.height].map(Math.round).join(",")}`;
    }),
  );

describeWithTool("the task pane's first view, built into its page", chromiumMissing(), () => {
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), "campaign-budget-first-view-"));
    await webpackBuild(out, { preview: false });
    server = await serveFolder(out);
    browser = await launchChromium();
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("holds every template card and its Insert button, disabled until Office is ready", () => {
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    for (const lang of ["en", "zh"] as const) {
      const strings = paneStrings(lang);
      expect(html).toContain(`>${strings.appTitle}</h1>`);
      for (const card of PRESET_CARDS) {
        expect(html, card.id).toContain(`>${card.name[lang]}</h2>`);
        expect(html, card.id).toContain(`>${card.total}<`);
        expect(html, card.id).toContain(`>${card.categories[0].subtotal}<`);
      }
      const inserts = [...html.matchAll(/<button\b([^>]*)>([^<]*)<\/button>/g)].filter(
        (match) => match[2] === strings.insertButton,
      );
      expect(inserts.length, lang).toBe(PRESET_CARDS.length);
      for (const [, attributes] of inserts) expect(attributes).toMatch(/\baria-disabled="?true\b/);
    }
  });

  it.each(["en", "zh"] as const)(
    "in %s: shows the view before the pane's code arrives, Insert enabled once Office is ready, accessible and 320 px wide",
    async (lang) => {
      const { page, release, requested } = await openPane(lang);
      try {
        // The pane's code is asked for only once Office is ready; the view is usable before it arrives.
        await requested;
        await page.waitForFunction(() => document.readyState === "complete");
        expect(await page.locator(".first-view").count()).toBe(1);
        expect(await enabledInserts(page, lang)).toBe(PRESET_CARDS.length);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === "zh" ? "zh-CN" : "en-US");
        expect(await page.title()).toBe(paneStrings(lang).appTitle);
        for (const card of PRESET_CARDS) await page.getByRole("heading", { name: card.name[lang] }).waitFor();
        expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
        expect(await seriousViolations(page)).toEqual([]);

        // The React pane takes over where the view was: nothing moves, and Insert stays enabled.
        const before = await layout(page);
        release();
        await page.locator(".first-view").waitFor({ state: "detached" });
        expect(await layout(page)).toEqual(before);
        expect(await enabledInserts(page, lang)).toBe(PRESET_CARDS.length);
      } finally {
        release();
        await page.close();
      }
    },
    60_000,
  );

  it("shows the view in the dark theme the system asks for, and the pane keeps it", async () => {
    const { page, release, requested } = await openPane("en", "dark");
    try {
      await requested;
      const colors = () =>
        page.evaluate(() => {
          const provider = document.querySelector(".fui-FluentProvider")!;
          const style = getComputedStyle(provider);
          return [style.backgroundColor, style.color];
        });
      const dark = await colors();
      // Fluent's dark theme: a near-black background, light text.
      expect(dark).toEqual(["rgb(41, 41, 41)", "rgb(255, 255, 255)"]);
      expect(await seriousViolations(page)).toEqual([]);
      release();
      await page.locator(".first-view").waitFor({ state: "detached" });
      expect(await colors()).toEqual(dark);
    } finally {
      release();
      await page.close();
    }
  }, 60_000);

  it("carries out an Insert clicked before the pane's code has arrived, in the language switched to", async () => {
    const { page, release, requested } = await openPane("en");
    try {
      await requested;
      // Switched to Chinese in the first view, then the third template's Insert clicked.
      await page.getByRole("button", { name: "中文" }).click();
      const card = PRESET_CARDS[2];
      const article = page.locator(`article[data-preset="${card.id}"]`);
      await article.getByRole("button", { name: paneStrings("zh").insertButton }).click();
      expect(await page.locator(".first-view").count()).toBe(1);
      release();
      // The pane takes over and runs that insertion: outside Excel it says Excel is needed, on that card.
      await page.locator(".first-view").waitFor({ state: "detached" });
      const expected = insertErrorMessage(new WorkbookError("not-supported", notInExcel("insert")), "zh");
      await article.getByText(expected).waitFor({ timeout: 15_000 });
      for (const other of PRESET_CARDS.filter((candidate) => candidate.id !== card.id)) {
        expect(await page.locator(`article[data-preset="${other.id}"] [role="status"]`).textContent()).toBe("");
      }
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(paneStrings("zh").appTitle);
      expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    } finally {
      release();
      await page.close();
    }
  }, 60_000);
});
