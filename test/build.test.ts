import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRESET_IDS, budgetTotals, formatMoney, formatPercent, presetBudget } from "../src/model";
import { funnelStrings, paneStrings } from "../src/i18n";

/*
 * One production build with the project's webpack config, checked for what ships: the pages and bundles
 * the manifest names, office.js from Office's CDN as the only outside resource, and no eval.
 * It builds into a directory of its own so that other tests reading dist/ are never raced.
 */

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_RUNTIME_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/custom-functions-runtime.js";
/** Office's scripts, the only ones loaded from outside the build. */
const OFFICE_SCRIPTS = [OFFICE_JS_CDN, FUNCTIONS_RUNTIME_CDN];
const DEV_ORIGIN = "https://localhost:3000/";
const PAGES = ["taskpane.html", "commands.html", "functions.html", "support.html"];
const BUNDLES = ["taskpane.js", "commands.js", "functions.js"];
/** What the preview's build (webpack --env preview) writes: never part of the add-in's. */
const PREVIEW_FILES = ["index.html", "preview.js"];

/**
 * URLs that bundled libraries carry as plain strings, never fetched: XML namespaces React DOM uses for
 * SVG and MathML, and the page React's minified error messages point to.
 */
const INERT_URLS = [
  "http://www.w3.org/1998/Math/MathML",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/XML/1998/namespace",
  "https://react.dev/errors/",
];

let out: string;
const read = (file: string) => readFileSync(join(out, file), "utf8");
/** Every script the build writes: the bundles and the chunks the task pane loads on demand. */
const scripts = () => readdirSync(out).filter((file) => file.endsWith(".js"));

function urlsIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s"'`()<>\\]+/g) ?? [])];
}

/** The React pane's chunk, which the pane's first script loads. */
const paneChunk = () => {
  const chunk = scripts().find((file) => /^taskpane-app\.[0-9a-f]{8}\.js$/.test(file));
  if (!chunk) throw new Error("the build has no taskpane-app chunk");
  return chunk;
};

/** The scripts a page loads. */
const scriptSources = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((match) => match[1]);

