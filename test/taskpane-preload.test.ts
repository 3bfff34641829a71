import { describe, expect, it, vi } from "vitest";
import { preloadWhenIdle, type PageEvents } from "../src/taskpane/preloadWhenIdle";

/** A page still loading (or loaded), whose load event and idle callbacks the test fires. */
function fakePage(readyState: DocumentReadyState) {
  const loadListeners = new Set<() => void>();
  const idle = new Map<number, () => void>();
  let next = 1;
  const page: PageEvents = {
    document: { readyState },
    addEventListener: (_type, listener) => loadListeners.add(listener),
    removeEventListener: (_type, listener) => loadListeners.delete(listener),
    requestIdleCallback: (callback) => {
      idle.set(next, callback);
      return next++;
    },
    cancelIdleCallback: (handle) => idle.delete(handle),
  };
  return {
    page,
    load: () => {
      page.document.readyState = "complete";
      for (const listener of [...loadListeners]) listener();
    },
    idle: () => {
      const callbacks = [...idle.values()];
      idle.clear();
      for (const callback of callbacks) callback();
    },
  };
}

describe("loading ahead of need", () => {
  it("waits for the page's load event, then for the browser to be idle", () => {
    const { page, load, idle } = fakePage("interactive");
    const preload = vi.fn(() => Promise.resolve());
    preloadWhenIdle(preload, page);
    idle();
    expect(preload).not.toHaveBeenCalled();
    load();
    expect(preload).not.toHaveBeenCalled();
    idle();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it("starts at the next idle moment on a page already loaded", () => {
    const { page, idle } = fakePage("complete");
    const preload = vi.fn(() => Promise.resolve());
    preloadWhenIdle(preload, page);
    expect(preload).not.toHaveBeenCalled();
    idle();
    expect(preload).toHaveBeenCalledTimes(1);
  });

  it("does nothing once called off, before or after the load event", () => {
    const before = fakePage("loading");
    const preload = vi.fn(() => Promise.resolve());
    preloadWhenIdle(preload, before.page)();
    before.load();
    before.idle();
    const after = fakePage("loading");
    const cancel = preloadWhenIdle(preload, after.page);
    after.load();
    cancel();
    after.idle();
    expect(preload).not.toHaveBeenCalled();
  });

  it("lets a failed preload go: what it loads is loaded again when used", async () => {
    const { page, idle } = fakePage("complete");
    const failed = Promise.reject(new Error("offline"));
    const preload = vi.fn(() => failed);
    preloadWhenIdle(preload, page);
    idle();
    await expect(failed).rejects.toThrow("offline");
    expect(preload).toHaveBeenCalledTimes(1);
  });
});
