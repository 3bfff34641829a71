/** What preloading needs of the page: its load state and events, and the browser's idle callback if any. */
export interface PageEvents {
  document: { readyState: DocumentReadyState };
  addEventListener(type: "load", listener: () => void): void;
  removeEventListener(type: "load", listener: () => void): void;
  requestIdleCallback?: (callback: () => void) => number;
  cancelIdleCallback?: (handle: number) => void;
}

/**
 * Runs `preload` once the page has loaded and the browser is next idle; the returned function calls it
 * off. What the pane fetches ahead of need (its other views, the Excel layer) waits for the page's load
 * event: Office.onReady waits for that event too, and any script still downloading holds it up, and with
 * it the moment the pane's Insert buttons can be used. A preload that fails is tried again when used.
 */
export function preloadWhenIdle(preload: () => Promise<unknown>, page: PageEvents = window): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  const run = () => {
    if (!cancelled) preload().catch(() => undefined);
  };
  const onLoad = () => {
    if (cancelled) return;
    if (page.requestIdleCallback) idleHandle = page.requestIdleCallback(run);
    else setTimeout(run, 0);
  };
  if (page.document.readyState === "complete") onLoad();
  else page.addEventListener("load", onLoad);
  return () => {
    cancelled = true;
    page.removeEventListener("load", onLoad);
    if (idleHandle !== undefined) page.cancelIdleCallback?.(idleHandle);
  };
}
