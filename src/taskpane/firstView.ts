/*
 * The task pane's first script: the page already shows the Templates view, rendered when the pane was
 * built (firstView.render.tsx); this script, without React, picks its language (Office's display language,
 * the browser's until Office says), enables its Insert buttons on Office.onReady and keeps what is clicked
 * there. The React pane (index.tsx) loads once Office is ready, after the page's load event, which
 * office.js waits for, and replaces the static view when it has rendered, taking over any Insert clicked.
 */
import type { FirstViewHandoff } from "./firstViewHandoff";
import { displayLang, prefersDarkTheme } from "../excel/officeEnvironment";
import { localeTag, type Lang } from "../i18n/lang";
import type { InsertOptions } from "../workbook/budgetWorkbook";
import type { PresetId } from "../model";

/** Switches the view to Fluent's dark theme (the CSS firstView.render.tsx writes for it). */
const DARK_CLASS = "first-view-dark";
const container = document.getElementById("container");

/** The view the page shows now. */
const shownView = (): HTMLElement | null => container?.querySelector<HTMLElement>(":scope > .first-view") ?? null;
const viewLang = (view: HTMLElement): Lang => (view.dataset.firstView === "zh" ? "zh" : "en");

let officeReady = false;
/** The language the planner switched to in the first view. */
let chosenLang: Lang | null = null;
/** Inserts clicked before the pane took over, and whom to hand them to once it listens. */
const clicked: InsertOptions[] = [];
let insertListener: ((options: InsertOptions) => void) | null = null;

/** Shows the view in `lang` (each language's is in the page; the one not shown waits in a template). */
function showLang(lang: Lang): void {
  const current = shownView();
  if (!current || viewLang(current) === lang) return;
  const template = [...(container?.querySelectorAll("template") ?? [])].find(
    (candidate) => candidate.content.firstElementChild?.getAttribute("data-first-view") === lang,
  );
  const next = template?.content.firstElementChild;
  if (!template || !(next instanceof HTMLElement)) return;
  current.replaceWith(next);
  template.content.replaceChildren(current);
  prepare(next);
}

/** Title, language, theme and the Insert buttons' state, for the view just shown. */
function prepare(view: HTMLElement): void {
  document.documentElement.lang = localeTag(viewLang(view));
  document.title = view.dataset.title ?? document.title;
  view.classList.toggle(DARK_CLASS, prefersDarkTheme());
  if (officeReady) enableInserts(view);
}

/** The Insert buttons, enabled as the React pane shows them once Office is ready (unless one was clicked). */
function enableInserts(view: HTMLElement): void {
  if (clicked.length > 0) return;
  const readyClass = view.dataset.insertReadyClass;
  for (const button of view.querySelectorAll<HTMLButtonElement>("article[data-preset] button[aria-disabled]")) {
    button.removeAttribute("aria-disabled");
    if (readyClass) button.className = readyClass;
  }
}

/** Insert is held off (aria-disabled) until Office is ready, and while the one clicked waits for the pane. */
function onClick(event: MouseEvent): void {
  const view = shownView();
  const button = event.target instanceof Element ? event.target.closest("button") : null;
  if (!view || !button || !view.contains(button)) return;
  if (button.closest("header")) {
    chosenLang = viewLang(view) === "zh" ? "en" : "zh";
    showLang(chosenLang);
    return;
  }
  const preset = button.closest<HTMLElement>("article[data-preset]")?.dataset.preset;
  if (!preset || button.getAttribute("aria-disabled") === "true" || clicked.length > 0) return;
  const options: InsertOptions = { preset: preset as PresetId, lang: sheetLang(view) ?? viewLang(view) };
  clicked.push(options);
  // The pane shows this insertion's progress and outcome; until it has taken over, Insert waits.
  for (const other of view.querySelectorAll("article[data-preset] button")) other.setAttribute("aria-disabled", "true");
  insertListener?.(options);
  void loadPane();
}

/** The sheet language picked in the view's radio group. */
function sheetLang(view: HTMLElement): Lang | null {
  const checked = view.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  return checked?.value === "zh" || checked?.value === "en" ? checked.value : null;
}

let paneLoading: Promise<void> | null = null;

/** Loads the React pane, renders it out of sight, and swaps it in for the static view once it has rendered. */
function loadPane(): Promise<void> {
  paneLoading ??= import(/* webpackChunkName: "taskpane-app" */ "./index").then(({ startPane }) => {
    const view = shownView();
    if (!container || !view) return;
    const lang = viewLang(view);
    const picked = sheetLang(view);
    const handoff: FirstViewHandoff = {
      chosenLang,
      sheetLang: picked === lang ? null : picked,
      onInsert: (listener) => {
        insertListener = listener;
        for (const options of clicked.splice(0)) listener(options);
        return () => {
          if (insertListener === listener) insertListener = null;
        };
      },
    };
    const pane = document.createElement("div");
    pane.hidden = true;
    container.append(pane);
    startPane(pane, handoff, () => swapIn(view, pane));
  });
  return paneLoading;
}

/** Shows the rendered pane in place of the static view, keeping the keyboard focus where it was. */
function swapIn(view: HTMLElement, pane: HTMLElement): void {
  const focusable = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>("button, input")];
  const focused = focusable(view).indexOf(document.activeElement as HTMLElement);
  pane.hidden = false;
  view.remove();
  for (const template of container?.querySelectorAll(":scope > template") ?? []) template.remove();
  container?.removeEventListener("click", onClick);
  if (focused >= 0) focusable(pane)[focused]?.focus();
}

function start(): void {
  const view = shownView();
  if (!container || !view) return;
  container.addEventListener("click", onClick);
  showLang(displayLang());
  prepare(shownView() ?? view);
  const ready = typeof Office === "undefined" ? Promise.resolve() : Office.onReady();
  void ready.then(() => {
    officeReady = true;
    // Office's display language and theme, now that Office can tell them.
    if (!chosenLang) showLang(displayLang());
    const shown = shownView();
    if (shown) prepare(shown);
    // The pane's code once the page has loaded (office.js waits for that too), without holding up Insert.
    const later = () => setTimeout(() => void loadPane(), 0);
    if (document.readyState === "complete") later();
    else window.addEventListener("load", later, { once: true });
  });
}

start();
