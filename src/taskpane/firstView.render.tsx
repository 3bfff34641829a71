/*
 * The task pane's first view as static HTML and CSS, rendered when the pane is built (webpack.config.js
 * puts it into taskpane.html): the page shows the Templates view, in either language, before any of the
 * pane's React code has loaded, and firstView.ts makes it usable on Office.onReady. It is the pane's own
 * App, rendered by React's server renderer, its Fluent styles resolved to static CSS as Fluent renders on
 * a server. Run in Node.js by the build only; never bundled.
 */
import {
  createDOMRenderer,
  RendererProvider,
  renderToStyleElements,
  SSRProvider,
  webDarkTheme,
  type GriffelRenderer,
} from "@fluentui/react-components";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import type { BudgetWorkbook } from "../workbook/budgetWorkbook";
import { App } from "./App";
import { OfficeReadyContext } from "./officeReady";
import { LANGS, paneStrings, type Lang } from "../i18n";

/** The class firstView.ts gives the view's root while the system (or Office) shows a dark theme. */
const FIRST_VIEW_DARK_CLASS = "first-view-dark";

/** Nothing reaches a workbook while the first view renders. */
const noWorkbook = new Proxy({} as BudgetWorkbook, {
  get: () => {
    throw new Error("the first view is rendered without a workbook");
  },
});

function renderPane(renderer: GriffelRenderer, lang: Lang, ready: boolean): string {
  return renderToString(
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <OfficeReadyContext.Provider value={ready}>
          <App workbook={noWorkbook} lang={lang} onLangChange={() => undefined} dark={false} />
        </OfficeReadyContext.Provider>
      </SSRProvider>
    </RendererProvider>,
    // Ids unique across both languages' views, whichever the page shows.
    { identifierPrefix: `first-view-${lang}-` },
  );
}

/** The opening tags of the Insert buttons (enabled or not: Fluent's disabledFocusable sets aria-disabled). */
function insertButtons(html: string, lang: Lang): string[] {
  const label = paneStrings(lang).insertButton;
  return [...html.matchAll(/<button\b([^>]*)>([^<]*)<\/button>/g)]
    .filter((match) => match[2].trim() === label)
    .map((match) => match[1]);
}

function classOf(attributes: string): string {
  const found = /\bclass="([^"]*)"/.exec(attributes);
  if (!found) throw new Error(`an Insert button without classes: ${attributes}`);
  return found[1];
}

/** The one class list all of a render's Insert buttons share. */
function insertButtonClass(html: string, lang: Lang): string {
  const classes = new Set(insertButtons(html, lang).map(classOf));
  if (classes.size !== 1)
    throw new Error(`the first view's Insert buttons differ in style: ${[...classes].join(" | ")}`);
  return [...classes][0];
}

const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * What the first view needs beyond Fluent's rules: Fluent's dark theme, as the CSS variables its provider
 * sets, for the view shown in a dark theme; and a keyboard focus ring, which Fluent draws only once its
 * script marks the focused element.
 */
function firstViewCss(): string {
  const variables = Object.entries(webDarkTheme)
    .map(([name, value]) => `--${name}: ${String(value)};`)
    .join(" ");
  return [
    `.${FIRST_VIEW_DARK_CLASS} .fui-FluentProvider { ${variables} }`,
    `.first-view :is(button, input):focus-visible { outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2); outline-offset: 1px; }`,
  ].join("\n");
}

/**
 * The style elements React writes where a component renders one (the pane's text rules), taken out of
 * a view's markup: in the head they stay once the React pane, which may adopt them, replaces the view.
 */
function takeStyles(html: string): { html: string; styles: string[] } {
  const styles: string[] = [];
  const rest = html.replace(/<style data-precedence="[^"]*" data-href="[^"]*">[^<]*<\/style>/g, (style) => {
    styles.push(style);
    return "";
  });
  return { html: rest, styles };
}

export interface FirstViewMarkup {
  /** Style elements for the page's head: Fluent's rules for both languages' views, waiting or ready. */
  styles: string;
  /** The view in `shown`, in the page; the other language's in a template element, to swap in. */
  views: string;
}

/**
 * Both languages' first views, Office not yet ready (Insert disabled), each root naming the Insert
 * buttons' classes once ready; `shown` is the one the page holds until its first script picks.
 */
export function firstViewMarkup(shown: Lang = "en"): FirstViewMarkup {
  const renderer = createDOMRenderer();
  const paneStyles = new Set<string>();
  const view = (lang: Lang) => {
    const { html: waiting, styles } = takeStyles(renderPane(renderer, lang, false));
    for (const style of styles) paneStyles.add(style);
    const ready = renderPane(renderer, lang, true);
    const attributes = [
      `class="first-view"`,
      `data-first-view="${lang}"`,
      `data-title="${escapeAttribute(paneStrings(lang).appTitle)}"`,
      `data-insert-ready-class="${escapeAttribute(insertButtonClass(ready, lang))}"`,
    ].join(" ");
    if (insertButtons(waiting, lang).length === 0) throw new Error(`the ${lang} first view has no Insert button`);
    return `<div ${attributes}>${waiting}</div>`;
  };
  const views = LANGS.map((lang) => (lang === shown ? view(lang) : `<template>${view(lang)}</template>`)).join("");
  const styles = [
    renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>),
    ...paneStyles,
    `<style>${firstViewCss()}</style>`,
  ].join("");
  return { styles, views };
}