/** A few characters around each match, to say where a finding is. */
function contexts(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(new RegExp(pattern.source, "g"))].map((match) =>
    text.slice(Math.max(0, match.index - 60), match.index + 60),
  );
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "campaign-budget-build-"));
  try {
    execFileSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: "" },
      stdio: "pipe",
      timeout: 300_000,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the production build failed:\n${String(stdout ?? "").slice(-3000)}\n${String(stderr ?? "")}`);
  }
}, 300_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("the production build", () => {
  it("writes the pages, bundles, metadata, manifest and icons", () => {
    for (const file of [...PAGES, ...BUNDLES, "functions.json", "manifest.xml"]) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const icons = readdirSync(join(ROOT, "assets")).filter((file) => file.endsWith(".png"));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of icons) expect(existsSync(join(out, "assets", icon)), icon).toBe(true);
  });

  it("generates functions.json from the functions' source", () => {
    const metadata = JSON.parse(read("functions.json")) as { functions: { id: string; name: string }[] };
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const fn of metadata.functions) {
      expect(fn.id).toMatch(/^[A-Z0-9.]+$/);
      expect(fn.name).toMatch(/^[A-Z0-9.]+$/);
    }
  });

  it("serves every URL of the built manifest from the build", () => {
    const urls = urlsIn(read("manifest.xml")).filter((url) => url.startsWith(DEV_ORIGIN));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(existsSync(join(out, url.slice(DEV_ORIGIN.length))), url).toBe(true);
  });

  it("loads Office's scripts from Office's CDN and every other script from the build", () => {
    for (const page of PAGES) {
      const sources = scriptSources(read(page));
      for (const src of sources) {
        if (OFFICE_SCRIPTS.includes(src)) continue;
        expect(src, `${page} loads ${src}`).not.toMatch(/^(https?:)?\/\//);
        expect(existsSync(join(out, src)), `${page} loads ${src}`).toBe(true);
      }
    }
    expect(scriptSources(read("taskpane.html"))).toEqual([OFFICE_JS_CDN, "taskpane.js"]);
    expect(scriptSources(read("commands.html"))).toEqual([OFFICE_JS_CDN, "commands.js"]);
    // The custom functions run without a shared runtime: their page loads Office's runtime for them, not office.js.
    expect(scriptSources(read("functions.html"))).toEqual([FUNCTIONS_RUNTIME_CDN, "functions.js"]);
  });

  it("compiles the ribbon command and the custom functions to ES5, for Internet Explorer 11 and EdgeHTML webviews", () => {
    for (const bundle of ["commands.js", "functions.js"]) {
      expect(() => parse(read(bundle), { ecmaVersion: 5, sourceType: "script" }), bundle).not.toThrow();
    }
    // The pane's bundle is not ES5: the check below is what an old webview runs of it.
    expect(() => parse(read("taskpane.js"), { ecmaVersion: 5, sourceType: "script" })).toThrow();
  });

  it("splits off only chunks of the task pane, loaded on demand", () => {
    const chunks = scripts().filter((file) => !BUNDLES.includes(file));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(chunk, chunk).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
    expect(read("taskpane.js")).toContain("taskpane-health");
    for (const bundle of ["commands.js", "functions.js"]) expect(read(bundle), bundle).not.toMatch(/\.[0-9a-f]{8}\.js/);
  });

  it("shows the templates' figures in the pane's page and in its React pane, without the model that computes them", () => {
    const page = read("taskpane.html");
    const pane = read(paneChunk());
    for (const preset of PRESET_IDS) {
      const totals = budgetTotals(presetBudget(preset, "en"));
      for (const figure of [
        formatMoney(totals.total, 2),
        formatMoney(totals.subtotals.benefit, 2),
        formatPercent(totals.shares.labor, 1),
      ]) {
        expect(page, preset).toContain(`>${figure}<`);
        expect(pane, preset).toContain(JSON.stringify(figure));
      }
    }
    // decimal.js, and the Funnel view's words, come with the views that use them.
    for (const code of [pane, read("taskpane.js")]) {
      expect(code).not.toContain("DecimalError");
      expect(code).not.toContain(JSON.stringify(funnelStrings("en").funnelListLabel));
    }
  });

  it("runs only a small first script in the pane's page, which loads React once Office is ready", () => {
    const first = read("taskpane.js");
    // React, Fluent and the language tables are in the chunks it loads, not in it.
    expect(first).not.toContain("react.dev/errors");
    expect(first).not.toContain("FluentProvider");
    expect(first).not.toContain(JSON.stringify(paneStrings("en").templatesIntro));
    expect(gzipSync(first).length).toBeLessThan(8 * 1024);
    expect(first).toContain("taskpane-app");
  });

  it("prefetches nothing as the pane starts: Office.onReady waits for the page's load event, which downloads hold up", () => {
    expect(contexts(read("taskpane.js"), /rel\s*=\s*["']prefetch["']/)).toEqual([]);
  });

  it("refers to no other outside host in its pages and bundles", () => {
    for (const file of [...PAGES, ...scripts()]) {
      const unexpected = urlsIn(read(file)).filter(
        (url) => !OFFICE_SCRIPTS.includes(url) && !INERT_URLS.some((inert) => url.startsWith(inert)),
      );
      expect(unexpected, file).toEqual([]);
    }
  });

  it("ships no eval and no new Function", () => {
    for (const bundle of scripts()) {
      const code = read(bundle);
      expect(contexts(code, /\beval\s*\(/), `${bundle} calls eval`).toEqual([]);
      expect(contexts(code, /\bnew\s+Function\s*\(/), `${bundle} calls new Function`).toEqual([]);
    }
  });

  it("ships neither HyperFormula (GPL-3.0) nor the preview nor the local copy of office.js", () => {
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const file of files) {
      const path = join(file.parentPath, file.name);
      if (file.name.endsWith(".png")) continue;
      expect(readFileSync(path, "utf8").toLowerCase(), path).not.toContain("hyperformula");
    }
    for (const file of PREVIEW_FILES) expect(existsSync(join(out, file)), file).toBe(false);
    expect(existsSync(join(out, "office-js"))).toBe(false);
  });

  it("is minified, without source maps", () => {
    for (const bundle of scripts()) {
      const code = read(bundle);
      expect(code.split("\n").length, `${bundle} is minified`).toBeLessThan(20);
      expect(code, bundle).not.toContain("sourceMappingURL");
    }
    expect(readdirSync(out).filter((file) => file.endsWith(".map"))).toEqual([]);
  });
});

describe("the task pane in a webview too old for it", () => {
  /** Runs the page's inline scripts, which must be ES5, in a webview with or without ES2022. */
  function openPane(current: boolean) {
    const { document } = parseHTML(read("taskpane.html"));
    const inline = [...document.querySelectorAll("script:not([src])")].map((script) => script.textContent ?? "");
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline) {
      expect(() => parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
      // IE11 and EdgeHTML have neither Object.hasOwn nor Array.prototype.at.
      const webview = current ? "" : "delete Object.hasOwn; delete Array.prototype.at;";
      runInNewContext(`${webview}\n${code}`, { document });
    }
    const notice = document.getElementById("webview-too-old")!;
    return { notice, container: document.getElementById("container") as unknown as { style: { display: string } } };
  }

  it("says in both languages which Excel is needed, instead of a blank pane", () => {
    const { notice, container } = openPane(false);
    expect(notice.hasAttribute("hidden")).toBe(false);
    expect(container.style.display).toBe("none");
    const text = notice.textContent ?? "";
    expect(text).toContain("Campaign Budget needs a newer Excel: Excel 2021 or later, Excel for Microsoft 365");
    expect(text).toContain("预算助手需要较新的 Excel：Excel 2021 或更高版本、Microsoft 365 版 Excel");
  });

  it("stays out of sight in a current webview", () => {
    const { notice, container } = openPane(true);
    expect(notice.hasAttribute("hidden")).toBe(true);
    expect(container.style.display).toBe("");
  });
});
